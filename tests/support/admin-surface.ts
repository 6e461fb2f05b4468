/**
 * Every page, route handler and server action of the staff console, with the least role it
 * admits. The access tests first check this list against the files in app/admin, so a new page
 * or action cannot be added without deciding who may use it, and then prove each one refuses
 * whoever it should.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type Access = "public" | "reviewer" | "admin";

export const ADMIN_PAGES: Record<string, Access> = {
  "app/admin/sign-in/page.tsx": "public",
  "app/admin/(console)/page.tsx": "reviewer",
  "app/admin/(console)/entries/page.tsx": "reviewer",
  "app/admin/(console)/entries/[id]/page.tsx": "reviewer",
  "app/admin/(console)/entries/[id]/photo/route.ts": "reviewer",
  "app/admin/(console)/entries/[id]/feature/page.tsx": "admin",
  "app/admin/(console)/entries/export/route.ts": "admin",
  "app/admin/(console)/featured/page.tsx": "admin",
  "app/admin/(console)/winners/page.tsx": "admin",
  "app/admin/(console)/winners/mark/[entryId]/page.tsx": "admin",
  "app/admin/(console)/winners/prizes/[prizeId]/page.tsx": "admin",
  "app/admin/(console)/settings/page.tsx": "admin",
  "app/admin/(console)/interviews/page.tsx": "admin",
  "app/admin/(console)/interviews/new/page.tsx": "admin",
  "app/admin/(console)/interviews/[id]/page.tsx": "admin",
  "app/admin/(console)/staff/page.tsx": "admin",
  "app/admin/(console)/audit/page.tsx": "admin",
};

export const ADMIN_ACTIONS: Record<string, Access> = {
  "lib/admin/actions/session.ts#signInAction": "public",
  "lib/admin/actions/session.ts#chooseLanguageAction": "public",
  "lib/admin/actions/session.ts#signOutAction": "reviewer",
  "lib/admin/actions/review.ts#scoreAction": "reviewer",
  "lib/admin/actions/review.ts#commentAction": "reviewer",
  "lib/admin/actions/review.ts#statusAction": "admin",
  "lib/admin/actions/review.ts#unpublishAction": "admin",
  "lib/admin/actions/review.ts#eraseAction": "admin",
  "lib/admin/actions/winners.ts#winnerAction": "admin",
  "lib/admin/actions/featured.ts#featureAction": "admin",
  "lib/admin/actions/winners.ts#prepareDrawAction": "admin",
  "lib/admin/actions/winners.ts#runDrawAction": "admin",
  "lib/admin/actions/winners.ts#cancelDrawAction": "admin",
  "lib/admin/actions/winners.ts#nextReserveAction": "admin",
  "lib/admin/actions/settings.ts#saveSettingsAction": "admin",
  "lib/admin/actions/settings.ts#addWindowAction": "admin",
  "lib/admin/actions/settings.ts#removeWindowAction": "admin",
  "lib/admin/actions/interviews.ts#saveInterviewAction": "admin",
  "lib/admin/actions/interviews.ts#publishInterviewAction": "admin",
  "lib/admin/actions/staff.ts#createStaffAction": "admin",
  "lib/admin/actions/staff.ts#updateStaffAction": "admin",
};

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/**
 * The page.tsx and route.ts files under app/admin, or every "use server" module of the project
 * (wherever it lives, so an action outside lib/admin/actions is found too), as repository paths.
 */
export function adminFiles(kind: "pages" | "actions"): string[] {
  const files = kind === "pages" ? walk("app/admin").filter((file) => /[/\\](page\.tsx|route\.ts)$/.test(file)) : serverActionModules();
  return files.map((file) => file.split(path.sep).join("/")).sort();
}

/** Modules that start with "use server", under app/ and lib/, except the public entry form's. */
function serverActionModules(): string[] {
  return ["app", "lib"]
    .flatMap((dir) => walk(dir))
    .filter((file) => /\.tsx?$/.test(file) && !file.includes(`${path.sep}generated${path.sep}`))
    .filter((file) => /^\s*["']use server["']/.test(readFileSync(file, "utf8")))
    .filter((file) => !file.split(path.sep).join("/").startsWith("app/[locale]/"));
}

/** The URL of a page or route file, with its dynamic segments filled in. */
export function urlOf(file: string, ids: { entryId: string; interviewId: number; prizeId: number }): string {
  const route = file
    .replace(/^app/, "")
    .replace(/\/\([^)]+\)/g, "")
    .replace(/\/(page\.tsx|route\.ts)$/, "")
    .replace("/entries/[id]", `/entries/${ids.entryId}`)
    .replace("/interviews/[id]", `/interviews/${ids.interviewId}`)
    .replace("/mark/[entryId]", `/mark/${ids.entryId}`)
    .replace("/prizes/[prizeId]", `/prizes/${ids.prizeId}`);
  if (route.includes("[")) throw new Error(`No value for a dynamic segment of ${file}`);
  return route || "/";
}
