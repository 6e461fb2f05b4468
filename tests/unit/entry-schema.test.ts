import fc from "fast-check";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import { CONSENT_FIELDS, LANGUAGES, MAX_CHARACTERS, ROLES, STORY_MIN_CHARACTERS, TEXT_ERROR_CODES, type EntryField } from "@/lib/validation/entry-fields";
import { validateEntry, type EntryInput } from "@/lib/validation/entry";
import { countCharacters } from "@/lib/validation/text";

const VALID = {
  name: "山田 花子",
  email: "hanako@example.com",
  penName: "はなこ",
  country: "日本",
  role: "volunteer",
  connectedWith: "35km地点の給水所で毎年会うランナー",
  title: "給水所の「おかえり」",
  story: "毎年同じ給水所に立っています。".repeat(15),
  myTokyoMarathonIs: "一年に一度の同窓会",
  km: "35",
  referencedInterviewId: "",
  photo: null,
  language: "ja",
  eligibility: "on",
  terms: "on",
  privacy: "on",
  publication: "on",
} satisfies Record<EntryField, unknown>;

const expectAccepted = (raw: Record<string, unknown>) => {
  const result = validateEntry(raw);
  if (!result.success) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.data;
};
const errorsOf = (raw: Record<string, unknown>) => {
  const result = validateEntry(raw);
  return result.success ? {} : result.errors;
};

describe("entry schema, examples", () => {
  it("accepts a complete entry and normalizes what it stores", () => {
    const data = expectAccepted({ ...VALID, title: "  Cafe\u0301\u0000 ", km: "３５", email: "ｈａｎａｋｏ＠example.com" });
    expect(data.title).toBe("Café");
    expect(data.km).toBe(35);
    expect(data.email).toBe("hanako@example.com");
    expect(data.referencedInterviewId).toBeUndefined();
  });

  it("counts the story as a person does: 200 emoji are 200 characters", () => {
    expect(errorsOf({ ...VALID, story: "🏃🏽‍♀️".repeat(199) }).story).toBe("tooShort");
    expect(errorsOf({ ...VALID, story: "🏃🏽‍♀️".repeat(200) }).story).toBeUndefined();
    expect(errorsOf({ ...VALID, story: "あ".repeat(4000) }).story).toBeUndefined();
    expect(errorsOf({ ...VALID, story: "あ".repeat(4001) }).story).toBe("tooLong");
  });

  it("limits the title to 60 characters and the phrase to 40", () => {
    expect(errorsOf({ ...VALID, title: "👨‍👩‍👧".repeat(60) }).title).toBeUndefined();
    expect(errorsOf({ ...VALID, title: "走".repeat(61) }).title).toBe("tooLong");
    expect(errorsOf({ ...VALID, myTokyoMarathonIs: "x".repeat(41) }).myTokyoMarathonIs).toBe("tooLong");
  });

  it("reports each kind of problem with its own code", () => {
    expect(errorsOf({})).toMatchObject({ name: "required", role: "required", story: "required", terms: "mustAgree" });
    expect(errorsOf({ ...VALID, email: "not-an-email" }).email).toBe("invalid");
    expect(errorsOf({ ...VALID, role: "sponsor" }).role).toBe("required");
    for (const km of ["43", "-1", "1.5", "abc", "007"]) expect(errorsOf({ ...VALID, km }).km, km).toBe("invalid");
    expect(errorsOf({ ...VALID, km: "" }).km).toBeUndefined();
    expect(errorsOf({ ...VALID, referencedInterviewId: "0" }).referencedInterviewId).toBe("invalid");
    expect(errorsOf({ ...VALID, title: "   \n\t " }).title).toBe("required");
  });

  it("refuses text that could spoof what is shown, in every text field, and keeps emoji sequences", () => {
    expect(errorsOf({ ...VALID, penName: "aki\u202Eelif.exe" }).penName).toBe("directionControl");
    for (const field of ["name", "country", "connectedWith", "title", "myTokyoMarathonIs"]) {
      expect(errorsOf({ ...VALID, [field]: "abc\u2067def" })[field as EntryField], field).toBe("directionControl");
    }
    expect(errorsOf({ ...VALID, story: VALID.story + "\u202Dxyz" }).story).toBe("directionControl");
    expect(expectAccepted({ ...VALID, penName: "みさき🏃‍♀️👨‍👩‍👧", title: "\u200Fשלום Tokyo" }).penName).toBe("みさき🏃‍♀️👨‍👩‍👧");
  });

  it("refuses a character with more than 8 combining marks, and oversize input before reading it", () => {
    expect(errorsOf({ ...VALID, title: "Zalgo" + "\u0301".repeat(9) }).title).toBe("tooManyMarks");
    expect(errorsOf({ ...VALID, title: "Zalgo" + "\u0301".repeat(8) }).title).toBeUndefined();
    expect(errorsOf({ ...VALID, name: " ".repeat(1_000_000) }).name).toBe("tooLong");
    expect(errorsOf({ ...VALID, email: "ａ".repeat(100_000) + "@example.com" }).email).toBe("tooLong");
    expect(errorsOf({ ...VALID, km: "３５" + " ".repeat(100_000) }).km).toBe("invalid");
  });

  it("checks the photo's size and declared type", () => {
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], "big.jpg", { type: "image/jpeg" });
    const gif = new File([new Uint8Array(10)], "a.gif", { type: "image/gif" });
    const none = new File([], "", { type: "application/octet-stream" });
    expect(errorsOf({ ...VALID, photo: big }).photo).toBe("tooLarge");
    expect(errorsOf({ ...VALID, photo: gif }).photo).toBe("wrongType");
    expect(expectAccepted({ ...VALID, photo: none }).photo).toBeUndefined();
  });
});

