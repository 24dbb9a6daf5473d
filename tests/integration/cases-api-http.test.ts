/**
 * The API of cases, analysts' notes and following (issue 5) over real HTTP, against the production
 * server (npm start's code path) on a fresh, seeded Postgres database. Credentials are a Bearer API
 * token or a session cookie (same origin only). Every refusal — 401, 403, 400, 404, 409 — leaves the
 * rows of cases, accused, charges, stages, sources, notes, note versions, follows and the audit
 * trail as they were; no answer ever shows a stack trace or the name of the database library.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { createApiToken, revokeApiToken } from "@/lib/server/accounts/api-tokens";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { createCase } from "@/lib/server/cases/create-case";
import { createFeedToken, revokeFeedToken } from "@/lib/server/feed-token";
import { follow } from "@/lib/server/follows/follow";
import { hashPassword } from "@/lib/server/passwords";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";
import { startTrackerServer, type TrackerServer } from "@/tests/support/tracker-server";
import { checkXml } from "@/tests/support/xml-check";
import { signInOverHttp } from "@/tests/support/http-session";

const PASSWORD = "a long enough test password";
type Who = "viewer" | "analyst" | "other" | "admin";

let testDb: TestDatabase;
let database: Database;
let server: TrackerServer | undefined;
let base = "";
const actors: Record<Who, Actor> = {} as never;
const tokens: Record<Who | "revoked", string> = {} as never;
let analystCookie = "";
let viewerCookie = "";

// The fixture: a case with one note by the analyst, and a follow of the ICC by the analyst.
let fixture = { slug: "", version: 1 };
let fixtureNote = { id: "", body: "" };
let analystFollowId = "";

/** Every body the server sent, to check at the end that none leaks internals. */
const seen: { request: string; status: number; text: string }[] = [];
const LEAKS = /prisma|\bat [\w.<>$]+ \(|\bat (?:async )?\/|node_modules|\.tsx?:\d+:\d+|stack/i;

/** A session cookie, the way a browser gets one: next-auth's CSRF token, then the credentials callback. */
const signIn = (email: string) => signInOverHttp(base, email, PASSWORD);

type Call = { method: string; path: string; token?: string; cookie?: string; origin?: string; body?: unknown; raw?: string };
async function call({ method, path: p, token, cookie, origin, body, raw }: Call) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  if (cookie) headers.cookie = cookie;
  if (origin) headers.origin = origin;
  const response = await fetch(`${base}${p}`, { method, headers, body: raw ?? (body === undefined ? undefined : JSON.stringify(body)), redirect: "manual" });
  const text = await response.text();
  seen.push({ request: `${method} ${p}`, status: response.status, text });
  expect(text, `${method} ${p} leaks internals`).not.toMatch(LEAKS);
  let json: any = null; // eslint-disable-line @typescript-eslint/no-explicit-any
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: response.status, json, text, location: response.headers.get("location"), type: response.headers.get("content-type") ?? "" };
}

async function counts() {
  const p = database.prisma;
  const [cases, accused, charges, stages, caseSources, annotations, annotationVersions, follows, audits, caseVersions, noteVersions, deletedCases, deletedNotes] = await Promise.all([
    p.case.count(),
    p.accused.count(),
    p.charge.count(),
    p.stageChange.count(),
    p.caseSource.count(),
    p.annotation.count(),
    p.annotationVersion.count(),
    p.follow.count(),
    p.auditEvent.count(),
    p.case.aggregate({ _sum: { version: true } }),
    p.annotation.aggregate({ _sum: { version: true } }),
    p.case.count({ where: { deletedAt: { not: null } } }),
    p.annotation.count({ where: { deletedAt: { not: null } } }),
  ]);
  return {
    cases,
    accused,
    charges,
    stages,
    caseSources,
    annotations,
    annotationVersions,
    follows,
    audits,
    caseVersions: caseVersions._sum.version,
    noteVersions: noteVersions._sum.version,
    deletedCases,
    deletedNotes,
  };
}

/** Makes the call and checks it was refused with `status`, with a message, and that nothing was written. */
async function refused(request: Call, status: number) {
  const before = await counts();
  const response = await call(request);
  expect(response.status, `${request.method} ${request.path}: ${response.text}`).toBe(status);
  expect(response.json?.error?.message, response.text).toBeTruthy();
  expect(await counts()).toEqual(before);
  return response;
}

const parameters = (response: { json: any }) => ((response.json?.error?.errors ?? []) as { parameter: string }[]).map((e) => e.parameter).sort(); // eslint-disable-line @typescript-eslint/no-explicit-any

let serial = 0;
/** A valid new case; each call gives another title and case number. */
function newCase(overrides: Record<string, unknown> = {}) {
  serial += 1;
  return {
    reference: `ICC-01/22-HTTP-${serial}/24`,
    title: `Prosecutor v. HTTP Commander ${serial}`,
    summary: "A synthetic case recorded over HTTP by the integration test.",
    forum: "icc",
    situation: "ukraine",
    accused: [{ key: "a1", name: `HTTP Commander ${serial}`, nameUkrainian: "Тестовий Командир", kind: "natural", rank: "Colonel", level: "field-grade" }],
    charges: [
      {
        accused: "a1",
        crime: "war-crimes",
        mode: "command-responsibility",
        provisionCited: "Article 8(2)(b)(ii) and Article 28 of the Rome Statute",
        knowledgeStandard: "SHOULD_HAVE_KNOWN",
        failedDuties: ["PREVENT", "REPRESS"],
      },
    ],
    sources: [{ title: `A test press release ${serial}`, url: "https://example.org/press", locator: "First paragraph" }],
    isSynthetic: true,
    initialStage: { stage: "WARRANT_OR_NOTICE_OF_SUSPICION", date: "2024-03" },
    ...overrides,
  };
}

