/**
 * Entry settings read from the environment (see docs/decisions/0006-story-entries.md). Read on
 * each use so tests and the benchmark can set them per process.
 */
const DEVELOPMENT_FORM_SECRET = "connected-stories-development-form-secret";
let warnedAboutSecret = false;

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0, got "${raw}"`);
  return value;
}

/** Secret that signs the token each rendered form carries (render time + submission key). */
export function formSecret(): string {
  const secret = process.env.FORM_SECRET;
  if (secret) return secret;
  if (process.env.NODE_ENV === "production" && !warnedAboutSecret) {
    warnedAboutSecret = true;
    console.warn("FORM_SECRET is not set: using the development secret, so form tokens can be forged");
  }
  return DEVELOPMENT_FORM_SECRET;
}

/** A person needs at least this long between opening the form and sending it. */
export function minimumFillMs(): number {
  return numberFromEnv("ENTRY_MIN_FILL_SECONDS", 3) * 1000;
}

/**
 * How long a rendered form stays valid. Long enough for someone writing for hours; an older form
 * is answered with a fresh token and everything kept (lib/entries/submission.ts).
 */
export function formMaxAgeMs(): number {
  return numberFromEnv("ENTRY_FORM_MAX_AGE_HOURS", 24) * 60 * 60 * 1000;
}

/** Submissions that reach storage, per client address and clock hour. */
export function rateLimitPerHour(): number {
  return numberFromEnv("ENTRY_RATE_LIMIT_PER_HOUR", 20);
}

/**
 * How many proxies in front of the app append to X-Forwarded-For. The client address is the
 * entry that many places from the right (Next.js fills the header with the socket address when
 * no proxy set it).
 */
export function trustedProxyHops(): number {
  return Math.max(1, Math.floor(numberFromEnv("TRUSTED_PROXY_HOPS", 1)));
}
