import pg from "pg";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readSchedule, saveSchedule } from "@/lib/campaign/schedule";
import { stateAt } from "@/lib/campaign/state";
import { poolConfigFromUrl } from "@/lib/db/connection";
import { clientKey, pruneRateLimitBuckets } from "@/lib/entries/admission";
import { readFormToken } from "@/lib/entries/form-token";
import { photoDecodeLoad } from "@/lib/entries/photo";
import type { EntryFormState } from "@/lib/entries/form-state";
import { handleSubmission, type SubmissionContext } from "@/lib/entries/submission";
import { ENTRANT_MAILS } from "@/lib/mail/entry-confirmation";
import { HONEYPOT_FIELD, MAX_CHARACTERS, TOKEN_FIELD } from "@/lib/validation/entry-fields";
import { unitBudget } from "@/lib/validation/text";
import { expectConsoleError } from "../support/console-guard";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { entryForm, insertInterviews, scheduleOpenAt, TEST_CONFIRMATION_SETTINGS, TEST_FORM_SECRET, validEntryFields } from "../support/entries";

const HOUR = 60 * 60 * 1000;
let test: TestDatabase;
// Enough connections for real concurrency (the default test pool has 4).
let pool: pg.Pool;
let interviews: Awaited<ReturnType<typeof insertInterviews>>;

beforeAll(async () => {
  test = await createTestDatabase();
  const { schema: _, ...config } = poolConfigFromUrl(test.url, { max: 20 });
  pool = new pg.Pool(config);
  interviews = await insertInterviews(test.db);
});
afterAll(async () => {
  await pool.end();
  await test.drop();
});
beforeEach(async () => {
  await saveSchedule(test.db, scheduleOpenAt(new Date()));
});

function context(overrides: Partial<SubmissionContext> = {}): SubmissionContext {
  return {
    db: pool,
    now: new Date(),
    locale: "ja",
    clientAddress: "203.0.113.10",
    settings: { secret: TEST_FORM_SECRET, minimumFillMs: 3_000, formMaxAgeMs: 24 * HOUR, rateLimitPerHour: 100_000, ...TEST_CONFIRMATION_SETTINGS },
    mails: ENTRANT_MAILS,
    campaignState: async () => stateAt(await readSchedule(test.db), new Date()),
    ...overrides,
  };
}

function expectStored(state: EntryFormState) {
  if (state.status !== "stored") throw new Error(`not stored: ${JSON.stringify(state)}`);
  return state;
}

function expectUnsuccessful(state: EntryFormState) {
  if (state.status !== "invalid" && state.status !== "refused") throw new Error(`expected a refusal: ${state.status}`);
  return state;
}

async function count(table: string, where = "TRUE", params: unknown[] = []) {
  const { rows } = await test.pool.query(`SELECT count(*)::int AS n FROM "${table}" WHERE ${where}`, params);
  return rows[0].n as number;
}

