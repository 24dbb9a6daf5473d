import { createCase } from "@/lib/server/cases/create-case";
import { respond } from "@/lib/server/http";
import { jsonBody } from "@/lib/server/request-body";
import { writingActor } from "@/lib/server/api-write";

/**
 * POST /api/v1/cases — record a case (analysts and admins) with its accused, charges, sources and
 * first stage (`initialStage`). A session (same origin only) or a Bearer token. 201 with the
 * record and its Location; 400 names each bad field; 401/403 refuse; 409 for a case number the
 * forum already has; nothing is written on any refusal.
 */
export async function POST(request: Request): Promise<Response> {
  return respond(async () => {
    const actor = await writingActor(request);
    const input = await jsonBody(request);
    const record = await createCase({ actor, input });
    return Response.json(record, { status: 201, headers: { Location: `/api/v1/cases/${record.slug}` } });
  });
}
