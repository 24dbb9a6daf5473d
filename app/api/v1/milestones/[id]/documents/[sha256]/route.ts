import { removeDocumentRoute } from "@/lib/server/documents/remove-route";

/**
 * /api/v1/milestones/{slug}/documents/{sha256}
 * - DELETE (`{ "expectedVersion": n }` or `?expectedVersion=n`): removes the document from the milestone
 *   (analysts): 200 with the removed attachment; 404 if it is not attached, 409 if its version moved.
 */
export const { DELETE } = removeDocumentRoute("milestone", "id");
