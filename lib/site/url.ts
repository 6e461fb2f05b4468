/** The public origin of the site, used for canonical URLs, hreflang, the sitemap and share links. */
export function siteUrl(): string {
  return (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/$/, "");
}
