/**
 * The one place that decides whether an error means "the database cannot be reached right now"
 * (down, restarting, refusing connections, pool exhausted) rather than a bug or bad data. Pages use
 * it to answer with a localized "temporarily unavailable" page; nothing here swallows the error.
 *
 * Free of server-only imports: the browser's error boundary compares digests with it.
 */

/** Digest given to the error a page raises when the database is unreachable (see failure pages). */
export const DATABASE_UNAVAILABLE_DIGEST = "DATABASE_UNAVAILABLE";

// Socket errors of the pg driver (also inside an AggregateError when a host name has two addresses).
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN", "EPIPE"]);
// PostgreSQL SQLSTATEs: connection exceptions (class 08), shutting down / starting up, too many connections.
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);
// Prisma's codes for the same (driver adapter kinds DatabaseNotReachable, SocketTimeout, ConnectionClosed, TooManyConnections).
const PRISMA_CODES = new Set(["P1001", "P1008", "P1017", "P2037"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "SocketTimeout", "ConnectionClosed", "TooManyConnections"]);
// pg's pool and client say these without a code.
const MESSAGES = [/timeout exceeded when trying to connect/i, /Connection terminated/i, /encountered a connection error and is not queryable/i];

const MAX_DEPTH = 5;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH || typeof error !== "object" || error === null) return false;
  const { code, kind, message, cause, meta, errors } = error as Record<string, unknown>;
  if (typeof code === "string" && (SOCKET_CODES.has(code) || SQLSTATES.has(code) || code.startsWith("08") || PRISMA_CODES.has(code))) return true;
  if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
  if (typeof message === "string" && MESSAGES.some((pattern) => pattern.test(message))) return true;
  const nested = [cause, (meta as Record<string, unknown> | undefined)?.driverAdapterError, ...(Array.isArray(errors) ? errors : [])];
  return nested.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
