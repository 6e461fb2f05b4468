import { z } from "zod";
import { TranslationStatus } from "@/lib/generated/prisma/enums";
import { entryId } from "./review";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((text) => text || null);

/** The featuring form: the story as published, with an optional staff translation. */
export const featureSchema = z.object({
  titleJa: optionalText(200),
  storyJa: optionalText(20_000),
  titleEn: optionalText(200),
  storyEn: optionalText(20_000),
  translationStatus: z.enum(TranslationStatus),
});

export type FeatureInput = z.infer<typeof featureSchema>;

/** The featuring form with the entry it publishes. */
export const featureActionSchema = featureSchema.extend({ entryId });
