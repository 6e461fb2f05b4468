/**
 * `npm run db:sample-entries -- [count]`: adds sample entries (invented people, realistic
 * Japanese and English text) to a development database, so the console has something to show.
 * Refuses to run with NODE_ENV=production.
 */
import { createEntry } from "../tests/factories/entries";
import { databaseLabel, withDatabase } from "./lib/database";
import { scriptClient } from "./lib/prepare";

if (process.env.NODE_ENV === "production") throw new Error("Sample entries are for development databases only");
const count = Number(process.argv[2] ?? 200);
if (!Number.isInteger(count) || count < 1 || count > 20_000) throw new Error("Give a count between 1 and 20000");

await withDatabase(async (database) => {
  console.log(`Database: ${databaseLabel(database)}`);
  const db = scriptClient(database.url);
  try {
    const now = Date.now();
    for (let i = 0; i < count; i++) {
      await createEntry(db, {
        submittedAt: new Date(now - i * 37 * 60_000),
        photo: i % 4 === 0,
        publicationConsent: i % 10 !== 0,
      });
    }
    console.log(`Added ${count} sample entries.`);
  } finally {
    await db.$disconnect();
  }
});
