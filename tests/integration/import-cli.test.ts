/**
 * `npm run import` as a person runs it: the real script in a child process, on test databases.
 * Usage errors (exit 2, with the usage), the dump round trip through the two commands (export,
 * import into an empty database, export again: equal but the time it was taken), a dry run and a
 * real import of sources, rejected rows and the report, and an import interrupted (Ctrl-C) or
 * killed (SIGKILL) in the middle of a large file: the tables exactly as before, no transaction
 * left behind, and the next import goes through.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseCsv } from "csv-parse/sync";
import { csvRecord } from "@/lib/core/csv";
import { templateHeader } from "@/lib/core/import/columns";
import { dumpTables } from "@/lib/server/export/dump";
import { createDatabase, type Database } from "@/lib/server/prisma-client";
import { seedReferenceData } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

const ROOT = path.resolve(import.meta.dirname, "../..");
const NODE = process.execPath;
const dir = mkdtempSync(path.join(os.tmpdir(), "tracker-import-cli-"));
const opened: { db: TestDatabase; database: Database }[] = [];

async function openTestDatabase(prefix: string, { seeded }: { seeded: boolean }) {
  const db = await createTestDatabase(prefix);
  const database = createDatabase(db.target);
  opened.push({ db, database });
  if (seeded) await seedReferenceData(database.prisma);
  return { url: db.url, name: db.name, prisma: database.prisma, database };
}

type Run = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

/**
 * Starts `node --import tsx --conditions=react-server scripts/<script> …` (as `npm run import` does)
 * in a process group of its own (as a terminal runs a command), so that a signal reaches it as a
 * Ctrl-C would.
 */
function start(script: string, args: string[], url: string): { child: ChildProcess; done: Promise<Run>; stderr: () => string } {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url };
  delete env.TRACKER_DEBUG;
  const child = spawn(NODE, ["--import", "tsx", "--conditions=react-server", `scripts/${script}`, ...args], { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (c) => (stdout += c));
  child.stderr!.on("data", (c) => (stderr += c));
  const done = new Promise<Run>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done, stderr: () => stderr };
}

const run = (script: string, args: string[], url: string) => start(script, args, url).done;
const importCli = (args: string[], url: string) => run("import.ts", args, url);

/** Every table's row count, the join tables' too. */
async function tableCounts(prisma: Database["prisma"]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of dumpTables(prisma)) out[table.name] = await table.count();
  out.caseAccused = await prisma.caseAccused.count();
  out.caseSources = await prisma.caseSource.count();
  out.milestoneSources = await prisma.milestoneSource.count();
  out.auditEvents = await prisma.auditEvent.count();
  return out;
}

