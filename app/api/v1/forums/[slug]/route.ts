import { apiForum } from "@/lib/server/queries/api-catalogue";
import { catalogueEntryRoute } from "@/lib/server/resource-route";

/** GET /api/v1/forums/{slug} — the forum, its legal basis, rules (placed against today) and milestones. 404 if unknown. */
export const GET = catalogueEntryRoute(apiForum, "forum");
