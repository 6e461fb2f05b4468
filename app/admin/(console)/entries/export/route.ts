import type { NextRequest } from "next/server";
import { staffForRoute } from "@/lib/auth/guard";
import { formatJstMinute } from "@/lib/campaign/jst";
import { db } from "@/lib/db/client";
import { startEntriesExport } from "@/lib/review/export";
import { parseEntryFilter } from "@/lib/review/filters";

/** The current filter's entries as CSV (admins only: it holds names and emails), audited before the body. */
export async function GET(request: NextRequest) {
  const staff = await staffForRoute("admin");
  if (staff instanceof Response) return staff;
  const chunks = await startEntriesExport(db, staff, parseEntryFilter(request.nextUrl.searchParams));
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  const stamp = formatJstMinute(new Date()).replace(/\D/g, "");
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="entries-${stamp}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
