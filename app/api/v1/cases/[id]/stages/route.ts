import { recordStage } from "@/lib/server/cases/record-stage";
import { respond } from "@/lib/server/http";
import { jsonBody } from "@/lib/server/request-body";
import { writingActor } from "@/lib/server/api-write";

type Context = { params: Promise<{ id: string }> };

/**
 * POST /api/v1/cases/{slug or id}/stages — record that the case moved to another stage:
 * `{ stage, date, inAbsentia?, note?, source?, expectedVersion }`. The stage rules
 * (docs/decisions/009-case-stages.md) refuse, with a 400 naming the field and saying why, a
 * judgment without a trial, a move back or a closing without a note, in absentia outside trial,
 * judgment and appeal, and a date before the current stage's or after today. 201 with the case.
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  return respond(async () => {
    const actor = await writingActor(request);
    const { id } = await params;
    const input = await jsonBody(request);
    const record = await recordStage({ actor, id, input });
    return Response.json(record, { status: 201, headers: { Location: `/api/v1/cases/${record.slug}` } });
  });
}
