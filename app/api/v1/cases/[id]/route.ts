import { deleteCase } from "@/lib/server/cases/delete-case";
import { getCase } from "@/lib/server/cases/get-case";
import { updateCase } from "@/lib/server/cases/update-case";
import { respond } from "@/lib/server/http";
import { jsonBody } from "@/lib/server/request-body";
import { deleteInput, writingActor } from "@/lib/server/api-write";

type Context = { params: Promise<{ id: string }> };

/**
 * GET /api/v1/cases/{slug or id} — the full case record: accused, charges, the dated stages,
 * sources and linked milestones, with its version. Anyone may read (analysts' notes are not part
 * of it). 404 if unknown or deleted.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return respond(async () => {
    const { id } = await params;
    return Response.json(await getCase(id));
  });
}

/**
 * PATCH /api/v1/cases/{slug or id} — change the fields sent, with `expectedVersion` (409 if
 * someone changed the case since). A list sent replaces the case's list. The stage is changed by
 * POST /api/v1/cases/{slug}/stages. 200 with the record and its new version.
 */
export async function PATCH(request: Request, { params }: Context): Promise<Response> {
  return respond(async () => {
    const actor = await writingActor(request);
    const { id } = await params;
    const input = await jsonBody(request);
    return Response.json(await updateCase({ actor, id, input }));
  });
}

/**
 * DELETE /api/v1/cases/{slug or id} with `{ "expectedVersion": n }` (or ?expectedVersion=n) —
 * hides the case (nothing is erased; its history stays). 200 with the record; 404 afterwards.
 */
export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  return respond(async () => {
    const actor = await writingActor(request);
    const { id } = await params;
    const input = await deleteInput(request);
    return Response.json(await deleteCase({ actor, id, input }));
  });
}
