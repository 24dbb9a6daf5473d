import { readableDocumentRoute } from "@/lib/server/documents/document-route";
import { extractedText } from "@/lib/server/documents/read-document";

/**
 * GET /api/v1/documents/{sha256}/text — the text extracted from a document, as UTF-8 plain text,
 * once its extraction is DONE. Before that (QUEUED), and when it cannot be had (FAILED,
 * NO_TEXT_LAYER), 409 with `error.text: { state, reason }`, so a client tells "not yet" from
 * "never" without a second request. 404 as for the document itself.
 */
export const GET = readableDocumentRoute(
  (document) =>
    new Response(extractedText(document), {
      status: 200,
      headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", ETag: `"${document.sha256}-text"`, "Cache-Control": "private, no-cache" },
    }),
);