describe("storing an entry", () => {
  it("stores exactly what was typed (normalized), with its consents and confirmation email, in window 1", async () => {
    const fields = validEntryFields({ title: " Cafe\u0301 のつながり ", km: "３５", referencedInterviewId: String(interviews.publishedId) });
    const state = expectStored(await handleSubmission(entryForm(fields), context()));
    expect(state.alreadyStored).toBe(false);
    expect(state.receipt.reference).toMatch(/^TM27-1-[2-9A-HJ-NP-Z]{6}$/);

    const { rows } = await test.pool.query(`SELECT * FROM "Entry" WHERE reference = $1`, [state.receipt.reference]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      windowNumber: 1,
      name: fields.name,
      email: fields.email,
      emailKey: fields.email!.toLowerCase(),
      penName: fields.penName,
      title: "Café のつながり",
      story: fields.story,
      km: 35,
      referencedInterviewId: interviews.publishedId,
      role: "volunteer",
      language: "ja",
      status: "received",
    });
    const consents = await test.pool.query(`SELECT kind, "textVersion" FROM "EntryConsent" WHERE "entryId" = $1 ORDER BY kind`, [rows[0].id]);
    expect(consents.rows).toEqual([
      { kind: "eligibility", textVersion: "eligibility-2026-11-draft" },
      { kind: "terms", textVersion: "terms-2026-11-draft" },
      { kind: "privacy", textVersion: "privacy-2026-11-28-draft" },
      { kind: "publication", textVersion: "publication-2026-11-draft" },
    ]);
    const mail = await test.pool.query(`SELECT "to", subject, text, html, "sentAt" FROM "OutboxEmail" WHERE "entryId" = $1`, [rows[0].id]);
    expect(mail.rows).toHaveLength(1);
    expect(mail.rows[0].to).toBe(fields.email);
    expect(mail.rows[0].subject).toContain(state.receipt.reference);
    expect(mail.rows[0].text).toContain("Café のつながり");
    expect(mail.rows[0].text).toContain("（日本時間）");
    expect(mail.rows[0].html).toContain('<html lang="ja" dir="ltr">');
    expect(mail.rows[0].html).toContain("Café のつながり");
    expect(mail.rows[0].sentAt).toBeNull();
  });

  it("turns 200 concurrent distinct submissions into 200 entries", async () => {
    const before = await count("Entry");
    const forms = Array.from({ length: 200 }, () => entryForm(validEntryFields()));
    const results = await Promise.all(forms.map((form) => handleSubmission(form, context())));
    const references = results.map((result) => expectStored(result).receipt.reference);
    expect(new Set(references).size).toBe(200);
    expect((await count("Entry")) - before).toBe(200);
    expect(await count("Entry", "reference = ANY($1)", [references])).toBe(200);
    expect(await count("OutboxEmail", `"entryId" IN (SELECT id FROM "Entry" WHERE reference = ANY($1))`, [references])).toBe(200);
  });

  it("turns the same submission sent 5 times at once into one entry, and answers each with its receipt", async () => {
    const fields = validEntryFields();
    const form = entryForm(fields);
    const results = (await Promise.all(Array.from({ length: 5 }, () => handleSubmission(form, context())))).map(expectStored);
    expect(new Set(results.map((result) => result.receipt.reference)).size).toBe(1);
    expect(results.filter((result) => !result.alreadyStored)).toHaveLength(1);
    expect(await count("Entry", `"emailKey" = $1`, [fields.email!.toLowerCase()])).toBe(1);
    expect(await count("OutboxEmail", `"to" = $1`, [fields.email])).toBe(1);
  });
});