// Anything a client could send for one field: text from every plane, lone surrogates, controls,
// non-strings.
const anyUtf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 80 });
const anyValue = fc.oneof(
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  anyUtf16,
  fc.constantFrom(null, undefined, "", "on", " ", 42, {}, []),
);
const graphemes = (min: number, max: number) => fc.string({ unit: "grapheme", minLength: min, maxLength: max });
const mostly = <T,>(likely: fc.Arbitrary<T>) => fc.oneof({ weight: 9, arbitrary: likely }, { weight: 1, arbitrary: anyValue });
// Values that are often valid, so the accepted path is explored as well as the refused one.
const plausible = {
  name: graphemes(1, 110),
  email: mostly(fc.oneof(fc.emailAddress(), fc.constantFrom("runner@example.com", "ｔａｒｏ＠example.jp"))),
  penName: graphemes(1, 45),
  country: graphemes(1, 65),
  role: mostly(fc.constantFrom(...ROLES)),
  connectedWith: graphemes(1, 110),
  title: graphemes(1, 70),
  story: fc.oneof(graphemes(190, 420), fc.string({ unit: "binary", minLength: 190, maxLength: 420 })),
  myTokyoMarathonIs: graphemes(1, 45),
  km: mostly(fc.integer({ min: -5, max: 50 }).map(String)),
  referencedInterviewId: mostly(fc.nat().map(String)),
  photo: fc.constant(null),
  language: mostly(fc.constantFrom(...LANGUAGES)),
  eligibility: mostly(fc.constant("on")),
  terms: mostly(fc.constant("on")),
  privacy: mostly(fc.constant("on")),
  publication: mostly(fc.constant("on")),
} satisfies Record<EntryField, fc.Arbitrary<unknown>>;

const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;
const { email: _, story: __, ...SINGLE_LINE } = MAX_CHARACTERS;

