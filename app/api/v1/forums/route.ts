import { apiForums } from "@/lib/server/queries/api-catalogue";
import { catalogueListRoute } from "@/lib/server/resource-route";

/** GET /api/v1/forums — every forum, with its legal basis, source and counts. No parameters (400 for any). */
export const GET = catalogueListRoute("forums", apiForums);
