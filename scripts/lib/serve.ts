/**
 * The production server: Next.js in this process, so that the shutdown hook can close the same
 * database connection the pages use (PGlite must be closed cleanly).
 */
import http from "node:http";
import next from "next";
import { clientAddress } from "@/lib/core/client-address";
import { closeSharedDatabase } from "@/lib/server/prisma-client";
import { StartupError } from "./startup-error";

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
    handle(req, res).catch((error: unknown) => {
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
