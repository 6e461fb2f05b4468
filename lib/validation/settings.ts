import { z } from "zod";
import { parseJstMinute } from "@/lib/campaign/jst";

/** A Japan-time minute as typed in a datetime-local field ("YYYY-MM-DDTHH:mm"). */
const jstMinute = z.string().regex(/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}$/, "format").refine((text) => {
  try {
    parseJstMinute(text);
    return true;
  } catch {
    return false;
  }
}, "format");

export const settingsSchema = z.object({
  window1OpensAt: jstMinute,
  window1ClosesAt: jstMinute,
  window2OpensAt: jstMinute,
  window2ClosesAt: jstMinute,
  announcementAt: jstMinute,
  prizeCount: z.coerce.number().int().min(1).max(100),
});

export type SettingsInput = z.infer<typeof settingsSchema>;
