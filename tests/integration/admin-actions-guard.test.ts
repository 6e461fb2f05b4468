/**
 * Every server action of the console, called directly (as an attacker could, bypassing the
 * pages): without a session each one refuses before touching anything, and each admin-only one
 * refuses a reviewer. The list of actions is checked against the files, so none can be missed.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { IDLE, type ActionState } from "@/lib/admin/action-state";
import { ADMIN_ACTIONS, adminFiles } from "../support/admin-surface";
import { createEntry } from "../factories/entries";
import { createSignedInStaff } from "../factories/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const cookieJar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name)! } : undefined),
    set: (name: string, value: string) => void cookieJar.set(name, value),
    delete: (name: string) => void cookieJar.delete(name),
  }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

let test: TestDatabase;
type Action = (...args: unknown[]) => Promise<unknown>;
const actions = new Map<string, Action>();

beforeAll(async () => {
  test = await createTestDatabase();
  process.env.DATABASE_URL = test.url;
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true"; // what next.config's authInterrupts sets
  for (const file of adminFiles("actions")) {
    const exports = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) if (typeof value === "function") actions.set(`${file}#${name}`, value as Action);
  }
});
afterAll(() => test.drop());

/** The digest Next.js gives the error that redirects or answers 403. */
async function refusal(call: Promise<unknown>): Promise<string> {
  const error = await call.then(
    () => null,
    (e: unknown) => e as { digest?: string },
  );
  return error?.digest ?? "accepted";
}

async function snapshot() {
  const [audit, entries, scores, comments, sessions, staff] = await Promise.all([
    test.db.auditLog.count(),
    test.db.entry.findMany({ orderBy: { id: "asc" } }),
    test.db.score.count(),
    test.db.comment.count(),
    test.db.staffSession.count(),
    test.db.staffUser.count(),
  ]);
  return { audit, entries, scores, comments, sessions, staff };
}

/** The plain forms (no answer on screen): a visitor is sent to the sign-in page. */
const SIGN_IN_REDIRECTS = new Set(["lib/admin/actions/session.ts#signOutAction"]);

function formFor(entryReference: string) {
  const form = new FormData();
  for (const [key, value] of Object.entries({
    connection: "5", originality: "5", storytelling: "5", body: "悪意のあるコメント", status: "declined", do: "mark",
    confirm: entryReference, titleJa: "乗っ取り", storyJa: "本文", translationStatus: "done", email: "intruder@example.com",
    displayName: "侵入者", role: "admin", locale: "en", password: "whatever",
  })) form.set(key, value);
  return form;
}

describe("server actions", () => {
  it("are all listed with the role they need", () => {
    expect([...actions.keys()].sort()).toEqual(Object.keys(ADMIN_ACTIONS).sort());
  });

  it("refuse a visitor without a session (a form is told to sign in again and keeps its input; a plain form redirects), changing nothing", async () => {
    const entry = await createEntry(test.db, { status: "shortlisted" });
    cookieJar.clear();
    const before = await snapshot();
    for (const [key, action] of actions) {
      if (ADMIN_ACTIONS[key] === "public") continue;
      const call = action(entry.id, IDLE, formFor(entry.reference));
      if (SIGN_IN_REDIRECTS.has(key)) {
        expect(await refusal(call), key).toMatch(/^NEXT_REDIRECT;replace;\/admin\/sign-in;307;/);
        continue;
      }
      const answer = (await call) as ActionState;
      expect(answer, key).toMatchObject({ status: "error", error: "sessionEnded" });
      expect(JSON.stringify(answer)).not.toContain("whatever"); // never a password
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuse a reviewer where an admin is needed (403), changing nothing", async () => {
    const entry = await createEntry(test.db, { status: "shortlisted" });
    const draw = await test.db.prizeDraw.create({ data: { eligible: [entry.reference], listHash: "x", seed: "y", seedHash: "z", publicSource: "w", prizeCount: 1 } });
    const { token } = await createSignedInStaff(test.db, { role: "reviewer" });
    cookieJar.clear();
    cookieJar.set("cs_staff", token);
    const before = await snapshot();
    for (const [key, action] of actions) {
      if (ADMIN_ACTIONS[key] !== "admin") continue;
      const firstArg = /DrawAction$/.test(key) || key.includes("publishInterviewAction") || key.includes("saveInterviewAction") ? draw.id : entry.id;
      const digest = await refusal(action(firstArg, IDLE, formFor(entry.reference)));
      expect(digest, key).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("answer malformed input (a bad id, missing fields) with a refusal, never an exception, changing nothing", async () => {
    await createEntry(test.db);
    const { token } = await createSignedInStaff(test.db, { role: "admin" });
    cookieJar.clear();
    cookieJar.set("cs_staff", token);
    const before = await snapshot();
    for (const [key, action] of actions) {
      if (ADMIN_ACTIONS[key] === "public" || key.endsWith("#signOutAction")) continue;
      for (const bound of ["not-an-id", "1; DROP TABLE", -1, null]) {
        const answer = await action(bound, IDLE, new FormData());
        expect(answer, `${key}(${String(bound)})`).toMatchObject({ status: "error", error: expect.stringMatching(/^(invalid|commentEmpty|chooseReviewers)$/) });
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it("let a reviewer do what reviewers do", async () => {
    const entry = await createEntry(test.db);
    const { user, token } = await createSignedInStaff(test.db, { role: "reviewer" });
    cookieJar.clear();
    cookieJar.set("cs_staff", token);
    const score = actions.get("lib/admin/actions/review.ts#scoreAction")!;
    expect(await score(entry.id, IDLE, formFor(entry.reference))).toEqual({ status: "ok", message: "scoreSaved" });
    expect(await test.db.score.count({ where: { entryId: entry.id, reviewerId: user.id } })).toBe(1);
  });
});
