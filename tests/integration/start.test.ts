/**
 * `npm start` as a person runs it: scripts/start.ts in a child process, on the embedded database
 * and on a Postgres server, and how it refuses a configuration it cannot use. The harness has built
 * the production bundle already; run on its own, this file builds it first.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ensureBuild } from "@/scripts/lib/build";
import { buildIsCurrent } from "@/scripts/lib/build-stamp";
import { freePort } from "@/tests/support/postgres";
import { createTempPgliteDir } from "@/tests/support/pglite-dir";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

// As package.json's start runs it: tsx as a loader, no tsx process in between. (The tsx command
// relays a signal only if its child answers within 30 ms, and SIGKILLs it otherwise.)
const START = [process.execPath, ["--import", "tsx", "scripts/start.ts"]] as const;

type Started = {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  waitFor(pattern: RegExp, ms?: number): Promise<RegExpMatchArray>;
};

const running = new Set<ChildProcess>();

function start(env: Record<string, string>): Started {
  const base = { ...process.env };
  for (const key of ["DATABASE_URL", "DATA_DIR", "PORT", "HOSTNAME", "TRACKER_DEBUG", "TRACKER_PGLITE_DIR"]) delete base[key];
  const child = spawn(START[0], START[1], {
    env: { ...base, HOSTNAME: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let out = "";
  let err = "";
  child.stdout!.on("data", (chunk) => (out += chunk));
  child.stderr!.on("data", (chunk) => (err += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("close", (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    }),
  );
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitFor(pattern, ms = 120_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          clearInterval(poll);
          reject(new Error(`No ${pattern} within ${ms} ms.\nstdout:\n${out}\nstderr:\n${err}`));
        }, ms);
        const poll = setInterval(() => {
          const match = out.match(pattern);
          if (match) {
            clearInterval(poll);
            clearTimeout(timer);
            resolve(match);
          } else if (child.exitCode !== null || child.signalCode !== null) {
            clearInterval(poll);
            clearTimeout(timer);
            reject(new Error(`The start exited (${child.exitCode ?? child.signalCode}) before ${pattern}.\nstdout:\n${out}\nstderr:\n${err}`));
          }
        }, 100);
      });
    },
  };
}

/** SIGTERM, as a service manager would send it; resolves with how the process ended. */
async function stop(started: Started, ms = 30_000) {
  started.child.kill("SIGTERM");
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`Still running ${ms} ms after SIGTERM.\nstdout:\n${started.stdout()}`)), ms),
  );
  return Promise.race([started.exited, timeout]);
}

afterEach(async () => {
  // A failed test must not leave a server behind.
  for (const child of running) {
    child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    if (running.has(child)) child.kill("SIGKILL");
  }
});

beforeAll(async () => {
  if (!buildIsCurrent()) await ensureBuild((line) => console.log(line));
}, 900_000);

describe("npm start on the embedded database", () => {
  const dir = createTempPgliteDir();
  afterAll(() => dir.remove());

  it("serves the tracker, stops cleanly on SIGTERM, and a second start adds no reference data", { timeout: 300_000 }, async () => {
    const port = await freePort();
    const first = start({ DATA_DIR: dir.dataDir, PORT: String(port) });
    await first.waitFor(/Tracker running at/);
    expect(first.stdout()).toContain(`http://localhost:${port}`);
    expect(first.stdout()).toContain("embedded PostgreSQL (PGlite)");
    expect(first.stdout()).toMatch(/reference data: [1-9]\d* added/);

    const response = await fetch(`http://127.0.0.1:${port}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<html");

    expect(await stop(first)).toEqual({ code: 0, signal: null });
    expect(first.stdout()).toContain("Stopped.");

    // Closed cleanly: the folder opens again.
    const pglite = new PGlite({ dataDir: dir.target.dataDir });
    try {
      const { rows } = await pglite.query<{ n: number }>(`select count(*)::int as n from "Forum"`);
      expect(rows[0]!.n).toBeGreaterThan(0);
    } finally {
      await pglite.close();
    }

    const second = start({ DATA_DIR: dir.dataDir, PORT: String(port) });
    await second.waitFor(/Tracker running at/);
    expect(second.stdout()).toMatch(/reference data: 0 added, 0 updated, [1-9]\d* unchanged/);
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
    expect(await stop(second)).toEqual({ code: 0, signal: null });
    expect(second.stdout()).toContain("Stopped.");
  });
});

describe("npm start on a PostgreSQL server", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("tracker_start");
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("migrates, seeds and serves from DATABASE_URL", { timeout: 180_000 }, async () => {
    const port = await freePort();
    const server = start({ DATABASE_URL: db.url, PORT: String(port) });
    await server.waitFor(/Tracker running at/);
    expect(server.stdout()).toContain("PostgreSQL server");
    expect(server.stdout()).toContain(db.name);
    expect(server.stdout()).not.toContain("PGlite");
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
    expect(await stop(server)).toEqual({ code: 0, signal: null });
    expect(server.stdout()).toContain("Stopped.");
  });
});

describe("npm start refuses what it cannot use, in one sentence", () => {
  it.each([
    // Nothing listens on port 1: refused at once.
    [{ DATABASE_URL: "postgresql://postgres@127.0.0.1:1/nowhere" }, /PostgreSQL server at 127\.0\.0\.1:1\/nowhere/],
    [{ DATABASE_URL: "mysql://x" }, /DATABASE_URL/],
    [{ PORT: "notaport" }, /PORT/],
    [{ S3_ENDPOINT: "http://127.0.0.1:9000", S3_BUCKET: "documents" }, /S3_ACCESS_KEY_ID must be set when S3_ENDPOINT is/],
  ] as Array<[Record<string, string>, RegExp]>)("%j", { timeout: 60_000 }, async (env, names) => {
    const t0 = Date.now();
    const started = start({ DATA_DIR: path.join("/nonexistent-tracker-test", "unused"), PORT: "3999", ...env });
    const result = await Promise.race([
      started.exited,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`Still running after 15 s.\nstdout:\n${started.stdout()}`)), 15_000)),
    ]);
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBeNull();
    const lines = started.stderr().split("\n").filter((line) => line.trim() !== "");
    expect(lines, started.stderr()).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[tracker\] Cannot start: /);
    expect(lines[0]).toMatch(names);
    expect(started.stderr()).not.toContain("    at ");
    expect(started.stdout()).not.toContain("    at ");
    expect(started.stdout()).not.toContain("Tracker running");
  });
});
