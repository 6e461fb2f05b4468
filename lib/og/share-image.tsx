import "server-only";
import { ImageResponse } from "next/og";
import { notoSansJpBold } from "./fonts";

/** The theme tokens of app/globals.css that the share images use (next/og cannot read CSS). */
export const SHARE_PALETTE = {
  ink: "#14213d",
  inkDeep: "#0c1530",
  city: "#2c3d66",
  sun: "#f6c445",
  accentBright: "#ff8f7e",
  line: "#d9d4c7",
} as const;

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

// The hero drawing's skyline and course line (components/art/course-city-illustration.tsx), reduced
// to a band for the foot of every share image.
const BAND = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 150">
<g fill="${SHARE_PALETTE.city}"><rect x="40" y="10" width="46" height="120"/><rect x="96" y="10" width="46" height="120"/><rect x="40" y="70" width="102" height="60"/>
<rect x="170" y="60" width="60" height="70"/><rect x="250" y="40" width="40" height="90"/><path d="M640 130 L654 30 L660 4 L666 30 L680 130 Z"/>
<rect x="720" y="70" width="56" height="60"/><rect x="980" y="80" width="190" height="50"/><path d="M1040 80 a35 35 0 0 1 70 0 Z"/></g>
<rect y="128" width="1200" height="22" fill="${SHARE_PALETTE.inkDeep}"/>
<path d="M0 138 C200 120 360 150 600 136 S1000 122 1200 140" fill="none" stroke="${SHARE_PALETTE.accentBright}" stroke-width="8" stroke-linecap="round"/></svg>`;
const BAND_URL = `data:image/svg+xml;base64,${Buffer.from(BAND).toString("base64")}`;

/**
 * Every share image of the site in one style: a badge (km, season, "story"), a small line above the
 * title, the title, a footer line, and the city band with the campaign name.
 */
export async function shareImage({ badge, eyebrow, title, footer }: { badge: string; eyebrow: string; title: string; footer: string }) {
  return new ImageResponse(
    (
      <div style={{ display: "flex", flexDirection: "column", width: "100%", height: "100%", background: SHARE_PALETTE.ink, color: "#ffffff", fontFamily: "Noto Sans JP" }}>
        <div style={{ display: "flex", flexDirection: "column", flex: 1, padding: "56px 64px 0" }}>
          <div style={{ display: "flex", alignItems: "center", gap: 24 }}>
            <div style={{ display: "flex", background: SHARE_PALETTE.sun, color: SHARE_PALETTE.ink, borderRadius: 999, padding: "6px 26px", fontSize: 34 }}>{badge}</div>
            <div style={{ display: "flex", fontSize: 28, color: SHARE_PALETTE.line }}>{eyebrow}</div>
          </div>
          <div style={{ display: "flex", flex: 1, alignItems: "center", fontSize: title.length > 40 ? 50 : 60, lineHeight: 1.35 }}>{title}</div>
          <div style={{ display: "flex", fontSize: 28, color: SHARE_PALETTE.line, paddingBottom: 12 }}>{footer}</div>
        </div>
        <img src={BAND_URL} width={1200} height={150} alt="" />
      </div>
    ),
    { ...SHARE_IMAGE_SIZE, fonts: [{ name: "Noto Sans JP", data: await notoSansJpBold(), weight: 700, style: "normal" }] },
  );
}
