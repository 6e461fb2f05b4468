import { staffForRoute } from "@/lib/auth/guard";
import { photoResponse } from "@/lib/http/photo-response";
import { getEntryPhoto } from "@/lib/review/queries";

/** An entrant's photo, for staff only; never cached outside the browser. */
export async function GET(_: Request, { params }: RouteContext<"/admin/entries/[id]/photo">) {
  const staff = await staffForRoute();
  if (staff instanceof Response) return staff;
  const photo = await getEntryPhoto((await params).id);
  if (!photo) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  return photoResponse(photo, "private, no-store");
}