function assertStorable(data: EntryInput) {
  for (const [field, max] of Object.entries(SINGLE_LINE)) {
    const value = data[field as keyof typeof SINGLE_LINE];
    expect(value.length, field).toBeGreaterThan(0);
    expect(countCharacters(value), field).toBeLessThanOrEqual(max);
    expect(value, field).not.toMatch(/\n/);
  }
  for (const value of [...Object.keys(SINGLE_LINE).map((f) => data[f as keyof typeof SINGLE_LINE]), data.story]) {
    expect(value).toBe(value.normalize("NFC"));
    expect(value).toBe(value.trim());
    expect(value).not.toMatch(CONTROL);
  }
  expect(countCharacters(data.story)).toBeGreaterThanOrEqual(STORY_MIN_CHARACTERS);
  expect(countCharacters(data.story)).toBeLessThanOrEqual(MAX_CHARACTERS.story);
  expect(data.email.length).toBeLessThanOrEqual(MAX_CHARACTERS.email);
  expect(data.email).toMatch(/^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  expect(ROLES).toContain(data.role);
  expect(LANGUAGES).toContain(data.language);
  if (data.km !== undefined) expect(Number.isInteger(data.km) && data.km >= 0 && data.km <= 42).toBe(true);
  if (data.referencedInterviewId !== undefined) expect(Number.isInteger(data.referencedInterviewId) && data.referencedInterviewId > 0).toBe(true);
  for (const consent of CONSENT_FIELDS) expect(data[consent]).toBe(true);
}

function hasMessage(messages: unknown, field: string, code: string) {
  const { errors, textErrors } = (messages as { EntryForm: { errors: Record<string, Record<string, string>>; textErrors: Record<string, string> } })
    .EntryForm;
  if ((TEXT_ERROR_CODES as readonly string[]).includes(code)) return typeof textErrors[code] === "string";
  return typeof errors[field]?.[code] === "string";
}

describe("entry schema, properties", () => {
  it("never throws, whatever each field holds", () => {
    fc.assert(
      fc.property(fc.record(Object.fromEntries(Object.keys(VALID).map((field) => [field, anyValue]))), (raw) => {
        validateEntry(raw);
      }),
      { numRuns: 500 },
    );
  });

  it("accepts only storable entries, and every refusal has a message in both languages", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.record(plausible), (raw) => {
        const result = validateEntry(raw);
        if (result.success) {
          accepted++;
          assertStorable(result.data);
        } else {
          for (const [field, code] of Object.entries(result.errors)) {
            expect(hasMessage(ja, field, code!), `ja ${field}.${code}`).toBe(true);
            expect(hasMessage(en, field, code!), `en ${field}.${code}`).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
    // The generators must reach the accepting path too, or this test would prove little.
    expect(accepted).toBeGreaterThan(5);
  });

  it("accepts again what it stored, unchanged (normalizing twice changes nothing)", () => {
    fc.assert(
      fc.property(fc.record({ title: plausible.title, story: plausible.story, name: plausible.name }), (changes) => {
        const first = validateEntry({ ...VALID, ...changes });
        fc.pre(first.success);
        if (!first.success) return;
        const again = expectAccepted({ ...VALID, title: first.data.title, story: first.data.story, name: first.data.name });
        expect([again.title, again.story, again.name]).toEqual([first.data.title, first.data.story, first.data.name]);
      }),
      { numRuns: 200 },
    );
  });

  it("refuses any title over 60 characters and any story under 200, however they are written", () => {
    fc.assert(
      fc.property(graphemes(61, 120), (title) => {
        fc.pre(countCharacters(title.normalize("NFC").trim()) > MAX_CHARACTERS.title);
        expect(errorsOf({ ...VALID, title }).title).toBe("tooLong");
      }),
    );
    fc.assert(
      fc.property(graphemes(1, 199), (story) => {
        fc.pre(story.trim().length > 0);
        expect(errorsOf({ ...VALID, story }).story).toMatch(/^(tooShort|required)$/);
      }),
    );
  });
});
