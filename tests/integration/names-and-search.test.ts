/**
 * Names in every spelling and Ukrainian search on a real Postgres server (decision 040): «Путин»,
 * «Putin» and «путін» find the Putin case; «депортацію» finds a case whose charge says «депортація»;
 * aliases added through the API are searched and matched by the same-person check across forums;
 * refusals (duplicate, empty, too long, unauthorised, stale) leave the data as it was; and the SQL
 * search_key and name_key do exactly what lib/core/search-normal.ts does.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyCaseListQuery, type CaseListQuery } from "@/lib/core/case-list-query";
import { nameKey, searchKey } from "@/lib/core/search-normal";
import { transliterate } from "@/lib/core/transliteration";
import { createApiToken } from "@/lib/server/accounts/api-tokens";
import type { Actor } from "@/lib/server/actor";
import { addAccusedAlias, removeAccusedAlias } from "@/lib/server/cases/accused-aliases";
import { refreshCaseSearch } from "@/lib/server/cases/search-document";
import { AppError } from "@/lib/server/errors";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { getAccusedPage } from "@/lib/server/queries/accused-page";
import { listCases } from "@/lib/server/queries/case-list";
import { runImport } from "@/lib/server/import/run-import";
import type { ImportRowReport } from "@/lib/core/import/types";
import { seedReferenceData } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";
import { GET as aliasesGet, POST as aliasesPost } from "@/app/api/v1/accused/[slug]/aliases/route";
import { DELETE as aliasDelete } from "@/app/api/v1/accused/[slug]/aliases/[aliasId]/route";

let testDb: TestDatabase;
let database: Database;
const previousUrl = process.env.DATABASE_URL;
const actors = {} as Record<"viewer" | "analyst", Actor>;
const tokens = {} as Record<"viewer" | "analyst", string>;

const p = () => database.prisma;

async function seedCases() {
  const prisma = p();
  const one = async (table: "forum" | "situation" | "crimeCategory" | "modeOfLiability" | "accusedKind", slug: string) =>
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    ((await (prisma[table] as any).findUniqueOrThrow({ where: { slug }, select: { id: true } })) as { id: string }).id;
  const forums = await prisma.forum.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true } });
  const [icc, other] = [forums[0]!.id, forums[1]!.id];
  const situation = (await prisma.situation.findFirstOrThrow({ select: { id: true } })).id;
  const crime = (await prisma.crimeCategory.findFirstOrThrow({ select: { id: true } })).id;
  const mode = (await prisma.modeOfLiability.findFirstOrThrow({ select: { id: true } })).id;
  const natural = await one("accusedKind", "natural");

  const accused = (slug: string, name: string, nameOriginal: string | null) =>
    prisma.accused.create({ data: { slug, kindId: natural, name, nameOriginal, isSynthetic: true }, select: { id: true } });
  const putin = await accused("t-putin", "Vladimir Putin", "Володимир Путін");
  const elsewhere = await accused("t-putin-elsewhere", "Putin V. V.", null);
  const other1 = await accused("t-other", "Sergei Testov", "Сергій Тестов");

  const kase = async (slug: string, forumId: string, title: string, accusedIds: string[], charge: string | null, summary: string | null = null) => {
    const c = await prisma.case.create({
      data: {
        slug, title, summary, forumId, situationId: situation, stage: "INVESTIGATION", stageOn: new Date("2024-01-01"), stagePrecision: "DAY",
        openedOn: new Date("2024-01-01"), openedPrecision: "DAY", isSynthetic: true,
        accused: { create: accusedIds.map((accusedId) => ({ accusedId })) },
        charges: charge ? { create: [{ crimeId: crime, modeId: mode, provisionCited: "стаття 438", description: charge }] } : undefined,
      },
      select: { id: true },
    });
    return c.id;
  };
  await kase("t-putin-case", icc, "Prosecutor v. Vladimir Putin", [putin.id], null);
  await kase("t-deportation", other, "Справа про незаконну депортацію дітей", [other1.id], "Незаконна депортація дітей з окупованої території");
  await kase("t-elsewhere", other, "Case of V. V. Putin", [elsewhere.id], null);
  await kase("t-unrelated", other, "An unrelated case", [other1.id], "Shelling of a school", "Обстріл школи");
  await refreshCaseSearch(prisma, "all");
}

async function found(q: string): Promise<string[]> {
  const query: CaseListQuery = { ...emptyCaseListQuery(), q };
  const result = await listCases(query, { signedIn: false });
  return result.cases.map((c) => c.slug).sort();
}

async function aliasState() {
  const [aliases, audits, accused] = await Promise.all([
    p().accusedAlias.findMany({ orderBy: { id: "asc" } }),
    p().auditEvent.count(),
    p().accused.findUniqueOrThrow({ where: { slug: "t-putin" }, select: { updatedAt: true } }),
  ]);
  const vector = await p().$queryRaw<{ v: string }[]>`SELECT "searchVector"::text AS v FROM "Case" WHERE slug = 't-putin-case'`;
  return { aliases, audits, updatedAt: accused.updatedAt.toISOString(), vector: vector[0]!.v };
}

async function currentUpdatedAt(slug = "t-putin") {
  return (await p().accused.findUniqueOrThrow({ where: { slug }, select: { updatedAt: true } })).updatedAt.toISOString();
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

type Call = { method: "GET" | "POST" | "DELETE"; path: string; token?: string; body?: unknown };
async function call({ method, path, token, body }: Call) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const request = new Request(`http://tracker.test${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const [, , , , slug, , aliasId] = path.split("?")[0]!.split("/"); // "", api, v1, accused, slug, aliases, id
  const response =
    method === "GET"
      ? await aliasesGet(request, { params: Promise.resolve({ slug: slug! }) })
      : method === "POST"
        ? await aliasesPost(request, { params: Promise.resolve({ slug: slug! }) })
        : await aliasDelete(request, { params: Promise.resolve({ slug: slug!, aliasId: aliasId! }) });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_names_search");
  database = createDatabase(testDb.target);
  await seedReferenceData(database.prisma);
  process.env.DATABASE_URL = testDb.url;
  for (const role of ["VIEWER", "ANALYST"] as const) {
    const user = await p().user.create({ data: { email: `${role.toLowerCase()}@example.test`, name: `The ${role.toLowerCase()}`, role }, select: { id: true } });
    const actor: Actor = { kind: "user", id: user.id, role };
    actors[role.toLowerCase() as "viewer"] = actor;
    tokens[role.toLowerCase() as "viewer"] = (await createApiToken({ actor, input: { name: "test" } })).token;
  }
  await seedCases();
});

afterAll(async () => {
  await closeSharedDatabase();
  await database?.close();
  await testDb?.drop();
  process.env.DATABASE_URL = previousUrl;
});

describe("the SQL keys", () => {
  const samples = [
    "Путін", "ПУТИН", "Putin", "Мар’яна Марʼяна Мар'яна Мар`яна", "Ґанна Ганна", "Львова-Бєлова", "Zelenskyy Зеленський Зеленский",
    "ICC-01/22 стаття 438", "Кадыров Шойгу Щербина Юрій Євген Київ", "Згурський Zghurskyi", "Łódź Café", "Сергі\u0438\u0306", "", "  подвійні  пробіли ",
  ];
  it("search_key does what searchKey does", async () => {
    const rows = await p().$queryRaw<{ k: string }[]>`SELECT search_key(t) AS k FROM unnest(${samples}::text[]) WITH ORDINALITY AS s(t, i) ORDER BY i`;
    expect(rows.map((r) => r.k)).toEqual(samples.map(searchKey));
  });
  it("name_key does what nameKey does", async () => {
    const rows = await p().$queryRaw<{ k: string }[]>`SELECT name_key(t) AS k FROM unnest(${samples}::text[]) WITH ORDINALITY AS s(t, i) ORDER BY i`;
    expect(rows.map((r) => r.k)).toEqual(samples.map(nameKey));
  });
});

describe("search in either language", () => {
  it.each(["Путин", "Putin", "путін"])("«%s» finds the seeded ICC case against Putin", async (q) => {
    const seeded = await p().case.findMany({ where: { accused: { some: { accused: { slug: "vladimir-putin" } } } }, select: { slug: true } });
    expect(seeded.length).toBeGreaterThan(0);
    expect(await found(q)).toEqual(expect.arrayContaining(seeded.map((c) => c.slug)));
  });

  it.each(["Путин", "Putin", "путін", "ПУТІН", "Путина", "Путіна", "Володимир Путін", "Vladimir", transliterate("Володимир Путін")])("«%s» finds the Putin case", async (q) => {
    expect(await found(q)).toContain("t-putin-case");
  });

  it.each(["депортацію", "депортація", "депортації", "Депортация", "депортацією"])("«%s» finds the case whose charge and title say «депортація»", async (q) => {
    expect(await found(q)).toEqual(["t-deportation"]);
  });

  it("«обстрілу» finds the case summarised «Обстріл школи», and nothing else", async () => {
    expect(await found("обстрілу")).toEqual(["t-unrelated"]);
  });

  it("finds the seeded ICC cases by their accused in Russian (Шойгу, Герасимов), and nothing for a name nobody has", async () => {
    expect(await found("Шойгу")).toContain("icc-shoigu");
    expect(await found("Герасимова")).toContain("icc-gerasimov");
    expect(await found("Тестовський")).toEqual([]);
  });
});

describe("aliases", () => {
  it("are added through the API, searched, listed and audited, and removed again", async () => {
    expect(await found("Poutine")).toEqual([]);
    const before = await aliasState();
    const added = await call({ method: "POST", path: "/api/v1/accused/t-putin/aliases", token: tokens.analyst, body: { name: "  Poutine ", expectedUpdatedAt: before.updatedAt } });
    expect(added.status, JSON.stringify(added.json)).toBe(201);
    expect(added.json.aliases.map((a: { name: string }) => a.name)).toEqual(["Poutine"]);
    expect(added.json.updatedAt).not.toBe(before.updatedAt);
    expect(await found("Poutine")).toEqual(["t-putin-case"]);
    expect(await found("poutin")).toEqual(["t-putin-case"]);

    const audit = await p().auditEvent.findFirstOrThrow({ where: { entityType: "Accused" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ action: "UPDATE", actorId: actors.analyst.kind === "user" ? actors.analyst.id : null });
    expect((audit.before as { aliases: string[] }).aliases).toEqual([]);
    expect((audit.after as { aliases: string[] }).aliases).toEqual(["Poutine"]);

    const listed = await call({ method: "GET", path: "/api/v1/accused/t-putin/aliases" });
    expect(listed.json).toEqual(added.json);
    const page = await getAccusedPage("t-putin");
    expect(page!.aliases.map((a) => a.name)).toEqual(["Poutine"]);

    const id = added.json.aliases[0].id as string;
    const removed = await call({ method: "DELETE", path: `/api/v1/accused/t-putin/aliases/${id}?expectedUpdatedAt=${encodeURIComponent(added.json.updatedAt)}`, token: tokens.analyst });
    expect(removed.status, JSON.stringify(removed.json)).toBe(200);
    expect(removed.json.aliases).toEqual([]);
    expect(await found("Poutine")).toEqual([]);
  });

  it("match the same person across forums, in any spelling and word order", async () => {
    // Before: the seeded ICC record «Vladimir Putin» is one (same name), «Putin V. V.» before
    // another forum is not (no full name in common).
    expect((await getAccusedPage("t-putin"))!.samePerson.map((s) => s.slug)).toEqual(["vladimir-putin"]);
    expect((await getAccusedPage("t-putin-elsewhere"))!.samePerson).toEqual([]);
    await addAccusedAlias({ actor: actors.analyst, slug: "t-putin", input: { name: "Путин В. В.", expectedUpdatedAt: await currentUpdatedAt() } });
    const page = await getAccusedPage("t-putin");
    expect(page!.samePerson.map((s) => s.slug).sort()).toEqual(["t-putin-elsewhere", "vladimir-putin"]);
    expect(page!.samePerson.find((s) => s.slug === "t-putin-elsewhere")!.forums).toHaveLength(1);
    // And the other way round: the other record finds this one through its alias.
    expect((await getAccusedPage("t-putin-elsewhere"))!.samePerson.map((s) => s.slug)).toEqual(["t-putin"]);
    // Unrelated people are not matched.
    expect((await getAccusedPage("t-other"))!.samePerson).toEqual([]);
  });

  it.each([
    ["a spelling the accused already has as an alias, in another case and apostrophe", () => ({ name: "ПУТИН в. в." }), "CONFLICT"],
    ["the accused's own name", () => ({ name: "vladimir putin" }), "CONFLICT"],
    ["an empty name", () => ({ name: "   " }), "INVALID_INPUT"],
    ["punctuation alone", () => ({ name: "–’–" }), "INVALID_INPUT"],
    ["a name too long", () => ({ name: "П".repeat(301) }), "INVALID_INPUT"],
    ["a stale version", () => ({ name: "Poutine", expectedUpdatedAt: "2020-01-01T00:00:00.000Z" }), "CONFLICT"],
  ])("refuse %s and leave the data as it was", async (_what, input, code) => {
    const before = await aliasState();
    const error = await refusal(addAccusedAlias({ actor: actors.analyst, slug: "t-putin", input: { expectedUpdatedAt: before.updatedAt, ...input() } }));
    expect(error.code).toBe(code);
    expect(await aliasState()).toEqual(before);
  });

  it("refuse made-up tokens, viewers, unknown accused and unknown aliases over the API, writing nothing", async () => {
    const before = await aliasState();
    const body = { name: "Poutine", expectedUpdatedAt: before.updatedAt };
    expect((await call({ method: "POST", path: "/api/v1/accused/t-putin/aliases", token: "tat_made-up", body })).status).toBe(401);
    expect((await call({ method: "POST", path: "/api/v1/accused/t-putin/aliases", token: tokens.viewer, body })).status).toBe(403);
    expect((await call({ method: "POST", path: "/api/v1/accused/nobody/aliases", token: tokens.analyst, body })).status).toBe(404);
    const id = before.aliases[0]!.id;
    expect((await call({ method: "DELETE", path: `/api/v1/accused/t-putin/aliases/${id}`, token: tokens.viewer, body: { expectedUpdatedAt: before.updatedAt } })).status).toBe(403);
    expect((await call({ method: "DELETE", path: `/api/v1/accused/t-putin/aliases/no-such-alias`, token: tokens.analyst, body: { expectedUpdatedAt: before.updatedAt } })).status).toBe(404);
    expect((await call({ method: "DELETE", path: `/api/v1/accused/t-putin/aliases/${id}`, token: tokens.analyst, body: {} })).status).toBe(400);
    const stale = await refusal(removeAccusedAlias({ actor: actors.analyst, slug: "t-putin", aliasId: id, input: { expectedUpdatedAt: "2020-01-01T00:00:00.000Z" } }));
    expect(stale.code).toBe("CONFLICT");
    expect(await aliasState()).toEqual(before);
  });
});

describe("the import's aliases column", () => {
  const HEADER = "external_id,title,forum,situation,stage,stage_date,accused_id,accused_name,accused_kind,aliases,crime,mode,provision_cited";
  const csv = (lines: string[]) => lines.join("\r\n") + "\r\n";
  async function run(text: string, dryRun = false) {
    const rows: ImportRowReport[] = [];
    async function* body() {
      yield new TextEncoder().encode(text);
    }
    const summary = await runImport({ actor: actors.analyst, kind: "cases", format: "csv", body: body(), totalBytes: text.length, dryRun, onRow: (r) => rows.push(r), prisma: p() });
    return { summary, rows };
  }
  const aliasesOf = async (externalId: string) =>
    (await p().accusedAlias.findMany({ where: { accused: { externalId } }, orderBy: { spelling: "asc" }, select: { name: true } })).map((a) => a.name);

  it("adds the spellings it lists, separated by |, to a new accused; search finds the case by them; importing again changes nothing", async () => {
    const file = csv([HEADER, "imp-1,Prosecutor v. Imported Person,icc,ukraine,investigation,2024,person-imp-1,Ramzan Kadyrov,natural,Рамзан Кадиров | Кадыров Рамзан|Kadyrov R.,war-crimes,direct,art. 8"]);
    const first = await run(file);
    expect(first.rows.map((r) => [r.outcome, r.problems])).toEqual([["created", []]]);
    expect(await aliasesOf("person-imp-1")).toEqual(["Kadyrov R.", "Кадыров Рамзан", "Рамзан Кадиров"]);
    expect(await found("Кадыров")).toContain(first.rows[0]!.slug);
    const again = await run(file);
    expect(again.rows.map((r) => r.outcome)).toEqual(["unchanged"]);
    expect(await aliasesOf("person-imp-1")).toHaveLength(3);
  });

  it("adds a spelling to an accused named by id alone, and never removes one; a dry run writes nothing", async () => {
    const file = (aliases: string) => csv([HEADER, `imp-2,Second imported case,icc,ukraine,investigation,2024,person-imp-1,,,${aliases},war-crimes,direct,art. 8`]);
    const dry = await run(file("Kadyrow"), true);
    expect(dry.rows.map((r) => r.outcome)).toEqual(["created"]);
    expect(await aliasesOf("person-imp-1")).toHaveLength(3);
    const written = await run(file("Kadyrow|KADYROV R."));
    expect(written.rows.map((r) => [r.outcome, r.problems])).toEqual([["created", []]]);
    expect(await aliasesOf("person-imp-1")).toEqual(["Kadyrov R.", "Kadyrow", "Кадыров Рамзан", "Рамзан Кадиров"]);
  });

  it("refuses an alias over 300 characters, writing nothing", async () => {
    const before = await p().accusedAlias.count();
    const refused = await run(csv([HEADER, `imp-3,Third,icc,ukraine,investigation,2024,person-imp-3,Someone,natural,${"x".repeat(301)},war-crimes,direct,art. 8`]));
    expect(refused.rows[0]!.outcome).toBe("rejected");
    expect(refused.rows[0]!.problems.map((pr) => pr.column)).toEqual(["aliases"]);
    expect(await p().accusedAlias.count()).toBe(before);
  });
});
