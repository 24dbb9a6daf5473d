import { removeDocumentRoute } from "@/lib/server/documents/remove-route";

/**
 * /api/v1/cases/{slug}/annotations/{annotationId}/documents/{sha256}
 * - DELETE (`{ "expectedVersion": n }` or `?expectedVersion=n`): removes the document from the note
 *   (its author or an administrator): 200 with the removed attachment; 404 if it is not attached,
 *   409 if its version moved.
 */
export const { DELETE } = removeDocumentRoute("note", "annotationId");
