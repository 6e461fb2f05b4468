/**
 * The shape of the sample Interview Relay content. Everything here is written by us; every person
 * is invented.
 */
import type { InterviewFormat, Role } from "../../../lib/generated/prisma/enums";

export type SeedBlock =
  | { type: "heading"; text: string }
  /** A question from the interviewer (set apart in both formats). */
  | { type: "question"; text: string }
  /** An answer; `speaker` is a participant key. Paragraphs are separated by blank lines. */
  | { type: "answer"; speaker: string; text: string }
  /** `src` is a path under public/, e.g. "/relay/2025-12.svg". */
  | { type: "photo"; src: string; alt: string; caption?: string };

export type SeedInterviewVersion = {
  /** Catchphrase title, e.g. "My Tokyo Marathon is…? A relay of thank-yous". */
  title: string;
  /** Short lead paragraph. */
  lead: string;
  blocks: SeedBlock[];
};

export type SeedInterview = {
  km: number;
  format: InterviewFormat;
  /** Publication date, "YYYY-MM-DD" (Japan time). */
  publishedOn: string;
  participants: { key: string; role: Role; nameJa: string; nameEn: string }[];
  /** Other stories this one names, as "season/km", e.g. "2025/29". */
  references: string[];
  ja: SeedInterviewVersion;
  /** Omitted for a story published only in Japanese. */
  en?: SeedInterviewVersion;
};

export type SeedSeason = {
  slug: string;
  position: number;
  format: InterviewFormat;
  ja: { title: string; description: string };
  en: { title: string; description: string };
  interviews: SeedInterview[];
};
