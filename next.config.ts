import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_REQUEST_BODY_BYTES } from "./lib/http/body-limit";
import { securityHeaders } from "./lib/http/security-headers";

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
  experimental: {
    // Rendered pages are cached in memory only (bounded by cacheMaxMemorySize, least recently used
    // first): any path answers a cacheable 404, and on disk a client could grow the cache without
    // limit (docs/decisions/0015-server-rendered-error-pages.md).
    isrFlushToDisk: false,
    globalNotFound: true,
    // forbidden(): the staff console answers 403 to a reviewer on an admin-only page.
    authInterrupts: true,
    serverActions: { bodySizeLimit: MAX_REQUEST_BODY_BYTES },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(isProduction) }];
  },
};

export default createNextIntlPlugin()(nextConfig);
