import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffAccount, updateStaffAccount } from "@/lib/auth/accounts";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { createSession, revokeSession, sessionId, staffForToken } from "@/lib/auth/sessions";
import { signIn } from "@/lib/auth/sign-in";
import type { ThrottlePolicy } from "@/lib/auth/throttle";
import { createStaff, STAFF_PASSWORD } from "../factories/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(() => test.drop());

const policy: ThrottlePolicy = { freeAttempts: 3, maxDelaySeconds: 60, lockAfter: 6, lockMinutes: 15 };
const seconds = (n: number) => n * 1000;

describe("password hashing", () => {
  it("stores an argon2id hash with a fresh salt, never the password", async () => {
    const [a, b] = await Promise.all([hashPassword("a long enough secret"), hashPassword("a long enough secret")]);
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain("a long enough secret");
    expect(await verifyPassword(a, "a long enough secret")).toBe(true);
    expect(await verifyPassword(a, "a long enough secreT")).toBe(false);
    expect(await verifyPassword("not a hash", "anything")).toBe(false);
  });

  it("is what the accounts command stores", async () => {
    const { user, password } = await createStaffAccount(test.db, null, { email: " New.Admin@Staff.example.jp ", displayName: "新しい管理者", role: "admin", locale: "ja" });
    expect(user.email).toBe("new.admin@staff.example.jp");
    expect(password).toHaveLength(20);
    const stored = await test.pool.query(`SELECT "passwordHash" FROM "StaffUser" WHERE id = $1`, [user.id]);
    expect(stored.rows[0].passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored.rows[0].passwordHash, password!)).toBe(true);
  });
});

describe("sign-in", () => {
  const minutes = (n: number) => n * 60_000;
  let addresses = 0;
  const freshAddress = () => `203.0.113.${++addresses}`;

  it("answers one message for a wrong password, an unknown email, a disabled and an attacked account, checking one password in each", async () => {
    let checks = 0;
    const checkPassword: typeof verifyPassword = async (hash, password) => {
      checks++;
      return verifyPassword(hash, password);
    };
    const attempt = (email: string, password: string) => signIn(test.db, { email, password }, { address: freshAddress(), policy, checkPassword });
    const user = await createStaff(test.db);
    const attacked = await createStaff(test.db);
    await test.db.staffUser.update({ where: { id: attacked.id }, data: { failedAttempts: 40 } });
    const disabled = await createStaff(test.db);
    await test.db.staffUser.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });

    const answers = [
      await attempt(user.email, "wrong password"),
      await attempt("nobody@staff.example.jp", "whatever it is"),
      await attempt(disabled.email, STAFF_PASSWORD),
      await attempt(attacked.email, "wrong password"),
    ];
    expect(answers).toEqual(Array(4).fill({ ok: false, reason: "invalid" }));
    expect(checks).toBe(4);
    // An account under attack still opens with its password: nothing locks the account itself.
    expect(await attempt(attacked.email, STAFF_PASSWORD)).toMatchObject({ ok: true });
    expect(checks).toBe(5);
  });

  it("slows the guessing address down with growing delays, while staff elsewhere sign in, and tells the account's owner", async () => {
    const user = await createStaff(test.db);
    const guesser = freshAddress();
    const t0 = new Date("2027-01-10T00:00:00Z");
    const guess = (password: string, at: Date, address = guesser) => signIn(test.db, { email: user.email, password }, { address, now: at, policy });

    for (let i = 0; i < 3; i++) expect(await guess("wrong password", t0)).toEqual({ ok: false, reason: "invalid" });
    // 4th failure: 1 s; during it even the right password is refused from this address, and not counted.
    expect(await guess("wrong password", t0)).toEqual({ ok: false, reason: "throttled", retryAt: new Date(t0.getTime() + seconds(1)) });
    expect(await guess(STAFF_PASSWORD, new Date(t0.getTime() + 500))).toMatchObject({ ok: false, reason: "throttled" });
    // 5th: 2 s; 6th: 15 minutes.
    const t1 = new Date(t0.getTime() + seconds(1));
    expect(await guess("wrong password", t1)).toEqual({ ok: false, reason: "throttled", retryAt: new Date(t1.getTime() + seconds(2)) });
    const t2 = new Date(t1.getTime() + seconds(2));
    expect(await guess("wrong password", t2)).toEqual({ ok: false, reason: "throttled", retryAt: new Date(t2.getTime() + minutes(15)) });
    expect(await guess(STAFF_PASSWORD, new Date(t2.getTime() + minutes(14)))).toMatchObject({ ok: false, reason: "throttled" });
    // An unknown email from that address waits just as long: the wait says nothing about accounts.
    expect(await signIn(test.db, { email: "nobody@staff.example.jp", password: "x" }, { address: guesser, now: new Date(t2.getTime() + minutes(1)), policy })).toMatchObject({
      reason: "throttled",
    });

    const alert = await test.db.outboxEmail.findFirstOrThrow({ where: { to: user.email } });
    expect(alert.subject).toContain("サインイン失敗");
    expect(alert.text).toContain("6回");
    expect(await test.db.auditLog.count({ where: { entityId: user.id, action: "staff.locked" } })).toBe(1);

    // The owner, from their own address, is not locked out.
    expect(await guess(STAFF_PASSWORD, new Date(t2.getTime() + minutes(1)), freshAddress())).toMatchObject({ ok: true });
    expect((await test.db.staffUser.findUniqueOrThrow({ where: { id: user.id } })).failedAttempts).toBe(0);
    // After its block, the guessing address may try again.
    expect(await guess(STAFF_PASSWORD, new Date(t2.getTime() + minutes(15)))).toMatchObject({ ok: true });
  });

  it("counts parallel guesses one by one", async () => {
    const user = await createStaff(test.db);
    const now = new Date("2027-01-10T00:00:00Z");
    const address = freshAddress();
    await Promise.all(Array.from({ length: 3 }, () => signIn(test.db, { email: user.email, password: "guess" }, { address, now, policy })));
    expect((await test.db.staffUser.findUniqueOrThrow({ where: { id: user.id } })).failedAttempts).toBe(3);
    expect(await signIn(test.db, { email: user.email, password: "guess" }, { address, now, policy })).toMatchObject({ reason: "throttled" });
  });

  it("ends the account's older sessions", async () => {
    const user = await createStaff(test.db);
    const { token: older } = await createSession(test.db, user.id);
    const result = await signIn(test.db, { email: user.email, password: STAFF_PASSWORD }, { address: freshAddress(), policy });
    expect(result.ok && (await staffForToken(test.db, result.token))).toMatchObject({ id: user.id });
    expect(await staffForToken(test.db, older)).toBeNull();
  });
});

