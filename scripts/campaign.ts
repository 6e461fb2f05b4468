/**
 * Campaign schedule from the command line (times are Japan time, "YYYY-MM-DD HH:mm"):
 *   npm run campaign -- windows
 *   npm run campaign -- set-window 1 --opens "2026-12-21 10:00" --closes "2027-01-31 23:59"
 *   npm run campaign -- set-announcement "2027-04-15 12:00"
 * Works with DATABASE_URL and with the embedded PostgreSQL. Public pages pick a change up within
 * their revalidation interval (60 s).
 */
import { parseArgs } from "node:util";
import { formatJstMinute, parseJstMinute } from "../lib/campaign/jst";
import { InvalidScheduleError, readSchedule, saveSchedule } from "../lib/campaign/schedule";
import type { Schedule } from "../lib/campaign/state";
import { prisma, withDatabase } from "./lib/database";
import { scriptClient } from "./lib/prepare";

const USAGE = `Usage (times in Japan time, "YYYY-MM-DD HH:mm"):
  npm run campaign -- windows
  npm run campaign -- set-window <1|2> [--opens "YYYY-MM-DD HH:mm"] [--closes "YYYY-MM-DD HH:mm"]
  npm run campaign -- set-announcement "YYYY-MM-DD HH:mm"`;

function describe(schedule: Schedule): string {
  const lines = schedule.windows.map(
    (w) => `Window ${w.number}: opens ${formatJstMinute(w.opensAt)} JST, closes ${formatJstMinute(w.closesAt)} JST`,
  );
  return [...lines, `Winners announced: ${formatJstMinute(schedule.announcementAt)} JST`].join("\n");
}

function changedSchedule(current: Schedule, command: string, args: string[]): Schedule {
  if (command === "set-window") {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { opens: { type: "string" }, closes: { type: "string" } },
    });
    const number = Number(positionals[0]);
    if (number !== 1 && number !== 2) throw new UsageError("set-window takes the window number, 1 or 2");
    if (!values.opens && !values.closes) throw new UsageError("set-window needs --opens and/or --closes");
    const windows = current.windows.map((w) =>
      w.number !== number
        ? w
        : {
            ...w,
            opensAt: values.opens ? parseJstMinute(values.opens) : w.opensAt,
            closesAt: values.closes ? parseJstMinute(values.closes, { endOfMinute: true }) : w.closesAt,
          },
    ) as unknown as Schedule["windows"];
    return { ...current, windows };
  }
  if (command === "set-announcement") {
    if (!args[0]) throw new UsageError("set-announcement takes a date and time");
    return { ...current, announcementAt: parseJstMinute(args[0]) };
  }
  throw new UsageError(`Unknown command "${command}"`);
}

class UsageError extends Error {}

const [command, ...args] = process.argv.slice(2);
if (!command || command === "--help") {
  console.log(USAGE);
  process.exit(command ? 0 : 1);
}

try {
  await withDatabase(async (database) => {
    await prisma(["migrate", "deploy"], database.url);
    const client = scriptClient(database.url);
    try {
      const current = await readSchedule(client);
      if (command === "windows") {
        console.log(describe(current));
        return;
      }
      const next = changedSchedule(current, command, args);
      await saveSchedule(client, next);
      console.log(`Saved.\n${describe(next)}`);
    } finally {
      await client.$disconnect();
    }
  });
} catch (error) {
  if (error instanceof InvalidScheduleError) {
    console.error(`Not saved: ${error.problems.join(", ")}`);
  } else if (error instanceof UsageError || (error instanceof Error && error.message.startsWith("Expected"))) {
    console.error(`${error.message}\n\n${USAGE}`);
  } else {
    throw error;
  }
  process.exit(1);
}
