import { currentActor } from "@/lib/server/auth";
import { getFollow } from "@/lib/server/follows/list-follows";
import { unfollow } from "@/lib/server/follows/unfollow";
import { respond } from "@/lib/server/http";
import { writingActor } from "@/lib/server/api-write";

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/follows/{id} — one of the user's follows; someone else's or unknown is 404. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return respond(async () => {
    const actor = await currentActor(request);
    const { id } = await params;
    return Response.json(await getFollow(actor, id));
  });
}

/** DELETE /api/v1/follows/{id} — unfollow. 200 with the removed follow; 404 if it is not one of yours. */
export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  return respond(async () => {
    const actor = await writingActor(request);
    const { id } = await params;
    return Response.json(await unfollow({ actor, id }));
  });
}
