import "server-only";
import { currentActor } from "@/lib/server/auth";
import { queryOf, respond } from "@/lib/server/http";
import { siteOrigin } from "@/lib/server/site-url";
import { exportCases } from "./case-export";
import { exportMilestones } from "./milestone-export";
import { localeOfRequest, type ExportFormat } from "./stream";

/** The route handlers' bodies: who asks (a signed-in search also matches notes), then the export. */
export function casesExportHandler(format: ExportFormat) {
  return (request: Request): Promise<Response> =>
    respond(async () => {
      const params = queryOf(new URL(request.url).searchParams);
      const actor = await currentActor(request);
      return exportCases({ format, params, viewer: { signedIn: actor.kind !== "anonymous" }, origin: siteOrigin(request), now: new Date(), locale: localeOfRequest(request) });
    });
}

export function milestonesExportHandler(format: ExportFormat) {
  return (request: Request): Promise<Response> =>
    respond(async () => exportMilestones({ format, params: queryOf(new URL(request.url).searchParams), origin: siteOrigin(request), now: new Date(), locale: localeOfRequest(request) }));
}
