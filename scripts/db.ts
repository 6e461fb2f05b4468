/** `npm run db:migrate` (apply migrations) and `npm run db:seed` (seed; safe to repeat). */
import { databaseLabel, prisma, withDatabase } from "./lib/database";
import { scriptClient } from "./lib/prepare";
import { seed } from "../prisma/seed";

const command = process.argv[2];

await withDatabase(async (database) => {
  console.log(`Database: ${databaseLabel(database)}`);
  if (command === "migrate") {
    await prisma(["migrate", "deploy"], database.url);
  } else if (command === "seed") {
    const client = scriptClient(database.url);
    try {
      await seed(client);
      console.log("Seeded.");
    } finally {
      await client.$disconnect();
    }
  } else {
    throw new Error(`Unknown command ${command}: expected migrate or seed`);
  }
});
