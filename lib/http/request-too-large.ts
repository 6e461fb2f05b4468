import en from "../../messages/en.json" with { type: "json" };
import ja from "../../messages/ja.json" with { type: "json" };
import { PHOTO_MAX_BYTES } from "../validation/entry-fields";
import { MAX_REQUEST_BODY_BYTES } from "./body-limit";
import { escapeHtml } from "./escape-html";

const MESSAGES = { ja, en } as const;
const MIB = 1024 * 1024;

/**
 * Where a proxy sends a visitor whose body it refused (deploy/nginx.conf: error_page 413); the
 * server answers it with the same page as its own refusals.
 */
export function isRequestTooLargePath(url: string): boolean {
  return /^\/(?:ja|en)\/request-too-large(?:\?|$)/.test(url);
}

/** The visitor's language for a request Next.js never sees: the path's locale prefix, else Japanese. */
export function localeOfPath(pathname: string): keyof typeof MESSAGES {
  return /^\/en(?:\/|$|\?)/.test(pathname) ? "en" : "ja";
}

/**
 * The page a visitor gets when a request's body is over MAX_REQUEST_BODY_BYTES (413), in their
 * language, with the way back to the form (the browser's Back button keeps what was typed).
 */
export function requestTooLargePage(pathname: string): { locale: string; html: string } {
  const locale = localeOfPath(pathname);
  const text = MESSAGES[locale].RequestTooLarge;
  const body = text.body
    .replace("{limitMb}", String(MAX_REQUEST_BODY_BYTES / MIB))
    .replace("{photoMb}", String(PHOTO_MAX_BYTES / MIB));
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(text.title)} | ${escapeHtml(MESSAGES[locale].Site.campaignName)}</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.7;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}a{color:#0b5cad}</style>
</head>
<body>
<main>
<h1>${escapeHtml(text.title)}</h1>
<p>${escapeHtml(body)}</p>
<p><a href="/${locale}/entry">${escapeHtml(text.back)}</a> · <a href="/${locale}">${escapeHtml(text.home)}</a></p>
</main>
</body>
</html>
`;
  return { locale, html };
}
