import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { isCrossSitePost } from "./lib/http/cross-site";
import { CONSOLE_PATHS, contentSecurityPolicy } from "./lib/http/security-headers";

const negotiateLocale = createMiddleware(routing);
const isProduction = process.env.NODE_ENV === "production";

export default function proxy(request: NextRequest) {
  if (!request.nextUrl.pathname.startsWith(CONSOLE_PATHS)) return negotiateLocale(request);
  if (isCrossSitePost(request.method, request.headers, request.headers.get("host"))) {
    return new NextResponse("Forbidden: this request came from another site.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  // Next.js reads the nonce from the request's policy and puts it on every script it renders.
  const policy = contentSecurityPolicy(isProduction, Buffer.from(crypto.randomUUID()).toString("base64"));
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Locale-prefixed pages are served without the proxy, so cached pages cost no extra work;
  // it negotiates paths without a locale (`/` by cookie, then Accept-Language) and guards the
  // console against cross-site POSTs. Not /apple-icon (app/apple-icon.tsx, a path without a dot).
  matcher: ["/", "/admin/:path*", "/((?!api/|admin|apple-icon$|_next|_vercel|(?:ja|en)(?:/|$)|.*\\..*).*)"],
};
