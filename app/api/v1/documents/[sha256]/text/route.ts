import { readableDocumentRoute } from "@/lib/server/documents/document-route";
import { extractedText, joinedText } from "@/lib/server/documents/read-document";

const HEADERS = { "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-cache" };

/**
 * GET /api/v1/documents/{sha256}/text — the text extracted from a document, once its extraction
 * is DONE: UTF-8 plain text, a PDF's pages separated by a form feed (U+000C); or, with
 * `Accept: application/json`, `{ sha256, state, reason, paged, pages: [{ page, text }] }` (a PDF's
 * pages; for a text or HTML file, the sections it is kept in). Before that (QUEUED), and when it
 * cannot be had (FAILED, NO_TEXT_LAYER), 409 with `error.text: { state, reason }`, so a client
 * tells "not yet" from "never" without a second request. 404 as for the document itself.
 * (docs/decisions/050-text-extraction-and-search-inside-documents.md)
 */
export const GET = readableDocumentRoute(async (document, request) => {
  const text = await extractedText(document);
  if (/\bapplication\/json\b/.test(request.headers.get("accept") ?? "")) {
    return Response.json(text, { headers: { ...HEADERS, ETag: `"${document.sha256}-text-json"`, Vary: "Accept" } });
  }
  return new Response(joinedText(text), {
    status: 200,
    headers: { ...HEADERS, "Content-Type": "text/plain; charset=utf-8", ETag: `"${document.sha256}-text"`, Vary: "Accept" },
  });
});