const note = { body: "The warrant is public; **no arrest** expected while the accused stays in Russia.", assessment: "BLOCKED", verified: false };

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_cases_api");
  server = await startTrackerServer(testDb.url);
  base = server.url;
  database = createDatabase(testDb.target);
  process.env.DATABASE_URL = testDb.url;
  const passwordHash = await hashPassword(PASSWORD);
  const roles: Record<Who, "VIEWER" | "ANALYST" | "ADMIN"> = { viewer: "VIEWER", analyst: "ANALYST", other: "ANALYST", admin: "ADMIN" };
  for (const who of Object.keys(roles) as Who[]) {
    const role = roles[who];
    const user = await database.prisma.user.create({ data: { email: `${who}@example.test`, name: `The ${who}`, role, passwordHash }, select: { id: true } });
    actors[who] = { kind: "user", id: user.id, role };
    tokens[who] = (await createApiToken({ actor: actors[who], input: { name: "test" } })).token;
  }
  const revoked = await createApiToken({ actor: actors.analyst, input: { name: "revoked" } });
  await revokeApiToken({ actor: actors.analyst, input: { id: revoked.id } });
  tokens.revoked = revoked.token;

  const created = await createCase({ actor: actors.analyst, input: newCase({ title: "Prosecutor v. Fixture Commander" }) });
  fixture = { slug: created.slug, version: created.version };
  const annotation = await createAnnotation({ actor: actors.analyst, caseSlug: created.slug, input: { ...note, body: "Fixture note: only signed-in readers see this text." } });
  fixtureNote = { id: annotation.id, body: annotation.body };
  analystFollowId = (await follow({ actor: actors.analyst, input: { target: "forum", forum: "icc" } })).record.id;

  analystCookie = await signIn("analyst@example.test");
  viewerCookie = await signIn("viewer@example.test");
}, 900_000);

afterAll(async () => {
  await server?.stop();
  await closeSharedDatabase();
  await database?.close();
  await testDb?.drop();
}, 60_000);

const casePath = () => `/api/v1/cases/${fixture.slug}`;
const notesPath = () => `${casePath()}/annotations`;
const notePath = () => `${notesPath()}/${fixtureNote.id}`;
const stage = { stage: "CONFIRMATION_OR_INDICTMENT", date: "2025-01", expectedVersion: 1 };

describe("anonymous callers", () => {
  it("401 on every write, without credentials, with a made-up token and with a revoked one", async () => {
    const writes: Omit<Call, "token" | "origin">[] = [
      { method: "POST", path: "/api/v1/cases", body: newCase() },
      { method: "PATCH", path: casePath(), body: { title: "X", expectedVersion: 1 } },
      { method: "DELETE", path: casePath(), body: { expectedVersion: 1 } },
      { method: "POST", path: `${casePath()}/stages`, body: stage },
      { method: "POST", path: notesPath(), body: note },
      { method: "PATCH", path: notePath(), body: { body: "X", expectedVersion: 1 } },
      { method: "DELETE", path: notePath(), body: { expectedVersion: 1 } },
      { method: "POST", path: "/api/v1/follows", body: { target: "case", case: fixture.slug } },
      { method: "DELETE", path: `/api/v1/follows/${analystFollowId}` },
    ];
    for (const write of writes) {
      const anonymous = await refused({ ...write, origin: base }, 401);
      expect(anonymous.json.error.code).toBe("unauthenticated");
      await refused({ ...write, token: "tat_made-up-token" }, 401);
      await refused({ ...write, token: tokens.revoked }, 401);
    }
  });

  it("401 reading notes and follows", async () => {
    await refused({ method: "GET", path: notesPath() }, 401);
    await refused({ method: "GET", path: notePath() }, 401);
    await refused({ method: "GET", path: "/api/v1/follows" }, 401);
    await refused({ method: "GET", path: `/api/v1/follows/${analystFollowId}` }, 401);
  });

  it("200 reading a case, without its notes", async () => {
    const read = await call({ method: "GET", path: casePath() });
    expect(read.status, read.text).toBe(200);
    expect(read.json).toMatchObject({ slug: fixture.slug, forum: "icc", stage: "WARRANT_OR_NOTICE_OF_SUSPICION", stageDate: "2024-03" });
    expect(read.json).not.toHaveProperty("annotations");
    expect(read.text).not.toContain(fixtureNote.body);
    expect(read.text).not.toContain("@example.test");
  });

  it("GET /api/v1/cases answers 200 JSON; an unknown parameter is a 400 naming it", async () => {
    const list = await call({ method: "GET", path: "/api/v1/cases" });
    expect(list.status, list.text).toBe(200);
    expect(list.type).toMatch(/^application\/json/);
    expect(Array.isArray(list.json.cases)).toBe(true);
    expect(list.json.cases.map((c: { slug: string }) => c.slug)).toContain(fixture.slug);
    const bad = await refused({ method: "GET", path: "/api/v1/cases?colour=red" }, 400);
    expect(parameters(bad)).toEqual(["colour"]);
    const badFacet = await refused({ method: "GET", path: "/api/v1/cases?crime=atlantis" }, 400);
    expect(parameters(badFacet)).toEqual(["crime"]);
  });
});

