import { brandMarkPng } from "@/lib/og/brand-mark";

export const size = { width: 180, height: 180 };
export const contentType = "image/png";

/** The home-screen icon: app/icon.svg at 180 px. */
export default async function AppleIcon() {
  return new Response(new Uint8Array(await brandMarkPng(size.width)), { headers: { "Content-Type": contentType } });
}
