/**
 * A tracker served the way `npm start` serves it (scripts/start.ts, production build) on a free
 * port, against a test database, for tests over real HTTP.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureBuild } from "@/scripts/lib/build";
import { buildIsCurrent } from "@/scripts/lib/build-stamp";
import { freePort } from "./postgres";
import { S3_VARIABLES } from "./s3-server";
import { waitForOutput } from "./wait-for-output";


// Variables of the developer's shell that would point the server elsewhere.
const SCRUBBED = ["DATABASE_URL", "DATA_DIR", "PORT", "HOSTNAME", "TRACKER_DEBUG", "TRACKER_PGLITE_DIR", "NEXTAUTH_URL", "DOCUMENTS_DIR", "DOCUMENT_MAX_BYTES", ...S3_VARIABLES];

/** `documentsDir`: the server's document store, a fresh temporary folder removed on stop (never the developer's .data/documents). */
export type TrackerServer = { url: string; documentsDir: string; output(): string; stop(): Promise<void> };

export async function startTrackerServer(databaseUrl: string, { env: extra = {} }: { env?: Record<string, string> } = {}): Promise<TrackerServer> {
  if (!buildIsCurrent()) await ensureBuild((line) => console.log(line));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = { ...process.env };
  for (const key of SCRUBBED) delete env[key];
  const documentsDir = mkdtempSync(path.join(tmpdir(), "tracker-documents-"));
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...env, DATABASE_URL: databaseUrl, PORT: String(port), HOSTNAME: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_URL: url, DOCUMENTS_DIR: documentsDir, ...extra },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (chunk) => (out += chunk));
  child.stderr!.on("data", (chunk) => (out += chunk));
  await waitForOutput(child, () => out, /Tracker running at/, { ms: 180_000, failure: (why) => new Error(`The server ${why}:\n${out}`) });
  return {
    url,
    documentsDir,
    output: () => out,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return rmSync(documentsDir, { recursive: true, force: true });
      const exited = new Promise((resolve) => child.once("close", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      rmSync(documentsDir, { recursive: true, force: true });
    },
  };
}