describe("a viewer's token", () => {
  it("403 on every write to cases and notes", async () => {
    const writes: Call[] = [
      { method: "POST", path: "/api/v1/cases", body: newCase() },
      { method: "PATCH", path: casePath(), body: { title: "X", expectedVersion: 1 } },
      { method: "DELETE", path: casePath(), body: { expectedVersion: 1 } },
      { method: "POST", path: `${casePath()}/stages`, body: stage },
      { method: "POST", path: notesPath(), body: note },
      { method: "PATCH", path: notePath(), body: { body: "X", expectedVersion: 1 } },
      { method: "DELETE", path: notePath(), body: { expectedVersion: 1 } },
    ];
    for (const write of writes) {
      const response = await refused({ ...write, token: tokens.viewer }, 403);
      expect(response.json.error.code).toBe("forbidden");
    }
  });

  it("reads the notes (any signed-in role), without the right to change them", async () => {
    const list = await call({ method: "GET", path: notesPath(), token: tokens.viewer });
    expect(list.status, list.text).toBe(200);
    expect(list.json).toMatchObject({ case: fixture.slug, count: 1 });
    expect(list.json.annotations[0]).toMatchObject({ id: fixtureNote.id, body: fixtureNote.body, canEdit: false, canDelete: false, author: { name: "The analyst" } });
    expect(list.text).not.toContain("@example.test");
    const one = await call({ method: "GET", path: notePath(), token: tokens.viewer });
    expect(one.status, one.text).toBe(200);
    expect(one.json.versions).toHaveLength(1);
  });

  it("may follow a case: 201 the first time, 200 with the same follow the second", async () => {
    const before = await counts();
    const first = await call({ method: "POST", path: "/api/v1/follows", token: tokens.viewer, body: { target: "case", case: fixture.slug } });
    expect(first.status, first.text).toBe(201);
    expect(first.location).toBe(`/api/v1/follows/${first.json.id}`);
    expect(first.json).toMatchObject({ target: "case", case: { slug: fixture.slug } });
    expect(await counts()).toEqual({ ...before, follows: before.follows + 1 });
    const again = await refusedOr200({ method: "POST", path: "/api/v1/follows", token: tokens.viewer, body: { target: "case", case: fixture.slug } });
    expect(again.json.id).toBe(first.json.id);
  });
});

/** An idempotent repeat: 200, and nothing written. */
async function refusedOr200(request: Call) {
  const before = await counts();
  const response = await call(request);
  expect(response.status, response.text).toBe(200);
  expect(await counts()).toEqual(before);
  return response;
}

describe("session cookies", () => {
  it("403 with a foreign Origin (or none) on a write, whatever the endpoint", async () => {
    const writes: Call[] = [
      { method: "POST", path: "/api/v1/cases", body: newCase() },
      { method: "PATCH", path: casePath(), body: { title: "X", expectedVersion: 1 } },
      { method: "DELETE", path: casePath(), body: { expectedVersion: 1 } },
      { method: "POST", path: `${casePath()}/stages`, body: stage },
      { method: "POST", path: notesPath(), body: note },
      { method: "PATCH", path: notePath(), body: { body: "X", expectedVersion: 1 } },
      { method: "DELETE", path: notePath(), body: { expectedVersion: 1 } },
      { method: "POST", path: "/api/v1/follows", body: { target: "forum", forum: "special-tribunal" } },
      { method: "DELETE", path: `/api/v1/follows/${analystFollowId}` },
    ];
    for (const write of writes) {
      const foreign = await refused({ ...write, cookie: analystCookie, origin: "https://evil.example" }, 403);
      expect(foreign.json.error.message).toMatch(/Origin/);
      await refused({ ...write, cookie: analystCookie }, 403);
    }
  });

  it("a same-origin session may write: a case, a note and a follow", async () => {
    const before = await counts();
    const kase = await call({ method: "POST", path: "/api/v1/cases", cookie: analystCookie, origin: base, body: newCase() });
    expect(kase.status, kase.text).toBe(201);
    const written = await call({ method: "POST", path: `/api/v1/cases/${kase.json.slug}/annotations`, cookie: analystCookie, origin: base, body: note });
    expect(written.status, written.text).toBe(201);
    expect(written.json).toMatchObject({ case: kase.json.slug, version: 1, author: { name: "The analyst" } });
    const followed = await call({ method: "POST", path: "/api/v1/follows", cookie: viewerCookie, origin: base, body: { target: "forum", forum: "special-tribunal" } });
    expect(followed.status, followed.text).toBe(201);
    expect(await counts()).toMatchObject({ cases: before.cases + 1, annotations: before.annotations + 1, annotationVersions: before.annotationVersions + 1, follows: before.follows + 1 });
    const read = await call({ method: "GET", path: `/api/v1/cases/${kase.json.slug}/annotations`, cookie: viewerCookie });
    expect(read.status, read.text).toBe(200);
    expect(read.json.count).toBe(1);
  });
});

