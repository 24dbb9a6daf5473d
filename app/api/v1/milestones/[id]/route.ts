import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { respond } from "@/lib/server/http";
import { deleteMilestone } from "@/lib/server/milestones/delete-milestone";
import { findMilestone } from "@/lib/server/milestones/find-milestone";
import { toRecord } from "@/lib/server/milestones/milestone-record";
import { updateMilestone } from "@/lib/server/milestones/update-milestone";
import { jsonBody } from "@/lib/server/request-body";
import { deleteInput, writingActor } from "@/lib/server/api-write";

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/milestones/{id or slug} — one milestone with its version. Anyone may read; 404 if unknown or deleted. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return respond(async () => {
    const { id } = await params;
    const row = await findMilestone(db, id);
    if (!row) throw new AppError("NOT_FOUND", `There is no milestone "${id}".`);
    return Response.json(toRecord(row));
  });
}

/**
 * PATCH /api/v1/milestones/{id or slug} — change the fields sent, with `expectedVersion` (409 if
 * someone changed it since). 200 with the record and its new version.
 */
export async function PATCH(request: Request, { params }: Context): Promise<Response> {
  return respond(async () => {
    const actor = await writingActor(request);
    const { id } = await params;
    const input = await jsonBody(request);
    return Response.json(await updateMilestone({ actor, id, input }));
  });
}

/**
 * DELETE /api/v1/milestones/{id or slug} with `{ "expectedVersion": n }` (or ?expectedVersion=n) —
 * hides the milestone (nothing is erased; its history stays). 200 with the record.
 */
export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  return respond(async () => {
    const actor = await writingActor(request);
    const { id } = await params;
    const input = await deleteInput(request);
    return Response.json(await deleteMilestone({ actor, id, input }));
  });
}
