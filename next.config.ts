import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_REQUEST_BODY_BYTES } from "./lib/http/body-limit";
import { staticHeaders } from "./lib/http/security-headers";

const isProduction = process.env.NODE_ENV === "production";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  // scripts/serve.ts compresses answers itself: cached pages once per content, the rest on the fly
  // (docs/decisions/0029-lighter-cached-pages.md); /_next/static files are precompressed at
  // build time (decision 24). Behind deploy/nginx.conf the app gets no Accept-Encoding for pages,
  // so nginx compresses them once.
  compress: false,
  // Next hashes the whole page on every request to make an ETag: 7–10 % of the server's time per
  // cached page (docs/performance.md). The cost: a browser revisiting a page downloads it again
  // (about 6 KB gzip) instead of getting 304 Not Modified.
  generateEtags: false,
  // Rendered pages are shared by every instance through PostgreSQL, with an in-memory layer in
  // front bounded by cacheMaxMemorySize (50 MB by default) (decision 22).
  cacheHandler: path.resolve("lib/cache/page-cache-handler.ts"),
  experimental: {
    // Never on disk: any path answers a cacheable 404, and a client could grow the cache without
    // limit (decision 15); the shared handler keeps 404s in its bounded memory layer only.
    isrFlushToDisk: false,
    globalNotFound: true,
    // forbidden(): the staff console answers 403 to a reviewer on an admin-only page.
    authInterrupts: true,
    serverActions: { bodySizeLimit: MAX_REQUEST_BODY_BYTES },
  },
  async headers() {
    return staticHeaders(isProduction);
  },
};

export default createNextIntlPlugin()(nextConfig);
