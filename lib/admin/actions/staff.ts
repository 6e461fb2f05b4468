"use server";

import "server-only";
import { consoleAction } from "@/lib/admin/action";
import { createStaffAccount, resetStaffPassword, updateStaffAccount } from "@/lib/auth/accounts";
import { db } from "@/lib/db/client";
import { newStaffSchema, staffChangeSchema } from "@/lib/validation/staff";

/** Creates an account with a generated password, shown once in the answer and stored nowhere. */
export const createStaffAction = consoleAction({
  access: "admin",
  schema: newStaffSchema,
  keepValues: true,
  run: async (input, staff) => {
    const { password, audit } = await createStaffAccount(db, staff, input);
    return { done: "staffCreated", detail: password ?? undefined, audit };
  },
});

export const updateStaffAction = consoleAction({
  access: "admin",
  schema: staffChangeSchema,
  bound: "userId",
  run: async (change, staff) => {
    if ("role" in change) return { done: "staffUpdated", audit: (await updateStaffAccount(db, staff, change.userId, { role: change.role })).audit };
    if (change.do === "reset") {
      const { password, audit } = await resetStaffPassword(db, staff, change.userId);
      return { done: "passwordReset", detail: password ?? undefined, audit };
    }
    const { audit } = await updateStaffAccount(db, staff, change.userId, { disabled: change.do === "disable" });
    return { done: "staffUpdated", audit };
  },
});
