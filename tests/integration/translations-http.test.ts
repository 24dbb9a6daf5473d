/**
 * The translations API (docs/decisions/043-translation-editor.md) over real HTTP, against the
 * production server on a fresh, seeded Postgres: GET lists with its filters, PUT sets each state
 * for an administrator's token, and every refusal (401, 403, 400 naming the field, 404, 409 with
 * both versions) leaves the translations and the audit trail as they were, never a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { createApiToken } from "@/lib/server/accounts/api-tokens";
import { hashPassword } from "@/lib/server/passwords";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { signInOverHttp } from "@/tests/support/http-session";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";
import { startTrackerServer, type TrackerServer } from "@/tests/support/tracker-server";

const PASSWORD = "a long enough test password";
type Who = "viewer" | "analyst" | "admin";

let testDb: TestDatabase;
let database: Database;
let server: TrackerServer | undefined;
let base = "";
const tokens: Record<Who, string> = {} as never;
let adminCookie = "";

const LEAKS = /prisma|\bat [\w.<>$]+ \(|node_modules|\.tsx?:\d+:\d+|stack/i;

type Call = { method: string; path: string; token?: string; cookie?: string; origin?: string; body?: unknown; raw?: string };
async function call({ method, path, token, cookie, origin, body, raw }: Call) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  if (cookie) headers.cookie = cookie;
  if (origin) headers.origin = origin;
  const response = await fetch(`${base}${path}`, { method, headers, body: raw ?? (body === undefined ? undefined : JSON.stringify(body)), redirect: "manual" });
  const text = await response.text();
  expect(text, `${method} ${path} leaks internals`).not.toMatch(LEAKS);
  let json: any = null; // eslint-disable-line @typescript-eslint/no-explicit-any
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: response.status, json, text };
}

async function written() {
  const p = database.prisma;
  const [rows, versions, audits] = await Promise.all([p.translation.count(), p.translation.aggregate({ _sum: { version: true } }), p.auditEvent.count({ where: { entityType: "Translation" } })]);
  return { rows, versions: versions._sum.version, audits };
}

async function refused(request: Call, status: number) {
  const before = await written();
  const response = await call(request);
  expect(response.status, `${request.method} ${request.path}: ${response.text}`).toBe(status);
  expect(response.json?.error?.message, response.text).toBeTruthy();
  expect(await written()).toEqual(before);
  return response;
}

const parameters = (response: { json: any }) => ((response.json?.error?.errors ?? []) as { parameter: string }[]).map((e) => e.parameter).sort(); // eslint-disable-line @typescript-eslint/no-explicit-any
const put = (path: string, body: unknown, token = tokens.admin): Call => ({ method: "PUT", path: `/api/v1/translations/${path}`, token, body });
const versionOf = async (entity: string, slug: string, field: string) => {
  const { json } = await call({ method: "GET", path: `/api/v1/translations?entity=${entity}&state=` + "TRANSLATED" });
  return (json.translations as { slug: string; field: string; version: number }[]).find((t) => t.slug === slug && t.field === field)?.version;
};

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_translations_api");
  server = await startTrackerServer(testDb.url);
  base = server.url;
  database = createDatabase(testDb.target);
  process.env.DATABASE_URL = testDb.url;
  const passwordHash = await hashPassword(PASSWORD);
  for (const who of ["viewer", "analyst", "admin"] as const) {
    const role = who.toUpperCase() as "VIEWER";
    const user = await database.prisma.user.create({ data: { email: `${who}@example.test`, name: `The ${who}`, role, passwordHash }, select: { id: true } });
    const actor: Actor = { kind: "user", id: user.id, role };
    tokens[who] = (await createApiToken({ actor, input: { name: "test" } })).token;
  }
  adminCookie = await signInOverHttp(base, "admin@example.test", PASSWORD);
}, 600_000);

afterAll(async () => {
  await server?.stop();
  await closeSharedDatabase();
  await database?.close();
  await testDb?.drop();
});

describe("GET /api/v1/translations", () => {
  it("lists the fields, missing first by default order, with counts per state; filters by model and state", async () => {
    const all = await call({ method: "GET", path: "/api/v1/translations" });
    expect(all.status).toBe(200);
    expect(all.json.count).toBe(all.json.counts.MISSING + all.json.counts.TRANSLATED + all.json.counts.OFFICIAL);
    expect(all.json.translations[0].state).toBe("MISSING");
    const forums = await call({ method: "GET", path: "/api/v1/translations?entity=Forum&state=TRANSLATED&locale=uk" });
    expect(forums.json.translations.find((t: { slug: string; field: string }) => t.slug === "icc" && t.field === "name")).toMatchObject({
      recorded: "International Criminal Court",
      text: "Міжнародний кримінальний суд",
      translatedBy: "tracker team",
      version: 1,
    });
    expect(new Set(forums.json.translations.map((t: { entity: string; state: string }) => `${t.entity}:${t.state}`))).toEqual(new Set(["Forum:TRANSLATED"]));
  });

  it.each([
    ["an unknown model", "entity=Court", "entity"],
    ["an unknown state", "state=GUESSED", "state"],
    ["the recorded language", "locale=en", "locale"],
    ["an unknown parameter", "model=Forum", "model"],
  ])("refuses %s with a 400 naming it", async (_, query, parameter) => {
    const response = await refused({ method: "GET", path: `/api/v1/translations?${query}` }, 400);
    expect(parameters(response)).toContain(parameter);
  });
});

describe("PUT /api/v1/translations/{entity}/{slug}/{field}/{locale}", () => {
  it("sets each state for an administrator", async () => {
    const version = (await versionOf("CrimeCategory", "war-crimes", "name"))!;
    const translated = await call(put("CrimeCategory/war-crimes/name/uk", { state: "TRANSLATED", text: "Воєнні злочини (HTTP)", expectedVersion: version }));
    expect(translated.status, translated.text).toBe(200);
    expect(translated.json).toMatchObject({ state: "TRANSLATED", text: "Воєнні злочини (HTTP)", translatedBy: "The admin", version: version + 1 });

    const official = await call(put("CrimeCategory/ecocide/name/uk", { state: "OFFICIAL", text: "Екоцид", source: "criminal-code-of-ukraine", sourceLocator: "Стаття 441", expectedVersion: 1 }));
    expect(official.status, official.text).toBe(200);
    expect(official.json).toMatchObject({ state: "OFFICIAL", source: { slug: "criminal-code-of-ukraine" }, sourceLocator: "Стаття 441", translatedBy: null });

    const missing = await call(put("Situation/sudan/name/uk", { state: "MISSING", note: "Withdrawn for review.", expectedVersion: 1 }));
    expect(missing.status, missing.text).toBe(200);
    expect(missing.json).toMatchObject({ state: "MISSING", text: null, note: "Withdrawn for review.", version: 2 });

    // The forum page in Ukrainian reads what was saved at once.
    const page = await fetch(`${base}/uk/crimes/war-crimes`).then((r) => r.text());
    expect(page).toContain("Воєнні злочини (HTTP)");
  });

  it("accepts a session from the tracker's own pages, and refuses one from elsewhere", async () => {
    const version = (await versionOf("Forum", "icc", "shortName"))!;
    const ok = await call({ ...put("Forum/icc/shortName/uk", { state: "TRANSLATED", text: "МКС", expectedVersion: version }, ""), cookie: adminCookie, origin: base });
    expect(ok.status, ok.text).toBe(200);
    await refused({ ...put("Forum/icc/shortName/uk", { state: "TRANSLATED", text: "МКС", expectedVersion: version + 1 }, ""), cookie: adminCookie, origin: "https://elsewhere.example" }, 403);
  });

  it.each([
    ["translated without a text", { state: "TRANSLATED", expectedVersion: 1 }, ["text"]],
    ["official without a source", { state: "OFFICIAL", text: "Геноцид", expectedVersion: 1 }, ["source", "sourceLocator"]],
    ["missing with a text", { state: "MISSING", text: "Геноцид", note: "Why", expectedVersion: 1 }, ["text"]],
    ["a field the address names", { state: "TRANSLATED", text: "Геноцид", entity: "Forum", expectedVersion: 1 }, ["entity"]],
    // As every write of the API says it: the input has unknown fields, named in the message.
    ["an unknown field", { state: "TRANSLATED", text: "Геноцид", colour: "red", expectedVersion: 1 }, ["input"]],
  ])("refuses %s with a 400 naming the field", async (_, body, names) => {
    const response = await refused(put("CrimeCategory/genocide/name/uk", body), 400);
    expect(parameters(response)).toEqual(names);
    if ("colour" in body) expect(response.json.error.message).toBe("input unknown field(s): colour");
  });

  it("refuses malformed bodies with a 400", async () => {
    await refused({ ...put("CrimeCategory/genocide/name/uk", undefined), raw: "{not json" }, 400);
    await refused({ ...put("CrimeCategory/genocide/name/uk", undefined), raw: "[1, 2]" }, 400);
  });

  it("refuses a stale version with a 409 carrying both versions", async () => {
    const response = await refused(put("CrimeCategory/war-crimes/name/uk", { state: "TRANSLATED", text: "Воєнні злочини (застаріле)", expectedVersion: 1 }), 409);
    expect(response.json.error.current).toMatchObject({ text: "Воєнні злочини (HTTP)" });
    expect(response.json.error.yours).toMatchObject({ text: "Воєнні злочини (застаріле)", version: 1 });
  });

  it.each([
    ["no credentials", undefined, 401],
    ["a viewer", "viewer", 403],
    ["an analyst", "analyst", 403],
  ] as const)("refuses %s", async (_, who, status) => {
    await refused(put("CrimeCategory/genocide/name/uk", { state: "TRANSLATED", text: "Геноцид!", expectedVersion: 1 }, who ? tokens[who] : ""), status);
  });

  it.each([
    ["an unknown model", "Court/icc/name/uk", 400, ["entity"]],
    ["a model translated on its own form", "Milestone/x/title/uk", 400, ["entity"]],
    ["an unknown field", "Forum/icc/colour/uk", 400, ["field"]],
    ["the recorded language", "Forum/icc/name/en", 400, ["locale"]],
    ["an unknown record", "Forum/no-such-forum/name/uk", 404, []],
  ] as const)("refuses %s (%s), not a 500", async (_, path, status, names) => {
    const response = await refused(put(path, { state: "TRANSLATED", text: "Текст", expectedVersion: 1 }), status);
    expect(parameters(response)).toEqual(names);
  });
});
