/**
 * The production server: Next.js in this process, so that the shutdown hook can close the same
 * database connection the pages use (PGlite must be closed cleanly).
 */
import http from "node:http";
import next from "next";
import { clientAddress } from "@/lib/core/client-address";
import { isCacheablePageRequest, isKeepableResponse, PageCache, pageCacheKey, type CachedPage } from "@/lib/core/page-cache";
import { toIsoDate } from "@/lib/core/dates";
import { databaseTarget } from "@/lib/server/env";
import { closeSharedDatabase, databaseSnapshot, sharedDatabase } from "@/lib/server/prisma-client";
import { StartupError } from "./startup-error";

// Pages for visitors who are not signed in, kept per database snapshot (docs/decisions/017-page-cache.md).
const pages = new PageCache(64 * 1024 * 1024);

/**
 * Answers a page from the cache, or lets Next render it and keeps a copy. The snapshot is read
 * before rendering, so a kept page holds that snapshot's data or newer, never older.
 */
async function handleWithPageCache(req: http.IncomingMessage, res: http.ServerResponse, render: () => Promise<void>): Promise<void> {
  if (!isCacheablePageRequest(req)) return render();
  let snapshot: string;
  try {
    snapshot = await databaseSnapshot(sharedDatabase(() => databaseTarget()));
  } catch {
    return render(); // The page itself will say what is wrong with the database.
  }
  const key = pageCacheKey(req, snapshot, toIsoDate(new Date()));
  const kept = pages.get(key);
  if (kept) {
    res.writeHead(kept.status, { ...kept.headers, "x-tracker-page-cache": "hit" });
    res.end(kept.body);
    return;
  }
  res.setHeader("x-tracker-page-cache", "miss");
  const chunks: Buffer[] = [];
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array));
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as typeof res.write;
  let finished: CachedPage | null = null;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    const headers = res.getHeaders() as Record<string, unknown>;
    if (isKeepableResponse(res.statusCode, headers)) {
      const { "x-tracker-page-cache": _, ...kept } = headers;
      finished = { status: res.statusCode, headers: kept as CachedPage["headers"], body: Buffer.concat(chunks) };
    }
    return end(chunk, ...rest);
  }) as typeof res.end;
  // Kept only once the response went out whole (Next's promise may settle before the stream ends)
  // and Next finished without an error: a render that failed half-way may still have ended the
  // response with a 200. An uncompressed page must also end as a page does.
  let failed = false;
  const rendering = render().catch((error: unknown) => {
    failed = true;
    throw error;
  });
  res.once("finish", () => {
    void rendering.then(
      () => {
        const page = finished as CachedPage | null;
        // "finish" means every byte was handed to the socket: an aborted response never gets here.
        if (!page || failed) return;
        if (!page.headers["content-encoding"] && !page.body.subarray(-64).toString("utf8").includes("</html>")) return;
        pages.set(key, page);
      },
      () => {},
    );
  });
  return rendering;
}

export async function serve(options: { port: number; hostname: string; log: (line: string) => void; databaseLabel: string; trustedProxyHops?: number }) {
  const { port, hostname, log } = options;
  const app = next({ dev: false, dir: process.cwd(), port, hostname });
  await app.prepare();
  const handle = app.getRequestHandler();
  const trustedHops = options.trustedProxyHops ?? 0;
  const server = http.createServer((req, res) => {
    // Next believes any X-Forwarded-For a client sends; sign-in throttling must not (see clientAddress).
    const forwarded = req.headers["x-forwarded-for"];
    req.headers["x-forwarded-for"] = clientAddress(Array.isArray(forwarded) ? forwarded.join(",") : forwarded, req.socket.remoteAddress, trustedHops);
    handleWithPageCache(req, res, () => handle(req, res)).catch((error: unknown) => {
      console.error("[tracker] request failed", error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Internal error");
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") reject(new StartupError(`Port ${port} is already in use. Stop the other program or set PORT.`));
      else reject(error);
    });
    server.listen(port, hostname, resolve);
  });
  log(`Tracker running at http://localhost:${port} (database: ${options.databaseLabel})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: closing the server and the database…`);
    server.closeIdleConnections?.();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Give in-flight requests a moment, then stop regardless.
    await Promise.race([closed, new Promise((r) => setTimeout(r, 5_000))]);
    await app.close?.().catch(() => {});
    await closeSharedDatabase();
    log("Stopped.");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}
