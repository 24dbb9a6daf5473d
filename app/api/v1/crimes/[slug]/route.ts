import { getCrime } from "@/lib/server/queries/crimes";
import { catalogueEntryRoute } from "@/lib/server/resource-route";

/** GET /api/v1/crimes/{slug} — the crime and, per forum, the rules that apply to it. 404 if unknown. */
export const GET = catalogueEntryRoute(getCrime, "crime category");
