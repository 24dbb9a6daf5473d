import { currentActor } from "@/lib/server/auth";
import { extractedText, findReadableDocument } from "@/lib/server/documents/read-document";
import { respond } from "@/lib/server/http";

type Context = { params: Promise<{ sha256: string }> };

/**
 * GET /api/v1/documents/{sha256}/text — the text extracted from a document, as UTF-8 plain text,
 * once its extraction is DONE. Before that (QUEUED), and when it cannot be had (FAILED,
 * NO_TEXT_LAYER), 409 with `error.text: { state, reason }`, so a client tells "not yet" from
 * "never" without a second request. 404 as for the document itself.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return respond(async () => {
    const actor = await currentActor(request);
    const { sha256 } = await params;
    const document = await findReadableDocument({ actor, sha256 });
    return new Response(extractedText(document), {
      status: 200,
      headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", ETag: `"${document.sha256}-text"`, "Cache-Control": "private, no-cache" },
    });
  });
}

