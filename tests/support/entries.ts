/**
 * Building blocks for entry tests: a complete, valid entry form, an open schedule relative to a
 * given instant, and relay interviews to refer to.
 */
import { issueFormToken } from "../../lib/entries/form-token";
import { HONEYPOT_FIELD, TOKEN_FIELD } from "../../lib/validation/entry-fields";
import type { Schedule } from "../../lib/campaign/state";
import type { PrismaClient } from "../../lib/generated/prisma/client";

export const TEST_FORM_SECRET = "test-form-secret";

/** What confirmation and mail limits the integration tests run with (the defaults of lib/entries/config.ts). */
export const TEST_CONFIRMATION_SETTINGS = { confirmationGraceMs: 48 * 60 * 60 * 1000, mailsPerRecipientPerHour: 5 };

let counter = 0;
export function uniqueEmail(label = "runner"): string {
  return `${label}+${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;
}

export function validEntryFields(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    name: "山田 花子",
    email: uniqueEmail(),
    penName: "給水所のはなこ",
    country: "日本",
    role: "volunteer",
    connectedWith: "毎年35km地点で会うランナーさん",
    title: "給水所の「おかえり」👋",
    story: "毎年、35km地点の給水所に立っています。同じランナーさんが今年も手を振ってくれました。".repeat(5),
    myTokyoMarathonIs: "一年に一度の同窓会",
    km: "35",
    language: "ja",
    eligibility: "on",
    terms: "on",
    privacy: "on",
    publication: "on",
    ...overrides,
  };
}

/** A submitted form as the browser sends it, with a token rendered `renderedAgoMs` earlier. */
export function entryForm(
  fields: Record<string, string> = validEntryFields(),
  { now = new Date(), renderedAgoMs = 60_000, token, photo }: { now?: Date; renderedAgoMs?: number; token?: string; photo?: File } = {},
): FormData {
  const form = new FormData();
  form.set(TOKEN_FIELD, token ?? issueFormToken(new Date(now.getTime() - renderedAgoMs), TEST_FORM_SECRET));
  form.set(HONEYPOT_FIELD, "");
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  form.set("photo", photo ?? new File([], "", { type: "application/octet-stream" }));
  return form;
}

const DAY = 24 * 60 * 60 * 1000;

/** Window 1 open around `now`, window 2 and the announcement later. */
export function scheduleOpenAt(now: Date): Schedule {
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  return {
    windows: [
      { number: 1, opensAt: at(-1), closesAt: at(30) },
      { number: 2, opensAt: at(40), closesAt: at(60) },
    ],
    announcementAt: at(90),
  };
}

/** A season with one published and one unpublished interview; returns their ids. */
export async function insertInterviews(db: PrismaClient, slug = "test-season") {
  const season = await db.season.create({
    data: {
      slug,
      position: 99,
      format: "qa",
      translations: { create: [{ locale: "ja", title: "テストシーズン", description: "" }, { locale: "en", title: "Test season", description: "" }] },
    },
  });
  const interview = (km: number, published: boolean) =>
    db.interview.create({
      data: {
        seasonId: season.id,
        km,
        format: "qa",
        published,
        publishedAt: published ? new Date() : null,
        translations: {
          create: [
            { locale: "ja", title: `${km}kmの物語`, lead: "", blocks: [] },
            { locale: "en", title: `The story at ${km} km`, lead: "", blocks: [] },
          ],
        },
      },
    });
  const [published, unpublished] = [await interview(12, true), await interview(29, false)];
  return { seasonId: season.id, publishedId: published.id, unpublishedId: unpublished.id };
}
