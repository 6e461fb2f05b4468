import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSchedule, saveSchedule } from "@/lib/campaign/schedule";
import { stateAt } from "@/lib/campaign/state";
import { ENTRY_COLUMNS, STORED_COLUMNS } from "@/lib/entries/columns";
import { handleSubmission } from "@/lib/entries/submission";
import { ENTRANT_MAILS } from "@/lib/mail/entry-confirmation";
import { eraseEntry } from "@/lib/review/erasure";
import { EXPORT_COLUMNS } from "@/lib/review/export";
import { createEntry } from "../factories/entries";
import { createStaff } from "../factories/staff";
import { entryForm, insertInterviews, scheduleOpenAt, TEST_CONFIRMATION_SETTINGS, TEST_FORM_SECRET, validEntryFields } from "../support/entries";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => {
  await test.drop();
});

async function entryRow(where: string, params: unknown[]): Promise<Record<string, unknown>> {
  const { rows } = await test.pool.query(`SELECT * FROM "Entry" WHERE ${where}`, params);
  expect(rows).toHaveLength(1);
  return rows[0];
}

describe("every column of Entry is classified once", () => {
  it("the classification names exactly the columns of the real table", async () => {
    const { rows } = await test.pool.query(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'Entry' ORDER BY column_name`,
      [test.schema],
    );
    expect(rows.map((row) => row.column_name).sort()).toEqual(Object.keys(ENTRY_COLUMNS).sort());
  });

  it("the one INSERT writes every column from the form and the submission", async () => {
    const { publishedId } = await insertInterviews(test.db);
    await saveSchedule(test.db, scheduleOpenAt(new Date()));
    const fields = validEntryFields({ km: "35", referencedInterviewId: String(publishedId) });
    const state = await handleSubmission(entryForm(fields), {
      db: test.pool,
      now: new Date(),
      locale: "ja",
      clientAddress: "192.0.2.1",
      settings: { secret: TEST_FORM_SECRET, minimumFillMs: 0, formMaxAgeMs: 60 * 60 * 1000, rateLimitPerHour: 100, ...TEST_CONFIRMATION_SETTINGS },
      mails: ENTRANT_MAILS,
      campaignState: async () => stateAt(await readSchedule(test.db), new Date()),
    });
    expect(state.status).toBe("stored");
    const row = await entryRow(`email = $1`, [fields.email]);
    const unwritten = STORED_COLUMNS.filter((column) => row[column] === null || row[column] === undefined);
    expect(unwritten).toEqual([]);
  });

  it("the export carries every column classified as exported", () => {
    const exported = Object.values(ENTRY_COLUMNS).flatMap((column) => (column.exported ? [column.exported] : []));
    expect(EXPORT_COLUMNS).toEqual(expect.arrayContaining(exported));
  });

  it("erasure overwrites exactly the columns classified as erased and keeps the others", async () => {
    const admin = await createStaff(test.db, { role: "admin" });
    const entry = await createEntry(test.db, { km: 12 });
    const before = await entryRow(`id = $1`, [entry.id]);
    await eraseEntry(test.db, admin, entry.id);
    const after = await entryRow(`id = $1`, [entry.id]);
    for (const [name, column] of Object.entries(ENTRY_COLUMNS)) {
      if ("erasedTo" in column) expect(after[name], name).toBe(column.erasedTo);
      else if (name !== "erasedAt") expect(after[name], name).toEqual(before[name]);
    }
    expect(after.erasedAt).toBeInstanceOf(Date);
  });
});
