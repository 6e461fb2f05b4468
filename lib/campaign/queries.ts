import "server-only";
import { db } from "@/lib/db/client";
import { readSchedule } from "./schedule";

export function getSchedule() {
  return readSchedule(db);
}
