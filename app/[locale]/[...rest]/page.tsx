import { PageNotFound } from "@/components/site/failure-pages";

// Rendered once per path and kept: a 404 only has a status when the page is prerendered
// (docs/decisions/0015-server-rendered-error-pages.md).
export const dynamic = "force-static";

/** Any unknown path under a locale renders that locale's 404 page. */
export default function UnknownPage() {
  return <PageNotFound />;
}
