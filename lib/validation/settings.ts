import { z } from "zod";
import { parseJstMinute } from "@/lib/campaign/jst";
import { MAX_WINDOWS } from "@/lib/campaign/state";

/** A Japan-time minute as typed in a datetime-local field ("YYYY-MM-DDTHH:mm"). */
const jstMinute = z.string().regex(/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}$/, "format").refine((text) => {
  try {
    parseJstMinute(text);
    return true;
  } catch {
    return false;
  }
}, "format");

/** A window's two times; it "closes 23:59" means it accepts entries until the end of that minute. */
export const windowTimesSchema = z.object({ opensAt: jstMinute, closesAt: jstMinute });

export type WindowTimesInput = z.infer<typeof windowTimesSchema>;

const windowNumber = z.coerce.number().int().min(1).max(MAX_WINDOWS);
const numberedWindow = windowTimesSchema.extend({ number: windowNumber });

/**
 * The settings form: every window's times (numbers as shown), the announcement, the prizes and
 * until when a winner may accept one (empty: not set yet).
 */
export const settingsSchema = z.object({
  windows: z.tuple([numberedWindow], numberedWindow).refine((windows) => windows.length <= MAX_WINDOWS, "tooManyWindows"),
  announcementAt: jstMinute,
  prizeCount: z.coerce.number().int().min(1).max(100),
  acceptanceDeadline: z.union([z.literal(""), jstMinute]),
});

export type SettingsInput = z.infer<typeof settingsSchema>;

/** Form fields "windows.0.opensAt" … to the nested shape the schema reads. */
export function settingsFormToObject(formData: FormData) {
  const get = (name: string) => formData.get(name) ?? undefined;
  const windows = [];
  for (let index = 0; index < MAX_WINDOWS && formData.has(`windows.${index}.number`); index++) {
    windows.push({ number: get(`windows.${index}.number`), opensAt: get(`windows.${index}.opensAt`), closesAt: get(`windows.${index}.closesAt`) });
  }
  return { windows, announcementAt: get("announcementAt"), prizeCount: get("prizeCount"), acceptanceDeadline: get("acceptanceDeadline") };
}

/** The window a "remove" button names. */
export const removeWindowSchema = z.object({ number: windowNumber });
