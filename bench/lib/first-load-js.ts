import { gzipSync } from "node:zlib";

export type FirstLoadJs = { scripts: { src: string; bytes: number; gzipBytes: number }[]; gzipBytes: number };

export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length;
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([\w-]+)="([^"]*)"/g)) found.set(match[1]!.toLowerCase(), match[2]!.replaceAll("&amp;", "&"));
  return found;
}

/**
 * The Next.js chunks a page loads on first load: `<script src>` and `<link rel="modulepreload">`.
 * `noModule` scripts (Next's legacy polyfills) are left out: browsers that run modules skip them.
 */
export function firstLoadScripts(html: string): string[] {
  const sources = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const attrs = attributes(tag);
    const src = attrs.get("src");
    if (src && !attrs.has("nomodule")) sources.add(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const attrs = attributes(tag);
    if (attrs.get("rel") === "modulepreload" && attrs.get("href")) sources.add(attrs.get("href")!);
  }
  return [...sources].filter((src) => src.startsWith("/_next/static/"));
}

/** Fetches each first-load chunk from the server and sums their sizes gzipped at level 9. */
export async function measureFirstLoadJs(baseUrl: string, html: string): Promise<FirstLoadJs> {
  const scripts = await Promise.all(
    firstLoadScripts(html).map(async (src) => {
      const response = await fetch(new URL(src, baseUrl));
      if (!response.ok) throw new Error(`${src} answered ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { src, bytes: bytes.length, gzipBytes: gzipSize(bytes) };
    }),
  );
  return { scripts, gzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0) };
}