describe("sessions", () => {
  it("stores only the token's hash and ends on sign-out, expiry or disabling", async () => {
    const user = await createStaff(test.db);
    const now = new Date();
    const { token } = await createSession(test.db, user.id, now);
    const stored = await test.pool.query(`SELECT id FROM "StaffSession" WHERE "userId" = $1`, [user.id]);
    expect(stored.rows).toEqual([{ id: sessionId(token) }]);
    expect(stored.rows[0].id).not.toContain(token);

    expect(await staffForToken(test.db, token, now)).toMatchObject({ id: user.id, role: "reviewer" });
    expect(await staffForToken(test.db, token, new Date(now.getTime() + 13 * 3_600_000))).toBeNull();
    expect(await staffForToken(test.db, "forged-token", now)).toBeNull();
    expect(await staffForToken(test.db, undefined, now)).toBeNull();

    await revokeSession(test.db, token);
    expect(await staffForToken(test.db, token, now)).toBeNull();
  });

  it("end after 30 idle minutes; each request extends them, up to the absolute limit", async () => {
    const user = await createStaff(test.db);
    const t0 = new Date("2027-01-10T00:00:00Z");
    const at = (minutesLater: number) => new Date(t0.getTime() + minutesLater * 60_000);
    const { token } = await createSession(test.db, user.id, t0);
    for (let m = 29; m < 12 * 60; m += 29) expect(await staffForToken(test.db, token, at(m)), `minute ${m}`).not.toBeNull();
    expect(await staffForToken(test.db, token, at(12 * 60))).toBeNull();

    const { token: idle } = await createSession(test.db, user.id, t0);
    expect(await staffForToken(test.db, idle, at(29))).not.toBeNull();
    expect(await staffForToken(test.db, idle, at(59))).toBeNull();
  });

  it("of a disabled account stop working at once", async () => {
    const admin = await createStaff(test.db, { role: "admin" });
    const user = await createStaff(test.db);
    const { token } = await createSession(test.db, user.id);
    await updateStaffAccount(test.db, { id: admin.id, role: "admin" }, user.id, { disabled: true });
    expect(await staffForToken(test.db, token)).toBeNull();
    await updateStaffAccount(test.db, { id: admin.id, role: "admin" }, user.id, { disabled: false });
    expect(await staffForToken(test.db, token)).toBeNull(); // revoked, not just hidden
  });
});
