import { addAccusedAlias, getAccusedAliases } from "@/lib/server/cases/accused-aliases";
import { respond } from "@/lib/server/http";
import { jsonBody } from "@/lib/server/request-body";
import { writingActor } from "@/lib/server/api-write";

type Context = { params: Promise<{ slug: string }> };

/** GET /api/v1/accused/{slug}/aliases — the accused's other spellings, and its updatedAt. Public; 404 for an unknown or deleted accused. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return respond(async () => {
    const { slug } = await params;
    return Response.json(await getAccusedAliases(slug));
  });
}

/**
 * POST /api/v1/accused/{slug}/aliases — add a spelling: `{ name, expectedUpdatedAt }` (analysts
 * and admins). 201 with every alias and the accused's new updatedAt; 400 for an empty or too long
 * name; 409 for a spelling the accused already has, or when the accused changed since
 * expectedUpdatedAt. Nothing is written on any refusal.
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  return respond(async () => {
    const actor = await writingActor(request);
    const { slug } = await params;
    const input = await jsonBody(request);
    const result = await addAccusedAlias({ actor, slug, input });
    return Response.json(result, { status: 201 });
  });
}
