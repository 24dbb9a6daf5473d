/**
 * Gets a database ready for the tracker: reachable, migrated, reference data loaded. Used by
 * `npm start` and by the test harness, so both take the same path.
 */
import { mkdirSync } from "node:fs";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import type { DatabaseTarget } from "@/lib/server/env";
import { createDatabase } from "@/lib/server/prisma-client";
import { seedReferenceData, type SeedReport } from "@/prisma/seed/seed";
import { prismaEnv, prismaErrorLine, runPrisma } from "./prisma-cli";
import { StartupError } from "./startup-error";

export { StartupError };

const CONNECT_TIMEOUT_MS = 5_000;

function describePgError(error: unknown, target: Extract<DatabaseTarget, { kind: "postgres" }>): string {
  const e = error as { code?: string; message?: string };
  const where = target.label.replace(/^PostgreSQL server at /, "");
  switch (e.code) {
    case "ECONNREFUSED":
      return `Cannot reach the PostgreSQL server at ${where}: the connection was refused. Is the server running, and is DATABASE_URL right?`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot reach the PostgreSQL server at ${where}: the host name does not resolve. Check DATABASE_URL.`;
    case "3D000":
      return `The PostgreSQL server at ${where} has no such database. Create it first, or fix the name in DATABASE_URL.`;
    case "28P01":
    case "28000":
      return `The PostgreSQL server at ${where} refused the credentials in DATABASE_URL.`;
    default:
      return `Cannot connect to the PostgreSQL server at ${where}: ${e.message ?? String(error)}.`;
  }
}

/** Fails fast, with one sentence, when the database cannot be used at all. */
export async function checkDatabase(target: DatabaseTarget): Promise<void> {
  if (target.kind === "postgres") {
    const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    try {
      await client.connect();
      await client.query("select 1");
    } catch (error) {
      if ((error as Error).message?.includes("timeout")) {
        throw new StartupError(`Cannot reach the ${target.label}: no answer within ${CONNECT_TIMEOUT_MS / 1000} seconds. Check DATABASE_URL.`);
      }
      throw new StartupError(describePgError(error, target));
    } finally {
      await client.end().catch(() => {});
    }
    return;
  }
  try {
    mkdirSync(target.dataDir, { recursive: true });
  } catch (error) {
    throw new StartupError(`Cannot create the data folder ${target.dataDir}: ${(error as Error).message}. Set DATA_DIR to a writable folder.`);
  }
  let db: PGlite | undefined;
  try {
    db = new PGlite({ dataDir: target.dataDir });
    await db.query("select 1");
  } catch (error) {
    throw new StartupError(
      `The embedded database in ${target.dataDir} cannot be opened (${(error as Error).message || "it may be damaged or in use by another process"}). Stop any other tracker using it, or point DATA_DIR at another folder.`,
    );
  } finally {
    if (db && !db.closed) await db.close().catch(() => {});
  }
}

/** Applies committed migrations that the database has not seen (`prisma migrate deploy`). */
export async function migrateDatabase(target: DatabaseTarget): Promise<void> {
  const result = await runPrisma(["migrate", "deploy"], prismaEnv(target));
  if (result.code !== 0) {
    throw new StartupError(`Applying the database migrations failed: ${prismaErrorLine(result.output)}`);
  }
}

/** Loads the reference data (idempotent: a second run adds nothing). */
export async function seedDatabase(target: DatabaseTarget): Promise<SeedReport> {
  const database = createDatabase(target);
  try {
    return await seedReferenceData(database.prisma);
  } finally {
    await database.close();
  }
}

export async function prepareDatabase(target: DatabaseTarget): Promise<SeedReport> {
  await checkDatabase(target);
  await migrateDatabase(target);
  return seedDatabase(target);
}