describe("refusals store nothing and keep what was typed", () => {
  it("outside the entry windows (also for a replayed form), with where the campaign stands", async () => {
    const fields = validEntryFields();
    const form = entryForm(fields);
    const now = new Date();
    await saveSchedule(test.db, scheduleOpenAt(new Date(now.getTime() + 5 * 24 * 60 * 60 * 1000)));
    const state = expectUnsuccessful(await handleSubmission(form, context()));
    expect(state).toMatchObject({ status: "refused", reason: "windowClosed", campaign: { phase: "before" } });
    expect(state.values).toMatchObject({ story: fields.story, email: fields.email, terms: true });
    expect(await count("Entry", `email = $1`, [fields.email])).toBe(0);
    expect(await count("OutboxEmail", `"to" = $1`, [fields.email])).toBe(0);
  });

  it("for a forged token, a filled honeypot and a form sent too fast", async () => {
    const fields = validEntryFields();
    const forged = entryForm(fields, { token: "AAAAAAAAAAAAAAAAAAAAAA.1795229941814.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" });
    const honeypot = entryForm(fields);
    honeypot.set(HONEYPOT_FIELD, "https://spam.example");
    const fast = entryForm(fields, { renderedAgoMs: 500 });
    const reasons = [];
    for (const form of [forged, honeypot, fast]) {
      const state = expectUnsuccessful(await handleSubmission(form, context()));
      expect(state.values.story).toBe(fields.story);
      reasons.push(state.reason);
    }
    expect(reasons).toEqual(["formNotRecognised", "honeypot", "tooFast"]);
    expect(await count("Entry", `email = $1`, [fields.email])).toBe(0);
  });

  it("beyond the hourly limit of one address, counted in the database so every instance shares it", async () => {
    const limited = context({ clientAddress: "198.51.100.77", settings: { ...context().settings, rateLimitPerHour: 3 } });
    const states = [];
    for (let i = 0; i < 4; i++) states.push(await handleSubmission(entryForm(validEntryFields()), limited));
    expect(states.map((state) => state.status)).toEqual(["stored", "stored", "stored", "refused"]);
    expect(states[3]).toMatchObject({ reason: "rateLimited" });
    const other = await handleSubmission(entryForm(validEntryFields()), { ...limited, clientAddress: "198.51.100.78" });
    expect(other.status).toBe("stored");
    const keys = await test.pool.query(`SELECT key FROM "RateLimitBucket"`);
    expect(keys.rows.map((row) => row.key).join()).not.toContain("198.51.100");
  });

  it("and forgets hourly buckets once they are over", async () => {
    await test.pool.query(`INSERT INTO "RateLimitBucket" (key, "windowStart", count) VALUES ('entry:old', now() - interval '3 hours', 5)`);
    await pruneRateLimitBuckets(test.pool, new Date());
    expect(await count("RateLimitBucket", "key = 'entry:old'")).toBe(0);
    expect(await count("RateLimitBucket")).toBeGreaterThan(0);
  });

  it("for an unpublished relay story", async () => {
    const fields = validEntryFields({ referencedInterviewId: String(interviews.unpublishedId) });
    const state = expectUnsuccessful(await handleSubmission(entryForm(fields), context()));
    expect(state).toMatchObject({ status: "invalid", errors: { referencedInterviewId: "invalid" } });
    expect(await count("Entry", `email = $1`, [fields.email])).toBe(0);
  });

  it("when the database cannot be reached", async () => {
    const { schema: _, ...config } = poolConfigFromUrl(test.url.replace(/:\d+\//, ":1/"), { connectionTimeoutMillis: 2_000 });
    const unreachable = new pg.Pool(config);
    const fields = validEntryFields();
    expectConsoleError(/could not store an entry/);
    try {
      const state = expectUnsuccessful(await handleSubmission(entryForm(fields), context({ db: unreachable })));
      expect(state).toMatchObject({ status: "refused", reason: "unavailable" });
      expect(state.values).toMatchObject({ name: fields.name, story: fields.story, privacy: true });
    } finally {
      await unreachable.end();
    }
    expect(await count("Entry", `email = $1`, [fields.email])).toBe(0);
  });
});

describe("photos", () => {
  it("are re-encoded upright and bounded, without EXIF or GPS", async () => {
    const original = await sharp({ create: { width: 3000, height: 1500, channels: 3, background: "#c33" } })
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Make: "PhoneCo", Copyright: "Hanako" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "35/1 40/1 0/1" } })
      .jpeg()
      .toBuffer();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const photo = new File([new Uint8Array(original)], "IMG_0001.jpg", { type: "image/jpeg" });
    const state = expectStored(await handleSubmission(entryForm(validEntryFields(), { photo }), context()));
    expect(state.receipt.hasPhoto).toBe(true);

    const { rows } = await test.pool.query(
      `SELECT p.* FROM "EntryPhoto" p JOIN "Entry" e ON e.id = p."entryId" WHERE e.reference = $1`,
      [state.receipt.reference],
    );
    const stored: Buffer = rows[0].data;
    const metadata = await sharp(stored).metadata();
    expect(metadata.format).toBe("jpeg");
    expect(metadata.exif).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
    expect(stored.includes(Buffer.from("PhoneCo"))).toBe(false);
    expect(stored.includes(Buffer.from("Exif"))).toBe(false);
    // Turned upright (portrait) and scaled so the long side is 2000 px.
    expect([metadata.width, metadata.height]).toEqual([1000, 2000]);
    expect(rows[0]).toMatchObject({ mimeType: "image/jpeg", width: 1000, height: 2000, byteSize: stored.length });
  });

  it("over 40 megapixels are refused, saying so, without being decoded", async () => {
    const huge = await sharp({ create: { width: 8000, height: 6000, channels: 3, background: "#888" } }).png().toBuffer();
    const fields = validEntryFields();
    const photo = new File([new Uint8Array(huge)], "huge.png", { type: "image/png" });
    const state = expectUnsuccessful(await handleSubmission(entryForm(fields, { photo }), context()));
    expect(state).toMatchObject({ status: "invalid", errors: { photo: "tooManyPixels" }, photoDropped: true });
    expect(await count("Entry", `email = $1`, [fields.email])).toBe(0);
  });

  it("are decoded two at a time, however many arrive at once", async () => {
    const image = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#36c" } }).jpeg().toBuffer();
    const photo = () => new File([new Uint8Array(image)], "p.jpg", { type: "image/jpeg" });
    const load: ReturnType<typeof photoDecodeLoad>[] = [];
    const sampler = setInterval(() => load.push(photoDecodeLoad()), 1);
    const states = await Promise.all(Array.from({ length: 8 }, () => handleSubmission(entryForm(validEntryFields(), { photo: photo() }), context())));
    clearInterval(sampler);
    states.forEach(expectStored);
    expect(Math.max(...load.map((sample) => sample.decoding))).toBe(2);
    expect(Math.max(...load.map((sample) => sample.waiting))).toBeGreaterThan(0);
    expect(photoDecodeLoad()).toEqual({ decoding: 0, waiting: 0 });
  });

  it("that are not images are refused whatever the browser claimed", async () => {
    const fields = validEntryFields();
    const fake = new File([new TextEncoder().encode("<?php echo 'hi'; ?>")], "photo.jpg", { type: "image/jpeg" });
    const state = expectUnsuccessful(await handleSubmission(entryForm(fields, { photo: fake }), context()));
    expect(state).toMatchObject({ status: "invalid", errors: { photo: "wrongType" }, photoDropped: true });
    expect(await count("Entry", `email = $1`, [fields.email])).toBe(0);
  });
});

