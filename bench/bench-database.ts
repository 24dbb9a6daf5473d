/**
 * The bench's database: the one at BENCH_DATABASE_URL, or a database in a throwaway cluster. It
 * holds the synthetic dataset of the size asked (bench/dataset.ts), generated once and reused by
 * later runs of the same size. The bench never writes into a database holding anything else.
 */
import pg from "pg";
import { caseCount, existingMarker, generateDataset, markerOf, type DatasetSize } from "@/bench/dataset";
import { createDatabase } from "@/lib/server/prisma-client";
import { seedReferenceData } from "@/prisma/seed/seed";
import { prismaEnv, prismaErrorLine, runPrisma } from "@/scripts/lib/prisma-cli";
import { databaseUrl, quoteIdent, startCluster, withAdmin } from "@/tests/support/postgres";

export type Log = (line: string) => void;

/** Thrown with one sentence a person can act on; run.ts prints it without a stack. */
export class BenchError extends Error {
  override name = "BenchError";
}

export type BenchDatabase = { url: string; label: string };

export const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/**
 * BENCH_DATABASE_URL's database, or a new one in a throwaway cluster, filled with the dataset.
 * `onCluster` gets the cluster's stop as soon as it runs, so that an interrupted bench removes it.
 */
export async function provideDatabase(size: DatasetSize, log: Log, onCluster: (stop: () => Promise<void>) => void): Promise<BenchDatabase> {
  const fromEnv = process.env.BENCH_DATABASE_URL || undefined;
  if (fromEnv) {
    const label = labelOf(fromEnv);
    log(`Database: ${label} (BENCH_DATABASE_URL).`);
    await fillDatabase(fromEnv, label, size, log);
    return { url: fromEnv, label };
  }
  log("No BENCH_DATABASE_URL: starting a throwaway PostgreSQL cluster, removed at the end.");
  const cluster = await startCluster(log, { durable: true, settings: SERVER_SETTINGS });
  onCluster(() => cluster.stop());
  await withAdmin(cluster.adminUrl, (client) => client.query(`CREATE DATABASE ${quoteIdent("bench")}`));
  const url = databaseUrl(cluster.adminUrl, "bench");
  const label = `${labelOf(url)} (throwaway)`;
  await fillDatabase(url, label, size, log);
  return { url, label };
}

/**
 * The throwaway cluster is configured as a small production server would be (the README's advice
 * for yours): durable commits, a buffer cache that holds the case table and its indexes (the
 * defaults' 128 MB does not, and a search then reads every matching case from the OS), and cost
 * settings for data in memory on an SSD.
 */
export const SERVER_SETTINGS = [
  "shared_buffers = '1GB'",
  "effective_cache_size = '4GB'",
  "work_mem = '16MB'",
  "maintenance_work_mem = '256MB'",
  "random_page_cost = 1.1",
  "jit = off",
];

const labelOf = (url: string) => {
  const u = new URL(url);
  return `PostgreSQL at ${u.hostname}${u.port ? `:${u.port}` : ""}${u.pathname}`;
};

type Contents = { kind: "same-dataset" } | { kind: "empty" } | { kind: "other"; why: string };

/** What the database holds: this size's dataset, nothing (no tables, or no case), or anything else. */
async function contentsOf(client: pg.Client, size: DatasetSize): Promise<Contents> {
  const { rows } = await client.query<{ migrated: boolean }>(`SELECT to_regclass('"Case"') IS NOT NULL AS migrated`);
  if (!rows[0]!.migrated) return { kind: "empty" };
  const marker = await existingMarker(client);
  if (marker === markerOf(size)) return { kind: "same-dataset" };
  const cases = await caseCount(client);
  if (marker !== null) return { kind: "other", why: `it holds another bench dataset (${marker})` };
  if (cases > 0) return { kind: "other", why: `it holds ${cases} cases that are not the bench's` };
  return { kind: "empty" };
}

async function fillDatabase(url: string, label: string, size: DatasetSize, log: Log): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new BenchError(`Cannot connect to ${label}: ${(error as Error).message}`);
  }
  try {
    const contents = await contentsOf(client, size);
    if (contents.kind === "same-dataset") {
      log(`It holds the bench dataset of ${size.cases} cases already: reusing it (generating it again would take a while).`);
      return;
    }
    if (contents.kind === "other") {
      throw new BenchError(`The bench will not use ${label}: ${contents.why}, and the bench never writes into a database holding other data; give it an empty database.`);
    }
    await migrateAndSeed(url, label, log);
    log(`Generating the synthetic dataset: ${size.cases} cases, ${size.annotations} annotations, ${size.milestones} milestones…`);
    const started = Date.now();
    await generateDataset(client, size, log);
    log(`Dataset generated in ${seconds(started)}.`);
  } finally {
    await client.end().catch(() => {});
  }
}

async function migrateAndSeed(url: string, label: string, log: Log): Promise<void> {
  const target = { kind: "postgres" as const, url, label };
  let started = Date.now();
  const migrated = await runPrisma(["migrate", "deploy"], prismaEnv(target));
  if (migrated.code !== 0) throw new BenchError(`prisma migrate deploy failed on ${label}: ${prismaErrorLine(migrated.output)}`);
  log(`Migrations applied in ${seconds(started)}.`);
  started = Date.now();
  const database = createDatabase(target);
  try {
    const report = await seedReferenceData(database.prisma);
    log(`Reference data loaded (${report.created} records) in ${seconds(started)}.`);
  } finally {
    await database.close();
  }
}
