import { AppError } from "@/lib/server/errors";
import { respond } from "@/lib/server/http";
import { parseQuery } from "@/lib/server/openapi/query";
import { noQuery } from "@/lib/server/openapi/schemas";
import { apiInstrument } from "@/lib/server/queries/api-catalogue";

type Context = { params: Promise<{ slug: string }> };

/** GET /api/v1/instruments/{slug} — the instrument with its provisions and the forums based on it. 404 if unknown. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return respond(async () => {
    parseQuery(request, noQuery);
    const { slug } = await params;
    const instrument = await apiInstrument(slug);
    if (!instrument) throw new AppError("NOT_FOUND", `There is no instrument "${slug}".`);
    return Response.json(instrument);
  });
}
