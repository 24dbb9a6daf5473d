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
import { ConfigurationError, databaseTarget, documentStoreLabel, readEnv } from "@/lib/server/env";
import { ensureBuild, ensurePrismaClient } from "./lib/build";
import { ensureAuthEnvironment } from "./lib/auth-setup";
import { prismaEnv } from "./lib/prisma-cli";
import { StartupError } from "./lib/startup-error";

const log = (line: string) => console.log(`[tracker] ${line}`);

async function main() {
  const env = readEnv();
  const target = databaseTarget(env);
  log(`Database: ${target.label}`);
  log(`Documents: ${documentStoreLabel(env)}`);
  await ensurePrismaClient(prismaEnv(target));
  // Loaded only now: both import the generated Prisma client, which a fresh clone does not have
  // until ensurePrismaClient has made it.
  const { prepareDatabase } = await import("./lib/prepare-database");
  const { serve } = await import("./lib/serve");
  const seeded = await prepareDatabase(target);
  log(`Migrations applied; reference data: ${seeded.created} added, ${seeded.updated} updated, ${seeded.unchanged} unchanged.`);
  const demo = target.kind === "pglite" ? await demoAccounts(target) : [];
  const auth = ensureAuthEnvironment({ dataDir: env.DATA_DIR, port: env.PORT });
  log(`Sessions are signed with the secret from ${auth.secretFrom}.`);
  await ensureBuild(log);
  await serve({ port: env.PORT, hostname: env.HOSTNAME, log, databaseLabel: target.label });
  if (demo.length > 0) {
    log("Demo accounts (embedded database only; new passwords at every start):");
    for (const a of demo) log(`  ${a.role.padEnd(8)} ${a.email.padEnd(22)} ${a.password}`);
  } else if (target.kind === "postgres") {
    log("Sign-in: create an account with `npm run user:create -- --email you@example.org --role admin`.");
  }
}

async function demoAccounts(target: Parameters<typeof import("@/lib/server/prisma-client").createDatabase>[0]) {
  const { createDatabase } = await import("@/lib/server/prisma-client");
  const { resetDemoAccounts } = await import("./lib/demo-accounts");
  const database = createDatabase(target);
  try {
    return await resetDemoAccounts(database.prisma);
  } finally {
    await database.close();
  }
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
