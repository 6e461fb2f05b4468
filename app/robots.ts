import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/site/url";

// Built per request: SITE_URL is known when the server runs, not necessarily when it is built.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/api/"] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
