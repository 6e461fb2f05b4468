import { z } from "zod";

const text = z.string().trim().min(1);

export const headingBlock = z.strictObject({ type: z.literal("heading"), text });
/** A question from the interviewer, set apart from the answers in both formats. */
export const questionBlock = z.strictObject({ type: z.literal("question"), text });
/** `speaker` is a participant key; paragraphs are separated by blank lines. */
export const answerBlock = z.strictObject({ type: z.literal("answer"), speaker: text, text });
/** Photos are files of the site itself (under public/), never remote URLs. */
export const photoBlock = z.strictObject({
  type: z.literal("photo"),
  src: z.string().regex(/^\/(?!\/)[\w\-./]+\.(svg|png|jpe?g|webp|avif)$/, "a path under public/"),
  alt: text,
  caption: text.optional(),
});

export const blockSchema = z.discriminatedUnion("type", [headingBlock, questionBlock, answerBlock, photoBlock]);
export type Block = z.infer<typeof blockSchema>;

/** The body of one language version; every answer must name one of the interview's participants. */
export function blocksSchema(speakerKeys: readonly string[]) {
  return z
    .array(blockSchema)
    .min(1)
    .superRefine((blocks, ctx) => {
      blocks.forEach((block, index) => {
        if (block.type === "answer" && !speakerKeys.includes(block.speaker)) {
          ctx.addIssue({ code: "custom", path: [index, "speaker"], message: `unknown speaker "${block.speaker}"` });
        }
      });
    });
}

export type ParsedBlocks = { ok: true; blocks: Block[] } | { ok: false; error: string };

/** Parses a stored body; a malformed one is reported to the caller instead of thrown. */
export function parseBlocks(value: unknown, speakerKeys: readonly string[]): ParsedBlocks {
  const result = blocksSchema(speakerKeys).safeParse(value);
  return result.success ? { ok: true, blocks: result.data } : { ok: false, error: z.prettifyError(result.error) };
}

/** Splits an answer's text into paragraphs at blank lines. */
export function paragraphs(value: string): string[] {
  return value
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
