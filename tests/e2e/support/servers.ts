/** The production servers playwright.config.ts starts for the browser tests. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

/**
 * A second server of the same build whose database is a closed port: what visitors see while
 * PostgreSQL is down.
 */
export const UNAVAILABLE_PORT = Number(process.env.E2E_UNAVAILABLE_PORT ?? E2E_PORT + 50);
export const UNAVAILABLE_URL = `http://localhost:${UNAVAILABLE_PORT}`;
export const UNREACHABLE_DATABASE_URL = "postgresql://nobody:nothing@127.0.0.1:9/unreachable";
