import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Each rendered form carries a signed token: a random submission key (the same form sent twice is
 * the same entry) and the time it was rendered (a minimum fill time keeps out the fastest bots).
 * The signature stops a client from choosing either.
 */
export type FormToken = { submissionKey: string; renderedAt: number };

function sign(payload: string, secret: string): string {
  return createHmac("sha256", secret).update(payload).digest("base64url");
}

/** A token rendered at `renderedAt`; with `submissionKey`, a renewed token for the same entry. */
export function issueFormToken(renderedAt: Date, secret: string, submissionKey = randomBytes(16).toString("base64url")): string {
  const payload = `${submissionKey}.${renderedAt.getTime()}`;
  return `${payload}.${sign(payload, secret)}`;
}

/** The token's contents, or null when it was not issued with this secret. */
export function readFormToken(token: unknown, secret: string): FormToken | null {
  if (typeof token !== "string") return null;
  const match = /^([A-Za-z0-9_-]{22})\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, submissionKey, renderedAt, signature] = match as unknown as [string, string, string, string];
  const expected = Buffer.from(sign(`${submissionKey}.${renderedAt}`, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { submissionKey, renderedAt: Number(renderedAt) };
}
