import { deleteCase } from "@/lib/server/cases/delete-case";
import { getCase } from "@/lib/server/cases/get-case";
import { updateCase } from "@/lib/server/cases/update-case";
import { resourceRoute } from "@/lib/server/resource-route";

/**
 * /api/v1/cases/{slug or id}
 * - GET: the full case record (accused, charges, the dated stages, sources and linked milestones)
 *   with its version. Anyone may read (analysts' notes are not part of it). 404 if unknown or deleted.
 * - PATCH: change the fields sent, with `expectedVersion` (409 if someone changed the case since). A
 *   list sent replaces the case's list. The stage is changed by POST /api/v1/cases/{slug}/stages.
 *   200 with the record and its new version.
 * - DELETE with `{ "expectedVersion": n }` (or ?expectedVersion=n): hides the case (nothing is
 *   erased; its history stays). 200 with the record; 404 afterwards.
 */
export const { GET, PATCH, DELETE } = resourceRoute({ find: getCase, update: updateCase, remove: deleteCase });
