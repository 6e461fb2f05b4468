import sharp from "sharp";

/** Longest side of a stored photo, in pixels; enough to feature it, small enough to keep. */
export const PHOTO_MAX_SIDE = 2000;
const QUALITY = 82;
// A 48-megapixel phone photo is ~49 M pixels; anything far larger is refused before decoding.
const MAX_INPUT_PIXELS = 100_000_000;
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp"]);

export type StoredPhoto = { mimeType: "image/jpeg"; width: number; height: number; data: Buffer };

export class UnreadablePhotoError extends Error {}

/**
 * Decodes an uploaded photo and encodes it afresh as JPEG: turned upright as its EXIF orientation
 * says, scaled to fit PHOTO_MAX_SIDE, transparency flattened onto white, and written without any
 * metadata (sharp drops EXIF, GPS, XMP and ICC unless asked to keep them). What the browser claimed
 * the file was does not matter; the bytes must decode as JPEG, PNG or WebP.
 */
export async function reencodePhoto(bytes: Uint8Array): Promise<StoredPhoto> {
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" });
    const { format } = await image.metadata();
    if (!format || !ACCEPTED_FORMATS.has(format)) throw new UnreadablePhotoError(`unsupported format ${format}`);
    const { data, info } = await image
      .rotate()
      .resize({ width: PHOTO_MAX_SIDE, height: PHOTO_MAX_SIDE, fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: QUALITY, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { mimeType: "image/jpeg", width: info.width, height: info.height, data };
  } catch (error) {
    if (error instanceof UnreadablePhotoError) throw error;
    throw new UnreadablePhotoError(error instanceof Error ? error.message : String(error));
  }
}
