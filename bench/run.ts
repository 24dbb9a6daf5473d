/**
 * `npm run bench [-- --cases N] [--only PARTS] [--skip-lines] [--skip-mixed] [--skip-load] [--skip-import]`
 * (issues 7 and 15): how the tracker holds up at scale. A measurement, not a test: it exits 0
 * whether or not the targets are met, and non-zero only when the bench itself could not measure.
 *
 *   1. a database holding the synthetic dataset (bench/bench-database.ts, bench/dataset.ts)
 *   2. the production server on it, as `npm start` serves it
 *   3. each line over HTTP and as raw SQL (bench/lines.ts, bench/raw-queries.ts), checked first
 *   4. the mixed load: readers on the case page and the case list, idle and while an analyst
 *      writes and an API client polls (bench/mixed-load.ts)
 *   5. a loopback load on the case page (bench/load.ts)
 *   6. a timed CSV check (--dry-run) and import, removed afterwards (bench/import-timing.ts)
 *   7. the table, and bench/results/latest.json
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { datasetSize } from "@/bench/dataset";
import { StartupError } from "@/scripts/lib/startup-error";
import { HarnessError } from "@/tests/support/postgres";
import { startTrackerServer, type TrackerServer } from "@/tests/support/tracker-server";
import { BenchError, provideDatabase, seconds } from "./bench-database";
import { datasetFacts } from "./facts";
import { timeImport } from "./import-timing";
import { caseListPagePaths, caseSlugs, benchLines } from "./lines";
import { LOAD_OPTIONS, loadCasePages } from "./load";
import { checkLine, measureLine } from "./measure";
import { MIXED_OPTIONS, mixedLoad } from "./mixed-load";
import { formatReport, type ImportResult, type LineResult, type LoadResult, type MixedLoadResult } from "./stats";

const PARTS = ["lines", "mixed", "load", "import"] as const;
type Part = (typeof PARTS)[number];

const USAGE = `Usage: npm run bench -- [--cases N] [--only PARTS] [--skip-lines] [--skip-mixed] [--skip-load] [--skip-import] [--skip-check]

  --cases N       the dataset's size in cases (default 200000); annotations and milestones scale with it
  --only PARTS    run only these parts, comma-separated: ${PARTS.join(", ")} (e.g. --only mixed)
  --skip-lines    leave out the timed lines (each request over HTTP and as raw SQL)
  --skip-mixed    leave out the mixed load (readers while an analyst writes and an API client polls)
  --skip-load     leave out the load on the case page
  --skip-import   leave out the timed check and import
  --skip-check    time the import without its check (--dry-run) first

BENCH_DATABASE_URL: an empty database to fill (or one this bench filled with the same --cases);
without it, a throwaway PostgreSQL cluster is started and removed at the end.`;

// The app's pool size (lib/server/prisma-client.ts: PrismaPg max 10): the raw side gets as many connections.
const APP_POOL_SIZE = 10;
const RESULTS_FILE = "bench/results/latest.json";
// A run of some parts only (--only, --skip-…) does not overwrite the last full run's figures.
const PARTIAL_RESULTS_FILE = "bench/results/partial.json";

const log = (line: string) => console.log(line);

class UsageError extends Error {}

type Options = { cases: number; parts: ReadonlySet<Part>; skipCheck: boolean };

function parseOptions(argv: string[]): Options {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        cases: { type: "string" },
        only: { type: "string" },
        "skip-lines": { type: "boolean" },
        "skip-mixed": { type: "boolean" },
        "skip-load": { type: "boolean" },
        "skip-import": { type: "boolean" },
        "skip-check": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const cases = Number(values.cases ?? 200_000);
  if (!Number.isInteger(cases) || cases < 1) throw new UsageError(`--cases must be a whole number of cases, not "${values.cases}".`);
  let parts = new Set<Part>(PARTS);
  if (values.only !== undefined) {
    const asked = values.only.split(",").map((p) => p.trim()).filter(Boolean);
    const unknown = asked.filter((p) => !(PARTS as readonly string[]).includes(p));
    if (asked.length === 0 || unknown.length > 0) throw new UsageError(`--only takes some of ${PARTS.join(", ")}, not "${values.only}".`);
    parts = new Set(asked as Part[]);
  }
  for (const part of PARTS) if (values[`skip-${part}`]) parts.delete(part);
  return { cases, parts, skipCheck: values["skip-check"] ?? false };
}

/** What must be stopped or removed however the bench ends, in reverse order of creation. */
class Cleanup {
  private steps: { what: string; run: () => Promise<void> }[] = [];

  /** Registers a step; the function returned runs it now (once) instead of at the end. */
  add(what: string, run: () => Promise<void>): () => Promise<void> {
    const step = { what, run };
    this.steps.push(step);
    return async () => {
      this.steps = this.steps.filter((s) => s !== step);
      await run();
    };
  }

  async runAll(): Promise<void> {
    for (const step of this.steps.splice(0).reverse()) {
      await step.run().catch((error: unknown) => console.error(`Could not stop ${step.what}: ${(error as Error).message}`));
    }
  }
}

