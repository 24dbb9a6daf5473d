import { isoToday } from "@/lib/core/dates";
import { respond } from "@/lib/server/http";
import { parseQuery } from "@/lib/server/openapi/query";
import { noQuery } from "@/lib/server/openapi/schemas";
import { apiCrimes } from "@/lib/server/queries/api-catalogue";

/** GET /api/v1/crimes — every crime category with its source and the forums covering it today. No parameters. */
export async function GET(request: Request): Promise<Response> {
  return respond(async () => {
    parseQuery(request, noQuery);
    const crimes = await apiCrimes(isoToday(new Date()));
    return Response.json({ total: crimes.length, crimes });
  });
}
