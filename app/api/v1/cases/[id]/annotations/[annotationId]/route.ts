import { requireRole } from "@/lib/server/actor";
import { deleteAnnotation } from "@/lib/server/annotations/delete-annotation";
import { updateAnnotation } from "@/lib/server/annotations/update-annotation";
import { currentActor } from "@/lib/server/auth";
import { respond } from "@/lib/server/http";
import { getAnnotationWithVersions } from "@/lib/server/queries/annotations";
import { jsonBody } from "@/lib/server/request-body";
import { deleteInput, writingActor } from "@/lib/server/api-write";

type Context = { params: Promise<{ id: string; annotationId: string }> };

/**
 * GET /api/v1/cases/{slug}/annotations/{annotationId} — one note with every version (newest
 * first: body, assessment, verified, editor, time). Signed-in users only (401); 404 if unknown,
 * deleted, or a note of another case.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return respond(async () => {
    const actor = await currentActor(request);
    requireRole(actor, "VIEWER");
    const { id: slug, annotationId } = await params;
    const { caseTitle: _title, ...note } = await getAnnotationWithVersions(slug, annotationId, actor);
    return Response.json(note);
  });
}

/**
 * PATCH /api/v1/cases/{slug}/annotations/{annotationId} — change the fields sent (`body`,
 * `assessment`, `verified`) with `expectedVersion`, the version edited. The author or an admin
 * (403 otherwise). 200 with the note: a new version if anything changed, the same version if
 * nothing did. 409 if someone saved another version meanwhile, nothing written, with both texts:
 * `{ error: { code: "conflict", message, current: { version, body, assessment, verified,
 * editedBy, editedAt }, yours: { expectedVersion, body, assessment, verified } } }`.
 */
export async function PATCH(request: Request, { params }: Context): Promise<Response> {
  return respond(async () => {
    const actor = await writingActor(request);
    const { id: slug, annotationId } = await params;
    const input = await jsonBody(request);
    const { record } = await updateAnnotation({ actor, caseSlug: slug, id: annotationId, input });
    return Response.json(record);
  });
}

/**
 * DELETE /api/v1/cases/{slug}/annotations/{annotationId}?expectedVersion=n (or a JSON body
 * `{ "expectedVersion": n }`; the body wins when both are sent) — hides the note (the author or
 * an admin). The query form exists because some HTTP clients cannot send a body with DELETE.
 * 200 with the note as it was; 409 (with `current`) if someone saved another version meanwhile.
 */
export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  return respond(async () => {
    const actor = await writingActor(request);
    const { id: slug, annotationId } = await params;
    const input = await deleteInput(request);
    return Response.json(await deleteAnnotation({ actor, caseSlug: slug, id: annotationId, input }));
  });
}
