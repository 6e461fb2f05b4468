import "server-only";
import sharp from "sharp";

/** Longest side of a stored photo, in pixels; enough to feature it, small enough to keep. */
export const PHOTO_MAX_SIDE = 2000;
const QUALITY = 82;
/**
 * Largest photo decoded, in pixels: a 48-megapixel phone photo (usually saved at 12 MP) is the
 * largest an entrant is likely to send; decoding one takes ~160 MB of memory.
 */
export const PHOTO_MAX_PIXELS = 40_000_000;
/** Photos decoded at the same time by one instance; further ones wait their turn. */
export const PHOTO_DECODE_CONCURRENCY = 2;
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp"]);

export type StoredPhoto = { mimeType: "image/jpeg"; width: number; height: number; data: Buffer };

export class UnreadablePhotoError extends Error {}
export class PhotoTooLargeError extends Error {}

let decoding = 0;
const waiting: (() => void)[] = [];

/** Runs `work` once fewer than PHOTO_DECODE_CONCURRENCY decodes are under way. */
async function oneOfFewDecodes<T>(work: () => Promise<T>): Promise<T> {
  if (decoding >= PHOTO_DECODE_CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve));
  else decoding++;
  try {
    return await work();
  } finally {
    // The slot passes straight to the next waiting decode, if any.
    const next = waiting.shift();
    if (next) next();
    else decoding--;
  }
}

/** Decodes under way and waiting, for tests. */
export function photoDecodeLoad() {
  return { decoding, waiting: waiting.length };
}

/**
 * Decodes an uploaded photo and encodes it afresh as JPEG: turned upright as its EXIF orientation
 * says, scaled to fit PHOTO_MAX_SIDE, transparency flattened onto white, and written without any
 * metadata (sharp drops EXIF, GPS, XMP and ICC unless asked to keep them). What the browser claimed
 * the file was does not matter; the bytes must decode as JPEG, PNG or WebP. The header is read
 * first: a photo over PHOTO_MAX_PIXELS is refused without being decoded.
 */
export function reencodePhoto(bytes: Uint8Array): Promise<StoredPhoto> {
  return oneOfFewDecodes(async () => {
    try {
      // Reading the header decodes no pixels; sharp's own limit would refuse it unread, without the size.
      const { format, width = 0, height = 0 } = await sharp(bytes, { limitInputPixels: false }).metadata();
      if (!format || !ACCEPTED_FORMATS.has(format)) throw new UnreadablePhotoError(`unsupported format ${format}`);
      if (width * height > PHOTO_MAX_PIXELS) throw new PhotoTooLargeError(`${width}×${height} pixels`);
      const { data, info } = await sharp(bytes, { limitInputPixels: PHOTO_MAX_PIXELS, failOn: "error" })
        .rotate()
        .resize({ width: PHOTO_MAX_SIDE, height: PHOTO_MAX_SIDE, fit: "inside", withoutEnlargement: true })
        .flatten({ background: "#ffffff" })
        .jpeg({ quality: QUALITY, mozjpeg: true })
        .toBuffer({ resolveWithObject: true });
      return { mimeType: "image/jpeg", width: info.width, height: info.height, data };
    } catch (error) {
      if (error instanceof UnreadablePhotoError || error instanceof PhotoTooLargeError) throw error;
      throw new UnreadablePhotoError(error instanceof Error ? error.message : String(error));
    }
  });
}