describe("bad input: 400 naming the field, nothing written", () => {
  it("malformed JSON names the body, on every write that takes one", async () => {
    for (const [method, p] of [
      ["POST", "/api/v1/cases"],
      ["PATCH", casePath()],
      ["POST", `${casePath()}/stages`],
      ["POST", notesPath()],
      ["PATCH", notePath()],
      ["POST", "/api/v1/follows"],
    ] as const) {
      const response = await refused({ method, path: p, token: tokens.analyst, raw: "{ not json" }, 400);
      expect(response.json.error.code).toBe("invalid_input");
      expect(parameters(response), `${method} ${p}`).toEqual(["body"]);
    }
    await refused({ method: "POST", path: "/api/v1/cases", token: tokens.analyst, raw: "" }, 400);
    await refused({ method: "POST", path: "/api/v1/cases", token: tokens.analyst, raw: "[1,2]" }, 400);
    await refused({ method: "PATCH", path: casePath(), token: tokens.analyst, raw: "[1,2]" }, 400);
  });

  it("a case's bad fields are each named", async () => {
    const valid = newCase();
    const blank = await refused(
      { method: "POST", path: "/api/v1/cases", token: tokens.analyst, body: { ...valid, title: "", charges: [{ ...valid.charges[0], crime: "" }] } },
      400,
    );
    expect(parameters(blank)).toEqual(["charges.0.crime", "title"]);
    const unknown = await refused(
      { method: "POST", path: "/api/v1/cases", token: tokens.analyst, body: { ...valid, forum: "atlantis", charges: [{ ...valid.charges[0], crime: "piracy" }] } },
      400,
    );
    expect(parameters(unknown)).toEqual(["charges.0.crime", "forum"]);
    const noStage = await refused({ method: "POST", path: "/api/v1/cases", token: tokens.analyst, body: { ...valid, initialStage: undefined } }, 400);
    expect(parameters(noStage)).toEqual(["initialStage"]);
    const badDate = await refused({ method: "POST", path: "/api/v1/cases", token: tokens.analyst, body: { ...valid, initialStage: { stage: "TRIAL", date: "2024-02-30" } } }, 400);
    expect(parameters(badDate)).toEqual(["initialStage.date"]);
    const noVersion = await refused({ method: "PATCH", path: casePath(), token: tokens.analyst, body: { title: "No version" } }, 400);
    expect(parameters(noVersion)).toEqual(["expectedVersion"]);
  });

  it("a note's bad fields are each named", async () => {
    const both = await refused({ method: "POST", path: notesPath(), token: tokens.analyst, body: { body: "   ", assessment: "maybe" } }, 400);
    expect(parameters(both)).toEqual(["assessment", "body"]);
    const missing = await refused({ method: "POST", path: notesPath(), token: tokens.analyst, body: { body: "A note without an assessment." } }, 400);
    expect(parameters(missing)).toEqual(["assessment"]);
    const patch = await refused({ method: "PATCH", path: notePath(), token: tokens.analyst, body: { assessment: "hopeful", expectedVersion: 1 } }, 400);
    expect(parameters(patch)).toEqual(["assessment"]);
    const noVersion = await refused({ method: "PATCH", path: notePath(), token: tokens.analyst, body: { body: "Changed" } }, 400);
    expect(parameters(noVersion)).toEqual(["expectedVersion"]);
    const deleteNoVersion = await refused({ method: "DELETE", path: notePath(), token: tokens.analyst }, 400);
    expect(parameters(deleteNoVersion)).toEqual(["expectedVersion"]);
  });

  it("404 for an unknown case, on reads and writes", async () => {
    await refused({ method: "GET", path: "/api/v1/cases/no-such-case" }, 404);
    await refused({ method: "PATCH", path: "/api/v1/cases/no-such-case", token: tokens.analyst, body: { title: "X", expectedVersion: 1 } }, 404);
    await refused({ method: "DELETE", path: "/api/v1/cases/no-such-case", token: tokens.analyst, body: { expectedVersion: 1 } }, 404);
    await refused({ method: "POST", path: "/api/v1/cases/no-such-case/stages", token: tokens.analyst, body: stage }, 404);
    await refused({ method: "GET", path: "/api/v1/cases/no-such-case/annotations", token: tokens.analyst }, 404);
    await refused({ method: "POST", path: "/api/v1/cases/no-such-case/annotations", token: tokens.analyst, body: note }, 404);
    await refused({ method: "GET", path: `/api/v1/cases/no-such-case/annotations/${fixtureNote.id}`, token: tokens.analyst }, 404);
  });
});

