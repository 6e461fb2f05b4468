/** The production servers playwright.config.ts starts for the browser tests. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

/**
 * A second server of the same build whose database is a closed port: what visitors see while
 * PostgreSQL is down.
 */
export const UNAVAILABLE_PORT = Number(process.env.E2E_UNAVAILABLE_PORT ?? E2E_PORT + 50);
export const UNAVAILABLE_URL = `http://localhost:${UNAVAILABLE_PORT}`;
export const UNREACHABLE_DATABASE_URL = "postgresql://nobody:nothing@127.0.0.1:9/unreachable";

/**
 * A second instance on the same database as the first (decision 22: one shared page cache). Both
 * reach PostgreSQL through a relay the tests can cut (tests/e2e/support/database-relay.ts).
 */
export const SECOND_PORT = Number(process.env.E2E_SECOND_PORT ?? E2E_PORT + 25);
export const SECOND_URL = `http://localhost:${SECOND_PORT}`;
export const DATABASE_RELAY_PORT = E2E_PORT + 26;
export const DATABASE_RELAY_CONTROL = `http://127.0.0.1:${E2E_PORT + 27}`;

/** `url` with its host and port replaced by the relay's. */
export function throughRelay(url: string): string {
  const relayed = new URL(url);
  relayed.hostname = "127.0.0.1";
  relayed.port = String(DATABASE_RELAY_PORT);
  return relayed.toString();
}

export function databaseAddress(url: string): string {
  const { hostname, port } = new URL(url);
  return `${hostname}:${port || 5432}`;
}

/** Cuts (or restores) the database for both instances. */
export async function setDatabaseReachable(reachable: boolean): Promise<void> {
  const response = await fetch(`${DATABASE_RELAY_CONTROL}/${reachable ? "up" : "down"}`, { method: "POST" });
  if (!response.ok) throw new Error(`database relay answered ${response.status}`);
}
