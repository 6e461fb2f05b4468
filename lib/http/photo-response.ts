/** Only raster types are served inline; anything else (an SVG could carry script) is a download. */
const INLINE_TYPES = new Set(["image/jpeg", "image/png", "image/webp", "image/avif"]);

export function photoResponse(photo: { mimeType: string; data: Uint8Array }, cacheControl: string): Response {
  const inline = INLINE_TYPES.has(photo.mimeType);
  return new Response(Buffer.from(photo.data), {
    headers: {
      "Content-Type": inline ? photo.mimeType : "application/octet-stream",
      "Content-Length": String(photo.data.byteLength),
      "Cache-Control": cacheControl,
      ...(inline ? {} : { "Content-Disposition": "attachment" }),
    },
  });
}
