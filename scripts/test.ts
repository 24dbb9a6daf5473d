/**
 * `npm test`: the whole test suite, from a clean clone, as root or not, with nothing running.
 *
 *   1. prisma client  generate the Prisma client if the schema changed
 *   2. typecheck      tsc --noEmit over the whole tree
 *   3. postgres       TEST_DATABASE_URL's server, or a throwaway cluster (installed with apt-get
 *                     when missing and we are root); a template database migrated once
 *   4. s3             an S3-compatible server (s3rver, an npm devDependency) for the S3 document
 *                     store's tests, on a free loopback port (tests/support/s3-server.ts)
 *   5. build          the production bundle (npm start's own ensureBuild), once
 *   6. vitest         unit and integration tests; each test copies the template
 *   7. chromium       Debian's Chromium (apt-get install when missing and we are root)
 *   8. playwright     browser tests against the production build on a seeded copy of the template
 *
 * Whatever it started (the cluster, databases, temporary folders, child processes) is removed at
 * the end, also after a failure or SIGINT/SIGTERM. The last line is `test: N passed, N failed`;
 * the exit status is non-zero when any stage failed.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { ensureBuild, ensurePrismaClient } from "./lib/build";
import { prismaEnv } from "./lib/prisma-cli";
import { StartupError } from "./lib/startup-error";
import {
  createDatabaseFromTemplate,
  freePort,
  HarnessError,
  isRoot,
  provisionPostgres,
  runCommand,
  type TestServer,
} from "@/tests/support/postgres";
import { S3_VARIABLES, startS3Server, type S3TestServer } from "@/tests/support/s3-server";

const require = createRequire(import.meta.url);
const log = (line: string) => console.log(`[test] ${line}`);
const started = Date.now();

// ---------------------------------------------------------------------------------------------
// Cleanup and signals

const cleanups: Array<{ what: string; run: () => Promise<void> | void }> = [];
const onCleanup = (what: string, run: () => Promise<void> | void) => cleanups.push({ what, run });
let cleanedUp: Promise<void> | undefined;

function cleanUp(): Promise<void> {
  return (cleanedUp ??= (async () => {
    for (const { what, run } of cleanups.reverse()) {
      try {
        await run();
      } catch (error) {
        console.error(`[test] Cleaning up ${what} failed: ${(error as Error).message}`);
      }
    }
  })());
}

const children = new Set<ChildProcess>();
let interrupted: NodeJS.Signals | undefined;

/** Every process below this one, by walking /proc (ensureBuild and runPrisma spawn their own). */
function descendants(root = process.pid): number[] {
  const parentOf = new Map<number, number>();
  try {
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
      } catch {
        // The process ended meanwhile.
      }
    }
  } catch {
    return [];
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    for (const [child, parent] of parentOf) {
      if (parent === pid) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

function signalChildren(signal: NodeJS.Signals) {
  for (const child of children) {
    // Tracked children lead their own process group: signal the whole group.
    if (child.pid) {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // Already gone.
      }
    }
  }
  for (const pid of descendants()) {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  }
}

const SIGNAL_EXIT: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

let interruptedAt = 0;

/** Stops waiting for the children: kills them, cleans up, reports, exits. */
async function forceExit(): Promise<never> {
  signalChildren("SIGKILL");
  await cleanUp();
  process.exit(summary());
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (interrupted) {
      // Ctrl-C reaches us twice: from the terminal and relayed by tsx. A later one means "now".
      if (Date.now() - interruptedAt > 3_000) void forceExit();
      return;
    }
    interrupted = signal;
    interruptedAt = Date.now();
    console.error(`\n[test] ${signal} received: stopping the running stage and cleaning up…`);
    signalChildren(signal);
    // The stage ends when its children do; if something hangs, give up after a while.
    setTimeout(() => void forceExit(), 20_000).unref();
  });
}

/** Runs a command in its own process group, output on the console; resolves with its exit code. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"], env, detached: true });
    children.add(child);
    child.on("error", (error) => {
      console.error(`[test] Could not run ${command}: ${error.message}`);
      children.delete(child);
      resolve(127);
    });
    child.on("close", (code, signal) => {
      children.delete(child);
      resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Stages

type Stage = { name: string; status: "passed" | "failed" | "skipped"; ms: number; note?: string };
const stages: Stage[] = [];
const TEST_RUNNERS = new Set(["vitest", "playwright"]);
const totals = { passed: 0, failed: 0 };
/** The runners whose counts are in `totals`. */
const counted = new Set<string>();
let harnessFailed = false;
/** TMPDIR of the test runners: inside the harness's own temporary folder. */
let runnerTmp = os.tmpdir();

