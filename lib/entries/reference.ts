import { randomBytes } from "node:crypto";

// 32 symbols, without 0/O and 1/I, which are easy to misread when a reference is read aloud.
const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/** A receipt code such as TM27-1-7KQ4XH: campaign, entry window, six random symbols. */
export function newReference(windowNumber: number): string {
  const code = [...randomBytes(6)].map((byte) => ALPHABET[byte & 31]).join("");
  return `TM27-${windowNumber}-${code}`;
}
