import { respond } from "@/lib/server/http";
import { parseQuery } from "@/lib/server/openapi/query";
import { noQuery } from "@/lib/server/openapi/schemas";
import { apiForums } from "@/lib/server/queries/api-catalogue";

/** GET /api/v1/forums — every forum, with its legal basis, source and counts. No parameters (400 for any). */
export async function GET(request: Request): Promise<Response> {
  return respond(async () => {
    parseQuery(request, noQuery);
    const forums = await apiForums();
    return Response.json({ total: forums.length, forums });
  });
}
