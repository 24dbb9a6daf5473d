import { isoToday } from "@/lib/core/dates";
import { answerCoverage } from "@/lib/server/coverage";
import { queryOf, respond } from "@/lib/server/http";
import { coverageBody } from "@/lib/server/openapi/answers";

/**
 * GET /api/coverage?conduct=&asOf=YYYY-MM-DD&situation=&mode=&policy=on|off
 * The coverage matrix under the architecture in force on `asOf` (default today), for conduct at
 * the time given (default: every conduct up to asOf), for a situation (default ukraine) and a mode
 * of liability (default direct): every case category against every forum, with the tracked cases
 * in each cell and the rows every forum excludes (gap). policy=on adds the complementarity split
 * beside the cells. 400 names any bad parameter.
 */
export async function GET(request: Request): Promise<Response> {
  return respond(async () => {
    const answer = await answerCoverage({
      query: queryOf(new URL(request.url).searchParams),
      today: isoToday(new Date()),
    });
    return Response.json(coverageBody(answer));
  });
}
