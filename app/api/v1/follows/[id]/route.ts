import { requireRole } from "@/lib/server/actor";
import { currentActor } from "@/lib/server/auth";
import { getFollow } from "@/lib/server/follows/list-follows";
import { unfollow } from "@/lib/server/follows/unfollow";
import { assertSameOrigin, respond } from "@/lib/server/http";

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
    const actor = await currentActor(request);
    // Without a session or a token: 401 (the use case would say so too), before any origin check.
    requireRole(actor, "VIEWER");
    assertSameOrigin(request);
    const { id } = await params;
    return Response.json(await unfollow({ actor, id }));
  });
}
