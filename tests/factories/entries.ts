/**
 * Test entries, inserted through Prisma with realistic Japanese and English text. Shared by the
 * tests, the dev sample data (scripts/sample-entries.ts) and the console benchmark.
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { Entry, PrismaClient } from "../../lib/generated/prisma/client";
import type { ConsentKind, EntryStatus, Locale, Role } from "../../lib/generated/prisma/enums";
import { englishText, japaneseText } from "./entry-text";
import { samplePng } from "./photo";
import { seededRandom, type Random } from "./random";

const ROLES: Role[] = ["runner", "runner", "runner", "volunteer", "spectator", "charity", "coach", "staff", "other"];
const CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
export const CONSENT_VERSION = "terms-2026-11-draft";

function code(bytes: Uint8Array): string {
  return Array.from(bytes.slice(0, 6), (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join("");
}

/** A receipt code such as TM27-1-7KQ4XH; `sequence` makes it deterministic and unique. */
export function entryReference(windowNumber: number, sequence?: number): string {
  if (sequence === undefined) return `TM27-${windowNumber}-${code(randomBytes(6))}`;
  let rest = sequence;
  let out = "";
  for (let i = 0; i < 6; i++) {
    out = CODE_ALPHABET[rest % 32] + out;
    rest = Math.floor(rest / 32);
  }
  return `TM27-${windowNumber}-${out}`;
}

export type EntryData = Omit<Entry, "id" | "erasedAt" | "referencedInterviewId" | "scoreAverage" | "scoreCount" | "scoreRanked" | "scoreSpread" | "tags"> & {
  id?: string;
};

/** The columns of one entry. Pure apart from `random`: a seeded one gives reproducible data. */
export function buildEntry(
  overrides: Partial<EntryData> = {},
  { random = seededRandom(randomBytes(4).readUInt32LE()), sequence }: { random?: Random; sequence?: number } = {},
): EntryData {
  const language: Locale = overrides.language ?? (random.chance(0.75) ? "ja" : "en");
  const text = language === "ja" ? japaneseText(random) : englishText(random);
  const windowNumber = overrides.windowNumber ?? (random.chance(0.55) ? 1 : 2);
  const id = overrides.id ?? randomUUID();
  const email = `entrant-${sequence ?? id.slice(0, 8)}@example.${language === "ja" ? "jp" : "com"}`;
  return {
    id,
    reference: entryReference(windowNumber, sequence),
    windowNumber,
    submissionKey: randomUUID(),
    name: text.name,
    email,
    emailKey: email.toLowerCase(),
    // Confirmed, as the console sees them; pass confirmedAt: null for one still waiting.
    confirmedEmailKey: email.toLowerCase(),
    penName: text.penName,
    country: language === "ja" ? (random.chance(0.95) ? "JP" : "TW") : random.pick(["US", "GB", "AU", "SG", "CA", "FR", "DE", "JP"]),
    role: random.pick(ROLES),
    connectedWith: text.connectedWith,
    title: text.title,
    story: text.story,
    myTokyoMarathonIs: text.myTokyoMarathonIs,
    km: text.km,
    language,
    status: "received" as EntryStatus,
    submittedAt: new Date(),
    confirmedAt: new Date(),
    ...overrides,
  };
}

export type CreateEntryOptions = Partial<EntryData> & {
  /** Attach a small PNG. */
  photo?: boolean;
  /** Whether the entrant allowed publication (the other consents are always given). */
  publicationConsent?: boolean;
};

export async function createEntry(db: PrismaClient, options: CreateEntryOptions = {}): Promise<Entry> {
  const { photo = false, publicationConsent = true, ...overrides } = options;
  const data = buildEntry(overrides);
  const kinds: ConsentKind[] = ["eligibility", "terms", "privacy", ...(publicationConsent ? (["publication"] as const) : [])];
  return db.entry.create({
    data: {
      ...data,
      consents: { create: kinds.map((kind) => ({ kind, textVersion: CONSENT_VERSION, agreedAt: data.submittedAt })) },
      ...(photo ? { photo: { create: photoData() } } : {}),
    },
  });
}

export function photoData(hue = 0) {
  const png = samplePng(hue);
  return { mimeType: png.mimeType, width: png.width, height: png.height, byteSize: png.data.length, data: Uint8Array.from(png.data) };
}

export function createEntries(db: PrismaClient, count: number, options: CreateEntryOptions = {}): Promise<Entry[]> {
  return Promise.all(Array.from({ length: count }, () => createEntry(db, options)));
}
