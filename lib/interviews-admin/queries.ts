import "server-only";
import { db } from "@/lib/db/client";
import { interviewFormValues, listInterviewsForEditing, seasonOptions } from "./interviews";

export const getInterviewsForEditing = () => listInterviewsForEditing(db);
export const getSeasonOptions = (locale: string) => seasonOptions(db, locale);
export const getInterviewFormValues = (id: number) => interviewFormValues(db, id);
