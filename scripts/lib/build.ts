/** Builds the production bundle when it is missing or stale. */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { buildIsCurrent, writeBuildStamp } from "./build-stamp";
import { StartupError } from "./startup-error";

const require = createRequire(import.meta.url);

export async function ensureBuild(log: (line: string) => void): Promise<void> {
  if (buildIsCurrent()) return;
  log("Building the production bundle (first start, or the code changed)…");
  const nextBin = require.resolve("next/dist/bin/next");
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, "build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.on("error", reject);
    child.on("close", (c) => resolve(c ?? 1));
  });
  if (code !== 0) throw new StartupError("Building the production bundle failed; the errors are printed above.");
  writeBuildStamp();
}

/** Generates the Prisma client when it is missing or older than the schema. */
export async function ensurePrismaClient(env: NodeJS.ProcessEnv): Promise<void> {
  const { existsSync, readFileSync, writeFileSync } = await import("node:fs");
  const { createHash } = await import("node:crypto");
  const schemaHash = createHash("sha256").update(readFileSync("prisma/schema.prisma")).digest("hex");
  const stamp = "lib/generated/prisma/.schema-hash";
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === schemaHash) return;
  const { runPrisma, prismaErrorLine } = await import("./prisma-cli");
  const result = await runPrisma(["generate"], env);
  if (result.code !== 0) throw new StartupError(`Generating the Prisma client failed: ${prismaErrorLine(result.output)}`);
  writeFileSync(stamp, schemaHash);
}
