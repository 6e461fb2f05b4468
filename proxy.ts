import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Locale-prefixed pages are served without the proxy, so cached pages cost no extra work;
  // it only negotiates paths without a locale (`/` by cookie, then Accept-Language). Not /apple-icon
  // (app/apple-icon.tsx, a path without a dot).
  matcher: ["/", "/((?!api/|admin|apple-icon$|_next|_vercel|(?:ja|en)(?:/|$)|.*\\..*).*)"],
};
