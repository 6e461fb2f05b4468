"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/lib/admin/action-state";
import { setConsoleLocaleCookie } from "@/lib/admin/console-locale";
import { sessionCookieName, sessionCookieOptions } from "@/lib/auth/cookie";
import { signIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";

const signInSchema = z.object({ email: z.string().trim().min(3).max(200), password: z.string().min(1).max(200) });

/** The one console action open to visitors without a session: it is how a session starts. */
export async function signInAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { status: "error", error: "invalid" };
  const result = await signIn(db, parsed.data);
  if (!result.ok) {
    return result.reason === "locked"
      ? { status: "error", error: "locked", detail: result.retryAt.toISOString() }
      : { status: "error", error: "invalid" };
  }
  (await cookies()).set(sessionCookieName(), result.token, sessionCookieOptions(result.expiresAt));
  await setConsoleLocaleCookie(result.staff.locale);
  redirect("/admin");
}
