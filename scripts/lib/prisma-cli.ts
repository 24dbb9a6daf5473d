/** Runs the Prisma CLI against a database target (see docs/decisions/002-prisma-offline.md). */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import type { DatabaseTarget } from "@/lib/server/env";

const require = createRequire(import.meta.url);
const PRISMA_BIN = require.resolve("prisma/build/index.js");

export function prismaEnv(target: DatabaseTarget, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
  if (target.kind === "pglite") {
    env.TRACKER_PGLITE_DIR = target.dataDir;
    // The CLI wants a URL in the datasource even when a driver adapter does the work; without one
    // it falls back to downloading the native query engine.
    env.DATABASE_URL = "postgresql://embedded/pglite";
  } else {
    delete env.TRACKER_PGLITE_DIR;
    env.DATABASE_URL = target.url;
  }
  return env;
}

export type CliResult = { code: number; output: string };

/** Runs `prisma <args>`, capturing its output (it is shown only when something fails). */
export function runPrisma(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PRISMA_BIN, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

/** The one line of a Prisma CLI failure worth showing a person. */
export function prismaErrorLine(output: string): string {
  const lines = output.split("\n").map((l) => l.trim()).filter(Boolean);
  const error = lines.find((l) => /^Error:|^P\d{4}|error:/i.test(l));
  return (error ?? lines.at(-1) ?? "no output").replace(/^Error:\s*/, "");
}
