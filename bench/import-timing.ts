/**
 * The import's timing: a synthetic cases CSV (bench/import-csv.ts) checked (`--dry-run`, what users
 * run first), then imported, with the command of package.json's `import` script, each timed and
 * with its peak resident memory; then everything the import added is removed again, by its
 * external ids' prefix, so that the dataset stays reusable.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type pg from "pg";
import { BenchError, type Log } from "./bench-database";
import { importCases, IMPORT_PREFIX, writeImportFile } from "./import-csv";
import type { ImportResult } from "./stats";

/** The command of package.json's `import` script, as `npm run import` runs it. */
function importCommand(): string {
  const scripts = JSON.parse(readFileSync("package.json", "utf8")).scripts as Record<string, string>;
  if (!scripts.import) throw new BenchError("package.json has no `import` script to time.");
  return scripts.import;
}

const TIME = "/usr/bin/time";

/**
 * Runs the import on the file against the database, through /usr/bin/time for the peak resident
 * memory (the largest of the processes it waited for: the one node process here).
 */
async function runImport(file: string, databaseUrl: string, log: Log, signal: AbortSignal, { dryRun = false } = {}): Promise<{ seconds: number; peakMb: number }> {
  if (!existsSync(TIME)) throw new BenchError(`${TIME} is missing (Debian package "time"); the bench needs it to measure the import's memory.`);
  const timeFile = `${file}.time`;
  // As `npm run` does: the project's binaries, and the node running the bench, first on the PATH.
  const PATH = [path.resolve("node_modules/.bin"), path.dirname(process.execPath), process.env.PATH].join(path.delimiter);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, PATH };
  const started = Date.now();
  const child = spawn(TIME, ["-o", timeFile, "-f", "%M", "sh", "-c", `${importCommand()} "$@"`, "import", file, "--kind", "cases", ...(dryRun ? ["--dry-run"] : [])], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    // An interrupted bench stops the import too (it rolls back: nothing is left to remove).
    signal,
  });
  let tail = "";
  const relay = (chunk: Buffer) => {
    const text = chunk.toString();
    tail = (tail + text).slice(-4000);
    for (const line of text.split("\n").filter(Boolean)) log(`  ${dryRun ? "check" : "import"}: ${line}`);
  };
  child.stdout.on("data", relay);
  child.stderr.on("data", relay);
  const [code] = (await once(child, "close")) as [number | null];
  const seconds = (Date.now() - started) / 1000;
  if (code !== 0) throw new BenchError(`The import${dryRun ? "'s check" : ""} exited with code ${code}; its last words:\n${tail.trim()}`);
  const kb = Number(readFileSync(timeFile, "utf8").trim().split("\n").at(-1));
  if (!Number.isFinite(kb)) throw new BenchError(`${TIME} did not report the import's memory.`);
  return { seconds, peakMb: Math.round(kb / 1024) };
}

/**
 * Removes what an import of this bench added: its cases (their charges, stages, links and sources
 * go with them), their accused, and the audit events written about any of them since `auditAfter`.
 * One transaction; then VACUUM ANALYZE, so that the next run's plans and timings are not skewed.
 * Returns how many cases it removed.
 */
export async function removeImported(client: pg.ClientBase, auditAfter: string): Promise<number> {
  const like = `${IMPORT_PREFIX}%`;
  await client.query("BEGIN");
  let removed = 0;
  try {
    await client.query(`CREATE TEMP TABLE bench_import_ids ON COMMIT DROP AS
      SELECT id FROM "Case" WHERE "externalId" LIKE $1
      UNION ALL SELECT id FROM "Accused" WHERE "externalId" LIKE $1
      UNION ALL SELECT s.id FROM "StageChange" s JOIN "Case" c ON c.id = s."caseId" WHERE c."externalId" LIKE $1
      UNION ALL SELECT ch.id FROM "Charge" ch JOIN "Case" c ON c.id = ch."caseId" WHERE c."externalId" LIKE $1`, [like]);
    await client.query(`DELETE FROM "AuditEvent" WHERE id > $1 AND "entityId" IN (SELECT id FROM bench_import_ids)`, [auditAfter]);
    // The cases' own rows first, one statement a table: a cascade from "Case" deletes them case by
    // case, and the tallies' triggers would then refresh once per case.
    for (const table of ["Charge", "CaseAccused", "StageChange", "CaseSource"]) {
      await client.query(`DELETE FROM "${table}" WHERE "caseId" IN (SELECT id FROM "Case" WHERE "externalId" LIKE $1)`, [like]);
    }
    await client.query(`DELETE FROM "_CaseToMilestone" WHERE "A" IN (SELECT id FROM "Case" WHERE "externalId" LIKE $1)`, [like]);
    removed = (await client.query(`DELETE FROM "Case" WHERE "externalId" LIKE $1`, [like])).rowCount ?? 0;
    await client.query(`DELETE FROM "Accused" WHERE "externalId" LIKE $1`, [like]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  if (removed > 0) await client.query(`VACUUM ANALYZE "Case", "Accused", "CaseAccused", "Charge", "StageChange", "CaseSource", "AuditEvent"`);
  return removed;
}

const lastAuditId = async (client: pg.ClientBase) =>
  String((await client.query<{ id: string }>(`SELECT COALESCE(max(id), 0)::text AS id FROM "AuditEvent"`)).rows[0]!.id);

/** Times the check (unless `skipCheck`) and the import of about `rows` rows, and leaves the database as it found it. */
export async function timeImport(client: pg.ClientBase, databaseUrl: string, rows: number, log: Log, signal: AbortSignal, { skipCheck = false } = {}): Promise<ImportResult> {
  // A run stopped between its import and the clean-up left its cases behind: remove them first.
  const leftOver = await removeImported(client, "0");
  if (leftOver > 0) log(`Removed ${leftOver} cases an earlier bench import had left.`);
  const dir = mkdtempSync(path.join(os.tmpdir(), "tracker-bench-"));
  try {
    const file = path.join(dir, "cases.csv");
    const cases = importCases(rows);
    let started = Date.now();
    await writeImportFile(file, cases);
    log(`Wrote ${file}: ${cases} new cases, ${cases * 2} rows, in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    let check: ImportResult["check"] = null;
    if (!skipCheck) {
      log("Checking it (--dry-run)…");
      check = await runImport(file, databaseUrl, log, signal, { dryRun: true });
      log(`Checked ${cases * 2} rows in ${check.seconds.toFixed(1)} s, peak memory ${check.peakMb} MB.`);
      check.seconds = Math.round(check.seconds * 10) / 10;
    }
    log("Importing it…");
    const auditAfter = await lastAuditId(client);
    const { seconds, peakMb } = await runImport(file, databaseUrl, log, signal);
    log(`Imported ${cases * 2} rows in ${seconds.toFixed(1)} s, peak memory ${peakMb} MB.`);
    started = Date.now();
    const removed = await removeImported(client, auditAfter);
    log(`Removed the ${removed} imported cases again in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return { rows: cases * 2, seconds: Math.round(seconds * 10) / 10, peakMb, check };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
