/**
 * Campaign schedule from the command line (times are Japan time, "YYYY-MM-DD HH:mm"):
 *   npm run campaign -- windows
 *   npm run campaign -- set-window 1 --opens "2026-12-21 10:00" --closes "2027-01-31 23:59"
 *   npm run campaign -- add-window --opens "2027-05-01 10:00" --closes "2027-05-31 23:59"
 *   npm run campaign -- remove-window 3
 *   npm run campaign -- set-announcement "2027-04-15 12:00"
 * Works with DATABASE_URL and with the embedded PostgreSQL. Each change is audited (as the
 * operator), then the public pages are expired on every instance through the shared page cache
 * (decision 22): nothing needs to reach the running site. A change that opens a window now also
 * mails the reminder subscribers at once (the running instances would within a minute; exactly
 * one of them writes each mail, decision 28).
 */
import { parseArgs } from "node:util";
import { Refusal } from "../lib/admin/refusal";
import { formatJstMinute, parseJstMinute } from "../lib/campaign/jst";
import { addWindow, readSchedule, removeWindow, saveSchedule } from "../lib/campaign/schedule";
import type { Schedule } from "../lib/campaign/state";
import pg from "pg";
import { invalidatePublicPages } from "../lib/cache/invalidation";
import { pgPoolConfig } from "../lib/db/connection";
import { sendWindowOpenedReminders } from "../lib/reminders/window-opened";
import { prisma, withDatabase } from "./lib/database";
import { scriptClient } from "./lib/prepare";

const USAGE = `Usage (times in Japan time, "YYYY-MM-DD HH:mm"):
  npm run campaign -- windows
  npm run campaign -- set-window <N> [--opens "YYYY-MM-DD HH:mm"] [--closes "YYYY-MM-DD HH:mm"]
  npm run campaign -- add-window --opens "YYYY-MM-DD HH:mm" --closes "YYYY-MM-DD HH:mm"
  npm run campaign -- remove-window <N>
  npm run campaign -- set-announcement "YYYY-MM-DD HH:mm"`;

function describe(schedule: Schedule): string {
  const lines = schedule.windows.map(
    (w) => `Window ${w.number}: opens ${formatJstMinute(w.opensAt)} JST, closes ${formatJstMinute(w.closesAt)} JST`,
  );
  return [...lines, `Winners announced: ${formatJstMinute(schedule.announcementAt)} JST`].join("\n");
}

function times(args: string[]) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { opens: { type: "string" }, closes: { type: "string" } } });
  return {
    positionals,
    opensAt: values.opens === undefined ? undefined : parseJstMinute(values.opens),
    closesAt: values.closes === undefined ? undefined : parseJstMinute(values.closes, { endOfMinute: true }),
  };
}

function windowNumber(text: string | undefined, schedule: Schedule): number {
  const number = Number(text);
  if (!schedule.windows.some((w) => w.number === number)) {
    throw new UsageError(`No window "${text}": the windows are ${schedule.windows.map((w) => w.number).join(", ")}`);
  }
  return number;
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
      if (command === "set-window") {
        const { positionals, opensAt, closesAt } = times(args);
        const number = windowNumber(positionals[0], current);
        if (!opensAt && !closesAt) throw new UsageError("set-window needs --opens and/or --closes");
        const [first, ...rest] = current.windows.map((w) => (w.number === number ? { ...w, opensAt: opensAt ?? w.opensAt, closesAt: closesAt ?? w.closesAt } : w));
        await saveSchedule(client, { ...current, windows: [first!, ...rest] });
      } else if (command === "add-window") {
        const { opensAt, closesAt } = times(args);
        if (!opensAt || !closesAt) throw new UsageError("add-window needs --opens and --closes");
        await addWindow(client, null, { opensAt, closesAt });
      } else if (command === "remove-window") {
        await removeWindow(client, null, windowNumber(args[0], current));
      } else if (command === "set-announcement") {
        if (!args[0]) throw new UsageError("set-announcement takes a date and time");
        await saveSchedule(client, { ...current, announcementAt: parseJstMinute(args[0]) });
      } else {
        throw new UsageError(`Unknown command "${command}"`);
      }
      console.log(`Saved.\n${describe(await readSchedule(client))}`);
      const pool = new pg.Pool(pgPoolConfig(database.url));
      try {
        await invalidatePublicPages(pool);
        console.log("Public pages re-render on every instance at their next request.");
        if (command === "set-window" || command === "add-window") {
          const reminders = await sendWindowOpenedReminders(pool, new Date());
          if (reminders) console.log(`A window is open: ${reminders} "entries are open" mails written to the outbox.`);
        }
      } finally {
        await pool.end();
      }
    } finally {
      await client.$disconnect();
    }
  });
} catch (error) {
  if (error instanceof Refusal) {
    console.error(`Not saved: ${error.message}${error.params ? ` ${JSON.stringify(error.params)}` : ""}`);
  } else if (error instanceof UsageError || (error instanceof Error && error.message.startsWith("Expected"))) {
    console.error(`${error.message}\n\n${USAGE}`);
  } else {
    throw error;
  }
  process.exit(1);
}