describe("cases: record, read, change, move, delete", () => {
  it("201 with Location; read back; a stale version is 409 and changes nothing; the same case number twice is 409 naming reference", async () => {
    const before = await counts();
    const input = newCase();
    const created = await call({ method: "POST", path: "/api/v1/cases", token: tokens.analyst, body: input });
    expect(created.status, created.text).toBe(201);
    expect(created.location).toBe(`/api/v1/cases/${created.json.slug}`);
    expect(created.json).toMatchObject({ version: 1, reference: input.reference, forum: "icc", stage: "WARRANT_OR_NOTICE_OF_SUSPICION", stageDate: "2024-03", isSynthetic: true });
    expect(created.json.accused).toEqual([expect.objectContaining({ name: input.accused[0]!.name, nameUkrainian: "Тестовий Командир", kind: "natural", level: "field-grade" })]);
    expect(created.json.charges).toEqual([expect.objectContaining({ crime: "war-crimes", mode: "command-responsibility", knowledgeStandard: "SHOULD_HAVE_KNOWN", failedDuties: ["PREVENT", "REPRESS"] })]);
    const after = await counts();
    expect(after).toMatchObject({
      cases: before.cases + 1,
      accused: before.accused + 1,
      charges: before.charges + 1,
      stages: before.stages + 1,
      caseSources: before.caseSources + 1,
    });
    expect(after.audits).toBeGreaterThan(before.audits);

    const read = await call({ method: "GET", path: created.location! });
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({ id: created.json.id, slug: created.json.slug, version: 1, title: input.title });

    const changed = await call({ method: "PATCH", path: created.location!, token: tokens.analyst, body: { title: `${input.title} (edited)`, expectedVersion: 1 } });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.json).toMatchObject({ version: 2, title: `${input.title} (edited)`, slug: created.json.slug });

    const stale = await refused({ method: "PATCH", path: created.location!, token: tokens.admin, body: { title: "Stale title", expectedVersion: 1 } }, 409);
    expect(stale.json.error.code).toBe("conflict");
    expect(stale.json.error.message).toMatch(/version 1.*version 2/);
    expect((await call({ method: "GET", path: created.location! })).json).toMatchObject({ version: 2, title: `${input.title} (edited)` });

    const duplicate = await refused({ method: "POST", path: "/api/v1/cases", token: tokens.analyst, body: newCase({ reference: input.reference }) }, 409);
    expect(parameters(duplicate)).toEqual(["reference"]);
    expect(duplicate.json.error.message).toContain(input.reference);
    // Changing another case to the same number is refused the same way.
    const fixtureNow = (await call({ method: "GET", path: casePath() })).json;
    const clash = await refused({ method: "PATCH", path: casePath(), token: tokens.analyst, body: { reference: input.reference, expectedVersion: fixtureNow.version } }, 409);
    expect(parameters(clash)).toEqual(["reference"]);
    // The same number before another forum is another case.
    const otherForum = await call({ method: "POST", path: "/api/v1/cases", token: tokens.analyst, body: newCase({ reference: input.reference, forum: "ukraine-domestic" }) });
    expect(otherForum.status, otherForum.text).toBe(201);
  });

  it("a stage move the stage machine forbids is a 400 with its message; an allowed one is 201; then DELETE hides the case (404)", async () => {
    const created = await call({ method: "POST", path: "/api/v1/cases", token: tokens.analyst, body: newCase() });
    expect(created.status, created.text).toBe(201);
    const stages = `${created.location}/stages`;

    const judgment = await refused({ method: "POST", path: stages, token: tokens.analyst, body: { stage: "JUDGMENT", date: "2025-02", expectedVersion: 1 } }, 400);
    expect(parameters(judgment)).toEqual(["stage"]);
    expect(judgment.json.error.message).toContain("A judgment ends a trial: record the trial first");
    const back = await refused({ method: "POST", path: stages, token: tokens.analyst, body: { stage: "INVESTIGATION", date: "2025-02", expectedVersion: 1 } }, 400);
    expect(parameters(back)).toEqual(["note"]);
    expect(back.json.error.message).toMatch(/needs a note saying why/);
    const absentia = await refused({ method: "POST", path: stages, token: tokens.analyst, body: { stage: "CONFIRMATION_OR_INDICTMENT", date: "2025-02", inAbsentia: true, expectedVersion: 1 } }, 400);
    expect(parameters(absentia)).toEqual(["inAbsentia"]);
    const earlier = await refused({ method: "POST", path: stages, token: tokens.analyst, body: { stage: "TRIAL", date: "2023", expectedVersion: 1 } }, 400);
    expect(parameters(earlier)).toEqual(["date"]);
    const staleStage = await refused({ method: "POST", path: stages, token: tokens.analyst, body: { stage: "TRIAL", date: "2025-02", expectedVersion: 7 } }, 409);
    expect(staleStage.json.error.code).toBe("conflict");

    const before = await counts();
    const trial = await call({ method: "POST", path: stages, token: tokens.analyst, body: { stage: "TRIAL", date: "2025-02-10", inAbsentia: true, expectedVersion: 1 } });
    expect(trial.status, trial.text).toBe(201);
    expect(trial.json).toMatchObject({ version: 2, stage: "TRIAL", stageDate: "2025-02-10", inAbsentia: true });
    expect(trial.json.stages.map((s: { stage: string }) => s.stage)).toEqual(["WARRANT_OR_NOTICE_OF_SUSPICION", "TRIAL"]);
    expect(await counts()).toMatchObject({ stages: before.stages + 1, cases: before.cases });

    await refused({ method: "DELETE", path: created.location!, token: tokens.analyst, body: { expectedVersion: 1 } }, 409);
    await refused({ method: "DELETE", path: created.location!, token: tokens.analyst }, 400);
    const beforeDelete = await counts();
    const deleted = await call({ method: "DELETE", path: `${created.location}?expectedVersion=2`, token: tokens.analyst });
    expect([200, 204], deleted.text).toContain(deleted.status);
    expect(await counts()).toMatchObject({ cases: beforeDelete.cases, deletedCases: beforeDelete.deletedCases + 1, stages: beforeDelete.stages });
    await refused({ method: "GET", path: created.location! }, 404);
    await refused({ method: "PATCH", path: created.location!, token: tokens.analyst, body: { title: "Gone", expectedVersion: 3 } }, 404);
    await refused({ method: "POST", path: stages, token: tokens.analyst, body: { stage: "JUDGMENT", date: "2025-03", expectedVersion: 3 } }, 404);
    await refused({ method: "GET", path: `${created.location}/annotations`, token: tokens.analyst }, 404);
    await refused({ method: "POST", path: "/api/v1/follows", token: tokens.viewer, body: { target: "case", case: created.json.slug } }, 404);
    const list = await call({ method: "GET", path: "/api/v1/cases" });
    expect(list.status).toBe(200);
    expect(list.json.cases.map((c: { slug: string }) => c.slug)).not.toContain(created.json.slug);
  });
});

