/**
 * POST /api/v1/imports over real HTTP, against the production server (npm start's code path) on a
 * fresh, seeded Postgres database. Refusals before any work are plain JSON errors with their
 * status (401, 403, 400 naming the parameter, 413) and write nothing; otherwise the answer is JSON
 * lines: progress, one row per record in file order, then exactly one `done` or `error`, each line
 * as the OpenAPI document describes it. A dry run, a rejected row, an unreadable file and a client
 * that goes away in the middle all leave every table as it was, with no transaction left open.
 */
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvRecord } from "@/lib/core/csv";
import { templateHeader } from "@/lib/core/import/columns";
import { MAX_IMPORT_BYTES } from "@/lib/core/import/query";
import type { ImportEvent } from "@/lib/core/import/types";
import { createApiToken } from "@/lib/server/accounts/api-tokens";
import { dumpTables } from "@/lib/server/export/dump";
import { importEventSchema } from "@/lib/server/openapi/endpoints";
import { hashPassword } from "@/lib/server/passwords";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";
import { startTrackerServer, type TrackerServer } from "@/tests/support/tracker-server";
import { signInOverHttp } from "@/tests/support/http-session";

const PASSWORD = "a long enough test password";
type Who = "viewer" | "analyst";

let testDb: TestDatabase;
let database: Database;
let server: TrackerServer | undefined;
let base = "";
const tokens: Record<Who, string> = {} as never;
let analystCookie = "";

/** Every body the server sent, to check at the end that none leaks internals. */
const seen: { request: string; status: number; text: string }[] = [];
const LEAKS = /prisma|\bat [\w.<>$]+ \(|\bat (?:async )?\/|node_modules|\.tsx?:\d+:\d+|stack/i;

/** A session cookie, the way a browser gets one: next-auth's CSRF token, then the credentials callback. */
const signIn = (email: string) => signInOverHttp(base, email, PASSWORD);

type Call = { query: string; body: string | Uint8Array; token?: string; cookie?: string; origin?: string; contentType?: string };

/** Posts a file; the answer as text, as JSON (a refusal) or as its JSON lines (an import). */
async function post({ query, body, token, cookie, origin, contentType = "text/csv" }: Call) {
  const headers: Record<string, string> = { "content-type": contentType };
  if (token) headers.authorization = `Bearer ${token}`;
  if (cookie) headers.cookie = cookie;
  if (origin) headers.origin = origin;
  const response = await fetch(`${base}/api/v1/imports?${query}`, { method: "POST", headers, body: typeof body === "string" ? body : new Blob([new Uint8Array(body)]), redirect: "manual" });
  const text = await response.text();
  seen.push({ request: `POST /api/v1/imports?${query}`, status: response.status, text });
  expect(text, `POST ?${query} leaks internals`).not.toMatch(LEAKS);
  const type = response.headers.get("content-type") ?? "";
  let json: any = null; // eslint-disable-line @typescript-eslint/no-explicit-any
  if (type.startsWith("application/json")) json = JSON.parse(text);
  return { status: response.status, type, text, json, events: type.startsWith("application/x-ndjson") ? linesOf(text) : [] };
}

/**
 * The answer's JSON lines: each one a complete JSON object as the OpenAPI document describes it;
 * progress and row lines, then exactly one done or error, last.
 */
function linesOf(text: string): ImportEvent[] {
  expect(text.endsWith("\n"), "the last line ends with a newline").toBe(true);
  const events = text
    .slice(0, -1)
    .split("\n")
    .map((line, i) => {
      const parsed = importEventSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`Line ${i + 1} of the answer is not a documented event: ${line}\n${JSON.stringify(parsed.error.issues)}`);
      return parsed.data as ImportEvent;
    });
  const terminal = events.filter((e) => e.type === "done" || e.type === "error");
  expect(terminal, "exactly one done or error").toHaveLength(1);
  expect(events.at(-1)).toBe(terminal[0]);
  return events;
}

const rowsOf = (events: ImportEvent[]) => events.flatMap((e) => (e.type === "row" ? [e] : []));
const doneOf = (events: ImportEvent[]) => {
  const done = events.at(-1)!;
  if (done.type !== "done") throw new Error(`The import ended with ${JSON.stringify(done)}`);
  return done.summary;
};
const errorOf = (events: ImportEvent[]) => {
  const last = events.at(-1)!;
  if (last.type !== "error") throw new Error(`The import ended with ${JSON.stringify(last)}, not an error`);
  return last.error;
};

