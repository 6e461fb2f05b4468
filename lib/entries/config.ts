import "server-only";
/**
 * Entry settings read from the environment (see docs/decisions/0006-story-entries.md). Read on
 * each use so tests and the benchmark can set them per process.
 */
const DEVELOPMENT_FORM_SECRET = "connected-stories-development-form-secret";

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0, got "${raw}"`);
  return value;
}

/**
 * Secret that signs the token each rendered form carries (render time + submission key). `npm
 * start` always provides one (docs/decisions/0012-production-settings.md); a production server
 * started any other way without it refuses to sign rather than use the public development secret.
 */
export function formSecret(): string {
  const secret = process.env.FORM_SECRET;
  if (secret) return secret;
  if (process.env.NODE_ENV === "production") throw new Error("FORM_SECRET is not set: start the site with `npm start`");
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
