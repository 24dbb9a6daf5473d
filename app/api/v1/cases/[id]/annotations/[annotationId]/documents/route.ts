import { documentsRoute } from "@/lib/server/documents/upload-route";

/**
 * /api/v1/cases/{slug}/annotations/{annotationId}/documents (docs/decisions/056-documents-on-notes.md)
 * - GET: the documents attached to the note, read as the note is (signed-in users; 401 for a
 *   visitor; 404 for a deleted note, or a note of another case).
 * - POST (multipart/form-data: `file`, optional `title`, `language` uk|en): attaches a document to
 *   the note (its author or an administrator; 403 otherwise). 201, or 200 when the same file is
 *   already attached to it; 413 and 415 name the file and the reason.
 */
export const { GET, POST } = documentsRoute("note", "annotationId");
