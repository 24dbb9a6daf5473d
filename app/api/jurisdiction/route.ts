import { isoToday } from "@/lib/core/dates";
import { queryOf, respond } from "@/lib/server/http";
import { answerJurisdiction } from "@/lib/server/jurisdiction";
import { jurisdictionBody } from "@/lib/server/openapi/answers";

/**
 * GET /api/jurisdiction?crime=&accused=&level=&mode=&situation=&conduct=&asOf=YYYY-MM-DD
 * Which forums can try the profile for conduct at that time (`conduct`: a day, month, year or
 * period) under the architecture in force on `asOf`, and why. 400 names any bad parameter.
 */
export async function GET(request: Request): Promise<Response> {
  return respond(async () => {
    const { answer } = await answerJurisdiction({
      query: queryOf(new URL(request.url).searchParams),
      today: isoToday(new Date()),
    });
    return Response.json(jurisdictionBody(answer));
  });
}
