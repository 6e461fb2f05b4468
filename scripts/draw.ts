/**
 * Checks a prize draw against what the winners page publishes (decision 18):
 *   npm run draw -- verify <id>
 * Recomputes the eligible list's hash and, once the announcement has revealed them, the seed's
 * hash and the whole draw order. Exits 1 when any check fails. Works with DATABASE_URL and with
 * the embedded PostgreSQL.
 */
import { formatJstMinute } from "../lib/campaign/jst";
import { readSchedule } from "../lib/campaign/schedule";
import { publicDraws } from "../lib/winners/public-draws";
import { checkPublishedDraw } from "../lib/winners/verify";
import { prisma, withDatabase } from "./lib/database";
import { scriptClient } from "./lib/prepare";

const USAGE = "Usage: npm run draw -- verify <id>";

const CHECKS = {
  listHash: "SHA-256 of the eligible list equals the published list hash",
  seedHash: "SHA-256 of the revealed seed equals the hash published before the draw",
  order: "the draw order recomputed from the list, the seed and the public value equals the published order",
};

const [command, id] = process.argv.slice(2);
if (command !== "verify" || !id || !/^\d+$/.test(id)) {
  console.error(USAGE);
  process.exit(1);
}

const passed = await withDatabase(async (database) => {
  await prisma(["migrate", "deploy"], database.url);
  const client = scriptClient(database.url);
  try {
    const draw = (await publicDraws(client)).find((d) => d.id === Number(id));
    if (!draw) {
      console.error(`No draw #${id}.`);
      return false;
    }
    const checks = checkPublishedDraw(draw);
    for (const check of checks) console.log(`${check.passed ? "ok  " : "FAIL"} ${CHECKS[check.name]}`);
    if (draw.cancelledAt) console.log(`Draw #${id} was cancelled on ${formatJstMinute(draw.cancelledAt)} JST and never run.`);
    else if (!draw.revealed) {
      const { announcementAt } = await readSchedule(client);
      console.log(`The seed and the result of draw #${id} are published at the announcement, ${formatJstMinute(announcementAt)} JST.`);
    } else {
      console.log(`Draw order: ${draw.revealed.order.map((row) => `${row.reference} (${row.outcome})`).join(", ")}`);
    }
    return checks.every((check) => check.passed);
  } finally {
    await client.$disconnect();
  }
});
process.exit(passed ? 0 : 1);
