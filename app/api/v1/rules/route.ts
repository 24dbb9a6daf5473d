import { isoToday } from "@/lib/core/dates";
import { respond } from "@/lib/server/http";
import { parseQuery } from "@/lib/server/openapi/query";
import { rulesQuery } from "@/lib/server/openapi/schemas";
import { loadVocabulary } from "@/lib/server/jurisdiction";
import { apiRules } from "@/lib/server/queries/api-catalogue";

/**
 * GET /api/v1/rules?forum=&crime=&effect=&situation=&asOf=&limit=&after= — the jurisdiction
 * rules by slug, a page at a time. 400 names a bad parameter and lists the allowed values.
 */
export async function GET(request: Request): Promise<Response> {
  return respond(async () => {
    const vocabulary = await loadVocabulary();
    const forums = vocabulary.forums.map((f) => f.slug);
    const { limit, after, ...filters } = parseQuery(request, rulesQuery({ ...vocabulary, forums }));
    const result = await apiRules(filters, { limit, after }, isoToday(new Date()));
    const last = result.items.at(-1);
    let next: string | null = null;
    if (result.more && last) {
      const params = new URLSearchParams();
      for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
      params.set("limit", String(limit));
      params.set("after", last.slug);
      next = `/api/v1/rules?${params}`;
    }
    return Response.json({ total: result.total, count: result.items.length, asOf: result.asOf, rules: result.items, next });
  });
}
