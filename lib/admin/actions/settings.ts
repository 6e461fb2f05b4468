"use server";

import "server-only";
import { consoleAction } from "@/lib/admin/action";
import { addWindow, removeWindow } from "@/lib/campaign/schedule";
import { db } from "@/lib/db/client";
import { updateSettings, windowTimesFromInput } from "@/lib/settings/settings";
import { removeWindowSchema, settingsFormToObject, settingsSchema, windowTimesSchema } from "@/lib/validation/settings";

/** Saves the windows' times, the announcement and the prizes; the public site and the entry form follow at once. */
export const saveSettingsAction = consoleAction({
  access: "admin",
  schema: settingsSchema,
  read: settingsFormToObject,
  keepValues: true,
  run: async (input, staff) => ({ done: "settingsSaved", audit: await updateSettings(db, staff, input), publicSite: true }),
});

export const addWindowAction = consoleAction({
  access: "admin",
  schema: windowTimesSchema,
  keepValues: true,
  run: async (times, staff) => ({ done: "windowAdded", audit: await addWindow(db, staff, windowTimesFromInput(times)), publicSite: true }),
});

export const removeWindowAction = consoleAction({
  access: "admin",
  schema: removeWindowSchema,
  run: async ({ number }, staff) => ({ done: "windowRemoved", audit: await removeWindow(db, staff, number), publicSite: true }),
});