describe("notes: versions, conflicts, who may change them", () => {
  it("two saves from the same version: the second is 409 with both texts and the first stays; another analyst is 403; an admin may; DELETE hides", async () => {
    const before = await counts();
    const created = await call({ method: "POST", path: notesPath(), token: tokens.analyst, body: { body: "Version one of the note.", assessment: "advancing" } });
    expect(created.status, created.text).toBe(201);
    expect(created.json).toMatchObject({ case: fixture.slug, version: 1, assessment: "ADVANCING", verified: false, author: { name: "The analyst" } });
    expect(created.location).toBe(`${notesPath()}/${created.json.id}`);
    expect(await counts()).toMatchObject({ annotations: before.annotations + 1, annotationVersions: before.annotationVersions + 1, audits: before.audits + 1 });
    const location = created.location!;

    const first = await call({ method: "PATCH", path: location, token: tokens.analyst, body: { body: "Version two, saved first.", expectedVersion: 1 } });
    expect(first.status, first.text).toBe(200);
    expect(first.json).toMatchObject({ version: 2, body: "Version two, saved first.", assessment: "ADVANCING" });

    const loser = await refused({ method: "PATCH", path: location, token: tokens.analyst, body: { body: "Version two, saved second.", assessment: "stalled", expectedVersion: 1 } }, 409);
    expect(loser.json.error.code).toBe("conflict");
    expect(loser.json.error.current).toMatchObject({ version: 2, body: "Version two, saved first.", assessment: "ADVANCING", editedBy: "The analyst" });
    expect(loser.json.error.yours).toMatchObject({ expectedVersion: 1, body: "Version two, saved second.", assessment: "STALLED" });
    const afterLoss = await call({ method: "GET", path: location, token: tokens.viewer });
    expect(afterLoss.json).toMatchObject({ version: 2, body: "Version two, saved first." });
    expect(afterLoss.json.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);

    const other = await refused({ method: "PATCH", path: location, token: tokens.other, body: { body: "Not my note.", expectedVersion: 2 } }, 403);
    expect(other.json.error.message).toContain("The analyst");
    await refused({ method: "DELETE", path: location, token: tokens.other, body: { expectedVersion: 2 } }, 403);
    const otherView = await call({ method: "GET", path: location, token: tokens.other });
    expect(otherView.json).toMatchObject({ canEdit: false, canDelete: false });

    const admin = await call({ method: "PATCH", path: location, token: tokens.admin, body: { verified: true, expectedVersion: 2 } });
    expect(admin.status, admin.text).toBe(200);
    expect(admin.json).toMatchObject({ version: 3, verified: true, body: "Version two, saved first.", author: { name: "The analyst" }, lastEditedBy: { name: "The admin" } });

    // A save that changes nothing is not a version.
    const same = await refusedOr200({ method: "PATCH", path: location, token: tokens.analyst, body: { verified: true, expectedVersion: 3 } });
    expect(same.json.version).toBe(3);

    const staleDelete = await refused({ method: "DELETE", path: location, token: tokens.analyst, body: { expectedVersion: 2 } }, 409);
    expect(staleDelete.json.error.current).toMatchObject({ version: 3, editedBy: "The admin" });

    const beforeDelete = await counts();
    const deleted = await call({ method: "DELETE", path: `${location}?expectedVersion=3`, token: tokens.analyst });
    expect([200, 204], deleted.text).toContain(deleted.status);
    expect(await counts()).toMatchObject({ annotations: beforeDelete.annotations, annotationVersions: beforeDelete.annotationVersions, deletedNotes: beforeDelete.deletedNotes + 1 });
    const list = await call({ method: "GET", path: notesPath(), token: tokens.analyst });
    expect(list.status).toBe(200);
    expect(list.json.annotations.map((a: { id: string }) => a.id)).not.toContain(created.json.id);
    expect(list.json.annotations.map((a: { id: string }) => a.id)).toContain(fixtureNote.id);
    await refused({ method: "GET", path: location, token: tokens.analyst }, 404);
    await refused({ method: "PATCH", path: location, token: tokens.admin, body: { body: "Back from the dead", expectedVersion: 3 } }, 404);
    await refused({ method: "DELETE", path: location, token: tokens.admin, body: { expectedVersion: 3 } }, 404);
  });

  it("a note is found only under its own case", async () => {
    const otherCase = await call({ method: "POST", path: "/api/v1/cases", token: tokens.admin, body: newCase() });
    expect(otherCase.status, otherCase.text).toBe(201);
    const elsewhere = `/api/v1/cases/${otherCase.json.slug}/annotations/${fixtureNote.id}`;
    await refused({ method: "GET", path: elsewhere, token: tokens.analyst }, 404);
    await refused({ method: "PATCH", path: elsewhere, token: tokens.analyst, body: { body: "Wrong case", expectedVersion: 1 } }, 404);
    await refused({ method: "DELETE", path: elsewhere, token: tokens.analyst, body: { expectedVersion: 1 } }, 404);
    await refused({ method: "GET", path: `${notesPath()}/no-such-note`, token: tokens.analyst }, 404);
  });
});

describe("follows", () => {
  it("an unknown case or forum is 404; a saved search the case list refuses is 400 naming query; a good one is 201 then 200", async () => {
    await refused({ method: "POST", path: "/api/v1/follows", token: tokens.viewer, body: { target: "case", case: "no-such-case" } }, 404);
    await refused({ method: "POST", path: "/api/v1/follows", token: tokens.viewer, body: { target: "forum", forum: "atlantis" } }, 404);
    const bad = await refused({ method: "POST", path: "/api/v1/follows", token: tokens.viewer, body: { target: "search", query: "crime=piracy&forum=icc" } }, 400);
    expect(parameters(bad)).toEqual(["query"]);
    expect(bad.json.error.message).toContain("crime");
    const empty = await refused({ method: "POST", path: "/api/v1/follows", token: tokens.viewer, body: { target: "search", query: "" } }, 400);
    expect(parameters(empty)).toEqual(["query"]);
    const target = await refused({ method: "POST", path: "/api/v1/follows", token: tokens.viewer, body: { target: "weather" } }, 400);
    expect(parameters(target)).toEqual(["target"]);

    const saved = await call({ method: "POST", path: "/api/v1/follows", token: tokens.viewer, body: { target: "search", query: "forum=icc&crime=war-crimes" } });
    expect(saved.status, saved.text).toBe(201);
    // Stored in the case list's canonical order of parameters.
    expect(saved.json).toMatchObject({ target: "search", query: "forum=icc&crime=war-crimes" });
    // The same filters in another order are the same saved search.
    const same = await refusedOr200({ method: "POST", path: "/api/v1/follows", token: tokens.viewer, body: { target: "search", query: "?crime=war-crimes&forum=icc" } });
    expect(same.json.id).toBe(saved.json.id);
  });

  it("lists only one's own follows; another user's follow is 404 to read or delete; unfollowing twice is 404", async () => {
    const mine = await call({ method: "GET", path: "/api/v1/follows", token: tokens.viewer });
    expect(mine.status, mine.text).toBe(200);
    const ids = mine.json.follows.map((f: { id: string }) => f.id);
    expect(mine.json.count).toBe(ids.length);
    expect(ids).not.toContain(analystFollowId);
    expect(mine.json.follows.map((f: { target: string }) => f.target).sort()).toEqual(["case", "forum", "search"]);

    await refused({ method: "GET", path: `/api/v1/follows/${analystFollowId}`, token: tokens.viewer }, 404);
    await refused({ method: "DELETE", path: `/api/v1/follows/${analystFollowId}`, token: tokens.viewer }, 404);
    await refused({ method: "DELETE", path: `/api/v1/follows/${analystFollowId}`, cookie: viewerCookie, origin: base }, 404);
    expect((await call({ method: "GET", path: `/api/v1/follows/${analystFollowId}`, token: tokens.analyst })).status).toBe(200);

    const search = mine.json.follows.find((f: { target: string }) => f.target === "search");
    const before = await counts();
    const removed = await call({ method: "DELETE", path: `/api/v1/follows/${search.id}`, token: tokens.viewer });
    expect(removed.status, removed.text).toBe(200);
    expect(removed.json.id).toBe(search.id);
    expect(await counts()).toEqual({ ...before, follows: before.follows - 1 });
    await refused({ method: "DELETE", path: `/api/v1/follows/${search.id}`, token: tokens.viewer }, 404);
  });
});

