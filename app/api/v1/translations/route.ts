import { respond } from "@/lib/server/http";
import { parseQuery } from "@/lib/server/openapi/query";
import { translationsQuery } from "@/lib/server/openapi/schemas";
import { listTranslations } from "@/lib/server/translations/list-translations";

/**
 * GET /api/v1/translations?entity=&state=&locale= — every translatable field of the reference
 * records with its translation, state and provenance (docs/decisions/043-translation-editor.md).
 * Anyone may read: the pages show the same. 400 names a bad parameter.
 */
export async function GET(request: Request): Promise<Response> {
  return respond(async () => {
    const { entity, state, locale } = parseQuery(request, translationsQuery);
    const { counts, translations } = await listTranslations({ entity, state, locale });
    return Response.json({ counts, count: translations.length, translations });
  });
}
