import { Readable } from "node:stream";
import { EXTENSION, SHOWN_INLINE, servedContentType, type AcceptedMediaType } from "@/lib/core/media-type";
import { readableDocumentRoute } from "@/lib/server/documents/document-route";
import { documentStore } from "@/lib/server/documents/document-store";
import { openDocument } from "@/lib/server/documents/read-document";

/**
 * GET /api/v1/documents/{sha256} — the bytes of a document attached to a live public record
 * (anyone; 404 otherwise). PDFs and images are shown inline; everything else (HTML, text) is a
 * download from a sandboxed response (`Content-Security-Policy: sandbox`), so no uploaded file
 * runs script in the tracker's origin. Never sniffed by the browser (nosniff); the ETag is the
 * SHA-256, and the bytes under an address never change, so they are cached as immutable.
 */
export const GET = readableDocumentRoute(async (document, request) => {
  const etag = `"${document.sha256}"`;
  const headers = documentHeaders(document.mediaType as AcceptedMediaType, document.sha256, etag);
  if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  const stream = await openDocument(documentStore(), document);
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, { status: 200, headers });
});

function documentHeaders(mediaType: AcceptedMediaType, sha256: string, etag: string): Headers {
  const inline = SHOWN_INLINE.includes(mediaType);
  const file = `${sha256}.${EXTENSION[mediaType] ?? "bin"}`;
  return new Headers({
    "Content-Type": servedContentType(mediaType),
    "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="${file}"`,
    "X-Content-Type-Options": "nosniff",
    ETag: etag,
    // Private: a document can stop being readable (its record deleted), which a shared cache would not hear of.
    "Cache-Control": "private, max-age=31536000, immutable",
    // Inline (a PDF, an image): the API's own policy, under which nothing runs. Anything else: a
    // sandbox too, so that even a browser that opens the download in place runs none of it.
    // A PDF or an image may be framed by the document's own page, and by no other site's.
    "Content-Security-Policy": inline ? "default-src 'none'; frame-ancestors 'self'; base-uri 'none'; form-action 'self'" : "sandbox; default-src 'none'; frame-ancestors 'none'",
    "X-Frame-Options": inline ? "SAMEORIGIN" : "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
  });
}

const matches = (header: string | null, etag: string) => !!header && header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag || tag.trim() === "*");
