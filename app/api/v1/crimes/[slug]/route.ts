import { isoToday } from "@/lib/core/dates";
import { AppError } from "@/lib/server/errors";
import { respond } from "@/lib/server/http";
import { parseQuery } from "@/lib/server/openapi/query";
import { noQuery } from "@/lib/server/openapi/schemas";
import { apiCrime } from "@/lib/server/queries/api-catalogue";

type Context = { params: Promise<{ slug: string }> };

/** GET /api/v1/crimes/{slug} — the crime and, per forum, the rules that apply to it. 404 if unknown. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return respond(async () => {
    parseQuery(request, noQuery);
    const { slug } = await params;
    const crime = await apiCrime(slug, isoToday(new Date()));
    if (!crime) throw new AppError("NOT_FOUND", `There is no crime category "${slug}".`);
    return Response.json(crime);
  });
}
