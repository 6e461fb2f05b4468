import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { renderMail } from "@/lib/mail/layout";
import { deliverPendingEmails, MAX_ATTEMPTS, smtpSender, type OutgoingEmail } from "@/lib/mail/outbox";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { startFakeSmtp } from "../support/fake-smtp";

let test: TestDatabase;
let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;
const T0 = new Date("2027-01-05T01:00:00Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

beforeAll(async () => {
  test = await createTestDatabase();
  smtp = await startFakeSmtp();
});
afterAll(async () => {
  await smtp.close();
  await test.drop();
});
beforeEach(async () => {
  await test.pool.query(`DELETE FROM "OutboxEmail"`);
  smtp.received.length = 0;
});

async function queue(count: number, to = (i: number) => `runner${i}@example.com`) {
  for (let i = 0; i < count; i++) {
    await test.pool.query(
      `INSERT INTO "OutboxEmail" (id, "to", subject, text, "createdAt") VALUES (gen_random_uuid(), $1, $2, $3, $4::timestamp)`,
      [to(i), `Reference TM27-1-ABCDE${i}`, `こんにちは ${i}`, T0.toISOString()],
    );
  }
}

async function rows() {
  return (await test.pool.query(`SELECT "to", attempts, "sentAt", "lastError" FROM "OutboxEmail" ORDER BY "to"`)).rows;
}

describe("the email outbox", () => {
  it("sends pending emails through SMTP once and marks them sent", async () => {
    await queue(2);
    const send = smtpSender(smtp.url, "Connected Stories <no-reply@example.org>");
    expect(await deliverPendingEmails(test.pool, send, { now: T0 })).toEqual({ sent: 2, failed: 0 });
    expect(await deliverPendingEmails(test.pool, send, { now: minutes(600) })).toEqual({ sent: 0, failed: 0 });

    expect(smtp.received.map((mail) => mail.to[0]).sort()).toEqual(["runner0@example.com", "runner1@example.com"]);
    const first = smtp.received.find((mail) => mail.to[0] === "runner0@example.com")!;
    expect(first.data).toContain("Subject: Reference TM27-1-ABCDE0");
    expect(first.data).toContain("From: Connected Stories <no-reply@example.org>");
    expect((await rows()).every((row) => row.sentAt !== null && row.attempts === 1 && row.lastError === null)).toBe(true);
  });

  it("retries a failed email with growing delays, then leaves it", async () => {
    await queue(1);
    const send = smtpSender(smtp.url, "no-reply@example.org");
    smtp.failNext(MAX_ATTEMPTS);
    expect(await deliverPendingEmails(test.pool, send, { now: T0 })).toEqual({ sent: 0, failed: 1 });
    expect((await rows())[0]).toMatchObject({ attempts: 1, sentAt: null, lastError: expect.stringContaining("451") });
    // The second attempt is due a minute after the first was claimed, the third two minutes after the second.
    expect(await deliverPendingEmails(test.pool, send, { now: minutes(0.5) })).toEqual({ sent: 0, failed: 0 });
    expect(await deliverPendingEmails(test.pool, send, { now: minutes(1) })).toEqual({ sent: 0, failed: 1 });
    expect(await deliverPendingEmails(test.pool, send, { now: minutes(2) })).toEqual({ sent: 0, failed: 0 });
    expect(await deliverPendingEmails(test.pool, send, { now: minutes(3) })).toEqual({ sent: 0, failed: 1 });
    for (let attempt = 3; attempt < MAX_ATTEMPTS; attempt++) await deliverPendingEmails(test.pool, send, { now: minutes(2 ** attempt - 1) });
    expect((await rows())[0]).toMatchObject({ attempts: MAX_ATTEMPTS, sentAt: null });
    expect(await deliverPendingEmails(test.pool, send, { now: minutes(100_000) })).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(0);
  });

  it("sends each email once when several workers run at the same time", async () => {
    await queue(30);
    const sent: string[] = [];
    const slowSend = async (email: OutgoingEmail) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      sent.push(email.to);
    };
    const results = await Promise.all(
      Array.from({ length: 4 }, () => deliverPendingEmails(test.pool, slowSend, { now: T0, batchSize: 10 })),
    );
    expect(results.reduce((total, result) => total + result.sent, 0)).toBe(30);
    expect(new Set(sent).size).toBe(30);
    expect(sent).toHaveLength(30);
  });

  it("leases a claimed email: a worker starting later while it is still being sent does not send it again", async () => {
    await queue(1);
    const sent: string[] = [];
    let finishSlowSend = () => {};
    const slowSend = async (email: OutgoingEmail) => {
      await new Promise<void>((resolve) => (finishSlowSend = resolve));
      sent.push(`slow ${email.to}`);
    };
    const fastSend = async (email: OutgoingEmail) => {
      sent.push(`fast ${email.to}`);
    };
    // After a backlog: the email was written half an hour before the first worker gets to it.
    const first = deliverPendingEmails(test.pool, slowSend, { now: minutes(30) });
    await expect.poll(async () => (await rows())[0].attempts).toBe(1);
    expect(await deliverPendingEmails(test.pool, fastSend, { now: minutes(30.5) })).toEqual({ sent: 0, failed: 0 });
    finishSlowSend();
    expect(await first).toEqual({ sent: 1, failed: 0 });
    expect(await deliverPendingEmails(test.pool, fastSend, { now: minutes(45) })).toEqual({ sent: 0, failed: 0 });
    expect(sent).toEqual(["slow runner0@example.com"]);
  });

  it("sends a mail with both bodies as multipart/alternative, with List-Unsubscribe when it has one", async () => {
    const mail = renderMail("en", {
      subject: "Entry window No. 1 is now open",
      blocks: [{ kind: "paragraph", text: "Entries are open." }, { kind: "action", label: "Send your story", url: "https://example.org/en/entry" }],
      unsubscribe: { url: "https://example.org/en/reminders/unsubscribe?token=abc", oneClickUrl: "https://example.org/api/reminders/unsubscribe?token=abc" },
    });
    await test.pool.query(
      `INSERT INTO "OutboxEmail" (id, "to", subject, text, html, "listUnsubscribe", "createdAt") VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6::timestamp)`,
      ["subscriber@example.com", mail.subject, mail.text, mail.html, mail.listUnsubscribe, T0.toISOString()],
    );
    expect(await deliverPendingEmails(test.pool, smtpSender(smtp.url, "no-reply@example.org"), { now: T0 })).toEqual({ sent: 1, failed: 0 });
    const { data } = smtp.received[0]!;
    expect(data).toMatch(/Content-Type: multipart\/alternative/);
    expect(data).toMatch(/Content-Type: text\/plain; charset=utf-8/);
    expect(data).toMatch(/Content-Type: text\/html; charset=utf-8/);
    expect(data).toContain("List-Unsubscribe: <https://example.org/api/reminders/unsubscribe?token=abc>");
    expect(data).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
  });

  it("sends a row from before HTML mail as plain text only", async () => {
    await queue(1);
    await deliverPendingEmails(test.pool, smtpSender(smtp.url, "no-reply@example.org"), { now: T0 });
    const { data } = smtp.received[0]!;
    expect(data).toMatch(/Content-Type: text\/plain/);
    expect(data).not.toContain("multipart");
    expect(data).not.toContain("List-Unsubscribe");
  });
});
