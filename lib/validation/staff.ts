import { z } from "zod";
import { Locale, StaffRole } from "@/lib/generated/prisma/enums";
import { routing } from "@/i18n/routing";

export const newStaffSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  displayName: z.string().trim().min(1).max(80),
  role: z.enum(StaffRole),
  locale: z.enum(Locale).default("ja"),
});

export type NewStaff = z.input<typeof newStaffSchema>;

const userId = z.guid();

/** One button of an account's row: enable/disable, a new password, or the other role. */
export const staffChangeSchema = z.union([
  z.object({ userId, do: z.enum(["disable", "enable", "reset"]) }),
  z.object({ userId, role: z.enum(StaffRole) }),
]);

export const signInSchema = z.object({ email: z.string().trim().min(3).max(200), password: z.string().min(1).max(200) });

export const consoleLanguageSchema = z.object({ locale: z.enum(routing.locales) });
