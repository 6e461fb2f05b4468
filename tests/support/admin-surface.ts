/**
 * Every page, route handler and server action of the staff console, with the least role it
 * admits. The access tests first check this list against the files in app/admin, so a new page
 * or action cannot be added without deciding who may use it, and then prove each one refuses
 * whoever it should.
 */
import { readdirSync } from "node:fs";
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
  "app/admin/(console)/settings/page.tsx": "admin",
  "app/admin/(console)/interviews/page.tsx": "admin",
  "app/admin/(console)/interviews/new/page.tsx": "admin",
  "app/admin/(console)/interviews/[id]/page.tsx": "admin",
  "app/admin/(console)/staff/page.tsx": "admin",
  "app/admin/(console)/audit/page.tsx": "admin",
};

export const ADMIN_ACTIONS: Record<string, Access> = {
  "app/admin/sign-in/actions.ts#signInAction": "public",
  "app/admin/actions.ts#chooseLanguageAction": "public",
  "app/admin/actions.ts#signOutAction": "reviewer",
  "app/admin/(console)/entries/[id]/actions.ts#scoreAction": "reviewer",
  "app/admin/(console)/entries/[id]/actions.ts#commentAction": "reviewer",
  "app/admin/(console)/entries/[id]/actions.ts#statusAction": "admin",
  "app/admin/(console)/entries/[id]/actions.ts#winnerAction": "admin",
  "app/admin/(console)/entries/[id]/actions.ts#unpublishAction": "admin",
  "app/admin/(console)/entries/[id]/actions.ts#eraseAction": "admin",
  "app/admin/(console)/entries/[id]/feature/actions.ts#featureAction": "admin",
  "app/admin/(console)/winners/actions.ts#prepareDrawAction": "admin",
  "app/admin/(console)/winners/actions.ts#runDrawAction": "admin",
  "app/admin/(console)/settings/actions.ts#saveSettingsAction": "admin",
  "app/admin/(console)/interviews/actions.ts#saveInterviewAction": "admin",
  "app/admin/(console)/interviews/actions.ts#publishInterviewAction": "admin",
  "app/admin/(console)/staff/actions.ts#createStaffAction": "admin",
  "app/admin/(console)/staff/actions.ts#updateStaffAction": "admin",
};

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** page.tsx, route.ts and actions.ts files under app/admin, as repository paths. */
export function adminFiles(kind: "pages" | "actions"): string[] {
  const pattern = kind === "pages" ? /\/(page\.tsx|route\.ts)$/ : /\/actions\.ts$/;
  return walk("app/admin")
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => pattern.test(file))
    .sort();
}

/** The URL of a page or route file, with its dynamic segments filled in. */
export function urlOf(file: string, ids: { entryId: string; interviewId: number }): string {
  const route = file
    .replace(/^app/, "")
    .replace(/\/\([^)]+\)/g, "")
    .replace(/\/(page\.tsx|route\.ts)$/, "")
    .replace("/entries/[id]", `/entries/${ids.entryId}`)
    .replace("/interviews/[id]", `/interviews/${ids.interviewId}`);
  if (route.includes("[")) throw new Error(`No value for a dynamic segment of ${file}`);
  return route || "/";
}
