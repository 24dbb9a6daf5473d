/**
 * Cases and notes written in either language, the other added beside them
 * (docs/decisions/042-users-texts-in-either-language.md), on a real Postgres server: through the
 * use cases and the API's route handlers (Request objects, Bearer tokens). The other language is a
 * TRANSLATED Translation row written with the record, by the user, dated the day in Kyiv, in the
 * audit's before and after, under the version check; a refusal writes nothing; a note's translation
 * is read only as the note is; search finds a case by its other-language title. The case import
 * (CSV and JSON) carries `lang` and `title_en`, `summary_uk`… as the milestone import does.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { createApiToken } from "@/lib/server/accounts/api-tokens";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { updateAnnotation } from "@/lib/server/annotations/update-annotation";
import { createCase } from "@/lib/server/cases/create-case";
import { updateCase } from "@/lib/server/cases/update-case";
import { updateMilestone } from "@/lib/server/milestones/update-milestone";
import { AppError } from "@/lib/server/errors";
import { refusedWithoutWritingTo } from "@/tests/support/refusals";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { getAnnotationWithVersions, listAnnotations } from "@/lib/server/queries/annotations";
import { getCasePage } from "@/lib/server/queries/case-page";
import { listCases } from "@/lib/server/queries/case-list";
import { emptyCaseListQuery, type CaseListQuery } from "@/lib/core/case-list-query";
import { shownField } from "@/lib/core/translations";
import { seedReferenceData } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";
import { POST as createRoute } from "@/app/api/v1/cases/create-handler";
import { runImport } from "@/lib/server/import/run-import";
import type { ImportFormat, ImportRowReport } from "@/lib/core/import/types";
import { GET as getRoute, PATCH as patchRoute } from "@/app/api/v1/cases/[id]/route";

let testDb: TestDatabase;
let database: Database;
type Who = "viewer" | "analyst" | "otherAnalyst";
const actors: Record<Who, Extract<Actor, { kind: "user" }>> = {} as never;
const tokens: Record<Who, string> = {} as never;
const anonymous: Actor = { kind: "anonymous" };
// 23:30 UTC on 3 December is already 4 December in Kyiv: the translation is dated the Kyiv day.
const NOW = new Date("2026-12-03T23:30:00Z");

const p = () => database.prisma;

const ukrainianCase = {
  title: "Справа про депортацію дітей з Херсона",
  summary: "Обвинувачення в незаконній депортації дітей.",
  lang: "uk",
  translations: { en: { title: "Case of the deportation of children from Kherson", summary: "Charges of the unlawful deportation of children." } },
  forum: "ukraine-domestic",
  situation: "ukraine",
  accused: [{ key: "a1", name: "Test Officer", kind: "natural" }],
  charges: [{ accused: "a1", crime: "war-crimes", mode: "direct", provisionCited: "Article 438 of the Criminal Code of Ukraine" }],
  isSynthetic: true,
  initialStage: { stage: "INVESTIGATION", date: "2024-03" },
};

async function counts() {
  const [cases, translations, audits, versions, notes, noteVersions] = await Promise.all([
    p().case.count(),
    p().translation.count({ where: { entityType: { in: ["Case", "Annotation"] } } }),
    p().auditEvent.count(),
    p().case.aggregate({ _sum: { version: true } }),
    p().annotation.aggregate({ _sum: { version: true } }),
    p().annotationVersion.count(),
  ]);
  return { cases, translations, audits, versions: versions._sum.version, notes: notes._sum.version, noteVersions };
}

const refusedWithoutWriting = refusedWithoutWritingTo(counts);

async function found(q: string): Promise<string[]> {
  const query: CaseListQuery = { ...emptyCaseListQuery(), q };
  return (await listCases(query, { signedIn: false })).cases.map((c) => c.slug).sort();
}

async function call(method: "POST" | "GET" | "PATCH", path: string, { token, body }: { token?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const request = new Request(`http://tracker.test${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const id = path.split("/")[4] ?? "";
  const context = { params: Promise.resolve({ id }) };
  const response = method === "POST" ? await createRoute(request) : method === "GET" ? await getRoute(request, context) : await patchRoute(request, context);
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_users_texts");
  database = createDatabase(testDb.target);
  await seedReferenceData(database.prisma);
  process.env.DATABASE_URL = testDb.url;
  const users: [Who, "VIEWER" | "ANALYST"][] = [["viewer", "VIEWER"], ["analyst", "ANALYST"], ["otherAnalyst", "ANALYST"]];
  for (const [who, role] of users) {
    const user = await p().user.create({ data: { email: `${who.toLowerCase()}@example.test`, name: `Олена ${who}`, role }, select: { id: true } });
    actors[who] = { kind: "user", id: user.id, role };
    tokens[who] = (await createApiToken({ actor: actors[who], input: { name: "test" } })).token;
  }
});

afterAll(async () => {
  await closeSharedDatabase();
  await database?.close();
  await testDb?.drop();
});

describe("a case written in Ukrainian with its English", () => {
  let slug = "";
  let id = "";

  it("is recorded with its language and its English as TRANSLATED rows by the analyst, dated the day in Kyiv, in the audit", async () => {
    const record = await createCase({ actor: actors.analyst, now: NOW, input: ukrainianCase });
    slug = record.slug;
    id = record.id;
    expect(slug).toMatch(/^sprava-pro-deportatsiiu-ditei-z-khersona/);
    expect(record).toMatchObject({ title: ukrainianCase.title, lang: "uk", translations: ukrainianCase.translations });
    const rows = await p().translation.findMany({ where: { entityType: "Case", entityId: id }, orderBy: { field: "asc" }, select: { field: true, locale: true, state: true, text: true, translatedBy: true, translatedOn: true } });
    expect(rows).toEqual([
      { field: "summary", locale: "en", state: "TRANSLATED", text: ukrainianCase.translations.en.summary, translatedBy: "Олена analyst", translatedOn: new Date("2026-12-04T00:00:00Z") },
      { field: "title", locale: "en", state: "TRANSLATED", text: ukrainianCase.translations.en.title, translatedBy: "Олена analyst", translatedOn: new Date("2026-12-04T00:00:00Z") },
    ]);
    const audit = await p().auditEvent.findFirstOrThrow({ where: { entityType: "Case", entityId: id, action: "CREATE" } });
    expect(audit.after).toMatchObject({ lang: "uk", translations: ukrainianCase.translations });
  });

  it("is shown in the reader's language: Ukrainian as written, English translated", async () => {
    const page = (await getCasePage(slug))!;
    expect(shownField(page.translations, "Case", page.id, "title", page.title, "uk", page.lang)).toMatchObject({ text: ukrainianCase.title, lang: "uk", state: "RECORDED" });
    expect(shownField(page.translations, "Case", page.id, "title", page.title, "en", page.lang)).toMatchObject({
      text: ukrainianCase.translations.en.title,
      lang: "en",
      state: "TRANSLATED",
      translatedBy: "Олена analyst",
      translatedOn: "2026-12-04",
    });
    const row = (await listCases({ ...emptyCaseListQuery(), q: "Kherson" }, { signedIn: false })).cases.find((c) => c.slug === slug);
    expect(row).toMatchObject({ lang: "uk", translations: { en: { title: ukrainianCase.translations.en.title } } });
  });

  it("is found by its English title and by its Ukrainian one", async () => {
    expect(await found("Kherson")).toContain(slug);
    expect(await found("Херсона")).toContain(slug);
    expect(await found("unlawful deportation")).toContain(slug);
  });

  it("refuses a translation into its own language, naming the field, writing nothing", async () => {
    const error = await refusedWithoutWriting(() => updateCase({ actor: actors.analyst, id: slug, now: NOW, input: { expectedVersion: 1, translations: { uk: { title: "Інша назва" } } } }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.details.errors).toEqual([expect.objectContaining({ parameter: "translations.uk.title", message: expect.stringContaining('is in the language the record is written in ("uk")') })]);
  });

  it("refuses an unknown language, writing nothing", async () => {
    const error = await refusedWithoutWriting(() => updateCase({ actor: actors.analyst, id: slug, now: NOW, input: { expectedVersion: 1, lang: "ru" } }));
    expect(error.details.errors?.map((e) => e.parameter)).toEqual(["lang"]);
    const other = await refusedWithoutWriting(() => updateCase({ actor: actors.analyst, id: slug, now: NOW, input: { expectedVersion: 1, translations: { de: { title: "Fall" } } } }));
    expect(other.details.errors?.map((e) => e.parameter)).toEqual(["translations"]);
  });

  it("refuses a viewer and a stale version, writing nothing", async () => {
    expect((await refusedWithoutWriting(() => updateCase({ actor: actors.viewer, id: slug, now: NOW, input: { expectedVersion: 1, translations: { en: { title: "x" } } } }))).code).toBe("FORBIDDEN");
    expect((await refusedWithoutWriting(() => updateCase({ actor: anonymous, id: slug, now: NOW, input: { expectedVersion: 1, translations: { en: { title: "x" } } } }))).code).toBe("UNAUTHENTICATED");
    await updateCase({ actor: actors.otherAnalyst, id: slug, now: NOW, input: { expectedVersion: 1, translations: { en: { title: "Deportation of children from Kherson" } } } });
    const stale = await refusedWithoutWriting(() => updateCase({ actor: actors.analyst, id: slug, now: NOW, input: { expectedVersion: 1, translations: { en: { title: "My stale English title" } } } }));
    expect(stale.code).toBe("CONFLICT");
    const row = await p().translation.findFirstOrThrow({ where: { entityType: "Case", entityId: id, field: "title", locale: "en" } });
    expect(row).toMatchObject({ text: "Deportation of children from Kherson", translatedBy: "Олена otherAnalyst" });
  });

  it("keeps a translation left out, removes a cleared one, and audits both languages", async () => {
    const kept = await updateCase({ actor: actors.analyst, id: slug, now: NOW, input: { expectedVersion: 2, summary: "Підозра в незаконній депортації дітей." } });
    expect(kept.translations).toEqual({ en: { title: "Deportation of children from Kherson", summary: ukrainianCase.translations.en.summary } });
    const cleared = await updateCase({ actor: actors.analyst, id: slug, now: NOW, input: { expectedVersion: 3, translations: { en: { summary: null } } } });
    expect(cleared.translations).toEqual({ en: { title: "Deportation of children from Kherson" } });
    expect(await p().translation.count({ where: { entityType: "Case", entityId: id, field: "summary" } })).toBe(0);
    const audit = await p().auditEvent.findFirstOrThrow({ where: { entityType: "Case", entityId: id, action: "UPDATE" }, orderBy: { at: "desc" } });
    expect(audit.before).toMatchObject({ translations: { en: { summary: ukrainianCase.translations.en.summary } } });
    expect(audit.after).toMatchObject({ translations: { en: { title: "Deportation of children from Kherson" } } });
    expect((audit.after as { translations: { en: Record<string, string> } }).translations.en.summary).toBeUndefined();
  });

  it("changing its language drops the translation into the new one", async () => {
    const english = await updateCase({ actor: actors.analyst, id: slug, now: NOW, input: { expectedVersion: 4, lang: "en", title: "Deportation of children from Kherson", translations: { uk: { title: ukrainianCase.title } } } });
    expect(english).toMatchObject({ lang: "en", title: "Deportation of children from Kherson", translations: { uk: { title: ukrainianCase.title } } });
    expect(await p().translation.count({ where: { entityType: "Case", entityId: id, locale: "en" } })).toBe(0);
    expect(await found("Херсона")).toContain(slug);
  });
});

describe("a seeded milestone whose Ukrainian is left for a lawyer", () => {
  it("keeps the missing rows and their reasons when saved with the Ukrainian fields empty, as the edit form sends them", async () => {
    const slug = "ukraine-article-12-3-declaration-2014";
    const milestone = await p().milestone.findUniqueOrThrow({ where: { slug }, select: { id: true, version: true } });
    const missing = () =>
      p().translation.findMany({ where: { entityType: "Milestone", entityId: milestone.id, locale: "uk" }, select: { field: true, state: true, note: true }, orderBy: { field: "asc" } });
    const before = await missing();
    expect(before.map((r) => [r.field, r.state])).toEqual([["description", "MISSING"], ["title", "MISSING"], ["whatChanged", "MISSING"]]);
    await updateMilestone({
      actor: actors.analyst,
      id: slug,
      now: NOW,
      input: { expectedVersion: milestone.version, translations: { uk: { title: "", description: null, whatChanged: "" } } },
    });
    expect(await missing()).toEqual(before);
  });
});

describe("the API", () => {
  it("POST records lang and translations; GET returns them; PATCH refuses bad ones with 400 naming the field, 403 for a viewer, 409 when stale", async () => {
    const created = await call("POST", "/api/v1/cases", { token: tokens.analyst, body: { ...ukrainianCase, title: "Справа про обстріл Харкова", translations: { en: { title: "Case of the shelling of Kharkiv" } } } });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const slug = created.json.slug as string;
    const read = await call("GET", `/api/v1/cases/${slug}`);
    expect(read.json).toMatchObject({ lang: "uk", translations: { en: { title: "Case of the shelling of Kharkiv" } } });

    for (const [body, parameter] of [
      [{ expectedVersion: 1, lang: "de" }, "lang"],
      [{ expectedVersion: 1, translations: { uk: { title: "Те саме" } } }, "translations.uk.title"],
      [{ expectedVersion: 1, translations: { en: { title: 3 } } }, "translations.en.title"],
    ] as const) {
      const before = await counts();
      const refused = await call("PATCH", `/api/v1/cases/${slug}`, { token: tokens.analyst, body });
      expect(refused.status, JSON.stringify(refused.json)).toBe(400);
      expect(refused.json.error.errors.map((e: { parameter: string }) => e.parameter)).toContain(parameter);
      expect(await counts()).toEqual(before);
    }
    const before = await counts();
    expect((await call("PATCH", `/api/v1/cases/${slug}`, { token: tokens.viewer, body: { expectedVersion: 1, translations: { en: { title: "x" } } } })).status).toBe(403);
    expect((await call("PATCH", `/api/v1/cases/${slug}`, { token: tokens.analyst, body: { expectedVersion: 7, translations: { en: { title: "x" } } } })).status).toBe(409);
    expect(await counts()).toEqual(before);
    const changed = await call("PATCH", `/api/v1/cases/${slug}`, { token: tokens.analyst, body: { expectedVersion: 1, translations: { en: { title: "The shelling of Kharkiv" } } } });
    expect(changed.json).toMatchObject({ version: 2, translations: { en: { title: "The shelling of Kharkiv" } } });
  });
});

describe("the case import in either language", () => {
  async function* bytes(text: string): AsyncGenerator<Uint8Array> {
    yield new TextEncoder().encode(text);
  }
  async function run(format: ImportFormat, text: string, { dryRun = false, useCasesOnly = false } = {}) {
    const rows: ImportRowReport[] = [];
    const summary = await runImport({ actor: actors.analyst, kind: "cases", format, body: bytes(text), totalBytes: text.length, dryRun, onRow: (r) => rows.push(r), prisma: p(), now: NOW, useCasesOnly });
    return { summary, rows };
  }
  const HEADER = "external_id,title,summary,forum,situation,stage,stage_date,accused_id,accused_name,accused_kind,crime,mode,provision_cited,is_synthetic,lang,title_en,summary_en,title_uk,summary_uk";
  const row = (externalId: string, cells: { title?: string; summary?: string; lang?: string; title_en?: string; summary_en?: string; title_uk?: string; summary_uk?: string } = {}) =>
    [
      externalId,
      cells.title ?? "Справа про обстріл Оленівки",
      cells.summary ?? "Обвинувачення в обстрілі житлового кварталу.",
      "ukraine-domestic",
      "ukraine",
      "investigation",
      "2024-03",
      `${externalId}-accused`,
      "Test Gunner",
      "natural",
      "war-crimes",
      "direct",
      "Article 438 of the Criminal Code of Ukraine",
      "yes",
      cells.lang ?? "uk",
      cells.title_en ?? "Case of the shelling of Olenivka",
      cells.summary_en ?? "Charges of shelling a residential area.",
      cells.title_uk ?? "",
      cells.summary_uk ?? "",
    ].join(",");
  const csv = (...rows: string[]) => [HEADER, ...rows].join("\r\n") + "\r\n";
  const translationsOf = async (externalId: string) => {
    const c = await p().case.findUniqueOrThrow({ where: { externalId }, select: { id: true, lang: true, slug: true } });
    const rows = await p().translation.findMany({ where: { entityType: "Case", entityId: c.id }, orderBy: [{ field: "asc" }, { locale: "asc" }], select: { field: true, locale: true, state: true, text: true, translatedBy: true, translatedOn: true } });
    return { ...c, rows };
  };

  it("imports a case written in Ukrainian with its English (CSV, the batch path): TRANSLATED by the importing analyst, dated the day in Kyiv, found by its English title", async () => {
    const first = await run("csv", csv(row("imp-uk-1")));
    expect(first.rows.map((r) => [r.externalId, r.outcome, r.problems])).toEqual([["imp-uk-1", "created", []]]);
    const held = await translationsOf("imp-uk-1");
    expect(held.lang).toBe("uk");
    expect(held.rows).toEqual([
      { field: "summary", locale: "en", state: "TRANSLATED", text: "Charges of shelling a residential area.", translatedBy: "Олена analyst", translatedOn: new Date("2026-12-04T00:00:00Z") },
      { field: "title", locale: "en", state: "TRANSLATED", text: "Case of the shelling of Olenivka", translatedBy: "Олена analyst", translatedOn: new Date("2026-12-04T00:00:00Z") },
    ]);
    const audit = await p().auditEvent.findFirstOrThrow({ where: { entityType: "Case", entityId: (await p().case.findUniqueOrThrow({ where: { externalId: "imp-uk-1" } })).id, action: "CREATE" } });
    expect(audit.after).toMatchObject({ lang: "uk", translations: { en: { title: "Case of the shelling of Olenivka", summary: "Charges of shelling a residential area." } } });
    expect(await found("Olenivka")).toContain(held.slug);
    expect(await found("residential")).toContain(held.slug);
    expect(await found("Оленівки")).toContain(held.slug);
  });

  it("re-importing the same file changes nothing; a changed translation is updated, an empty cell removes one, a file without the columns keeps them", async () => {
    const before = await counts();
    const again = await run("csv", csv(row("imp-uk-1")));
    expect(again.rows.map((r) => r.outcome)).toEqual(["unchanged"]);
    expect(await counts()).toEqual(before);

    const changed = await run("csv", csv(row("imp-uk-1", { title_en: "Shelling of Olenivka renamed", summary_en: "" })));
    expect(changed.rows.map((r) => r.outcome)).toEqual(["updated"]);
    const held = await translationsOf("imp-uk-1");
    expect(held.rows.map((r) => [r.field, r.locale, r.text])).toEqual([["title", "en", "Shelling of Olenivka renamed"]]);
    expect(await found("renamed")).toContain(held.slug);
    expect(await found("residential")).not.toContain(held.slug);

    const narrow = "external_id,title,summary,forum,situation,stage,stage_date,accused_id,crime,mode,provision_cited,is_synthetic\r\n" +
      "imp-uk-1,Справа про обстріл Оленівки,Обвинувачення в обстрілі житлового кварталу.,ukraine-domestic,ukraine,investigation,2024-03,imp-uk-1-accused,war-crimes,direct,Article 438 of the Criminal Code of Ukraine,yes\r\n";
    const kept = await run("csv", narrow);
    expect(kept.rows.map((r) => [r.outcome, r.problems])).toEqual([["unchanged", []]]);
    expect((await translationsOf("imp-uk-1")).rows.map((r) => r.text)).toEqual(["Shelling of Olenivka renamed"]);
  });

  it("imports a JSON case with lang and translations, through the batch path and through the use cases alike", async () => {
    const record = (externalId: string, title: string) => ({
      externalId,
      title,
      forum: "ukraine-domestic",
      situation: "ukraine",
      stage: { stage: "INVESTIGATION", date: "2024-05" },
      accused: [{ externalId: `${externalId}-accused`, name: "Test Pilot", kind: "natural" }],
      charges: [{ crime: "war-crimes", mode: "direct", provisionCited: "Article 438 of the Criminal Code of Ukraine" }],
      isSynthetic: true,
      lang: "uk",
      translations: { en: { title: `The air strike on ${externalId}` } },
    });
    const batch = await run("json", JSON.stringify([record("imp-json-1", "Справа про авіаудар по Чугуєву")]));
    const useCases = await run("json", JSON.stringify([record("imp-json-2", "Справа про авіаудар по Ізюму")]), { useCasesOnly: true });
    expect([...batch.rows, ...useCases.rows].map((r) => r.outcome)).toEqual(["created", "created"]);
    for (const externalId of ["imp-json-1", "imp-json-2"]) {
      const held = await translationsOf(externalId);
      expect(held.lang).toBe("uk");
      expect(held.rows).toEqual([{ field: "title", locale: "en", state: "TRANSLATED", text: `The air strike on ${externalId}`, translatedBy: "Олена analyst", translatedOn: new Date("2026-12-04T00:00:00Z") }]);
      expect(await found(`strike ${externalId}`)).toEqual([held.slug]);
    }
    const again = await run("json", JSON.stringify([record("imp-json-1", "Справа про авіаудар по Чугуєву"), record("imp-json-2", "Справа про авіаудар по Ізюму")]));
    expect(again.rows.map((r) => r.outcome)).toEqual(["unchanged", "unchanged"]);
  });

  it("refuses a translation into the case's own language and an unknown language, naming the columns, every problem of every row at once, writing nothing", async () => {
    const before = await counts();
    const file = csv(
      row("imp-bad-1", { title_uk: "Назва ще раз" }),
      row("imp-bad-2", { lang: "ru", title: "" }),
      row("imp-bad-3", { lang: "en", title: "A case in English", summary: "", title_en: "", summary_en: "Its summary again, in English", title_uk: "Справа англійською" }),
      row("imp-good-4"),
    );
    for (const dryRun of [true, false]) {
      const { summary, rows } = await run("csv", file, { dryRun });
      expect(summary.committed).toBe(false);
      expect(rows.map((r) => [r.externalId, r.outcome, r.problems.map((pr) => pr.column).sort()])).toEqual([
        ["imp-bad-1", "rejected", ["title_uk"]],
        ["imp-bad-2", "rejected", ["lang", "title"]],
        ["imp-bad-3", "rejected", ["summary_en"]],
        ["imp-good-4", "created", []],
      ]);
      expect(rows[1]!.problems.find((pr) => pr.column === "lang")!.message).toMatch(/^must be one of "uk", "en"/);
      expect(await counts()).toEqual(before);
    }
    const json = await run("json", JSON.stringify([{ externalId: "imp-bad-5", title: "Справа", forum: "ukraine-domestic", situation: "ukraine", stage: { stage: "INVESTIGATION", date: "2024" }, accused: [{ externalId: "x", name: "X", kind: "natural" }], charges: [{ crime: "war-crimes", mode: "direct", provisionCited: "a" }], lang: "uk", translations: { uk: { title: "Справа" } } }]));
    expect(json.rows.map((r) => [r.outcome, r.problems.map((pr) => pr.column)])).toEqual([["rejected", ["translations.uk.title"]]]);
    expect(await counts()).toEqual(before);
  });

  it("a file that leaves the language out keeps the case's, and refuses a text in it by its column", async () => {
    const before = await counts();
    const header = "external_id,title,forum,situation,stage,stage_date,accused_id,crime,mode,provision_cited,is_synthetic,title_uk";
    const line = "imp-uk-1,Справа про обстріл Оленівки,ukraine-domestic,ukraine,investigation,2024-03,imp-uk-1-accused,war-crimes,direct,Article 438 of the Criminal Code of Ukraine,yes,Інша назва";
    const { rows } = await run("csv", `${header}\r\n${line}\r\n`);
    expect(rows.map((r) => [r.outcome, r.problems.map((pr) => pr.column)])).toEqual([["rejected", ["title_uk"]]]);
    expect(await counts()).toEqual(before);
    expect((await translationsOf("imp-uk-1")).lang).toBe("uk");
  });
});

describe("a note written in Ukrainian with its English", () => {
  const CASE = "test-note-languages";
  let noteId = "";

  beforeAll(async () => {
    await createCase({ actor: actors.analyst, now: NOW, input: { ...ukrainianCase, title: "Справа для нотаток", translations: null } });
    await p().case.updateMany({ where: { title: "Справа для нотаток" }, data: { slug: CASE } });
  });

  it("is added with its English body as a TRANSLATED row, in its version 1, its audit and its search document", async () => {
    const record = await createAnnotation({
      actor: actors.analyst,
      caseSlug: CASE,
      now: NOW,
      input: { body: "Суд призначив **підготовче** засідання.", lang: "uk", assessment: "advancing", translations: { en: { body: "The court scheduled a **preliminary** hearing." } } },
    });
    noteId = record.id;
    expect(record).toMatchObject({ lang: "uk", translations: { en: { body: "The court scheduled a **preliminary** hearing." } } });
    expect(await p().translation.findFirstOrThrow({ where: { entityType: "Annotation", entityId: noteId } })).toMatchObject({ field: "body", locale: "en", state: "TRANSLATED", translatedBy: "Олена analyst" });
    expect(await p().annotationVersion.findFirstOrThrow({ where: { annotationId: noteId } })).toMatchObject({ version: 1, lang: "uk", translations: { en: { body: "The court scheduled a **preliminary** hearing." } } });
    expect((await p().auditEvent.findFirstOrThrow({ where: { entityType: "Annotation", entityId: noteId } })).after).toMatchObject({ lang: "uk", translations: { en: { body: expect.any(String) } } });
    const hits = await p().$queryRaw<{ id: string }[]>`SELECT id FROM "Annotation" WHERE "searchVector" @@ to_tsquery('simple', search_key('preliminary'))`;
    expect(hits.map((h) => h.id)).toEqual([noteId]);
  });

  it("is read with its English by signed-in readers only: a visitor learns only that a note exists", async () => {
    const caseId = (await p().case.findUniqueOrThrow({ where: { slug: CASE }, select: { id: true } })).id;
    const viewer = await listAnnotations(caseId, actors.viewer);
    expect(viewer.visible && viewer.annotations[0]).toMatchObject({ lang: "uk", otherLanguages: [{ locale: "en", body: "The court scheduled a **preliminary** hearing.", translatedBy: "Олена analyst", translatedOn: "2026-12-04" }] });
    const visitor = await listAnnotations(caseId, anonymous);
    expect(visitor).toEqual({ visible: false, count: 1 });
    expect(JSON.stringify(visitor)).not.toContain("preliminary");
    await expect(getAnnotationWithVersions(CASE, noteId, anonymous)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    // The case's public record (page and API) never carries a note or its translation.
    const page = await getCasePage(CASE);
    expect(JSON.stringify(page)).not.toContain("preliminary");
    expect(JSON.stringify((await call("GET", `/api/v1/cases/${CASE}`)).json)).not.toContain("preliminary");
    // Searching notes is for signed-in readers: a visitor's case search does not find the note's words.
    expect(await found("preliminary")).toEqual([]);
  });

  it("refuses a translation into its own language and a viewer, writing nothing", async () => {
    const own = await refusedWithoutWriting(() => updateAnnotation({ actor: actors.analyst, caseSlug: CASE, id: noteId, now: NOW, input: { expectedVersion: 1, translations: { uk: { body: "Друга" } } } }));
    expect(own.details.errors?.map((e) => e.parameter)).toEqual(["translations.uk.body"]);
    expect((await refusedWithoutWriting(() => updateAnnotation({ actor: actors.viewer, caseSlug: CASE, id: noteId, now: NOW, input: { expectedVersion: 1, translations: { en: { body: "x" } } } }))).code).toBe("FORBIDDEN");
    expect((await refusedWithoutWriting(() => updateAnnotation({ actor: actors.otherAnalyst, caseSlug: CASE, id: noteId, now: NOW, input: { expectedVersion: 1, translations: { en: { body: "x" } } } }))).code).toBe("FORBIDDEN");
  });

  it("a change of the English alone is a new version; a stale one is a conflict carrying both sides' translations", async () => {
    const { record, changed } = await updateAnnotation({ actor: actors.analyst, caseSlug: CASE, id: noteId, now: NOW, input: { expectedVersion: 1, translations: { en: { body: "The court set a preliminary hearing." } } } });
    expect(changed).toBe(true);
    expect(record).toMatchObject({ version: 2, body: "Суд призначив **підготовче** засідання.", translations: { en: { body: "The court set a preliminary hearing." } } });
    const same = await updateAnnotation({ actor: actors.analyst, caseSlug: CASE, id: noteId, now: NOW, input: { expectedVersion: 2, translations: { en: { body: "The court set a preliminary hearing." } } } });
    expect(same.changed).toBe(false);

    const stale = await refusedWithoutWriting(() => updateAnnotation({ actor: actors.analyst, caseSlug: CASE, id: noteId, now: NOW, input: { expectedVersion: 1, translations: { en: { body: "My stale English" } } } }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.details.current).toMatchObject({ version: 2, lang: "uk", translations: { en: { body: "The court set a preliminary hearing." } } });
    expect(stale.details.yours).toMatchObject({ expectedVersion: 1, lang: "uk", translations: { en: { body: "My stale English" } } });

    const history = await getAnnotationWithVersions(CASE, noteId, actors.viewer);
    expect(history.versions.map((v) => [v.version, v.translations])).toEqual([
      [2, { en: { body: "The court set a preliminary hearing." } }],
      [1, { en: { body: "The court scheduled a **preliminary** hearing." } }],
    ]);
  });

  it("clearing the English removes its row and its words from the search document", async () => {
    const { record } = await updateAnnotation({ actor: actors.analyst, caseSlug: CASE, id: noteId, now: NOW, input: { expectedVersion: 2, translations: { en: { body: null } } } });
    expect(record).toMatchObject({ version: 3, translations: {} });
    expect(await p().translation.count({ where: { entityType: "Annotation", entityId: noteId } })).toBe(0);
    const hits = await p().$queryRaw<{ id: string }[]>`SELECT id FROM "Annotation" WHERE "searchVector" @@ to_tsquery('simple', search_key('preliminary'))`;
    expect(hits).toEqual([]);
  });
});
