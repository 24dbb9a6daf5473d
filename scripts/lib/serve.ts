/**
 * Serves the production build with Next's own server (`next start`), as any Node host would: the
 * page cache and the Content Security Policy live in the app (proxy.ts), not in a server of ours.
 * The server runs as a child process; it closes the database itself on SIGINT/SIGTERM
 * (instrumentation.ts), which PGlite needs to find its folder usable at the next start.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { StartupError } from "./startup-error";

const require = createRequire(import.meta.url);

export async function serve(options: { port: number; hostname: string; log: (line: string) => void; databaseLabel: string }): Promise<void> {
  const { port, hostname, log } = options;
  const nextBin = require.resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [nextBin, "start", "--port", String(port), "--hostname", hostname], {
    // Next's own signal handling would exit before the database is closed: instrumentation.ts does it.
    env: { ...process.env, NODE_ENV: "production", NEXT_MANUAL_SIG_HANDLE: "true", PORT: String(port), HOSTNAME: hostname },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      if (/Ready in/.test(output)) resolve();
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code, signal) => {
      if (/EADDRINUSE/.test(output)) reject(new StartupError(`Port ${port} is already in use. Stop the other program or set PORT.`));
      else reject(new StartupError(`the server stopped before it was ready (${signal ?? `exit code ${code}`}):\n${output.trim()}`));
    });
  });
  await ready;
  // From now on the server speaks for itself.
  child.stdout!.removeAllListeners("data");
  child.stderr!.removeAllListeners("data");
  child.stdout!.pipe(process.stdout);
  child.stderr!.pipe(process.stderr);
  log(`Tracker running at http://localhost:${port} (database: ${options.databaseLabel})`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: closing the server and the database…`);
    child.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  child.removeAllListeners("exit");
  child.once("exit", (code, signal) => {
    // The signal may reach the server first (sent to the whole process group): it closed the
    // database and exited with 128 + the signal's number (instrumentation.ts).
    const stopped = stopping || code === 130 || code === 143 || signal === "SIGINT" || signal === "SIGTERM";
    log(stopped ? "Stopped." : `The server stopped (${signal ?? `exit code ${code}`}).`);
    process.exit(stopped ? 0 : (code ?? 1));
  });
}
