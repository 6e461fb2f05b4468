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

describe("sign-in throttling", () => {
  it("lets a few mistakes pass, then makes each further one wait longer, then locks", async () => {
    const user = await createStaff(test.db);
    const t0 = new Date("2027-01-10T00:00:00Z");
    const attempt = (password: string, at: Date) => signIn(test.db, { email: user.email, password }, { now: at, policy });

    for (let i = 0; i < 3; i++) expect(await attempt("wrong password", t0)).toEqual({ ok: false, reason: "invalid" });
    // 4th failure: 1 s delay; during it even the right password is refused, and not counted.
    expect(await attempt("wrong password", t0)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(STAFF_PASSWORD, new Date(t0.getTime() + 500))).toMatchObject({ ok: false, reason: "locked" });
    let row = await test.db.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.failedAttempts).toBe(4);
    expect(row.lockedUntil).toEqual(new Date(t0.getTime() + seconds(1)));

    // 5th failure after the delay: 2 s.
    const t1 = new Date(t0.getTime() + seconds(1));
    await attempt("wrong password", t1);
    row = await test.db.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.lockedUntil).toEqual(new Date(t1.getTime() + seconds(2)));

    // 6th failure: locked for 15 minutes.
    const t2 = new Date(t1.getTime() + seconds(2));
    const locked = await attempt("wrong password", t2);
    expect(locked).toEqual({ ok: false, reason: "locked", retryAt: new Date(t2.getTime() + 15 * 60_000) });
    expect(await attempt(STAFF_PASSWORD, new Date(t2.getTime() + 14 * 60_000))).toMatchObject({ ok: false, reason: "locked" });
    const audit = await test.db.auditLog.findMany({ where: { entityId: user.id, action: "staff.locked" } });
    expect(audit).toHaveLength(1);

    // After the lock, the right password works and clears the count.
    const ok = await attempt(STAFF_PASSWORD, new Date(t2.getTime() + 15 * 60_000));
    expect(ok.ok).toBe(true);
    row = await test.db.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ failedAttempts: 0, lockedUntil: null });
  });

  it("counts parallel guesses one by one", async () => {
    const user = await createStaff(test.db);
    const now = new Date("2027-01-10T00:00:00Z");
    await Promise.all(Array.from({ length: 3 }, () => signIn(test.db, { email: user.email, password: "guess" }, { now, policy })));
    expect((await test.db.staffUser.findUniqueOrThrow({ where: { id: user.id } })).failedAttempts).toBe(3);
  });

  it("gives the same answer for an unknown email and a disabled account", async () => {
    expect(await signIn(test.db, { email: "nobody@staff.example.jp", password: "whatever it is" }, { policy })).toEqual({ ok: false, reason: "invalid" });
    const admin = await createStaff(test.db, { role: "admin" });
    const user = await createStaff(test.db);
    await updateStaffAccount(test.db, { id: admin.id, role: "admin" }, user.id, { disabled: true });
    expect(await signIn(test.db, { email: user.email, password: STAFF_PASSWORD }, { policy })).toEqual({ ok: false, reason: "invalid" });
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
