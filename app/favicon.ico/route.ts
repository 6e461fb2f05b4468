import { brandMarkPng, icoFromPng } from "@/lib/og/brand-mark";

export const dynamic = "force-static";

const SIZE = 48;

/** /favicon.ico, which browsers and crawlers ask for whatever the page links to: app/icon.svg. */
export async function GET() {
  const ico = icoFromPng(await brandMarkPng(SIZE), SIZE);
  return new Response(new Uint8Array(ico), { headers: { "Content-Type": "image/x-icon", "Cache-Control": "public, max-age=86400" } });
}
