import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/site/url";

// SITE_URL is deployment configuration read when the server runs, not when it is built.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/api/"] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
