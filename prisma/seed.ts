/**
 * Seeds the default schedule and the sample Interview Relay. Creates what is missing and never
 * overwrites what exists, so seeding twice changes nothing and staff edits survive.
 */
import type { PrismaClient } from "../lib/generated/prisma/client";
import { seedSchedule } from "../lib/campaign/schedule";
import { seedInterviews } from "./seed/interviews";

export async function seed(db: PrismaClient): Promise<void> {
  await seedSchedule(db);
  await seedInterviews(db);
}
