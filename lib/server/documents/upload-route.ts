import "server-only";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { formatSize, type Attachable } from "@/lib/core/document-input";
import { writingActor } from "../api-write";
import { currentActor } from "../auth";
import { readEnv } from "../env";
import { AppError } from "../errors";
import { respond } from "../http";
import { attachDocument, checkAttachable } from "./attach-document";
import { kickExtraction } from "./extraction-job";
import { documentStore, type DocumentStore, type StageResult, type StagedDocument } from "./document-store";
import { listDocuments } from "./list-documents";

/** Room for the multipart body's boundaries and fields around a file of the largest size. */
const FORM_OVERHEAD = 1024 * 1024;

type Context = { params: Promise<Record<string, string>> };

/**
 * The route handlers of `/api/v1/{sources,cases,milestones}/{slug}/documents`, written once:
 * GET lists the record's documents (anyone); POST attaches one (analysts, a multipart body with
 * the field `file`, optional `title` and `language`): 201 with the document, 200 with the
 * existing one when the same bytes are already attached to the record. The multipart body is
 * streamed (busboy) to the document store while it is hashed and sniffed: the server never holds
 * the file in memory (request.formData() would). Refusals (400, 401, 403, 404, 413, 415) store nothing.
 */
export function documentsRoute(kind: Attachable, param: "id" | "slug" | "annotationId") {
  return {
    GET: (request: Request, context: Context): Promise<Response> =>
      respond(async () => {
        const address = await addressOf(kind, param, context);
        // A note's documents are read as the note is (decision 056): by the reader it is read by.
        const documents = await listDocuments({ kind, ...address, actor: kind === "note" ? await currentActor(request) : undefined });
        return Response.json({ count: documents.length, documents });
      }),
    POST: (request: Request, context: Context): Promise<Response> =>
      respond(async () => {
        const actor = await writingActor(request);
        const address = await addressOf(kind, param, context);
        await checkAttachable({ actor, kind, ...address });
        const maxBytes = readEnv().DOCUMENT_MAX_BYTES;
        const declared = Number(request.headers.get("content-length") ?? "NaN");
        if (Number.isFinite(declared) && declared > maxBytes + FORM_OVERHEAD) {
          throw new AppError("PAYLOAD_TOO_LARGE", `The upload is larger than ${formatSize(maxBytes)}, the largest document the tracker takes. Nothing was stored.`);
        }
        const store = documentStore();
        const upload = await readUpload(request, store, maxBytes);
        // The record page's form without script names the page to come back to (decision 052).
        const { returnTo: returnField, ...fields } = upload.fields;
        const returnTo = pageToReturnTo(returnField, request);
        try {
          const staged = acceptedFile(upload);
          const { created, record } = await attachDocument({ actor, kind, ...address, input: fields, fileName: upload.fileName, staged, store });
          // A new file's text is read in the background (docs/decisions/050-text-extraction-and-search-inside-documents.md).
          if (record.text.state === "QUEUED") kickExtraction();
          if (returnTo) return backToPage(returnTo, "attached");
          return Response.json(record, { status: created ? 201 : 200, headers: { Location: record.url } });
        } catch (error) {
          if (returnTo && error instanceof AppError && (error.code === "PAYLOAD_TOO_LARGE" || error.code === "UNSUPPORTED_MEDIA_TYPE" || error.code === "INVALID_INPUT")) {
            return backToPage(returnTo, error.code === "PAYLOAD_TOO_LARGE" ? "refused-413" : error.code === "UNSUPPORTED_MEDIA_TYPE" ? "refused-415" : "refused");
          }
          throw error;
        } finally {
          // Whatever was refused, nothing staged stays (a no-op once committed).
          if (upload.result?.outcome === "staged") await store.discard(upload.result.staged);
        }
      }),
  };
}

/**
 * The record an address names: its slug (a note's id), and for a note the slug of its case (the
 * address's `id`: notes are addressed under their case, /api/v1/cases/{slug}/annotations/{id}).
 */
export async function addressOf(kind: Attachable, param: string, context: Context): Promise<{ slug: string; caseSlug?: string }> {
  const params = await context.params;
  return kind === "note" ? { slug: params[param]!, caseSlug: params.id! } : { slug: params[param]! };
}

/**
 * The page a form without script came from (`returnTo`: a record's page in one of the site's
 * languages, nothing else), when the browser navigates (not a script, which reads the JSON).
 */
