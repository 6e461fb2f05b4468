import { getPublishedStoryPhoto } from "@/lib/featured/queries";
import { photoResponse } from "@/lib/http/photo-response";
import { SHARED_CACHE_CONTROL } from "@/lib/http/shared-cache-control";

/** The photo of a published featured story; gone as soon as the story is unpublished. */
export async function GET(_: Request, { params }: RouteContext<"/api/stories/[id]/photo">) {
  const photo = await getPublishedStoryPhoto((await params).id);
  if (!photo) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  return photoResponse(photo, SHARED_CACHE_CONTROL);
}