/** A stage's failure, with the sentence to show for it. */
class StageFailure extends Error {}

async function stage(name: string, needs: string[], body: () => Promise<string | void>): Promise<boolean> {
  const blocked = interrupted
    ? `interrupted by ${interrupted}`
    : needs
        .map((need) => stages.find((s) => s.name === need))
        .filter((s) => s && s.status !== "passed")
        .map((s) => `${s!.name} ${s!.status}`)
        .join(", ");
  if (blocked) {
    stages.push({ name, status: "skipped", ms: 0, note: blocked });
    log(`── ${name}: skipped (${blocked})`);
    return false;
  }
  log(`── ${name}`);
  const t0 = Date.now();
  try {
    const note = await body();
    if (interrupted) throw new StageFailure(`interrupted by ${interrupted}`);
    stages.push({ name, status: "passed", ms: Date.now() - t0, note: note || undefined });
    return true;
  } catch (error) {
    const known = error instanceof StageFailure || error instanceof HarnessError || error instanceof StartupError;
    const why = interrupted ? `interrupted by ${interrupted}` : ((error as Error)?.message ?? String(error));
    stages.push({ name, status: "failed", ms: Date.now() - t0, note: why });
    // A test runner that could not report (it did not start, or the harness failed around it) fails the count too.
    if (TEST_RUNNERS.has(name) && !counted.has(name)) {
      counted.add(name);
      totals.failed += 1;
    }
    console.error(`[test] ✗ stage "${name}" failed: ${why}`);
    if ((!known && !interrupted) || process.env.TRACKER_DEBUG) console.error(error);
    return false;
  }
}

const nodeBin = process.execPath;
/** A file of an installed package (its `exports` may not list the CLI entry). */
const bin = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

/** The environment of the test runners: nothing of the developer's own database or server. */
function testEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  // Their temporary files (PGlite folders, …) go inside ours, so that even a test killed before its
  // own cleanup leaves nothing behind.
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TMPDIR: runnerTmp, ...extra };
  for (const key of ["DATABASE_URL", "DATA_DIR", "PORT", "HOSTNAME", "TRACKER_PGLITE_DIR", ...S3_VARIABLES]) delete env[key];
  return env;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

