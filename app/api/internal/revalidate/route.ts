import { revalidatePath } from "next/cache";
import { isRefreshAuthorized } from "@/lib/site/public-refresh";

/** Re-renders every cached public page on its next request; for the command line (lib/site/public-refresh.ts). */
export async function POST(request: Request) {
  if (!isRefreshAuthorized(request.headers.get("authorization"))) return new Response(null, { status: 403 });
  revalidatePath("/[locale]", "layout");
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
