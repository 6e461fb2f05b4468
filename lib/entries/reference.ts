import { randomBytes } from "node:crypto";

// 32 symbols, without 0/O and 1/I, which are easy to misread when a reference is read aloud.
const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/** `count` random symbols of the alphabet above (5 bits each). */
export function randomSymbols(count: number): string {
  return [...randomBytes(count)].map((byte) => ALPHABET[byte & 31]).join("");
}

/** A receipt code such as TM27-1-7KQ4XH: campaign, entry window, six random symbols. */
export function newReference(windowNumber: number): string {
  return `TM27-${windowNumber}-${randomSymbols(6)}`;
}

export const REFERENCE_PATTERN = new RegExp(`^TM27-\\d{1,2}-[${ALPHABET}]{6}$`);
