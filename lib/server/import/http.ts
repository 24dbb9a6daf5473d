import "server-only";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { importQuerySchema, MAX_IMPORT_BYTES } from "@/lib/core/import/query";
import { ImportFileError, type ImportEvent } from "@/lib/core/import/types";
import { requireRole } from "../actor";
import { writingActor } from "../api-write";
import { AppError } from "../errors";
import { errorResponse } from "../http";
import { parseQuery } from "../openapi/query";
import { ImportAborted, runImport } from "./run-import";

/**
 * The import endpoint. Everything that can be refused before the work starts (credentials, role,
 * parameters, size) is a plain JSON error with its status. Then the upload is saved to a private
 * temporary file (a browser sends the whole body before it reads the answer, so progress can only
 * be streamed once the file is in), and the import streams its events while it reads that file.
 * A client that goes away aborts the import, which rolls back.
 */
export async function createImportResponse(request: Request): Promise<Response> {
  let query;
  try {
    const actor = await writingActor(request);
    requireRole(actor, "ANALYST");
    query = { ...parseQuery(request, importQuerySchema), actor };
    const declared = Number(request.headers.get("content-length") ?? "NaN");
    if (Number.isFinite(declared) && declared > MAX_IMPORT_BYTES) throw tooLarge();
    if (!request.body || declared === 0) throw AppError.invalidInput([{ parameter: "body", message: "body: send the file itself as the request body (it was empty)." }]);
  } catch (error) {
    return errorResponse(error);
  }

  // Checked and set with no await between: two requests cannot both pass.
  if (running) {
    return errorResponse(
      new AppError("CONFLICT", "Another import is running on this server. Imports run one at a time (each is one transaction that others would wait on); try again when it has finished."),
    );
  }
  running = true;
  void sweepStaleUploads();
  let folder: string;
  try {
    folder = await mkdtemp(path.join(tmpdir(), UPLOAD_PREFIX));
  } catch (error) {
    running = false;
    return errorResponse(error);
  }
  const file = path.join(folder, "upload");
  try {
    let size = 0;
    const limit = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size > MAX_IMPORT_BYTES) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    });
    await pipeline(Readable.fromWeb(request.body!.pipeThrough(limit) as WebReadableStream<Uint8Array>), createWriteStream(file, { mode: 0o600 }));
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    running = false;
    return errorResponse(error instanceof AppError ? error : new AppError("INVALID_INPUT", "The upload did not arrive whole. Send the file again."));
  }
  let totalBytes: number;
  try {
    totalBytes = (await stat(file)).size;
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    running = false;
    return errorResponse(error);
  }

  const abort = new AbortController();
  request.signal?.addEventListener("abort", () => abort.abort());
  const encoder = new TextEncoder();
  // Pulled by the client: when its queue is full (a slow reader), `sent` waits for the next pull,
  // and the import waits with it, rather than the server holding every row line in memory.
  let pulled: (() => void) | null = null;
  const stream = new ReadableStream<Uint8Array>(
    {
      async start(controller) {
        const send = async (event: ImportEvent) => {
          if (abort.signal.aborted) return;
          controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
          while ((controller.desiredSize ?? 1) <= 0 && !abort.signal.aborted) await new Promise<void>((resolve) => (pulled = resolve));
        };
        try {
          const summary = await runImport({
            actor: query.actor,
            kind: query.kind,
            format: query.format,
            dryRun: query.dryRun,
            body: createReadStream(file, { highWaterMark: 256 * 1024 }),
            totalBytes,
            signal: abort.signal,
            onProgress: (p) => void send({ type: "progress", ...p }),
            onRow: (row) => send({ type: "row", ...row }),
          });
          await send({ type: "done", summary });
        } catch (error) {
          if (!(error instanceof ImportAborted)) await send({ type: "error", error: importError(error) });
        } finally {
          await rm(folder, { recursive: true, force: true });
          running = false;
          try {
            controller.close();
          } catch {
            // Already closed by a client that went away.
          }
        }
      },
      pull() {
        pulled?.();
        pulled = null;
      },
      cancel() {
        abort.abort();
        pulled?.();
        pulled = null;
      },
    },
    // Up to about 2,000 lines waiting for the reader; past that the import waits.
    new CountQueuingStrategy({ highWaterMark: 2000 }),
  );
  return new Response(stream, { status: 200, headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });
}

/** One import at a time per server process. */
let running = false;

const UPLOAD_PREFIX = "tracker-import-";

/** Uploads left by a server that was killed mid-import (a day old or more) are removed. */
async function sweepStaleUploads(): Promise<void> {
  try {
    const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
    for (const name of await readdir(tmpdir())) {
      if (!name.startsWith(UPLOAD_PREFIX)) continue;
      const folder = path.join(tmpdir(), name);
      if ((await stat(folder)).mtimeMs < dayAgo) await rm(folder, { recursive: true, force: true });
    }
  } catch {
    // Best effort: a folder we cannot read or remove is left for the system's own cleaning.
  }
}

const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it, or import it on the command line (npm run import).`);

/** A failure during the import as the stream's last event: never a stack trace or a database message. */
function importError(error: unknown): { code: string; message: string; line?: number } {
  if (error instanceof ImportFileError) return { code: "invalid_file", message: `The file could not be read: ${error.message.replace(/\.$/, "")}. Nothing was imported.`, ...(error.line !== null ? { line: error.line } : {}) };
  if (error instanceof AppError) return { code: error.code.toLowerCase(), message: error.message };
  console.error("[tracker] unexpected error during an import", error);
  return { code: "internal", message: "Something went wrong on our side during the import; it was rolled back, so nothing was imported. The error has been logged." };
}
