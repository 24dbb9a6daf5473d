/**
 * `npm start`: everything a fresh machine needs to serve the tracker, in order. Configuration
 * problems end the start with one sentence and a non-zero exit, never a stack trace.
 *
 *   1. read the environment (lib/server/env.ts)
 *   2. generate the Prisma client if the schema changed
 *   3. check the database, apply pending migrations, load the reference data (idempotent)
 *   4. build the production bundle if it is missing or stale
 *   5. serve, and close the database cleanly on SIGINT/SIGTERM
 */
import { ConfigurationError, databaseTarget, readEnv } from "@/lib/server/env";
import { ensureBuild, ensurePrismaClient } from "./lib/build";
import { prismaEnv } from "./lib/prisma-cli";
import { StartupError } from "./lib/startup-error";

const log = (line: string) => console.log(`[tracker] ${line}`);

async function main() {
  const env = readEnv();
  const target = databaseTarget(env);
  log(`Database: ${target.label}`);
  await ensurePrismaClient(prismaEnv(target));
  // Loaded only now: both import the generated Prisma client, which a fresh clone does not have
  // until ensurePrismaClient has made it.
  const { prepareDatabase } = await import("./lib/prepare-database");
  const { serve } = await import("./lib/serve");
  const seeded = await prepareDatabase(target);
  log(`Migrations applied; reference data: ${seeded.created} added, ${seeded.updated} updated, ${seeded.unchanged} unchanged.`);
  await ensureBuild(log);
  await serve({ port: env.PORT, hostname: env.HOSTNAME, log, databaseLabel: target.label });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError || error instanceof StartupError) {
    console.error(`[tracker] Cannot start: ${error.message}`);
  } else {
    console.error(`[tracker] Cannot start: ${(error as Error)?.message ?? String(error)}`);
    if (process.env.TRACKER_DEBUG) console.error(error);
  }
  process.exit(1);
});
