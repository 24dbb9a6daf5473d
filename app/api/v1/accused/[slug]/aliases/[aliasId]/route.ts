import { removeAccusedAlias } from "@/lib/server/cases/accused-aliases";
import { respond } from "@/lib/server/http";
import { jsonBody } from "@/lib/server/request-body";
import { writingActor } from "@/lib/server/api-write";

type Context = { params: Promise<{ slug: string; aliasId: string }> };

/**
 * DELETE /api/v1/accused/{slug}/aliases/{aliasId}?expectedUpdatedAt=… (or a JSON body
 * `{ "expectedUpdatedAt": … }`; the body wins) — remove a spelling (analysts and admins). 200 with
 * the remaining aliases and the accused's new updatedAt; 404 for an alias the accused does not
 * have; 409 when the accused changed since expectedUpdatedAt.
 */
export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  return respond(async () => {
    const actor = await writingActor(request);
    const { slug, aliasId } = await params;
    const body = await jsonBody(request, { optional: true });
    const fromQuery = new URL(request.url).searchParams.get("expectedUpdatedAt");
    const input = body !== undefined ? body : fromQuery === null ? {} : { expectedUpdatedAt: fromQuery };
    return Response.json(await removeAccusedAlias({ actor, slug, aliasId, input }));
  });
}