/** Other sessions on the database still inside a transaction (or holding locks). */
async function lingering(prisma: Database["prisma"], name: string): Promise<number> {
  const [row] = await prisma.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM pg_stat_activity
     WHERE datname = ${name} AND pid <> pg_backend_pid() AND xact_start IS NOT NULL`;
  return Number(row!.n);
}

async function eventually(check: () => Promise<boolean>, ms = 15_000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return check();
}

function writeCsv(name: string, header: readonly string[], rows: (string | null)[][]): string {
  const file = path.join(dir, name);
  writeFileSync(file, csvRecord(header) + rows.map(csvRecord).join(""));
  return file;
}

const SOURCE_HEADER = templateHeader("sources");
const sourceRow = (id: string, title: string, url = "https://example.org/") => SOURCE_HEADER.map((c) => ({ external_id: id, kind: "official", title, url, published_on: "2024-05" })[c] ?? null);

/** A large cases file: one row per case, each with one accused and one charge. */
function largeCasesFile(count: number): string {
  const header = templateHeader("cases");
  const file = path.join(dir, `cases-${count}.csv`);
  let text = csvRecord(header);
  for (let i = 0; i < count; i++) {
    const n = String(i).padStart(6, "0");
    const cells: Record<string, string> = {
      external_id: `cli-case-${n}`,
      title: `Synthetic import case ${n}`,
      forum: "ukraine-domestic",
      situation: "ukraine",
      stage: "INVESTIGATION",
      stage_date: `20${22 + (i % 3)}-0${1 + (i % 9)}`,
      is_synthetic: "yes",
      accused_id: `cli-person-${n}`,
      accused_name: `Synthetic Person ${n}`,
      accused_kind: "natural",
      crime: "war-crimes",
      mode: "direct",
      provision_cited: "Article 438 of the Criminal Code of Ukraine",
    };
    text += csvRecord(header.map((c) => cells[c] ?? null));
  }
  writeFileSync(file, text);
  return file;
}

afterAll(async () => {
  for (const { db, database } of opened) {
    await database.close();
    await db.drop();
  }
  rmSync(dir, { recursive: true, force: true });
});

describe("usage errors", () => {
  let url = "";
  let dumpFile = "";
  beforeAll(async () => {
    url = (await openTestDatabase("tracker_cli_usage", { seeded: false })).url;
    dumpFile = path.join(dir, "usage-dump.json");
    writeFileSync(dumpFile, '{"format":"tracker-dump","version":1,"exportedAt":"2025-01-01T00:00:00.000Z",\n"users":[]}');
    writeCsv("sources.csv", SOURCE_HEADER, [sourceRow("s-1", "One")]);
    writeFileSync(path.join(dir, "sources.txt"), "x");
  });

  it.each<[string, string[], RegExp]>([
    ["no file", [], /Name the file to import/],
    ["two files", ["a.csv", "b.csv"], /Name one file/],
    ["an unknown option", ["x.csv", "--colour", "red"], /Unknown option '--colour'/],
    ["an unknown kind", ["x.csv", "--kind", "people"], /--kind must be one of cases, milestones, sources; "people"/],
    ["an unknown format", ["x.csv", "--kind", "cases", "--format", "xml"], /--format must be csv or json/],
    ["a missing file", [path.join(dir, "nowhere.csv"), "--kind", "cases"], /There is no file/],
    ["no --kind", ["@dir/sources.csv"], /Say what the file holds with --kind: cases, milestones, sources/],
    ["an extension that names no format", ["@dir/sources.txt", "--kind", "sources"], /add --format csv or --format json/],
    ["--kind and --dry-run with a dump", ["@dir/usage-dump.json", "--kind", "cases", "--dry-run"], /is a tracker dump: .*--kind, --dry-run do not apply/],
  ])("%s: exit 2, says why and shows the usage", async (_what, args, message) => {
    const result = await importCli(args.map((a) => a.replace("@dir", dir)), url);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain("Usage: npm run import -- <file>");
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe("the dump round trip through the two commands", () => {
  it("exports, restores into an empty database, and exports the same dump again", async () => {
    const source = await openTestDatabase("tracker_cli_source", { seeded: true });
    const target = await openTestDatabase("tracker_cli_target", { seeded: false });
    const first = path.join(dir, "first.json");
    const second = path.join(dir, "second.json");
    const exported = await run("export.ts", ["--out", first], source.url);
    expect(exported.code, exported.stderr).toBe(0);

    const restored = await importCli([first], target.url);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stderr).toMatch(/Restored [\d,]+ records/);
    expect(restored.stderr).toMatch(/disabled accounts|Restored/);

    const again = await run("export.ts", ["--out", second], target.url);
    expect(again.code, again.stderr).toBe(0);
    const withoutTime = (file: string) => readFileSync(file, "utf8").replace(/"exportedAt":"[^"]*"/, '"exportedAt":""');
    expect(withoutTime(second)).toBe(withoutTime(first));
    expect(await tableCounts(target.prisma)).toMatchObject(Object.fromEntries(dumpTables(source.prisma).map((t) => [t.name, expect.any(Number)])));

    // The same dump again: the database is no longer empty; refused, nothing changed.
    const before = await tableCounts(target.prisma);
    const refused = await importCli([first], target.url);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/The database is not empty: it holds .*forums/);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect(await tableCounts(target.prisma)).toEqual(before);
  });
});

describe("importing sources", () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let file = "";
  beforeAll(async () => {
    db = await openTestDatabase("tracker_cli_sources", { seeded: true });
    file = writeCsv("three-sources.csv", SOURCE_HEADER, [sourceRow("cli-src-1", "First CLI source"), sourceRow("cli-src-2", "Second CLI source"), sourceRow("cli-src-3", "Third CLI source")]);
  });

  it("a dry run says what would happen and writes nothing", async () => {
    const before = await tableCounts(db.prisma);
    const report = path.join(dir, "dry-report.csv");
    const result = await importCli([file, "--kind", "sources", "--dry-run", "--report", report], db.url);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/3 records in .*: 3 created, 0 updated, 0 unchanged, 0 rejected\./);
    expect(result.stderr).toContain("Dry run: nothing was written.");
    expect(await tableCounts(db.prisma)).toEqual(before);
    const [header, ...rows] = parseCsv(readFileSync(report, "utf8"), { bom: true });
    expect(header).toEqual(["line", "last_line", "external_id", "outcome", "slug", "column", "problem"]);
    expect(rows.map((r) => [r[0], r[2], r[3]])).toEqual([["2", "cli-src-1", "created"], ["3", "cli-src-2", "created"], ["4", "cli-src-3", "created"]]);
  });

  it("imports, then finds the same file unchanged", async () => {
    const result = await importCli([file, "--kind", "sources"], db.url);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("Imported.");
    expect(await db.prisma.source.count({ where: { externalId: { startsWith: "cli-src-" } } })).toBe(3);
    const again = await importCli([file, "--kind", "sources"], db.url);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/0 created, 0 updated, 3 unchanged, 0 rejected/);
  });

  it("lists rejected rows with their line, external id, column and reason, and writes nothing", async () => {
    const before = await tableCounts(db.prisma);
    const bad = writeCsv("bad-sources.csv", SOURCE_HEADER, [sourceRow("cli-src-4", "Fine"), sourceRow("cli-src-5", "Bad address", "javascript:alert(1)"), sourceRow("cli-src-6", "")]);
    const result = await importCli([bad, "--kind", "sources"], db.url);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain("Rejected rows:");
    expect(result.stderr).toMatch(/line 3 \(external id cli-src-5\): url: /);
    expect(result.stderr).toMatch(/line 4 \(external id cli-src-6\): title: /);
    expect(result.stderr).toContain("Nothing was written: 2 rows were rejected.");
    expect(await tableCounts(db.prisma)).toEqual(before);
  });
});

describe("an import stopped in the middle of a large file", () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let large = "";
  beforeAll(async () => {
    db = await openTestDatabase("tracker_cli_kill", { seeded: true });
    large = largeCasesFile(20_000);
  });

  /**
   * Starts the import of the large file and waits until its progress shows at least `atLeast`
   * records done (a line every 5 seconds off a terminal: the second comes some hundreds of records in).
   */
  async function startLargeImport(atLeast = 100) {
    const running = start("import.ts", [large, "--kind", "cases"], db.url);
    const shown = await new Promise<boolean>((resolve) => {
      const timer = setInterval(() => {
        const done = [...running.stderr().matchAll(/Progress: ([\d,]+) records?/g)].map((m) => Number(m[1]!.replace(/,/g, "")));
        if (done.some((n) => n >= atLeast)) {
          clearInterval(timer);
          resolve(true);
        }
      }, 100);
      void running.done.then(() => {
        clearInterval(timer);
        resolve(false);
      });
    });
    expect(shown, running.stderr()).toBe(true);
    return running;
  }

  it("Ctrl-C rolls back: the tables as before, and it says so", async () => {
    const before = await tableCounts(db.prisma);
    const running = await startLargeImport();
    process.kill(-running.child.pid!, "SIGINT");
    const result = await running.done;
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain("Interrupted: nothing was imported.");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await tableCounts(db.prisma)).toEqual(before);
    expect(await eventually(async () => (await lingering(db.prisma, db.name)) === 0)).toBe(true);
  });

  it("SIGKILL leaves the tables exactly as before, no transaction lingers, and the next import succeeds", async () => {
    const before = await tableCounts(db.prisma);
    const running = await startLargeImport();
    expect(running.stderr()).not.toContain("Imported.");
    // Its transaction is open, holding what it wrote so far.
    expect(await lingering(db.prisma, db.name)).toBeGreaterThan(0);
    process.kill(-running.child.pid!, "SIGKILL");
    const result = await running.done;
    expect(result.signal ?? result.code).toBeTruthy();
    expect(await eventually(async () => (await lingering(db.prisma, db.name)) === 0)).toBe(true);
    expect(await tableCounts(db.prisma)).toEqual(before);

    const small = writeCsv("after-kill.csv", SOURCE_HEADER, [sourceRow("after-kill-1", "After the kill")]);
    const next = await importCli([small, "--kind", "sources"], db.url);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toContain("Imported.");
    expect(await db.prisma.source.count({ where: { externalId: "after-kill-1" } })).toBe(1);
  });
});
