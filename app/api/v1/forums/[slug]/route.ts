import { isoToday } from "@/lib/core/dates";
import { AppError } from "@/lib/server/errors";
import { respond } from "@/lib/server/http";
import { parseQuery } from "@/lib/server/openapi/query";
import { noQuery } from "@/lib/server/openapi/schemas";
import { apiForum } from "@/lib/server/queries/api-catalogue";

type Context = { params: Promise<{ slug: string }> };

/** GET /api/v1/forums/{slug} — the forum, its legal basis, rules (placed against today) and milestones. 404 if unknown. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return respond(async () => {
    parseQuery(request, noQuery);
    const { slug } = await params;
    const forum = await apiForum(slug, isoToday(new Date()));
    if (!forum) throw new AppError("NOT_FOUND", `There is no forum "${slug}".`);
    return Response.json(forum);
  });
}
