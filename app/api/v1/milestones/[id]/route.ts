import { deleteMilestone } from "@/lib/server/milestones/delete-milestone";
import { getMilestoneRecord } from "@/lib/server/milestones/get-milestone-record";
import { updateMilestone } from "@/lib/server/milestones/update-milestone";
import { resourceRoute } from "@/lib/server/resource-route";

/**
 * /api/v1/milestones/{id or slug}
 * - GET: one milestone with its version. Anyone may read; 404 if unknown or deleted.
 * - PATCH: change the fields sent, with `expectedVersion` (409 if someone changed it since). 200
 *   with the record and its new version.
 * - DELETE with `{ "expectedVersion": n }` (or ?expectedVersion=n): hides the milestone (nothing is
 *   erased; its history stays). 200 with the record.
 */
export const { GET, PATCH, DELETE } = resourceRoute({ find: getMilestoneRecord, update: updateMilestone, remove: deleteMilestone });
