import { removeDocumentRoute } from "@/lib/server/documents/remove-route";

/**
 * /api/v1/cases/{slug}/documents/{sha256}
 * - DELETE (`{ "expectedVersion": n }` or `?expectedVersion=n`): removes the document from the case
 *   (analysts): 200 with the removed attachment; 404 if it is not attached, 409 if its version moved.
 */
export const { DELETE } = removeDocumentRoute("case", "id");
