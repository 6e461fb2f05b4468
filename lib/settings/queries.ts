import "server-only";
import { db } from "@/lib/db/client";
import { readSettings, settingsFormValues } from "./settings";

export const getSettingsFormValues = async () => settingsFormValues(await readSettings(db));
