import { z } from "zod";
import { InterviewFormat, Role } from "@/lib/generated/prisma/enums";
import { blockSchema } from "@/lib/interviews/blocks";

/**
 * The interview editor's rules. Blocks are edited as JSON and checked with the same block schema
 * the public pages read them with (lib/interviews/blocks.ts); every answer must name one of the
 * interview's participants.
 */
export const participantSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, "participantKey"),
  role: z.enum(Role),
  nameJa: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().min(1).max(100),
});

/** JSON typed into a textarea, parsed before the schema sees it. */
const json = <T extends z.ZodType>(schema: T) =>
  z.string().transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "json" });
      return z.NEVER;
    }
  }).pipe(schema);

const version = z.object({
  title: z.string().trim().max(200),
  lead: z.string().trim().max(2000),
  blocks: z.string(),
});

/** "2025/29, 2026/3": the stories this interview names, as season slug / km. */
const referenceList = z
  .string()
  .trim()
  .transform((text) => (text ? text.split(/[\s,、]+/).filter(Boolean) : []))
  .pipe(z.array(z.string().regex(/^[\w-]+\/\d{1,2}$/, "reference")).max(20));

export const interviewSchema = z
  .object({
    seasonId: z.coerce.number().int().positive(),
    km: z.coerce.number().int().min(1).max(42),
    format: z.enum(InterviewFormat),
    participants: json(z.array(participantSchema).min(1).max(6)),
    references: referenceList,
    ja: version.extend({ title: z.string().trim().min(1).max(200) }),
    en: version,
  })
  .transform((input, ctx) => {
    const keys = new Set(input.participants.map((p) => p.key));
    if (keys.size !== input.participants.length) ctx.addIssue({ code: "custom", path: ["participants"], message: "duplicateKey" });
    const parseBlocks = (text: string, path: string[]) => {
      const result = json(z.array(blockSchema).min(1).max(200)).safeParse(text);
      if (!result.success) {
        ctx.addIssue({ code: "custom", path, message: result.error.issues[0]?.message === "json" ? "json" : "blocks" });
        return [];
      }
      for (const block of result.data) {
        if (block.type === "answer" && !keys.has(block.speaker)) ctx.addIssue({ code: "custom", path, message: "unknownSpeaker" });
      }
      return result.data;
    };
    const ja = { ...input.ja, blocks: parseBlocks(input.ja.blocks, ["ja", "blocks"]) };
    // The English version is optional as a whole: no title means no English version.
    const hasEnglish = input.en.title !== "";
    const en = hasEnglish ? { ...input.en, blocks: parseBlocks(input.en.blocks, ["en", "blocks"]) } : null;
    return { ...input, ja, en };
  });

export type InterviewInput = z.infer<typeof interviewSchema>;

/** Form field names ("ja.title") to the nested shape the schema reads. */
export function interviewFormToObject(formData: FormData) {
  const get = (name: string) => String(formData.get(name) ?? "");
  return {
    seasonId: get("seasonId"),
    km: get("km"),
    format: get("format"),
    participants: get("participants"),
    references: get("references"),
    ja: { title: get("ja.title"), lead: get("ja.lead"), blocks: get("ja.blocks") },
    en: { title: get("en.title"), lead: get("en.lead"), blocks: get("en.blocks") },
  };
}

/** What the editor's action parses: the form, and the interview's id bound by the page (null: a new one). */
export const interviewSaveSchema = z.intersection(z.object({ id: z.number().int().positive().nullable() }), interviewSchema);

export const interviewPublishSchema = z.object({ id: z.number().int().positive(), do: z.enum(["publish", "unpublish"]) });
