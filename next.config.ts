import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_REQUEST_BODY_BYTES } from "./lib/http/body-limit";
import { staticHeaders } from "./lib/http/security-headers";

const isProduction = process.env.NODE_ENV === "production";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  // Pages and other dynamic answers are gzipped on the fly when the client accepts it (the site
  // served without a proxy); /_next/static text files are precompressed at build time and sent by
  // scripts/lib/static-files.ts before Next sees the request. Behind deploy/nginx.conf the app gets
  // no Accept-Encoding for pages, so nginx compresses them once (docs/decisions/0024-compression.md).
  compress: true,
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
