import { apiRule } from "@/lib/server/queries/api-catalogue";
import { catalogueEntryRoute } from "@/lib/server/resource-route";

/** GET /api/v1/rules/{slug} — one rule, its status placed against today. 404 if unknown or deleted. */
export const GET = catalogueEntryRoute(async (slug, asOf) => {
  const rule = await apiRule(slug, asOf);
  return rule && { ...rule, asOf };
}, "jurisdiction rule");
