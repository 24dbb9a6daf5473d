import { writingActor } from "@/lib/server/api-write";
import { AppError } from "@/lib/server/errors";
import { respond } from "@/lib/server/http";
import { jsonBody } from "@/lib/server/request-body";
import { setTranslation } from "@/lib/server/translations/set-translation";

type Context = { params: Promise<{ entity: string; slug: string; field: string; locale: string }> };

/**
 * PUT /api/v1/translations/{entity}/{slug}/{field}/{locale} — sets one field's translation: the
 * JSON body's state, text, source, sourceLocator, note and expectedVersion (0 when there was none),
 * as every write of the API sends its version. Administrators; 409 with both versions when it
 * changed since; 400 names a bad field; 404 for an unknown record.
 */
export async function PUT(request: Request, { params }: Context): Promise<Response> {
  return respond(async () => {
    const actor = await writingActor(request);
    const target = await params;
    const body = await jsonBody(request);
    // The address names the translation; a body that names it too is refused as an unknown field.
    if (!body || typeof body !== "object" || Array.isArray(body)) return Response.json(await setTranslation({ actor, input: body }));
    const named = Object.keys(target).filter((name) => name in body);
    if (named.length > 0) throw AppError.invalidInput(named.map((name) => ({ parameter: name, message: `${name} is given by the address, not the body.` })));
    const input = { ...body, ...target };
    return Response.json(await setTranslation({ actor, input }));
  });
}
