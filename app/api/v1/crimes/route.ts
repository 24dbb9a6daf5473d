import { apiCrimes } from "@/lib/server/queries/api-catalogue";
import { catalogueListRoute } from "@/lib/server/resource-route";

/** GET /api/v1/crimes — every crime category with its source and the forums covering it today. No parameters. */
export const GET = catalogueListRoute("crimes", apiCrimes);
