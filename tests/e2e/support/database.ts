import { scriptClient } from "../../../scripts/lib/prepare";

/** Prisma on the browser tests' database (the `e2e` schema the server under test uses). */
export function e2eDatabase() {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the browser tests through `npm test`");
  return scriptClient(url);
}
