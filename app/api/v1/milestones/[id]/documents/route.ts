import { documentsRoute } from "@/lib/server/documents/upload-route";

/**
 * /api/v1/milestones/{slug}/documents
 * - GET: the documents attached to the milestone (anyone; 404 for a deleted milestone).
 * - POST (multipart/form-data: `file`, optional `title`, `language` uk|en): attaches a document
 *   (analysts). 201 with `{ sha256, size, mediaType, title, language, uploadedAt, uploadedBy, text }`,
 *   200 when the same file is already attached here; 413 and 415 name the file and the reason.
 */
export const { GET, POST } = documentsRoute("milestone", "id");
