import { respond } from "@/lib/server/http";
import { parseQuery } from "@/lib/server/openapi/query";
import { instrumentsQuery } from "@/lib/server/openapi/schemas";
import { apiInstruments } from "@/lib/server/queries/api-catalogue";

/**
 * GET /api/v1/instruments?limit=&after= — the legal instruments by slug, a page at a time
 * (`next` is the following page's address, or null). 400 names a bad parameter.
 */
export async function GET(request: Request): Promise<Response> {
  return respond(async () => {
    const { limit, after } = parseQuery(request, instrumentsQuery);
    const { total, items, more } = await apiInstruments({ limit, after });
    const last = items.at(-1);
    const next = more && last ? `/api/v1/instruments?${new URLSearchParams({ limit: String(limit), after: last.slug })}` : null;
    return Response.json({ total, count: items.length, instruments: items, next });
  });
}