describe("bounded work per request", () => {
  async function bucketCount(address: string) {
    const { rows } = await test.pool.query(`SELECT coalesce(sum(count), 0)::int AS n FROM "RateLimitBucket" WHERE key = $1`, [
      clientKey(address, TEST_FORM_SECRET),
    ]);
    return rows[0].n as number;
  }

  it("refuses hostile text on its size, saying why, before counting the attempt or reading it further", async () => {
    const address = "192.0.2.50";
    const hostile = [
      { story: ("e" + "\u0301".repeat(99)).repeat(10_000), error: "tooManyMarks" },
      { story: ("a" + "\u0301\u0316\u0360".repeat(33)).repeat(3_999), error: "tooManyMarks" },
      { story: "走".repeat(1_000_000), error: "tooLong" },
    ];
    for (const { story, error } of hostile) {
      const state = expectUnsuccessful(await handleSubmission(entryForm(validEntryFields({ story })), context({ clientAddress: address })));
      expect(state).toMatchObject({ status: "invalid", errors: { story: error } });
      // What comes back is bounded too, yet holds every other field.
      expect(state.values.story.length).toBeLessThanOrEqual(2 * unitBudget(MAX_CHARACTERS.story));
      expect(state.values.role).toBe("volunteer");
    }
    expect(await bucketCount(address)).toBe(0);
  });

  it("counts the attempt against the rate limit before validating the fields", async () => {
    const limited = context({ clientAddress: "192.0.2.51", settings: { ...context().settings, rateLimitPerHour: 2 } });
    const invalid = () => entryForm(validEntryFields({ email: "not-an-email" }));
    const states = [];
    for (let i = 0; i < 3; i++) states.push(expectUnsuccessful(await handleSubmission(invalid(), limited)));
    expect(states.map((state) => state.reason ?? state.errors.email)).toEqual(["invalid", "invalid", "rateLimited"]);
  });

  it("answers an expired form with a fresh token for the same entry, everything kept, and the retry is stored", async () => {
    const fields = validEntryFields({ referencedInterviewId: String(interviews.publishedId), role: "charity", language: "en" });
    const expired = entryForm(fields, { renderedAgoMs: 25 * HOUR });
    const state = expectUnsuccessful(await handleSubmission(expired, context()));
    expect(state).toMatchObject({ status: "refused", reason: "formExpired" });
    expect(state.values).toEqual({
      ...Object.fromEntries(Object.entries(fields).filter(([field]) => !["eligibility", "terms", "privacy", "publication"].includes(field))),
      eligibility: true,
      terms: true,
      privacy: true,
      publication: true,
    });
    const oldToken = readFormToken(expired.get(TOKEN_FIELD), TEST_FORM_SECRET)!;
    const fresh = readFormToken(state.token, TEST_FORM_SECRET)!;
    expect(fresh.submissionKey).toBe(oldToken.submissionKey);
    expect(Date.now() - fresh.renderedAt).toBeLessThan(24 * HOUR);

    // Sent again at once, as the person would: not "too fast", and stored.
    expired.set(TOKEN_FIELD, state.token);
    const stored = expectStored(await handleSubmission(expired, context()));
    expect(stored.receipt.role).toBe("charity");
    expect(await count("Entry", `email = $1`, [fields.email])).toBe(1);
  });

  it("answers in a state that survives JSON unchanged (React hydrates it from JSON after a no-JavaScript post)", async () => {
    const stored = expectStored(await handleSubmission(entryForm(validEntryFields()), context()));
    const fields = validEntryFields();
    await saveSchedule(test.db, scheduleOpenAt(new Date(Date.now() + 5 * 24 * HOUR)));
    const closed = expectUnsuccessful(await handleSubmission(entryForm(fields), context()));
    expect(closed.reason).toBe("windowClosed");
    for (const state of [stored, closed]) expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});
