import { pool } from "@/lib/db/client";
import { handleUnsubscribe } from "@/lib/reminders/forms";

export const dynamic = "force-dynamic";

/**
 * The List-Unsubscribe target of every reminder mail (RFC 8058): a mail client's own
 * "unsubscribe" button POSTs here and the subscription is gone. People follow the footer link to
 * /{locale}/reminders/unsubscribe instead, whose button does the same.
 */
export async function POST(request: Request) {
  const { status } = await handleUnsubscribe(new URL(request.url).searchParams.get("token") ?? "", { db: pool() });
  return new Response(null, { status: status === "unavailable" ? 503 : status === "unknown" ? 404 : 204, headers: { "Cache-Control": "no-store" } });
}
