import { apiInstrument } from "@/lib/server/queries/api-catalogue";
import { catalogueEntryRoute } from "@/lib/server/resource-route";

/** GET /api/v1/instruments/{slug} — the instrument with its provisions and the forums based on it. 404 if unknown. */
export const GET = catalogueEntryRoute(apiInstrument, "instrument");
