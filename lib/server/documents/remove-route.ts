import "server-only";
import type { Attachable } from "@/lib/core/document-input";
import { deleteInput, writingActor } from "../api-write";
import { respond } from "../http";
import { removeDocument } from "./remove-document";
import { addressOf } from "./upload-route";

type Context = { params: Promise<Record<string, string>> };

/**
 * DELETE /api/v1/{sources,cases,milestones}/{slug}/documents/{sha256}, written once: removes the
 * attachment (analysts; the version seen, as a JSON body `{ expectedVersion }` or
 * `?expectedVersion=n`), answering the removed attachment. The bytes stay: another record may use
 * them, and attaching the same file again restores the attachment.
 */
export function removeDocumentRoute(kind: Attachable, param: "id" | "slug" | "annotationId") {
  return {
    DELETE: (request: Request, context: Context): Promise<Response> =>
      respond(async () => {
        const actor = await writingActor(request);
        const address = await addressOf(kind, param, context);
        const { sha256 } = await context.params;
        return Response.json(await removeDocument({ actor, kind, ...address, sha256: sha256!, input: await deleteInput(request) }));
      }),
  };
}
