import { respond } from "@/lib/server/http";
import { currentApiDocument } from "@/lib/server/openapi/document";

/**
 * GET /api/v1/openapi.json — the OpenAPI 3.1 description of the API, generated from the zod
 * schemas the handlers use (lib/server/openapi). Allowed values come from the reference data, so
 * it is cached only briefly.
 */
export async function GET(): Promise<Response> {
  return respond(async () =>
    Response.json(await currentApiDocument(), { headers: { "cache-control": "public, max-age=300" } }),
  );
}
