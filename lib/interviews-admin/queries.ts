import "server-only";
import { db } from "@/lib/db/client";
import { interviewFormValues, listInterviewsForEditing, listSeasons } from "./interviews";

export const getInterviewsForEditing = () => listInterviewsForEditing(db);
export const getSeasons = () => listSeasons(db);
export const getInterviewFormValues = (id: number) => interviewFormValues(db, id);
