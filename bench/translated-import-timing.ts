/**
 * How long the case import takes for new cases written in Ukrainian with their English title and
 * summary (decision 042), on the batch path: each run imports the same CSV into a fresh copy of a
 * migrated and seeded database, and prints the import's own time (the database copy and the
 * client's start are not counted). Used to measure writing each case's search document once.
 *
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:55432/postgres \
 *     node --import tsx --conditions=react-server bench/translated-import-timing.ts [cases=2000] [runs=3]
 *
 * DATABASE_URL names a server and a database to connect to for CREATE DATABASE; the script makes
 * `bench_translated_template` (kept for the next run) and one `bench_translated_run` per run (dropped).
 */
import { execFileSync } from "node:child_process";
import pg from "pg";
import { runImport } from "@/lib/server/import/run-import";
import { createDatabase } from "@/lib/server/prisma-client";
import { seedReferenceData } from "@/prisma/seed/seed";

const TEMPLATE = "bench_translated_template";
const RUN = "bench_translated_run";

function urlOf(database: string): string {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function ensureTemplate(): Promise<void> {
  const exists = await admin(async (c) => (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [TEMPLATE])).rowCount === 1);
  if (exists) return;
  await admin((c) => c.query(`CREATE DATABASE ${TEMPLATE}`));
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: urlOf(TEMPLATE) }, stdio: "ignore" });
  const database = createDatabase({ kind: "postgres", url: urlOf(TEMPLATE), label: TEMPLATE });
  await seedReferenceData(database.prisma);
  await database.close();
}

/** One case a row, written in Ukrainian, with its English title and summary. */
function file(cases: number): string {
  const lines = ["external_id,title,summary,forum,situation,stage,stage_date,accused_id,accused_name,accused_kind,crime,mode,provision_cited,is_synthetic,lang,title_en,summary_en"];
  for (let i = 1; i <= cases; i++) {
    lines.push(
      [
        `tr-${i}`,
        `Справа про обстріл № ${i}`,
        `Обвинувачення в обстрілі житлового кварталу — епізод ${i}.`,
        "ukraine-domestic",
        "ukraine",
        "investigation",
        "2024-03",
        `tr-accused-${i % 500}`,
        `Test Gunner ${i % 500}`,
        "natural",
        "war-crimes",
        "direct",
        "Article 438 of the Criminal Code of Ukraine",
        "yes",
        "uk",
        `The shelling case No. ${i}`,
        `Charges of shelling a residential area — episode ${i}.`,
      ].join(","),
    );
  }
  return lines.join("\r\n") + "\r\n";
}

async function* bytes(text: string): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
}

async function main() {
  const cases = Number(process.argv[2] ?? 2000);
  const runs = Number(process.argv[3] ?? 3);
  await ensureTemplate();
  const text = file(cases);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    await admin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${RUN}`);
      await c.query(`CREATE DATABASE ${RUN} TEMPLATE ${TEMPLATE}`);
    });
    const database = createDatabase({ kind: "postgres", url: urlOf(RUN), label: RUN });
    const user = await database.prisma.user.create({ data: { email: "bench@example.test", name: "Bench analyst", role: "ANALYST" }, select: { id: true } });
    const problems: string[] = [];
    const started = performance.now();
    const summary = await runImport({ actor: { kind: "user", id: user.id, role: "ANALYST" }, kind: "cases", format: "csv", body: bytes(text), totalBytes: text.length, dryRun: false, onRow: (r) => (r.outcome === "rejected" && problems.length < 3 ? problems.push(JSON.stringify(r.problems)) : 0), prisma: database.prisma, now: new Date() });
    const ms = performance.now() - started;
    if (!summary.committed) throw new Error(`The import was not committed: ${summary.reason} ${problems.join("; ")}`);
    const translated = await database.prisma.translation.count({ where: { entityType: "Case" } });
    await database.close();
    times.push(ms);
    console.log(`run ${run + 1}: ${cases} cases, ${translated} translations, ${(ms / 1000).toFixed(2)} s`);
  }
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${RUN}`));
  const sorted = [...times].sort((x, y) => x - y);
  console.log(`median of ${runs}: ${(sorted[Math.floor(runs / 2)]! / 1000).toFixed(2)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
