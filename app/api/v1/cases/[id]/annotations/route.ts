import { requireRole } from "@/lib/server/actor";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { currentActor } from "@/lib/server/auth";
import { AppError } from "@/lib/server/errors";
import { respond } from "@/lib/server/http";
import { findCase, listAnnotations } from "@/lib/server/queries/annotations";
import { jsonBody } from "@/lib/server/request-body";
import { writingActor } from "@/lib/server/api-write";

type Context = { params: Promise<{ id: string }> };

/**
 * GET /api/v1/cases/{slug}/annotations — the analysts' notes on a case, newest first. Signed-in
 * users only (any role; 401 otherwise: anonymous visitors see only the count on the case page).
 * 404 for an unknown or deleted case. Deleted notes are never listed.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return respond(async () => {
    const actor = await currentActor(request);
    requireRole(actor, "VIEWER");
    const { id: slug } = await params;
    const found = await findCase(slug);
    if (!found) throw new AppError("NOT_FOUND", `There is no case "${slug}".`);
    const list = await listAnnotations(found.id, actor);
    const annotations = list.visible ? list.annotations : [];
    return Response.json({ case: found.slug, count: annotations.length, annotations });
  });
}

/**
 * POST /api/v1/cases/{slug}/annotations — add a note: `{ body, assessment, verified? }` (analysts
 * and admins; a session from this site or a Bearer token). 201 with the note (version 1) and its
 * Location; 400 names each bad field; 401/403/404 refuse; nothing is written on any refusal.
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  return respond(async () => {
    const actor = await writingActor(request);
    const { id: slug } = await params;
    const input = await jsonBody(request);
    const record = await createAnnotation({ actor, caseSlug: slug, input });
    return Response.json(record, { status: 201, headers: { Location: `/api/v1/cases/${encodeURIComponent(record.case)}/annotations/${record.id}` } });
  });
}
