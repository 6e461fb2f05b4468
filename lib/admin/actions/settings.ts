"use server";

import { consoleAction } from "@/lib/admin/action";
import { db } from "@/lib/db/client";
import { updateSettings } from "@/lib/settings/settings";
import { settingsSchema } from "@/lib/validation/settings";

/** Saves windows, announcement and prizes; the public site and the entry form follow at once. */
export const saveSettingsAction = consoleAction({
  access: "admin",
  schema: settingsSchema,
  keepValues: true,
  run: async (input, staff) => ({ done: "settingsSaved", audit: await updateSettings(db, staff, input), publicSite: true }),
});