describe("the private updates feed", () => {
  async function feed(token: string | null) {
    const response = await fetch(`${base}/updates/feed.xml${token === null ? "" : `?token=${encodeURIComponent(token)}`}`);
    const text = await response.text();
    seen.push({ request: "GET /updates/feed.xml", status: response.status, text });
    expect(text).not.toMatch(LEAKS);
    return { status: response.status, type: response.headers.get("content-type") ?? "", cache: response.headers.get("cache-control") ?? "", text };
  }

  it("a good token gives well-formed Atom with the followed case's new stage; an unknown, replaced or revoked one is 404", async () => {
    // The viewer follows the fixture case (above); a stage recorded now is an update for them.
    const current = (await call({ method: "GET", path: casePath() })).json;
    const moved = await call({ method: "POST", path: `${casePath()}/stages`, token: tokens.admin, body: { stage: "CONFIRMATION_OR_INDICTMENT", date: "2025-01", expectedVersion: current.version } });
    expect(moved.status, moved.text).toBe(201);

    const { token } = await createFeedToken({ actor: actors.viewer });
    const good = await feed(token);
    expect(good.status, good.text).toBe(200);
    expect(good.type).toMatch(/^application\/atom\+xml/);
    expect(good.cache).toContain("no-store");
    const { problems, elements } = checkXml(good.text);
    expect(problems).toEqual([]);
    expect(elements[0]!.name).toBe("feed");
    const entries = elements.filter((e) => e.name === "entry");
    expect(entries.length).toBeGreaterThan(0);
    expect(good.text).toContain(fixture.slug);
    // Names, never e-mail addresses.
    expect(good.text).not.toContain("@example.test");

    expect((await feed("tft_unknown-token")).status).toBe(404);
    expect((await feed("not even a token")).status).toBe(404);
    expect((await feed("")).status).toBe(404);
    expect((await feed(null)).status).toBe(404);
    expect((await feed(tokens.viewer)).status).toBe(404); // an API token is not a feed token

    const { token: replacement } = await createFeedToken({ actor: actors.viewer });
    expect((await feed(token)).status).toBe(404);
    expect((await feed(replacement)).status).toBe(200);
    await revokeFeedToken({ actor: actors.viewer });
    const revoked = await feed(replacement);
    expect(revoked.status).toBe(404);
    expect(revoked.text).not.toContain("viewer");
  });
});

describe("hostile input is refused by name, never a 500", () => {
  it("a NUL character (which PostgreSQL text cannot hold) in an address or a field", async () => {
    // Every probe is made and its outcome compared at once, so a failure lists each one refused wrongly.
    const probe = async (request: Call, allowed: number[]) => {
      const before = await counts();
      const response = await call(request);
      const unchanged = JSON.stringify(await counts()) === JSON.stringify(before);
      return { request: `${request.method} ${request.path}`, ok: allowed.includes(response.status) && unchanged, status: response.status, parameters: parameters(response) };
    };
    const nul = "a\u0000b";
    const version = (await call({ method: "GET", path: casePath() })).json.version as number;
    // An address with a NUL names nothing the tracker holds: 404, or 400 where it reached the
    // database's text type first. A JSON field or query parameter with one is a 400 naming it.
    const outcomes = [
      await probe({ method: "GET", path: "/api/v1/cases/a%00b" }, [400, 404]),
      await probe({ method: "GET", path: "/api/v1/cases/a%00b/annotations", token: tokens.analyst }, [400, 404]),
      await probe({ method: "GET", path: `${notesPath()}/a%00b`, token: tokens.analyst }, [400, 404]),
      await probe({ method: "GET", path: "/api/v1/follows/a%00b", token: tokens.analyst }, [400, 404]),
      await probe({ method: "PATCH", path: "/api/v1/cases/a%00b", token: tokens.analyst, body: { title: "X", expectedVersion: 1 } }, [400, 404]),
      await probe({ method: "GET", path: "/api/v1/cases?q=a%00b" }, [400]),
      await probe({ method: "POST", path: "/api/v1/follows", token: tokens.viewer, body: { target: "case", case: nul } }, [400]),
      await probe({ method: "POST", path: notesPath(), token: tokens.analyst, body: { ...note, body: nul } }, [400]),
      await probe({ method: "POST", path: "/api/v1/cases", token: tokens.analyst, body: newCase({ title: `Prosecutor v. ${nul}` }) }, [400]),
      await probe({ method: "PATCH", path: casePath(), token: tokens.analyst, body: { summary: nul, expectedVersion: version } }, [400]),
      await probe({ method: "POST", path: "/api/v1/follows", token: tokens.viewer, body: { target: "search", query: "forum=special-tribunal", name: nul } }, [400]),
      await probe({ method: "POST", path: "/api/v1/follows", token: tokens.viewer, body: { target: "search", query: "forum=icc&q=a%00b" } }, [400]),
    ];
    expect(outcomes.slice(5).map((o) => o.parameters)).toEqual([["q"], ["case"], ["body"], ["title"], ["summary"], ["name"], ["query"]]);
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
  });

  it("an expectedVersion that is not a whole number is named", async () => {
    for (const expectedVersion of ["1", 1.5, -1, 1e20]) {
      const response = await refused({ method: "PATCH", path: notePath(), token: tokens.analyst, body: { body: "Changed", expectedVersion } }, 400);
      expect(parameters(response), String(expectedVersion)).toEqual(["expectedVersion"]);
    }
    const unknown = await refused({ method: "PATCH", path: casePath(), token: tokens.analyst, body: { colour: "red", expectedVersion: 1 } }, 400);
    expect(unknown.json.error.message).toContain("colour");
  });
});

