import "server-only";
import { revalidatePath } from "next/cache";
import { ReviewError } from "@/lib/review/errors";
import type { ActionState } from "./action-state";

/** Refreshes the console, and the public site when the change shows there. */
export function refresh({ publicSite = false }: { publicSite?: boolean } = {}) {
  revalidatePath("/admin", "layout");
  // Public pages are cached (ISR); this re-renders every one of them on its next request.
  if (publicSite) revalidatePath("/[locale]", "layout");
}

/** Runs a domain call and turns a domain refusal into a message for staff. */
export async function attempt(work: () => Promise<unknown>, ok: string, options?: { publicSite?: boolean }): Promise<ActionState> {
  try {
    await work();
  } catch (error) {
    if (error instanceof ReviewError) return { status: "error", error: error.code };
    throw error;
  }
  refresh(options);
  return { status: "ok", message: ok };
}
