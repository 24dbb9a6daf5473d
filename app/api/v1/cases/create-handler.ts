import { createCase } from "@/lib/server/cases/create-case";
import { createRoute } from "@/lib/server/resource-route";

/**
 * POST /api/v1/cases — record a case (analysts and admins) with its accused, charges, sources and
 * first stage (`initialStage`). A session (same origin only) or a Bearer token. 201 with the
 * record and its Location; 400 names each bad field; 401/403 refuse; 409 for a case number the
 * forum already has; nothing is written on any refusal.
 */
export const POST = createRoute(createCase, "/api/v1/cases");