async function bench(options: Options, cleanup: Cleanup, signal: AbortSignal, onServer: (server: TrackerServer) => void) {
  const size = datasetSize(options.cases);
  const benchStarted = Date.now();
  log(`Bench: ${size.cases} cases, ${size.annotations} annotations, ${size.milestones} milestones.`);

  const database = await provideDatabase(size, log, (stop) => void cleanup.add("the throwaway cluster", stop));
  const pool = new pg.Pool({ connectionString: database.url, max: APP_POOL_SIZE });
  cleanup.add("the raw SQL connections", () => pool.end());

  let started = Date.now();
  log("Starting the production server on it, as `npm start` serves it (building the bundle first if the code changed)…");
  const server = await startTrackerServer(database.url);
  onServer(server);
  const stopServer = cleanup.add("the tracker server", () => server.stop());
  log(`Server ready at ${server.url} in ${seconds(started)}.`);

  const results: LineResult[] = [];
  if (!options.parts.has("lines")) log("Lines: skipped.");
  else {
    const lines = benchLines(size.cases);
    started = Date.now();
    for (const line of lines) await checkLine(line, server.url, pool);
    log(`Checked ${lines.reduce((n, l) => n + l.probes.length, 0)} requests: each answers 200 with what its raw SQL returns (${seconds(started)}).`);

    log("Timing each line (app over HTTP, then its raw SQL, alternately):");
    for (const line of lines) {
      signal.throwIfAborted();
      started = Date.now();
      const result = await measureLine(line, server.url, pool, log);
      results.push(result);
      log(`  ${line.name}: p50 ${result.p50} ms, p95 ${result.p95} ms; raw p50 ${result.rawP50} ms, p95 ${result.rawP95} ms (${seconds(started)}).`);
    }
  }

  signal.throwIfAborted();
  let mixed: MixedLoadResult[] | null = null;
  if (!options.parts.has("mixed")) log("Mixed load: skipped.");
  else {
    log(
      `Mixed load: ${MIXED_OPTIONS.connections} visitors on each page for ${MIXED_OPTIONS.durationSeconds} s after a ${MIXED_OPTIONS.warmUpSeconds} s warm-up, idle, then while an analyst writes every ${MIXED_OPTIONS.writeEveryMs} ms and an API client polls every ${MIXED_OPTIONS.pollEveryMs} ms…`,
    );
    mixed = await mixedLoad(server.url, database.url, { "case page": caseSlugs(size.cases).map((slug) => `/cases/${slug}`), "case list page": caseListPagePaths() }, log);
  }

  signal.throwIfAborted();
  let load: LoadResult | null = null;
  let loadRendered: LoadResult | null = null;
  if (!options.parts.has("load")) log("Load: skipped.");
  else {
    log(`Load: ${LOAD_OPTIONS.connections} connections on /cases/{slug} for ${LOAD_OPTIONS.durationSeconds} s after a ${LOAD_OPTIONS.warmUpSeconds} s warm-up…`);
    load = await loadCasePages(server.url, caseSlugs(size.cases));
    log(`  as visitors get it (page cache): ${load.rps} requests per second, ${load.errors} errors.`);
    loadRendered = await loadCasePages(server.url, caseSlugs(size.cases), { rendered: true });
    log(`  rendering every request: ${loadRendered.rps} requests per second, ${loadRendered.errors} errors.`);
  }
  // The import runs in a process of its own against the database: the server's memory and CPU go back.
  await stopServer();

  let imported: ImportResult | null = null;
  if (!options.parts.has("import")) log("Import: skipped.");
  else {
    const client = await pool.connect();
    try {
      imported = await timeImport(client, database.url, size.cases, log, signal, { skipCheck: options.skipCheck });
    } finally {
      client.release();
    }
  }

  const dataset = await datasetFacts(pool);
  console.log(`\nResults (${dataset.cases} cases, PostgreSQL ${dataset.postgres}, ${dataset.machine.cpus} CPUs; ${seconds(benchStarted)} in all):\n`);
  console.log(formatReport({ lines: results, imported, load, loadRendered, mixed }));
  const resultsFile = options.parts.size === PARTS.length && !options.skipCheck ? RESULTS_FILE : PARTIAL_RESULTS_FILE;
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  const queries = results.map(({ name, p50, p95, rawP50, rawP95, ratio }) => ({ name, p50, p95, rawP50, rawP95, ratio }));
  writeFileSync(resultsFile, JSON.stringify({ dataset, parts: [...options.parts], queries, mixedLoad: mixed, import: imported, load, loadRenderingEveryRequest: loadRendered }, null, 2) + "\n");
  console.log(`\nWritten to ${resultsFile}.`);
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const cleanup = new Cleanup();
  const abort = new AbortController();
  let server: TrackerServer | null = null;
  // Set on Ctrl-C: the bench's steps fail as what they use goes away, and must not exit before this ends.
  let stopping: Promise<void> | null = null;
  const onSignal = (name: string) => {
    if (stopping) return;
    console.error(`\n${name}: stopping the bench and what it started…`);
    abort.abort();
    stopping = cleanup.runAll();
    void stopping.finally(() => process.exit(130));
  };
  process.on("SIGINT", () => onSignal("Interrupted"));
  process.on("SIGTERM", () => onSignal("Terminated"));
  try {
    await bench(options, cleanup, abort.signal, (s) => (server = s));
    return 0;
  } catch (error) {
    if (stopping) {
      await stopping;
      return 130;
    }
    // Errors written for a person (ours, the build's, the throwaway cluster's) need no stack.
    if (error instanceof BenchError || error instanceof StartupError || error instanceof HarnessError) console.error(`\nThe bench failed: ${error.message}`);
    else console.error("\nThe bench failed:", error);
    const output = (server as TrackerServer | null)?.output();
    if (output) console.error(`\nThe server's last words:\n${output.trim().split("\n").slice(-20).join("\n")}`);
    return 1;
  } finally {
    await (stopping ?? cleanup.runAll());
  }
}

process.exit(await main());