describe("the edges of the security review: 400, 403, 404 or 413, never a 500", () => {
  const milestone = { title: "Year zero", description: "d", date: "2025-01-01", track: "accountability", type: "summit", sources: [{ slug: "pilpg-three-pillars" }] };
  const deep = (n: number) => "[".repeat(n) + "]".repeat(n);

  it("a date in the year 0000, on a milestone and on a case's first stage, is a 400 naming the field (defect 3)", async () => {
    for (const date of ["0000", "0000-06", "0000-01-01"]) {
      const m = await refused({ method: "POST", path: "/api/v1/milestones", token: tokens.analyst, body: { ...milestone, date } }, 400);
      expect(parameters(m), date).toEqual(["date"]);
      const c = await refused({ method: "POST", path: "/api/v1/cases", token: tokens.analyst, body: newCase({ initialStage: { stage: "WARRANT_OR_NOTICE_OF_SUSPICION", date } }) }, 400);
      expect(parameters(c), date).toEqual(["initialStage.date"]);
    }
  });

  it("JSON nested 100,000 levels deep is a 400 on body, on every kind of JSON write (defect 4)", async () => {
    const raw = `{"title":${deep(100_000)}}`;
    for (const write of [
      { method: "POST", path: "/api/v1/milestones" },
      { method: "POST", path: "/api/v1/cases" },
      { method: "PATCH", path: casePath() },
      { method: "POST", path: "/api/v1/follows" },
      { method: "PATCH", path: notePath() },
    ]) {
      const response = await refused({ ...write, token: tokens.analyst, raw }, 400);
      expect(parameters(response), write.path).toEqual(["body"]);
      expect(response.json.error.message).toMatch(/nested too deeply/);
    }
  });

  it("a lone UTF-16 surrogate in a JSON string is a 400 naming the field (defect 6)", async () => {
    const raw = JSON.stringify({ ...milestone, title: "x LONE y" }).replace("LONE", "\\ud800");
    const m = await refused({ method: "POST", path: "/api/v1/milestones", token: tokens.analyst, raw }, 400);
    expect(parameters(m)).toEqual(["title"]);
    const c = await refused({ method: "POST", path: notesPath(), token: tokens.analyst, raw: JSON.stringify(note).replace("The warrant", "\\udc00") }, 400);
    expect(parameters(c)).toEqual(["body"]);
  });

  it("a NUL byte in a case, accused, forum or crime address: 400 naming the parameter on the API, 404 on pages (defect 5)", async () => {
    for (const request of [
      { method: "GET", path: "/api/v1/cases/%00" },
      { method: "GET", path: "/api/v1/cases/a%00b" },
      { method: "PATCH", path: "/api/v1/cases/%00", token: tokens.analyst, body: { title: "X", expectedVersion: 1 } },
      { method: "POST", path: "/api/v1/cases/%00/stages", token: tokens.analyst, body: stage },
      { method: "GET", path: "/api/v1/forums/%00" },
      { method: "GET", path: "/api/v1/crimes/%00" },
    ]) {
      const response = await refused(request, 400);
      expect(parameters(response), request.path).toEqual([request.path.includes("/cases/") ? "id" : "slug"]);
    }
    for (const page of ["/accused/%00", "/forums/%00", "/crimes/%00", "/cases/a%00b"]) {
      const response = await fetch(`${base}${page}`);
      expect(response.status, page).toBe(404);
      expect(await response.text(), page).toContain("</html>");
    }
  });

  it("a session write with a foreign Origin and a forged X-Forwarded-Host to match is 403 (defect 8)", async () => {
    const before = await counts();
    const response = await fetch(`${base}/api/v1/follows`, {
      method: "POST",
      headers: { cookie: analystCookie, origin: "http://evil.example", "x-forwarded-host": "evil.example", "content-type": "application/json" },
      body: JSON.stringify({ target: "forum", forum: "icc" }),
    });
    expect(response.status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it("an empty query parameter is a 400 naming it on every list endpoint (defect 9)", async () => {
    for (const [address, parameter] of [
      ["/api/v1/cases?limit=", "limit"],
      ["/api/v1/cases?q=", "q"],
      ["/api/v1/milestones?limit=", "limit"],
      ["/api/v1/milestones?forum=", "forum"],
      ["/api/v1/milestones?track=", "track"],
      ["/api/v1/rules?limit=", "limit"],
      ["/api/v1/forums?limit=", "limit"],
      ["/api/v1/instruments?after=", "after"],
    ]) {
      const response = await call({ method: "GET", path: address! });
      expect(response.status, address).toBe(400);
      expect(parameters(response), address).toEqual([parameter]);
    }
  });

  it("a server action from a foreign Origin is 403 and one over the body limit is 413, nothing written (defect 7)", async () => {
    const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, unknown> };
    const actionId = Object.keys(manifest.node)[0]!;
    const post = async (headers: Record<string, string>, body: string) => {
      const before = await counts();
      const response = await fetch(`${base}/milestones/new`, { method: "POST", headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8", ...headers }, body, redirect: "manual" });
      expect(await counts()).toEqual(before);
      return response.status;
    };
    expect(await post({ origin: "http://evil.example" }, '["$K1"]')).toBe(403);
    expect(await post({ origin: "http://evil.example", "x-forwarded-host": "evil.example", cookie: analystCookie }, '["$K1"]')).toBe(403);
    expect(await post({ origin: base, cookie: analystCookie }, `["${"x".repeat(2 * 1024 * 1024)}"]`)).toBe(413);
  });
});

describe("no answer leaks internals", () => {
  it("no body contains a stack trace or the database library's name", () => {
    expect(seen.length).toBeGreaterThan(50);
    for (const response of seen) expect(response.text, response.request).not.toMatch(LEAKS);
  });

  it("no request was a 500, and every JSON error has the one shape { error: { code, message } }", () => {
    const failures = seen.filter((r) => r.status >= 500).map((r) => `${r.request} → ${r.status}`);
    expect(failures).toEqual([]);
    for (const response of seen.filter((r) => r.status >= 400 && !r.request.includes("feed.xml"))) {
      const body = JSON.parse(response.text) as { error?: { code?: unknown; message?: unknown } };
      expect(typeof body.error?.code, response.request).toBe("string");
      expect(typeof body.error?.message, response.request).toBe("string");
    }
  });
});