function pageToReturnTo(value: string | undefined, request: Request): string | null {
  if (!value || !/^\/(?:en|uk)\/(?:sources|cases|milestones)\/[^/?#\\]+$/.test(value)) return null;
  return request.headers.get("sec-fetch-mode") === "navigate" || (request.headers.get("accept") ?? "").includes("text/html") ? value : null;
}

/** Back to the record's documents, saying what happened (303: the browser asks for the page with GET). */
const backToPage = (page: string, notice: string) => new Response(null, { status: 303, headers: { Location: `${page}?document=${notice}#documents` } });

type Upload = { fields: Record<string, string>; fileName: string | null; result: StageResult | null; extraFiles: string[] };

/** The staged file of an upload, or the refusal that names it and says why. */
function acceptedFile(upload: Upload): StagedDocument {
  const name = upload.fileName ?? "file";
  if (upload.extraFiles.length > 0) {
    throw AppError.invalidInput([{ parameter: upload.extraFiles[0]!, message: `Send one document per request, in the field "file" (this one also had ${upload.extraFiles.join(", ")}).` }]);
  }
  const result = upload.result;
  if (!result) throw AppError.invalidInput([{ parameter: "file", message: 'file is required: send the document as the multipart/form-data field "file".' }]);
  if (result.outcome === "too-large") {
    throw new AppError("PAYLOAD_TOO_LARGE", `"${name}" is larger than ${formatSize(result.maxBytes)}, the largest document the tracker takes. Nothing was stored.`);
  }
  if (result.outcome === "refused") {
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      result.looksLike
        ? `"${name}" is not a kind of document the tracker takes: its content is ${result.looksLike}. It takes PDF, HTML, plain text (UTF-8), and JPEG or PNG scans. Nothing was stored.`
        : `"${name}" is not a kind of document the tracker takes: its content is not PDF, HTML, UTF-8 text, JPEG or PNG, whatever its name or declared type says. Nothing was stored.`,
    );
  }
  return result.staged;
}

/**
 * Reads the multipart body as it arrives: the fields into memory (small, limited), the part
 * named `file` through `stage`, any other file drained. Refused with 400 when the body is not
 * multipart/form-data or breaks off.
 */
async function readUpload(request: Request, store: DocumentStore, maxBytes: number): Promise<Upload> {
  const notMultipart = () => AppError.invalidInput([{ parameter: "body", message: 'body must be multipart/form-data with the document in the field "file" (and optionally "title" and "language").' }]);
  const contentType = request.headers.get("content-type") ?? "";
  if (!request.body || !/^multipart\/form-data\b/i.test(contentType)) throw notMultipart();
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: { "content-type": contentType }, limits: { fields: 10, fieldSize: 4096, files: 5, parts: 20 } });
  } catch {
    throw notMultipart();
  }
  const upload: Upload = { fields: {}, fileName: null, result: null, extraFiles: [] };
  let staging: Promise<StageResult> | null = null;
  const done = new Promise<void>((resolve, reject) => {
    parser.on("file", (name, stream, info) => {
      if (name === "file" && !staging) {
        upload.fileName = info.filename ?? null;
        staging = store.stage(stream, { maxBytes });
        // A failure is the request's failure: seen when the parser closes, or below.
        staging.catch(() => {});
      } else {
        if (!upload.extraFiles.includes(name)) upload.extraFiles.push(name);
        stream.resume();
      }
    });
    parser.on("field", (name, value) => {
      upload.fields[name] = value;
    });
    parser.on("close", () => resolve());
    parser.on("error", () => reject(AppError.invalidInput([{ parameter: "body", message: "The upload did not arrive whole (the multipart body is cut short or malformed). Send the file again." }])));
  });
  const body = Readable.fromWeb(request.body as WebReadableStream<Uint8Array>);
  body.on("error", (error) => parser.destroy(error));
  body.pipe(parser);
  let failure: unknown = null;
  try {
    await done;
  } catch (error) {
    failure = error;
  }
  // The stage ends (and cleans up after itself) whatever happened to the rest of the body.
  const staged: Promise<StageResult> | null = staging;
  if (staged) {
    try {
      upload.result = await staged;
    } catch (error) {
      // A cut-off body fails the file's stream too: the parser's 400 says what happened.
      failure ??= error;
    }
  }
  if (failure) {
    if (upload.result?.outcome === "staged") await store.discard(upload.result.staged);
    throw failure;
  }
  return upload;
}
