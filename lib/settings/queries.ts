import "server-only";
import { db } from "@/lib/db/client";
import { reviewsPerEntry } from "@/lib/review/assignments";
import { readSettings, settingsFormValues } from "./settings";

export const getSettingsFormValues = async () => settingsFormValues(await readSettings(db));
export const getReviewsPerEntry = () => reviewsPerEntry(db);
