import { FILTER_PARAMS, parseMilestoneFilters, type RawSearchParams } from "@/lib/core/milestone-filters";
import { AppError } from "@/lib/server/errors";
import { queryOf, respond } from "@/lib/server/http";
import { createMilestone } from "@/lib/server/milestones/create-milestone";
import { getMilestoneFilterOptions, listMilestones } from "@/lib/server/queries/milestones";
import { jsonBody } from "@/lib/server/request-body";
import { writingActor } from "@/lib/server/api-write";

/**
 * GET /api/v1/milestones?track=&type=&forum=&year=
 * The timeline, newest first, with the timeline page's filters. Anyone may read. 400 names a bad filter.
 */
export async function GET(request: Request): Promise<Response> {
  return respond(async () => {
    const query = queryOf(new URL(request.url).searchParams);
    // The timeline page sets aside a parameter it does not know; the API refuses it, as every other endpoint does.
    const unknown = Object.keys(query).filter((name) => !(FILTER_PARAMS as readonly string[]).includes(name));
    if (unknown.length > 0) {
      throw AppError.invalidInput(unknown.map((name) => ({ parameter: name, message: `${name} is not a filter of the milestones; the filters are ${FILTER_PARAMS.join(", ")}.`, allowed: [...FILTER_PARAMS] })));
    }
    const options = await getMilestoneFilterOptions();
    const { filters, issues } = parseMilestoneFilters(query as RawSearchParams, options);
    if (issues.length > 0) {
      throw AppError.invalidInput(issues.map((i) => ({ parameter: i.param, message: `${i.param}: ${i.message}`, allowed: i.allowed.map((o) => o.value) })));
    }
    const { milestones, total } = await listMilestones(filters);
    return Response.json({ total, count: milestones.length, milestones });
  });
}

/**
 * POST /api/v1/milestones — log a milestone (analysts; effects need an admin). A session (same
 * origin only) or a Bearer token. 201 with the record and its Location; 400 names each bad field;
 * 401/403 refuse; nothing is written on any refusal.
 */
export async function POST(request: Request): Promise<Response> {
  return respond(async () => {
    const actor = await writingActor(request);
    const input = await jsonBody(request);
    const record = await createMilestone({ actor, input });
    return Response.json(record, { status: 201, headers: { Location: `/api/v1/milestones/${record.slug}` } });
  });
}
