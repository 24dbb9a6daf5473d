import { isoToday } from "@/lib/core/dates";
import { AppError } from "@/lib/server/errors";
import { respond } from "@/lib/server/http";
import { parseQuery } from "@/lib/server/openapi/query";
import { noQuery } from "@/lib/server/openapi/schemas";
import { apiRule } from "@/lib/server/queries/api-catalogue";

type Context = { params: Promise<{ slug: string }> };

/** GET /api/v1/rules/{slug} — one rule, its status placed against today. 404 if unknown or deleted. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return respond(async () => {
    parseQuery(request, noQuery);
    const { slug } = await params;
    const asOf = isoToday(new Date());
    const rule = await apiRule(slug, asOf);
    if (!rule) throw new AppError("NOT_FOUND", `There is no jurisdiction rule "${slug}".`);
    return Response.json({ ...rule, asOf });
  });
}