/** Adds a runner's counts; errors outside any test (a file that does not load, a server that does not start) count as failures. */
function count(runner: string, passed: number, failed: number, exitCode: number): string {
  counted.add(runner);
  const outside = exitCode !== 0 && failed === 0 ? 1 : 0;
  totals.passed += passed;
  totals.failed += failed + outside;
  const note = `${passed} passed, ${failed} failed${outside ? `, exit code ${exitCode} (an error outside the tests, printed above)` : ""}`;
  if (exitCode !== 0) throw new StageFailure(`${runner}: ${note}`);
  return note;
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "tracker-test-"));
  onCleanup("the temporary folder", () => rmSync(tmp, { recursive: true, force: true }));
  runnerTmp = path.join(tmp, "tmp");
  mkdirSync(runnerTmp);
  let server: TestServer | undefined;
  let s3: S3TestServer | undefined;

  await stage("prisma client", [], async () => {
    await ensurePrismaClient(prismaEnv({ kind: "postgres", url: "postgresql://localhost/unused", label: "none" }));
  });

  await stage("typecheck", ["prisma client"], async () => {
    const code = await run(nodeBin, [bin("typescript", "bin/tsc"), "--noEmit", "-p", "tsconfig.json"]);
    if (code !== 0) throw new StageFailure(`tsc --noEmit exited with code ${code}; the type errors are printed above.`);
  });

  await stage("postgres", ["prisma client"], async () => {
    server = await provisionPostgres(log);
    onCleanup("the PostgreSQL server", () => server!.stop());
  });

  await stage("s3", [], async () => {
    s3 = await startS3Server();
    onCleanup("the S3-compatible server", () => s3!.stop());
    return s3.endpoint;
  });

  await stage("build", ["prisma client"], async () => {
    let built = false;
    await ensureBuild((line) => {
      built = true;
      log(line);
    });
    return built ? "built" : "already current";
  });

  await stage("vitest", ["postgres", "s3", "build"], async () => {
    const report = path.join(tmp, "vitest.json");
    const code = await run(
      nodeBin,
      [bin("vitest", "vitest.mjs"), "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
      testEnv({ TEST_DATABASE_URL: server!.adminUrl, TEST_TEMPLATE_DATABASE: server!.template, TEST_S3_ENDPOINT: s3!.endpoint }),
    );
    const json = readJson<{ numPassedTests: number; numFailedTests: number; testResults?: Array<{ status: string; assertionResults: Array<{ status: string }> }> }>(report);
    // A test file that fails to load fails no test; count it.
    const failedFiles = (json?.testResults ?? []).filter((f) => f.status === "failed" && !f.assertionResults.some((a) => a.status === "failed")).length;
    return count("vitest", json?.numPassedTests ?? 0, (json?.numFailedTests ?? 0) + failedFiles, code);
  });

  await stage("chromium", [], async () => {
    const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
    if (existsSync(chromium)) return chromium;
    if (!isRoot() || process.env.CHROMIUM_PATH) {
      throw new StageFailure(
        `${chromium} is missing. Install Debian's Chromium (sudo apt-get install chromium) or set CHROMIUM_PATH; Playwright's own browser download cannot be fetched here.`,
      );
    }
    log(`${chromium} is missing: running apt-get update && apt-get install -y chromium …`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    for (const args of [["update"], ["install", "-y", "chromium"]]) {
      const result = await runCommand("apt-get", args, { env, inherit: true });
      if (result.code !== 0) throw new StageFailure(`apt-get ${args.join(" ")} failed (exit ${result.code}); Chromium could not be installed.`);
    }
    if (!existsSync(chromium)) throw new StageFailure(`apt-get installed chromium, but ${chromium} is still missing.`);
    return `installed ${chromium}`;
  });

  await stage("playwright", ["postgres", "build", "chromium"], async () => {
    const database = await createDatabaseFromTemplate(server!.adminUrl, server!.template, "tracker_e2e");
    onCleanup("the browser tests' database", () => database.drop());
    // Imported here: it loads the generated Prisma client, which the first stage makes.
    const { seedDatabase } = await import("./lib/prepare-database");
    const seeded = await seedDatabase({ kind: "postgres", url: database.url, label: database.name });
    log(`Browser tests' database ${database.name}: reference data ${seeded.created} created.`);
    // E2E_PORT when given (README); otherwise a free one, so a developer's running server does not collide.
    const port = process.env.E2E_PORT ? Number(process.env.E2E_PORT) : await freePort();
    const report = path.join(tmp, "playwright.json");
    const code = await run(
      nodeBin,
      [bin("@playwright/test", "cli.js"), "test", "--reporter=list,json"],
      testEnv({ E2E_DATABASE_URL: database.url, E2E_PORT: String(port), PLAYWRIGHT_JSON_OUTPUT_FILE: report }),
    );
    const json = readJson<{ stats?: { expected: number; unexpected: number; flaky: number }; errors?: unknown[] }>(report);
    const passed = (json?.stats?.expected ?? 0) + (json?.stats?.flaky ?? 0);
    return count("playwright", passed, (json?.stats?.unexpected ?? 0) + (json?.errors?.length ?? 0), code);
  });
}

let summarised: number | undefined;

/** Prints the stages and the final line (once); returns the exit status. */
function summary(): number {
  if (summarised !== undefined) return summarised;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const width = Math.max(...stages.map((s) => s.name.length));
  console.log("\n[test] Stages:");
  for (const s of stages) {
    const mark = s.status === "passed" ? "✓" : s.status === "failed" ? "✗" : "-";
    console.log(`  ${mark} ${s.name.padEnd(width)}  ${seconds(s.ms).padStart(7)}  ${s.status}${s.note ? `: ${s.note.split("\n")[0]}` : ""}`);
  }
  console.log(`  total ${seconds(Date.now() - started)}`);
  const failedStages = stages.filter((s) => s.status !== "passed");
  if (failedStages.length) console.log(`[test] Not passed: ${failedStages.map((s) => `${s.name} (${s.status})`).join(", ")}`);
  console.log(`test: ${totals.passed} passed, ${totals.failed} failed`);
  summarised = interrupted ? (SIGNAL_EXIT[interrupted] ?? 1) : failedStages.length || totals.failed || harnessFailed ? 1 : 0;
  return summarised;
}

try {
  await main();
} catch (error) {
  harnessFailed = true;
  console.error("[test] The harness itself failed:", error);
} finally {
  await cleanUp();
}
process.exit(summary());
