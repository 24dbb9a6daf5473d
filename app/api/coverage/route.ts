import { isoToday } from "@/lib/core/dates";
import { answerCoverage } from "@/lib/server/coverage";
import { queryOf, respond } from "@/lib/server/http";

/**
 * GET /api/coverage?asOf=YYYY-MM-DD&situation=&mode=
 * The coverage matrix as of a date (default today) for a situation (default ukraine) and a mode of
 * liability (default direct): every case category against every forum, with the tracked cases in
 * each cell and the rows no forum covers (gap). 400 names any bad parameter.
 */
export async function GET(request: Request): Promise<Response> {
  return respond(async () => {
    const { matrix, vocabulary } = await answerCoverage({
      query: queryOf(new URL(request.url).searchParams),
      today: isoToday(new Date()),
    });
    return Response.json({
      asOf: matrix.asOf,
      situation: matrix.situation,
      mode: matrix.mode,
      forums: vocabulary.forums.map((f) => ({ slug: f.slug, name: f.name })),
      rows: matrix.rows.map((row) => ({
        crime: row.crime,
        accused: row.accused,
        level: row.level,
        gap: row.gap,
        caseCount: row.caseCount,
        cells: row.cells.map((c) => ({ forum: c.forum, status: c.status, rules: c.rules, conditions: c.conditions, caseCount: c.caseCount })),
      })),
    });
  });
}
