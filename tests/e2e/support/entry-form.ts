import { expect, type Locator, type Page } from "@playwright/test";
import en from "../../../messages/en.json" with { type: "json" };
import ja from "../../../messages/ja.json" with { type: "json" };

export const MESSAGES = { ja, en } as const;
export type Locale = keyof typeof MESSAGES;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

type TextField = "name" | "email" | "penName" | "country" | "connectedWith" | "title" | "story" | "myTokyoMarathonIs" | "km";
type ConsentField = "eligibility" | "terms" | "privacy" | "publication";
export type EntryInput = Record<TextField, string> & { role: string; language: "ja" | "en"; referencedInterviewId?: string };

/** The entry form's controls, found by their visible labels in `locale`. */
export function entryForm(page: Page, locale: Locale) {
  const form = MESSAGES[locale].EntryForm;
  const field = (name: TextField | "role" | "referencedInterviewId" | "photo"): Locator =>
    page.getByLabel(new RegExp(`^${escape(form.fields[name].label)}`));
  // The consent labels hold links (with a hidden "opens in a new tab"), so they are found by id.
  const consent = (name: ConsentField): Locator => page.locator(`#entry-${name}`);
  return {
    field,
    consent,
    submit: page.getByRole("button", { name: form.submit }),
    error: (name: string) => page.locator(`#entry-${name}-error`),
    async fill(input: EntryInput) {
      for (const name of ["name", "email", "penName", "country", "connectedWith", "title", "story", "myTokyoMarathonIs", "km"] as const) {
        await field(name).fill(input[name]);
      }
      await field("role").selectOption(input.role);
      if (input.referencedInterviewId) await field("referencedInterviewId").selectOption(input.referencedInterviewId);
      await page.getByRole("radio", { name: form.languages[input.language] }).check();
    },
    async agreeToAll() {
      for (const name of ["eligibility", "terms", "privacy", "publication"] as const) await consent(name).check();
    },
  };
}

let sequence = 0;
export function uniqueEmail(label: string): string {
  return `${label}.${Date.now().toString(36)}${(sequence++).toString(36)}@example.com`;
}

export function japaneseStory(email: string): EntryInput {
  return {
    name: "佐藤 美咲",
    email,
    penName: "みさき🏃‍♀️",
    country: "日本",
    role: "volunteer",
    connectedWith: "毎年35km地点で手を振ってくれるランナーさん",
    title: "給水所の「おかえり」",
    story:
      "毎年、35km地点の給水所でボランティアをしています。\n\n" +
      "三年前、足を引きずりながら来たランナーさんに紙コップを渡したとき、「来年も来ます」と言われました。" +
      "翌年も、その次の年も、その方は同じ給水所で足を止めて手を振ってくれます。名前も知らないけれど、" +
      "あの笑顔を見ると一年が始まる気がします。今年は「おかえり」と声をかけたら、「ただいま」と返ってきました。👋\n\n" +
      "42.195kmのうちのほんの数秒ですが、わたしにとっては大切な再会の時間です。",
    myTokyoMarathonIs: "一年に一度の同窓会",
    km: "35",
    language: "ja",
  };
}

export function englishStory(email: string): EntryInput {
  return {
    name: "Sam Taylor",
    email,
    penName: "Sam from Leeds",
    country: "United Kingdom",
    role: "runner",
    connectedWith: "a stranger who shared her gloves at 30 km",
    title: "The gloves at 30 km",
    story:
      "It was colder than anything I had trained for. At 30 km my hands had stopped working, and I could not open a gel.\n\n" +
      "A runner beside me, who I never saw again, pulled off her gloves, pressed them into my hands and ran on before I " +
      "could say a word. I finished. I still have the gloves, and every year I carry a spare pair in case I meet someone " +
      "who needs them — that's how I'd like to thank her. 🧤",
    myTokyoMarathonIs: "a promise to pass it on",
    km: "30",
    language: "en",
  };
}

export async function expectReceipt(page: Page, locale: Locale): Promise<string> {
  await expect(page.getByRole("heading", { name: MESSAGES[locale].EntryReceipt.title })).toBeVisible();
  const reference = (await page.getByTestId("entry-reference").innerText()).trim();
  expect(reference).toMatch(/^TM27-1-[2-9A-HJ-NP-Z]{6}$/);
  return reference;
}
