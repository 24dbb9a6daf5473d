/**
 * Recording, changing, moving through stages and deleting cases on a real Postgres server, through
 * the use cases and the API route handlers (called directly with Request objects and Bearer
 * tokens): who may do what, field errors, lost updates, duplicate case numbers, the stage rules,
 * soft delete, the audit trail, the search document, and the accused page's side-by-side view of
 * one accused before two forums. Every refusal leaves the tables as they were.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { createApiToken } from "@/lib/server/accounts/api-tokens";
import { createCase } from "@/lib/server/cases/create-case";
import { deleteCase } from "@/lib/server/cases/delete-case";
import { restoreCase } from "@/lib/server/cases/restore-case";
import { recordStage } from "@/lib/server/cases/record-stage";
import { updateAccused } from "@/lib/server/cases/update-accused";
import { updateCase } from "@/lib/server/cases/update-case";
import { AppError } from "@/lib/server/errors";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { getAccusedPage, listAccused } from "@/lib/server/queries/accused-page";
import { getCaseFormValues, getCaseHistory, getCasePage } from "@/lib/server/queries/case-page";
import { seedReferenceData } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";
import { POST as createRoute } from "@/app/api/v1/cases/create-handler";
import { DELETE as deleteRoute, GET as getRoute, PATCH as patchRoute } from "@/app/api/v1/cases/[id]/route";
import { POST as stageRoute } from "@/app/api/v1/cases/[id]/stages/route";

let testDb: TestDatabase;
let database: Database;
const actors: Record<"viewer" | "analyst" | "admin", Actor> = {} as never;
const tokens: Record<"viewer" | "analyst" | "admin", string> = {} as never;
const anonymous: Actor = { kind: "anonymous" };
const NOW = new Date("2026-05-01T12:00:00Z");

const valid = {
  reference: "ICC-01/22-99/24",
  title: "Prosecutor v. Test Commander",
  summary: "A synthetic case recorded by the integration test.",
  forum: "icc",
  situation: "ukraine",
  accused: [{ key: "a1", name: "Test Commander", nameUkrainian: "Тестовий Командир", kind: "natural", rank: "Colonel", level: "field-grade" }],
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
  sources: [{ title: "A test press release", url: "https://example.org/press", locator: "First paragraph" }],
  isSynthetic: true,
  initialStage: { stage: "WARRANT_OR_NOTICE_OF_SUSPICION", date: "2024-03" },
};

async function counts() {
  const p = database.prisma;
  const [cases, accused, caseAccused, charges, caseSources, sources, stages, audits, versions, deleted] = await Promise.all([
    p.case.count(),
    p.accused.count(),
    p.caseAccused.count(),
    p.charge.count(),
    p.caseSource.count(),
    p.source.count(),
    p.stageChange.count(),
    p.auditEvent.count(),
    p.case.aggregate({ _sum: { version: true } }),
    p.case.count({ where: { deletedAt: { not: null } } }),
  ]);
  return { cases, accused, caseAccused, charges, caseSources, sources, stages, audits, versions: versions._sum.version, deleted };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function refusedWithoutWriting(promise: () => Promise<unknown>): Promise<AppError> {
  const before = await counts();
  const error = await refusal(promise());
  expect(await counts()).toEqual(before);
  return error;
}

const parameters = (error: AppError) => (error.details.errors ?? []).map((e) => e.parameter).sort();

// The route handlers, called directly.
type Call = { method: string; path: string; token?: string; body?: unknown };
async function call({ method, path, token, body }: Call) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const request = new Request(`http://tracker.test${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const [, , , , id, sub] = path.split("?")[0]!.split("/"); // "", api, v1, cases, id, stages
  const context = { params: Promise.resolve({ id: id ?? "" }) };
  let response: Response;
  if (method === "POST" && !id) response = await createRoute(request);
  else if (method === "POST" && sub === "stages") response = await stageRoute(request, context);
  else if (method === "GET") response = await getRoute(request, context);
  else if (method === "PATCH") response = await patchRoute(request, context);
  else if (method === "DELETE") response = await deleteRoute(request, context);
  else throw new Error(`No handler for ${method} ${path}`);
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null, location: response.headers.get("location") };
}

async function refusedCall(request: Call, status: number) {
  const before = await counts();
  const response = await call(request);
  expect(response.status, JSON.stringify(response.json)).toBe(status);
  expect(response.json?.error?.message).toBeTruthy();
  expect(await counts()).toEqual(before);
  return response;
}

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_case_records");
  database = createDatabase(testDb.target);
  await seedReferenceData(database.prisma);
  process.env.DATABASE_URL = testDb.url;
  for (const role of ["VIEWER", "ANALYST", "ADMIN"] as const) {
    const user = await database.prisma.user.create({ data: { email: `${role.toLowerCase()}@example.test`, name: `The ${role.toLowerCase()}`, role }, select: { id: true } });
    const actor: Actor = { kind: "user", id: user.id, role };
    actors[role.toLowerCase() as "viewer"] = actor;
    tokens[role.toLowerCase() as "viewer"] = (await createApiToken({ actor, input: { name: "test" } })).token;
  }
});

afterAll(async () => {
  await closeSharedDatabase();
  await database?.close();
  await testDb?.drop();
});

describe("recording a case", () => {
  it.each([
    ["anonymous", () => anonymous, "UNAUTHENTICATED"],
    ["a viewer", () => actors.viewer, "FORBIDDEN"],
  ] as const)("refuses %s and writes nothing", async (_who, actor, code) => {
    const error = await refusedWithoutWriting(() => createCase({ actor: actor(), input: valid, now: NOW }));
    expect(error.code).toBe(code);
  });

  it("refuses over the API: 401 for a made-up token, 403 for a viewer's token", async () => {
    await refusedCall({ method: "POST", path: "/api/v1/cases", token: "tat_made-up", body: valid }, 401);
    const viewer = await refusedCall({ method: "POST", path: "/api/v1/cases", token: tokens.viewer, body: valid }, 403);
    expect(viewer.json.error.message).toMatch(/analyst role.*viewer/);
  });

  it("refuses bad input naming every field, and writes nothing", async () => {
    const error = await refusedWithoutWriting(() =>
      createCase({
        actor: actors.analyst,
        now: NOW,
        input: {
          ...valid,
          title: " ",
          accused: [{ key: "a1", name: "Example LLC", kind: "legal", level: "field-grade" }],
          charges: [{ ...valid.charges[0], mode: "direct" }],
          initialStage: { stage: "TRIAL", date: "2024-02-30" },
        },
      }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(parameters(error)).toEqual(["accused.0.level", "charges.0.failedDuties", "charges.0.knowledgeStandard", "initialStage.date", "title"]);
  });

  it("refuses unknown slugs all at once, naming the fields, and writes nothing (not even the new source)", async () => {
    const error = await refusedWithoutWriting(() =>
      createCase({
        actor: actors.analyst,
        now: NOW,
        input: {
          ...valid,
          forum: "atlantis",
          accused: [{ ...valid.accused[0], level: "general" }, { slug: "nobody" }],
          charges: [{ ...valid.charges[0], crime: "piracy" }],
          sources: [...valid.sources, { slug: "no-such-source" }],
          milestones: ["no-such-milestone"],
        },
      }),
    );
    expect(parameters(error)).toEqual(["accused.0.level", "accused.1.slug", "charges.0.crime", "forum", "milestones", "sources.1.slug"]);
  });

  it("applies the stage rules to the first stage: in absentia only at trial, judgment or appeal; nothing in the future", async () => {
    const absentia = await refusedWithoutWriting(() => createCase({ actor: actors.analyst, now: NOW, input: { ...valid, initialStage: { stage: "WARRANT_OR_NOTICE_OF_SUSPICION", date: "2024", inAbsentia: true } } }));
    expect(parameters(absentia)).toEqual(["initialStage.inAbsentia"]);
    expect(absentia.message).toMatch(/Only a trial, a judgment or an appeal can be held in absentia/);
    const future = await refusedWithoutWriting(() => createCase({ actor: actors.analyst, now: NOW, input: { ...valid, initialStage: { stage: "INVESTIGATION", date: "2026-06" } } }));
    expect(parameters(future)).toEqual(["initialStage.date"]);
    const missing = await refusedWithoutWriting(() => createCase({ actor: actors.analyst, now: NOW, input: { ...valid, initialStage: undefined } }));
    expect(parameters(missing)).toEqual(["initialStage"]);
  });

  it("records a case over the API: 201, Location, the full record, audit rows and the search document", async () => {
    const before = await counts();
    const created = await call({ method: "POST", path: "/api/v1/cases", token: tokens.analyst, body: valid });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    expect(created.location).toBe("/api/v1/cases/prosecutor-v-test-commander");
    expect(created.json).toMatchObject({
      slug: "prosecutor-v-test-commander",
      version: 1,
      reference: "ICC-01/22-99/24",
      forum: "icc",
      situation: "ukraine",
      stage: "WARRANT_OR_NOTICE_OF_SUSPICION",
      stageDate: "2024-03",
      openedOn: "2024-03",
      inAbsentia: false,
      isSynthetic: true,
      accused: [{ slug: "test-commander", name: "Test Commander", nameUkrainian: "Тестовий Командир", kind: "natural", rank: "Colonel", level: "field-grade", isSynthetic: true }],
      charges: [{ accused: "test-commander", crime: "war-crimes", mode: "command-responsibility", knowledgeStandard: "SHOULD_HAVE_KNOWN", failedDuties: ["PREVENT", "REPRESS"] }],
      stages: [{ stage: "WARRANT_OR_NOTICE_OF_SUSPICION", date: "2024-03", precision: "MONTH", inAbsentia: false, recordedBy: "The analyst" }],
      sources: [{ title: "A test press release", url: "https://example.org/press", locator: "First paragraph" }],
      milestones: [],
    });
    expect(await counts()).toMatchObject({
      cases: before.cases + 1,
      accused: before.accused + 1,
      caseAccused: before.caseAccused + 1,
      charges: before.charges + 1,
      caseSources: before.caseSources + 1,
      sources: before.sources + 1,
      stages: before.stages + 1,
      // The case, the new accused and the stage entry.
      audits: before.audits + 3,
    });
    const accusedId = (await database.prisma.accused.findUniqueOrThrow({ where: { slug: "test-commander" }, select: { id: true } })).id;
    const audits = await database.prisma.auditEvent.findMany({
      where: { entityId: { in: [created.json.id, accusedId, created.json.stages[0].id] } },
      select: { entityType: true, action: true, actorId: true, after: true },
    });
    expect(audits.map((a) => `${a.action} ${a.entityType}`).sort()).toEqual(["CREATE Accused", "CREATE Case", "CREATE StageChange"]);
    expect(audits.every((a) => a.actorId === (actors.analyst as { id: string }).id)).toBe(true);
    expect(audits.find((a) => a.entityType === "Case")!.after).toMatchObject({ slug: "prosecutor-v-test-commander", reference: "ICC-01/22-99/24", stage: "WARRANT_OR_NOTICE_OF_SUSPICION" });
    const source = await database.prisma.source.findFirstOrThrow({ where: { title: "A test press release" }, select: { kind: true } });
    expect(source.kind).toBe("SYNTHETIC");

    const read = await call({ method: "GET", path: created.location! });
    expect(read.status).toBe(200);
    expect(read.json).toEqual(created.json);
    expect(read.json).not.toHaveProperty("annotations");

    // The search document holds the accused's names in both languages and the charges.
    // The document holds search keys (decision 040): the query word is keyed the same way.
    for (const word of ["Тестовий:*", "commander:*", "28:*", "icc:*"]) {
      const rows = await database.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "Case" WHERE slug = $1 AND "searchVector" @@ to_tsquery('simple', search_key($2))`, "prosecutor-v-test-commander", word);
      expect(Number(rows[0]!.n), word).toBe(1);
    }
  });

  it("refuses a case number the forum already has (409 naming reference), and writes nothing", async () => {
    const response = await refusedCall({ method: "POST", path: "/api/v1/cases", token: tokens.analyst, body: { ...valid, title: "Another case" } }, 409);
    expect(response.json.error.errors[0].parameter).toBe("reference");
    expect(response.json.error.message).toMatch(/already has the case number ICC-01\/22-99\/24/);
    // The same number before another forum is another case.
    const other = await createCase({ actor: actors.analyst, now: NOW, input: { ...valid, title: "Same number, national court", forum: "ukraine-domestic", accused: [{ slug: "test-commander" }], charges: [{ ...valid.charges[0], accused: "test-commander", provisionCited: "Article 438 of the Criminal Code of Ukraine" }] } });
    expect(other).toMatchObject({ reference: "ICC-01/22-99/24", forum: "ukraine-domestic", accused: [{ slug: "test-commander" }] });
  });

  it("records a case without a public number, and two of them before one forum", async () => {
    const input = { ...valid, reference: null, title: "Unnumbered case", accused: [{ key: "firm", name: "Test Shipping LLC", kind: "legal" }], charges: [{ crime: "ecocide", mode: "direct", provisionCited: "Article 441 of the Criminal Code of Ukraine" }], forum: "ukraine-domestic" };
    const first = await createCase({ actor: actors.analyst, now: NOW, input });
    const second = await createCase({ actor: actors.analyst, now: NOW, input });
    expect([first.reference, second.reference]).toEqual([null, null]);
    expect([first.slug, second.slug]).toEqual(["unnumbered-case", "unnumbered-case-2"]);
    expect(second.accused[0]).toMatchObject({ slug: "test-shipping-llc-2", kind: "legal", level: null, rank: null });
    expect(first.charges[0]).toMatchObject({ accused: null, knowledgeStandard: null, failedDuties: [] });
  });

  it("gives a case titled in Ukrainian, and an accused named in Ukrainian, addresses in Latin letters", async () => {
    const title = "Прокурор проти Марʼяни Тестенко-Бєлової";
    const input = {
      ...valid,
      reference: null,
      title,
      forum: "ukraine-domestic",
      accused: [{ key: "u1", name: "Марʼяна Тестенко-Бєлова", kind: "natural" }],
      charges: [{ accused: "u1", crime: "war-crimes", mode: "direct", provisionCited: "Article 438 of the Criminal Code of Ukraine" }],
    };
    const created = await call({ method: "POST", path: "/api/v1/cases", token: tokens.analyst, body: input });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    expect(created.json).toMatchObject({ slug: "prokuror-proty-mariany-testenko-bielovoi", title, accused: [{ slug: "mariana-testenko-bielova", name: "Марʼяна Тестенко-Бєлова" }] });
    // The same name with the typewriter apostrophe is another accused with a numbered slug.
    const second = await createCase({ actor: actors.analyst, now: NOW, input: { ...input, accused: [{ ...input.accused[0]!, name: "Мар'яна Тестенко-Бєлова" }] } });
    expect([second.slug, second.accused[0]!.slug]).toEqual(["prokuror-proty-mariany-testenko-bielovoi-2", "mariana-testenko-bielova-2"]);
    expect((await call({ method: "GET", path: `/api/v1/cases/${created.json.slug}` })).json).toMatchObject({ title });
  });

  it("records a civilian superior's knowledge standard (Rome Statute, Article 28(b)) over the API and reads it back", async () => {
    const input = {
      ...valid,
      reference: null,
      title: "Prosecutor v. Test Civilian Superior",
      accused: [{ key: "c1", name: "Test Civilian Superior", kind: "natural", level: "top-leadership" }],
      charges: [{ ...valid.charges[0]!, accused: "c1", provisionCited: "Article 28(b) of the Rome Statute", knowledgeStandard: "CONSCIOUSLY_DISREGARDED" }],
    };
    const created = await call({ method: "POST", path: "/api/v1/cases", token: tokens.analyst, body: input });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    expect(created.json.charges[0]).toMatchObject({ knowledgeStandard: "CONSCIOUSLY_DISREGARDED", failedDuties: ["PREVENT", "REPRESS"] });
    const read = await call({ method: "GET", path: `/api/v1/cases/${created.json.slug}` });
    expect(read.json.charges[0].knowledgeStandard).toBe("CONSCIOUSLY_DISREGARDED");
    const page = await getCasePage(created.json.slug);
    expect(page!.charges[0]!.knowledgeStandard).toBe("CONSCIOUSLY_DISREGARDED");
  });
});

describe("a civilian superior's charge (Rome Statute, Article 28(b))", () => {
  it("records the knowledge standard “consciously disregarded”, shows it on the case page and in its form, and audits it in words", async () => {
    const input = {
      ...valid,
      reference: null,
      title: "Civilian superior case",
      accused: [{ key: "m", name: "Test Minister", kind: "natural", level: "top-leadership" }],
      charges: [{ accused: "m", crime: "crimes-against-humanity", mode: "command-responsibility", provisionCited: "Article 28(b) of the Rome Statute", knowledgeStandard: "CONSCIOUSLY_DISREGARDED", failedDuties: ["REPRESS"] }],
    };
    const created = await createCase({ actor: actors.analyst, now: NOW, input });
    expect(created.charges[0]).toMatchObject({ knowledgeStandard: "CONSCIOUSLY_DISREGARDED", failedDuties: ["REPRESS"] });
    const stored = await database.prisma.charge.findFirstOrThrow({ where: { case: { slug: created.slug } }, select: { knowledgeStandard: true } });
    expect(stored.knowledgeStandard).toBe("CONSCIOUSLY_DISREGARDED");

    const page = await getCasePage(created.slug);
    expect(page!.charges[0]).toMatchObject({ knowledgeStandard: "CONSCIOUSLY_DISREGARDED" });
    expect((await getCaseFormValues(created.slug))!.values.charges[0]).toMatchObject({ knowledgeStandard: "CONSCIOUSLY_DISREGARDED" });

    const audit = await database.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "Case", entityId: created.id, action: "CREATE" } });
    expect(JSON.stringify(audit.after)).toContain("knew, or consciously disregarded information which clearly indicated it");
  });

  it("refuses it on a charge that is not command responsibility, and writes nothing", async () => {
    const error = await refusedWithoutWriting(() =>
      createCase({
        actor: actors.analyst,
        now: NOW,
        input: { ...valid, reference: null, title: "Refused", charges: [{ ...valid.charges[0], mode: "direct", knowledgeStandard: "CONSCIOUSLY_DISREGARDED", failedDuties: [] }] },
      }),
    );
    expect(error.details.errors?.map((e) => e.parameter)).toEqual(["charges.0.knowledgeStandard"]);
  });
});

describe("changing a case", () => {
  it("refuses a viewer and a made-up token, and an unknown case (404)", async () => {
    await refusedCall({ method: "PATCH", path: "/api/v1/cases/prosecutor-v-test-commander", token: tokens.viewer, body: { title: "X", expectedVersion: 1 } }, 403);
    await refusedCall({ method: "PATCH", path: "/api/v1/cases/prosecutor-v-test-commander", token: "tat_nope", body: { title: "X", expectedVersion: 1 } }, 401);
    await refusedCall({ method: "PATCH", path: "/api/v1/cases/no-such-case", token: tokens.analyst, body: { title: "X", expectedVersion: 1 } }, 404);
    const error = await refusedWithoutWriting(() => updateCase({ actor: anonymous, id: "prosecutor-v-test-commander", input: { title: "X", expectedVersion: 1 } }));
    expect(error.code).toBe("UNAUTHENTICATED");
  });

  it("needs the version, refuses the stage, and names bad fields", async () => {
    const noVersion = await refusedCall({ method: "PATCH", path: "/api/v1/cases/prosecutor-v-test-commander", token: tokens.analyst, body: { title: "X" } }, 400);
    expect(noVersion.json.error.errors[0].parameter).toBe("expectedVersion");
    const stage = await refusedCall({ method: "PATCH", path: "/api/v1/cases/prosecutor-v-test-commander", token: tokens.analyst, body: { initialStage: { stage: "TRIAL", date: "2025" }, expectedVersion: 1 } }, 400);
    expect(stage.json.error.message).toMatch(/record a stage change/);
    const bad = await refusedCall({ method: "PATCH", path: "/api/v1/cases/prosecutor-v-test-commander", token: tokens.analyst, body: { charges: [{ ...valid.charges[0], accused: "someone" }], expectedVersion: 1 } }, 400);
    expect(bad.json.error.errors.map((e: { parameter: string }) => e.parameter)).toEqual(["charges.0.accused"]);
  });

  it("changes what is sent, replaces the lists, audits before and after; a stale version is refused (409) and changes nothing", async () => {
    const before = await counts();
    const changed = await call({
      method: "PATCH",
      path: "/api/v1/cases/prosecutor-v-test-commander",
      token: tokens.analyst,
      body: {
        title: "Prosecutor v. Test Commander and another",
        accused: [{ slug: "test-commander" }, { key: "b", name: "Second Accused", kind: "natural", level: "direct-perpetrator" }],
        charges: [
          { ...valid.charges[0], accused: "test-commander", knowledgeStandard: null },
          { accused: "b", crime: "war-crimes", mode: "direct", provisionCited: "Article 8(2)(a)(i) of the Rome Statute" },
        ],
        expectedVersion: 1,
      },
    });
    expect(changed.status, JSON.stringify(changed.json)).toBe(200);
    expect(changed.json).toMatchObject({ slug: "prosecutor-v-test-commander", version: 2, title: "Prosecutor v. Test Commander and another", reference: "ICC-01/22-99/24" });
    expect(changed.json.accused.map((a: { slug: string }) => a.slug)).toEqual(["second-accused", "test-commander"]);
    expect(changed.json.charges).toMatchObject([
      { accused: "test-commander", knowledgeStandard: null, failedDuties: ["PREVENT", "REPRESS"] },
      { accused: "second-accused", mode: "direct" },
    ]);
    expect(changed.json.sources).toHaveLength(1);
    expect(await counts()).toMatchObject({ accused: before.accused + 1, charges: before.charges + 1, caseAccused: before.caseAccused + 1, audits: before.audits + 2 });
    const audit = await database.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "Case", entityId: changed.json.id, action: "UPDATE" }, orderBy: { id: "desc" } });
    expect(audit.before).toMatchObject({ version: 1, title: "Prosecutor v. Test Commander" });
    expect(audit.after).toMatchObject({ version: 2, accused: ["Second Accused (second-accused)", "Test Commander (test-commander)"] });

    const stale = await refusedCall({ method: "PATCH", path: "/api/v1/cases/prosecutor-v-test-commander", token: tokens.admin, body: { title: "Stale", expectedVersion: 1 } }, 409);
    expect(stale.json.error.message).toMatch(/version 1.*version 2/);
    const page = await getCasePage("prosecutor-v-test-commander");
    expect(page?.title).toBe("Prosecutor v. Test Commander and another");
  });

  it("refuses taking another case's number on change (409 naming reference)", async () => {
    const current = await call({ method: "GET", path: "/api/v1/cases/unnumbered-case" });
    const response = await refusedCall({ method: "PATCH", path: "/api/v1/cases/unnumbered-case", token: tokens.analyst, body: { forum: "icc", reference: "ICC-01/22-99/24", expectedVersion: current.json.version } }, 409);
    expect(response.json.error.errors[0].parameter).toBe("reference");
  });

  it("keeps each charge's link to its provision record through a change that does not touch the charges", async () => {
    const linked = () => database.prisma.charge.findMany({ where: { case: { slug: "icc-putin" } }, select: { provision: { select: { slug: true } } } });
    expect((await linked()).every((c) => c.provision?.slug === "rs-art-8")).toBe(true);
    const current = await call({ method: "GET", path: "/api/v1/cases/icc-putin" });
    const response = await call({ method: "PATCH", path: "/api/v1/cases/icc-putin", token: tokens.analyst, body: { summary: `${current.json.summary} (checked)`, expectedVersion: current.json.version } });
    expect(response.status).toBe(200);
    expect((await linked()).map((c) => c.provision?.slug)).toEqual(["rs-art-8", "rs-art-8", "rs-art-8", "rs-art-8"]);
    const refused = await refusedCall({ method: "PATCH", path: "/api/v1/cases/icc-putin", token: tokens.analyst, body: { charges: [{ crime: "war-crimes", mode: "direct", provisionCited: "Article 8", provision: "no-such-provision" }], expectedVersion: response.json.version } }, 400);
    expect(refused.json.error.errors[0].parameter).toBe("charges.0.provision");
  });

  it("keeps the history readable, with the case's own words", async () => {
    const history = await getCaseHistory("prosecutor-v-test-commander");
    expect(history?.entries.map((e) => e.action)).toEqual(["UPDATE", "CREATE"]);
    const labels = history!.entries[0]!.changes.map((c) => c.label);
    expect(labels).toEqual(expect.arrayContaining(["Title", "Accused", "Charges"]));
  });
});

describe("recording a stage change", () => {
  const path = "/api/v1/cases/prosecutor-v-test-commander/stages";
  const version = async () => (await call({ method: "GET", path: "/api/v1/cases/prosecutor-v-test-commander" })).json.version as number;

  it("refuses a viewer, anonymous, a made-up token and an unknown case", async () => {
    await refusedCall({ method: "POST", path, token: tokens.viewer, body: { stage: "TRIAL", date: "2025", expectedVersion: 2 } }, 403);
    await refusedCall({ method: "POST", path, token: "tat_nope", body: { stage: "TRIAL", date: "2025", expectedVersion: 2 } }, 401);
    await refusedCall({ method: "POST", path: "/api/v1/cases/no-such-case/stages", token: tokens.analyst, body: { stage: "TRIAL", date: "2025", expectedVersion: 1 } }, 404);
    const error = await refusedWithoutWriting(() => recordStage({ actor: anonymous, id: "prosecutor-v-test-commander", input: { stage: "TRIAL", date: "2025", expectedVersion: 2 }, now: NOW }));
    expect(error.code).toBe("UNAUTHENTICATED");
  });

  it.each<[string, Record<string, unknown>, string[], RegExp]>([
    ["a judgment without a trial", { stage: "JUDGMENT", date: "2025" }, ["stage"], /judgment ends a trial: record the trial first/],
    ["the same stage again", { stage: "WARRANT_OR_NOTICE_OF_SUSPICION", date: "2025" }, ["stage"], /already at warrant or notice of suspicion/],
    ["going back without a note", { stage: "INVESTIGATION", date: "2025" }, ["note"], /needs a note saying why/],
    ["closing without a note", { stage: "CLOSED", date: "2025" }, ["note"], /Closing a case needs a note/],
    ["in absentia at the arrest", { stage: "ARREST_OR_SURRENDER", date: "2025", inAbsentia: true }, ["inAbsentia"], /in absentia/],
    ["a date before the warrant", { stage: "TRIAL", date: "2024-02" }, ["date"], /cannot be dated before that/],
    ["a date in the future (not yet begun anywhere)", { stage: "TRIAL", date: "2026-05-03" }, ["date"], /in the future/],
    ["an unknown stage", { stage: "HEARING", date: "2025" }, ["stage"], /must be one of/],
    ["an unknown source", { stage: "TRIAL", date: "2025", source: { slug: "no-such-source" } }, ["source.slug"], /no such source/],
  ])("refuses %s (400 naming the field, saying why) and writes nothing", async (_what, body, fields, message) => {
    const error = await refusedWithoutWriting(() => recordStage({ actor: actors.analyst, id: "prosecutor-v-test-commander", input: { ...body, expectedVersion: 2 }, now: NOW }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(parameters(error)).toEqual(fields);
    expect(error.message).toMatch(message);
  });

  it("moves the case to trial in absentia, then judgment; refuses a stale version; audits each entry", async () => {
    const before = await counts();
    const trial = await call({ method: "POST", path, token: tokens.analyst, body: { stage: "TRIAL", date: "2025-02-10", inAbsentia: true, source: { slug: "icc-situation-ukraine", locator: "Case page" }, expectedVersion: await version() } });
    expect(trial.status, JSON.stringify(trial.json)).toBe(201);
    expect(trial.json).toMatchObject({ stage: "TRIAL", stageDate: "2025-02-10", inAbsentia: true, openedOn: "2024-03", version: 3 });
    expect(trial.json.stages.at(-1)).toMatchObject({ stage: "TRIAL", inAbsentia: true, recordedBy: "The analyst", source: { slug: "icc-situation-ukraine", locator: "Case page" } });
    expect(await counts()).toMatchObject({ stages: before.stages + 1, audits: before.audits + 2 });

    await refusedCall({ method: "POST", path, token: tokens.analyst, body: { stage: "JUDGMENT", date: "2025-06", expectedVersion: 2 } }, 409);
    const appeal = await refusedCall({ method: "POST", path, token: tokens.analyst, body: { stage: "APPEAL", date: "2025-06", expectedVersion: 3 } }, 400);
    expect(appeal.json.error.errors[0]).toMatchObject({ parameter: "stage", message: expect.stringMatching(/record the judgment first/) });

    const judgment = await recordStage({ actor: actors.admin, id: "prosecutor-v-test-commander", input: { stage: "JUDGMENT", date: "2025-06", expectedVersion: 3 }, now: NOW });
    // The case stays "in absentia": its latest trial was.
    expect(judgment).toMatchObject({ stage: "JUDGMENT", stageDate: "2025-06", inAbsentia: true, version: 4 });
    // A retrial ordered on appeal: back to trial, in person, with a note.
    await recordStage({ actor: actors.analyst, id: "prosecutor-v-test-commander", input: { stage: "APPEAL", date: "2025-09", expectedVersion: 4 }, now: NOW });
    const retrial = await recordStage({ actor: actors.analyst, id: "prosecutor-v-test-commander", input: { stage: "TRIAL", date: "2026-01", note: "Retrial ordered on appeal; the accused was surrendered.", expectedVersion: 5 }, now: NOW });
    expect(retrial).toMatchObject({ stage: "TRIAL", inAbsentia: false, version: 6 });
    expect(retrial.stages.map((s) => s.stage)).toEqual(["WARRANT_OR_NOTICE_OF_SUSPICION", "TRIAL", "JUDGMENT", "APPEAL", "TRIAL"]);
    const audits = await database.prisma.auditEvent.count({ where: { entityType: "StageChange", entityId: { in: retrial.stages.map((s) => s.id) } } });
    expect(audits).toBe(5);
  });
});

describe("the accused page", () => {
  it("shows one accused's cases before two forums side by side, every forum listed, with the charges against them", async () => {
    const page = await getAccusedPage("test-commander");
    expect(page).toMatchObject({ name: "Test Commander", nameOriginal: "Тестовий Командир", rank: "Colonel", level: { slug: "field-grade" }, kind: { slug: "natural" } });
    expect(page!.forums.map((f) => [f.slug, f.cases.map((c) => c.slug)])).toEqual([
      ["icc", ["prosecutor-v-test-commander"]],
      ["special-tribunal", []],
      ["ukraine-domestic", ["same-number-national-court"]],
    ]);
    const icc = page!.forums[0]!.cases[0]!;
    expect(icc).toMatchObject({ reference: "ICC-01/22-99/24", stage: "TRIAL", inAbsentia: false });
    // Only the charges against this accused (their own, or against every accused), not the co-accused's.
    expect(icc.charges).toEqual([{ crime: { slug: "war-crimes", name: "War crimes" }, mode: { slug: "command-responsibility", name: "Command responsibility" }, provisionCited: valid.charges[0]!.provisionCited, againstEveryAccused: false }]);
    const list = await listAccused();
    expect(list.find((a) => a.slug === "test-commander")).toMatchObject({ cases: 2, forums: [{ slug: "icc" }, { slug: "ukraine-domestic" }] });
    expect(await getAccusedPage("no-such-accused")).toBeNull();
  });
});

describe("changing an accused's own record", () => {
  const read = () => database.prisma.accused.findUniqueOrThrow({ where: { slug: "test-commander" }, select: { id: true, name: true, updatedAt: true } });
  const edit = { name: "Test Commander Renamed", nameUkrainian: "Тестовий Перейменований", kind: "natural", rank: "Major General", level: "senior-command" };

  it("refuses a viewer, anonymous, a legal person with a rank, and a stale edit, writing nothing", async () => {
    const { updatedAt } = await read();
    const expectedUpdatedAt = updatedAt.toISOString();
    expect((await refusedWithoutWriting(() => updateAccused({ actor: actors.viewer, slug: "test-commander", input: { ...edit, expectedUpdatedAt } }))).code).toBe("FORBIDDEN");
    expect((await refusedWithoutWriting(() => updateAccused({ actor: anonymous, slug: "test-commander", input: { ...edit, expectedUpdatedAt } }))).code).toBe("UNAUTHENTICATED");
    const legal = await refusedWithoutWriting(() => updateAccused({ actor: actors.analyst, slug: "test-commander", input: { ...edit, kind: "legal", expectedUpdatedAt } }));
    expect(parameters(legal)).toEqual(["level", "rank"]);
    const stale = await refusedWithoutWriting(() => updateAccused({ actor: actors.analyst, slug: "test-commander", input: { ...edit, expectedUpdatedAt: new Date(updatedAt.getTime() - 1000).toISOString() } }));
    expect(stale.code).toBe("CONFLICT");
    expect((await refusedWithoutWriting(() => updateAccused({ actor: actors.analyst, slug: "nobody", input: { ...edit, expectedUpdatedAt } }))).code).toBe("NOT_FOUND");
  });

  it("renames them in every case, with an audit event, and rebuilds the search documents of their cases", async () => {
    const before = await counts();
    const { id, updatedAt } = await read();
    await updateAccused({ actor: actors.analyst, slug: "test-commander", input: { ...edit, expectedUpdatedAt: updatedAt.toISOString() } });
    expect(await counts()).toMatchObject({ audits: before.audits + 1, accused: before.accused });
    const audit = await database.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "Accused", entityId: id, action: "UPDATE" } });
    expect(audit.before).toMatchObject({ name: "Test Commander", rank: "Colonel", level: "field-grade" });
    expect(audit.after).toMatchObject({ name: "Test Commander Renamed", rank: "Major General", level: "senior-command" });
    const rows = await database.prisma.$queryRawUnsafe<{ slug: string }[]>(`SELECT slug FROM "Case" WHERE "searchVector" @@ to_tsquery('simple', search_key('renamed:*')) ORDER BY slug`);
    expect(rows.map((r) => r.slug)).toEqual(["prosecutor-v-test-commander", "same-number-national-court"]);
    expect((await getCasePage("same-number-national-court"))!.accused[0]).toMatchObject({ name: "Test Commander Renamed", rank: "Major General" });
  });
});

describe("deleting a case", () => {
  it("refuses a viewer, a missing or stale version, and writes nothing", async () => {
    await refusedCall({ method: "DELETE", path: "/api/v1/cases/same-number-national-court", token: tokens.viewer, body: { expectedVersion: 1 } }, 403);
    await refusedCall({ method: "DELETE", path: "/api/v1/cases/same-number-national-court", token: tokens.analyst }, 400);
    await refusedCall({ method: "DELETE", path: "/api/v1/cases/same-number-national-court", token: tokens.analyst, body: { expectedVersion: 7 } }, 409);
    const error = await refusedWithoutWriting(() => deleteCase({ actor: anonymous, id: "same-number-national-court", input: { expectedVersion: 1 } }));
    expect(error.code).toBe("UNAUTHENTICATED");
  });

  it("hides the case: 200, then 404 everywhere; the row, its audit trail and the accused stay", async () => {
    const before = await counts();
    const deleted = await call({ method: "DELETE", path: "/api/v1/cases/same-number-national-court?expectedVersion=1", token: tokens.analyst });
    expect(deleted.status, JSON.stringify(deleted.json)).toBe(200);
    expect(deleted.json).toMatchObject({ version: 2, deletedAt: expect.any(String) });
    expect(await counts()).toMatchObject({ cases: before.cases, deleted: before.deleted + 1, audits: before.audits + 1 });
    expect((await call({ method: "GET", path: "/api/v1/cases/same-number-national-court" })).status).toBe(404);
    await refusedCall({ method: "PATCH", path: "/api/v1/cases/same-number-national-court", token: tokens.analyst, body: { title: "X", expectedVersion: 2 } }, 404);
    await refusedCall({ method: "POST", path: "/api/v1/cases/same-number-national-court/stages", token: tokens.analyst, body: { stage: "TRIAL", date: "2025", expectedVersion: 2 } }, 404);
    await refusedCall({ method: "DELETE", path: "/api/v1/cases/same-number-national-court", token: tokens.analyst, body: { expectedVersion: 2 } }, 404);
    expect(await getCasePage("same-number-national-court")).toBeNull();
    const history = await getCaseHistory("same-number-national-court");
    expect(history?.entries.map((e) => e.action)).toEqual(["DELETE", "CREATE"]);
    // The accused page no longer lists it.
    const page = await getAccusedPage("test-commander");
    expect(page!.forums.find((f) => f.slug === "ukraine-domestic")!.cases).toEqual([]);
    // Its number stays taken before the forum (the database keeps it unique), and the refusal says so.
    const reuse = await refusal(createCase({ actor: actors.analyst, now: NOW, input: { ...valid, forum: "ukraine-domestic", title: "Reuse", accused: [{ slug: "test-commander" }], charges: [{ ...valid.charges[0], accused: null }] } }));
    expect(reuse.code).toBe("CONFLICT");
    expect(reuse.message).toMatch(/deleted case/);
  });

  it("an admin restores a deleted case, as it was; an analyst may not, and a stale version is refused", async () => {
    const refusedAnalyst = await refusedWithoutWriting(() => restoreCase({ actor: actors.analyst, id: "same-number-national-court", input: { expectedVersion: 2 } }));
    expect(refusedAnalyst.code).toBe("FORBIDDEN");
    const stale = await refusedWithoutWriting(() => restoreCase({ actor: actors.admin, id: "same-number-national-court", input: { expectedVersion: 1 } }));
    expect(stale.code).toBe("CONFLICT");
    const live = await refusedWithoutWriting(() => restoreCase({ actor: actors.admin, id: "unnumbered-case", input: { expectedVersion: 1 } }));
    expect(live.code).toBe("NOT_FOUND");
    const restored = await restoreCase({ actor: actors.admin, id: "same-number-national-court", input: { expectedVersion: 2 } });
    expect(restored).toMatchObject({ slug: "same-number-national-court", version: 3, deletedAt: null });
    expect((await call({ method: "GET", path: "/api/v1/cases/same-number-national-court" })).status).toBe(200);
    const history = await getCaseHistory("same-number-national-court");
    expect(history?.entries.map((e) => e.action)).toEqual(["UPDATE", "DELETE", "CREATE"]);
    expect(history!.entries[0]!.changes.map((c) => c.label)).toContain("Deleted");
  });
});