/** Every table's row count, the join tables' too. */
async function tableCounts(): Promise<Record<string, number>> {
  const prisma = database.prisma;
  const out: Record<string, number> = {};
  for (const table of dumpTables(prisma)) out[table.name] = await table.count();
  out.caseAccused = await prisma.caseAccused.count();
  out.caseSources = await prisma.caseSource.count();
  out.milestoneSources = await prisma.milestoneSource.count();
  out.stageChanges = await prisma.stageChange.count();
  out.auditEvents = await prisma.auditEvent.count();
  return out;
}

/** Other sessions on the database still inside a transaction (the server's pool, idle, has none). */
async function lingering(): Promise<number> {
  const [row] = await database.prisma.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM pg_stat_activity
     WHERE datname = ${testDb.name} AND pid <> pg_backend_pid() AND xact_start IS NOT NULL`;
  return Number(row!.n);
}

async function eventually(check: () => Promise<boolean>, ms = 20_000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return check();
}

/** Makes the call, checks it was refused with `status` and a message, and that nothing was written. */
async function refused(request: Call, status: number) {
  const before = await tableCounts();
  const response = await post(request);
  expect(response.status, `${request.query}: ${response.text}`).toBe(status);
  expect(response.type).toMatch(/^application\/json/);
  expect(typeof response.json?.error?.code, response.text).toBe("string");
  expect(response.json?.error?.message, response.text).toBeTruthy();
  expect(await tableCounts()).toEqual(before);
  return response;
}

const parameters = (response: { json: any }) => ((response.json?.error?.errors ?? []) as { parameter: string }[]).map((e) => e.parameter).sort(); // eslint-disable-line @typescript-eslint/no-explicit-any

const csv = (lines: string[]) => lines.join("\r\n") + "\r\n";
const SOURCES = csv([
  "external_id,kind,title,publisher,url,published_on",
  "http-src-1,official,Warrant press release,International Criminal Court,https://www.icc-cpi.int/news/example,2023-03-17",
  "http-src-2,,A report,Someone,,2024-05",
]);
const DRY = "kind=sources&format=csv&dryRun=true";
const COMMIT = "kind=sources&format=csv&dryRun=false";

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_imports_http");
  server = await startTrackerServer(testDb.url); // migrates and seeds the reference data
  base = server.url;
  database = createDatabase(testDb.target);
  process.env.DATABASE_URL = testDb.url;
  const passwordHash = await hashPassword(PASSWORD);
  for (const [who, role] of [["viewer", "VIEWER"], ["analyst", "ANALYST"]] as const) {
    const user = await database.prisma.user.create({ data: { email: `${who}@example.test`, name: `The ${who}`, role, passwordHash }, select: { id: true } });
    tokens[who] = (await createApiToken({ actor: { kind: "user", id: user.id, role }, input: { name: "test" } })).token;
  }
  analystCookie = await signIn("analyst@example.test");
}, 900_000);

afterAll(async () => {
  await server?.stop();
  await closeSharedDatabase();
  await database?.close();
  await testDb?.drop();
}, 60_000);

describe("refused before any work, as plain JSON errors", () => {
  it("401 without credentials, or with a made-up token", async () => {
    const anonymous = await refused({ query: DRY, body: SOURCES, origin: base }, 401);
    expect(anonymous.json.error.code).toBe("unauthenticated");
    await refused({ query: DRY, body: SOURCES, token: "tat_made-up-token" }, 401);
  });

  it("403 for a viewer's token", async () => {
    for (const query of [DRY, COMMIT]) {
      const viewer = await refused({ query, body: SOURCES, token: tokens.viewer }, 403);
      expect(viewer.json.error.code).toBe("forbidden");
    }
  });

  it("403 for an analyst's session cookie from another site, or with no Origin; 200 from the tracker's own pages", async () => {
    const foreign = await refused({ query: DRY, body: SOURCES, cookie: analystCookie, origin: "https://evil.example" }, 403);
    expect(foreign.json.error.code).toBe("forbidden");
    await refused({ query: COMMIT, body: SOURCES, cookie: analystCookie }, 403);
    const own = await post({ query: DRY, body: SOURCES, cookie: analystCookie, origin: base });
    expect(own.status, own.text).toBe(200);
    expect(doneOf(own.events)).toMatchObject({ dryRun: true, committed: false, records: 2 });
  });

  it.each<[string, string, string[]]>([
    ["no kind", "format=csv&dryRun=true", ["kind"]],
    ["an unknown kind", "kind=people&format=csv&dryRun=true", ["kind"]],
    ["a repeated kind", "kind=sources&kind=cases&format=csv&dryRun=true", ["kind"]],
    ["no format", "kind=sources&dryRun=true", ["format"]],
    ["an unknown format", "kind=sources&format=xml&dryRun=true", ["format"]],
    ["no dryRun", "kind=sources&format=csv", ["dryRun"]],
    ["a dryRun that is not true or false", "kind=sources&format=csv&dryRun=yes", ["dryRun"]],
    ["nothing at all", "", ["dryRun", "format", "kind"]],
  ])("400 for %s, naming it", async (_what, query, named) => {
    const response = await refused({ query, body: SOURCES, token: tokens.analyst }, 400);
    expect(response.json.error.code).toBe("invalid_input");
    expect(parameters(response)).toEqual(named);
    for (const name of named) expect(response.json.error.message).toContain(name);
  });

  it("400 for an unknown parameter, naming it", async () => {
    const response = await refused({ query: `${DRY}&colour=red`, body: SOURCES, token: tokens.analyst }, 400);
    expect(response.json.error.message).toContain("colour");
    expect(parameters(response)).toEqual(["colour"]);
  });

  it("400 for an empty body, naming body", async () => {
    const response = await refused({ query: DRY, body: "", token: tokens.analyst }, 400);
    expect(parameters(response)).toEqual(["body"]);
    expect(response.json.error.message).toMatch(/body/);
  });

  it("413 for a body declared larger than the limit, before it is read", async () => {
    const before = await tableCounts();
    const url = new URL(`${base}/api/v1/imports?${DRY}`);
    const answer = await new Promise<{ status: number; type: string; text: string }>((resolve, reject) => {
      const request = http.request(
        { host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method: "POST", headers: { authorization: `Bearer ${tokens.analyst}`, "content-type": "text/csv", "content-length": String(MAX_IMPORT_BYTES + 1) } },
        (response) => {
          let text = "";
          response.setEncoding("utf8");
          response.on("data", (chunk) => (text += chunk));
          response.on("end", () => {
            resolve({ status: response.statusCode ?? 0, type: String(response.headers["content-type"] ?? ""), text });
            request.destroy();
          });
        },
      );
      request.on("error", (error) => (/socket hang up|ECONNRESET|EPIPE/.test(String(error)) ? undefined : reject(error)));
      // A first piece of the "file"; the rest never comes.
      request.write(SOURCES);
    });
    seen.push({ request: "POST /api/v1/imports (413)", status: answer.status, text: answer.text });
    expect(answer.status, answer.text).toBe(413);
    expect(answer.type).toMatch(/^application\/json/);
    expect(JSON.parse(answer.text).error).toMatchObject({ code: "payload_too_large", message: expect.stringMatching(/larger than 512 MB/) });
    expect(await tableCounts()).toEqual(before);
  });
});

describe("importing sources from CSV", () => {
  it("a dry run streams JSON lines: a row per record in file order, then done, not committed; nothing written", async () => {
    const before = await tableCounts();
    const response = await post({ query: DRY, body: SOURCES, token: tokens.analyst });
    expect(response.status, response.text).toBe(200);
    expect(response.type).toMatch(/^application\/x-ndjson/);
    expect(rowsOf(response.events).map((r) => [r.line, r.lastLine, r.externalId, r.outcome, r.problems])).toEqual([
      [2, 2, "http-src-1", "created", []],
      [3, 3, "http-src-2", "created", []],
    ]);
    const progress = response.events.filter((e) => e.type === "progress");
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toMatchObject({ records: 2, bytesRead: Buffer.byteLength(SOURCES), totalBytes: Buffer.byteLength(SOURCES) });
    expect(doneOf(response.events)).toMatchObject({ kind: "sources", format: "csv", dryRun: true, committed: false, records: 2, counts: { created: 2, updated: 0, unchanged: 0, rejected: 0 }, reason: null });
    expect(await tableCounts()).toEqual(before);
  });

  it("imports (created), then finds the same file unchanged", async () => {
    const before = await tableCounts();
    const first = await post({ query: COMMIT, body: SOURCES, token: tokens.analyst });
    expect(first.status, first.text).toBe(200);
    expect(doneOf(first.events)).toMatchObject({ dryRun: false, committed: true, records: 2, counts: { created: 2, updated: 0, unchanged: 0, rejected: 0 }, reason: null });
    const rows = rowsOf(first.events);
    expect(rows.every((r) => typeof r.slug === "string" && r.slug.length > 0)).toBe(true);
    const after = await tableCounts();
    expect(after.sources).toBe(before.sources! + 2);
    expect(await database.prisma.source.findUniqueOrThrow({ where: { externalId: "http-src-1" } })).toMatchObject({ kind: "OFFICIAL", title: "Warrant press release", slug: rows[0]!.slug });

    const again = await post({ query: COMMIT, body: SOURCES, token: tokens.analyst });
    expect(again.status, again.text).toBe(200);
    expect(rowsOf(again.events).map((r) => [r.externalId, r.outcome, r.slug])).toEqual(rows.map((r) => [r.externalId, "unchanged", r.slug]));
    expect(doneOf(again.events)).toMatchObject({ committed: true, counts: { created: 0, updated: 0, unchanged: 2, rejected: 0 } });
    expect(await tableCounts()).toEqual(after);
  });

  it("a file with a bad row: that row rejected with the column and the reason; nothing imported, and the summary says so", async () => {
    const before = await tableCounts();
    const file = csv(["external_id,kind,title,url,published_on", "http-src-3,official,Fine,,", "http-src-4,court,,ftp://x,2024-13-01"]);
    const response = await post({ query: COMMIT, body: file, token: tokens.analyst });
    expect(response.status, response.text).toBe(200);
    const rows = rowsOf(response.events);
    expect(rows.map((r) => [r.line, r.externalId, r.outcome])).toEqual([
      [2, "http-src-3", "created"],
      [3, "http-src-4", "rejected"],
    ]);
    expect(rows[1]!.slug).toBeNull();
    expect(rows[1]!.problems.map((p) => p.column).sort()).toEqual(["kind", "published_on", "title", "url"]);
    expect(rows[1]!.problems.every((p) => p.message.length > 0)).toBe(true);
    const summary = doneOf(response.events);
    expect(summary).toMatchObject({ dryRun: false, committed: false, counts: { created: 1, rejected: 1 } });
    expect(summary.reason).toMatch(/nothing was imported/);
    expect(await tableCounts()).toEqual(before);
    expect(await database.prisma.source.count({ where: { externalId: "http-src-3" } })).toBe(0);
  });
});

describe("a file that cannot be read", () => {
  // `line`: where the reader places the fault (for bad JSON, the line of the element it is in, or better).
  it.each<[string, string, string | Uint8Array, RegExp, number[] | undefined]>([
    ["a CSV with an unknown column", COMMIT, csv(["external_id,title,colour", "x,y,z"]), /"colour"/, undefined],
    ["a CSV with bytes that are not UTF-8", COMMIT, Buffer.concat([Buffer.from("external_id,title\r\nhttp-src-5,Caf"), Buffer.from([0xe9, 0xff]), Buffer.from("\r\n")]), /not UTF-8/, [2]],
    ["a JSON file that is not JSON", "kind=sources&format=json&dryRun=false", '[\n  {"externalId": "x",\n  "title": }\n]', /not valid JSON/, [2, 3]],
    ["a JSON object instead of an array", "kind=sources&format=json&dryRun=false", '{"externalId": "x", "title": "y"}', /array/, undefined],
    // Security review, defect 4: this answered "internal".
    ["a JSON file nested 100,000 levels deep", "kind=milestones&format=json&dryRun=false", `[\n{"title":${"[".repeat(100_000)}${"]".repeat(100_000)}}\n]`, /nested more than 64 levels deep/, [2]],
  ])("%s: an error event invalid_file, without a stack trace; nothing written", async (_what, query, body, message, line) => {
    const before = await tableCounts();
    const response = await post({ query, body, token: tokens.analyst, contentType: query.includes("json") ? "application/json" : "text/csv" });
    expect(response.status, response.text).toBe(200);
    const error = errorOf(response.events);
    expect(error.code).toBe("invalid_file");
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/Nothing was imported/);
    if (line !== undefined) expect(line).toContain(error.line);
    expect(response.text).not.toContain("    at ");
    expect(await tableCounts()).toEqual(before);
  });
});

describe("importing a case from JSON", () => {
  it("creates the case with its accused and charges, citing a source imported before", async () => {
    const before = await tableCounts();
    const record = {
      externalId: "http-case-1",
      title: "Prosecutor v. Httpenko",
      forum: "icc",
      situation: "ukraine",
      stage: { stage: "INVESTIGATION", date: "2022-03-02" },
      accused: [{ externalId: "http-person-1", name: "Hryhorii Httpenko", kind: "natural" }],
      charges: [{ accused: "http-person-1", crime: "war-crimes", mode: "direct", provisionCited: "article 8(2)(a)(vii)" }],
      sources: [{ source: "http-src-1", locator: "p. 1" }],
      isSynthetic: true,
    };
    const response = await post({ query: "kind=cases&format=json&dryRun=false", body: JSON.stringify([record], null, 2), token: tokens.analyst, contentType: "application/json" });
    expect(response.status, response.text).toBe(200);
    const rows = rowsOf(response.events);
    expect(rows.map((r) => [r.line, r.externalId, r.outcome, r.problems])).toEqual([[2, "http-case-1", "created", []]]);
    expect(doneOf(response.events)).toMatchObject({ kind: "cases", format: "json", committed: true, counts: { created: 1 } });
    const after = await tableCounts();
    expect(after.cases).toBe(before.cases! + 1);
    expect(after.accused).toBe(before.accused! + 1);
    expect(after.charges).toBe(before.charges! + 1);

    const read = await fetch(`${base}/api/v1/cases/${rows[0]!.slug}`);
    const text = await read.text();
    seen.push({ request: `GET /api/v1/cases/${rows[0]!.slug}`, status: read.status, text });
    expect(read.status, text).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ slug: rows[0]!.slug, title: "Prosecutor v. Httpenko", forum: "icc", stage: "INVESTIGATION" });
    expect(text).toContain("Hryhorii Httpenko");
  });
});

describe("a client that goes away in the middle", () => {
  /** A large cases file: one row per case, each with one accused and one charge. */
  function largeCasesFile(count: number): string {
    const header = templateHeader("cases");
    let text = csvRecord(header);
    for (let i = 0; i < count; i++) {
      const n = String(i).padStart(6, "0");
      const cells: Record<string, string> = {
        external_id: `http-large-case-${n}`,
        title: `Synthetic import case ${n}`,
        forum: "ukraine-domestic",
        situation: "ukraine",
        stage: "INVESTIGATION",
        stage_date: `20${22 + (i % 3)}-0${1 + (i % 9)}`,
        is_synthetic: "yes",
        accused_id: `http-large-person-${n}`,
        accused_name: `Synthetic Person ${n}`,
        accused_kind: "natural",
        crime: "war-crimes",
        mode: "direct",
        provision_cited: "Article 438 of the Criminal Code of Ukraine",
      };
      text += csvRecord(header.map((c) => cells[c] ?? null));
    }
    return text;
  }

  it("rolls the import back: the tables as before, no transaction left open, and the next import goes through", async () => {
    const before = await tableCounts();
    const file = largeCasesFile(3_000);
    const abort = new AbortController();
    const response = await fetch(`${base}/api/v1/imports?kind=cases&format=csv&dryRun=false`, {
      method: "POST",
      headers: { authorization: `Bearer ${tokens.analyst}`, "content-type": "text/csv" },
      body: file,
      signal: abort.signal,
    });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    const events: ImportEvent[] = [];
    // Read until the first row event: the import is under way, its transaction open.
    while (!events.some((e) => e.type === "row")) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      const complete = text.slice(0, text.lastIndexOf("\n") + 1);
      events.splice(0, events.length, ...complete.split("\n").filter(Boolean).map((line) => importEventSchema.parse(JSON.parse(line)) as ImportEvent));
    }
    seen.push({ request: "POST /api/v1/imports (aborted)", status: response.status, text });
    expect(events.some((e) => e.type === "row")).toBe(true);
    expect(events.some((e) => e.type === "done" || e.type === "error"), "the import was still running when the client went away").toBe(false);
    abort.abort();
    await reader.cancel().catch(() => undefined);

    expect(await eventually(async () => (await lingering()) === 0)).toBe(true);
    expect(await tableCounts()).toEqual(before);
    expect(await database.prisma.case.count({ where: { externalId: { startsWith: "http-large-case-" } } })).toBe(0);

    const next = await post({ query: COMMIT, body: csv(["external_id,title", "http-after-abort,After the abort"]), token: tokens.analyst });
    expect(next.status, next.text).toBe(200);
    expect(doneOf(next.events)).toMatchObject({ committed: true, counts: { created: 1 } });
  }, 120_000);
});

describe("no answer leaks internals", () => {
  it("no body contains a stack trace or the database library's name, and nothing was a 500 or an internal error", () => {
    expect(seen.length).toBeGreaterThan(20);
    for (const response of seen) {
      expect(response.text, response.request).not.toMatch(LEAKS);
      expect(response.text, response.request).not.toContain("    at ");
    }
    expect(seen.filter((r) => r.status >= 500).map((r) => `${r.request} → ${r.status}`)).toEqual([]);
    expect(seen.filter((r) => r.text.includes('"code":"internal"')).map((r) => r.request)).toEqual([]);
    expect(server!.output()).not.toMatch(/unexpected error|fast path failed/);
  });
});
