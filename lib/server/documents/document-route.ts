import "server-only";
import { currentActor } from "../auth";
import { respond } from "../http";
import { findReadableDocument, type ReadableDocument } from "./read-document";

type Context = { params: Promise<{ sha256: string }> };

/**
 * A GET of /api/v1/documents/{sha256}[/…], written once: the document the address names, if the
 * caller may read it (404 otherwise), handed to `answer`; every refusal through respond().
 */
export function readableDocumentRoute(answer: (document: ReadableDocument, request: Request) => Promise<Response> | Response) {
  return (request: Request, { params }: Context): Promise<Response> =>
    respond(async () => {
      const actor = await currentActor(request);
      const { sha256 } = await params;
      return answer(await findReadableDocument({ actor, sha256 }), request);
    });
}
