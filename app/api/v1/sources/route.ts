import { respond } from "@/lib/server/http";
import { parseQuery } from "@/lib/server/openapi/query";
import { sourcesQuery } from "@/lib/server/openapi/schemas";
import { searchSources } from "@/lib/server/queries/source-search";

/**
 * GET /api/v1/sources?q=&limit= — the recorded sources whose title, publisher, address, instrument
 * or provision ("Rome Statute", "Article 28", "ICC arrest warrants") the words name: what a form's source
 * picker offers. Anyone may read, as every cited source is public. 400 names a bad parameter.
 */
export async function GET(request: Request): Promise<Response> {
  return respond(async () => {
    const { q, limit } = parseQuery(request, sourcesQuery);
    const sources = await searchSources(q, limit);
    return Response.json({ count: sources.length, sources });
  });
}
