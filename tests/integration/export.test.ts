/**
 * Exports on a real Postgres: the case export holds exactly the list's cases (each once, in the
 * list's order, over several internal pages), notes only ever widen a signed-in search and are never
 * written, bad parameters are refused before a byte is sent; the milestone export follows the
 * timeline's filters; the full dump holds every table's rows, parses, matches the database and
 * carries no secret.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyCaseListQuery, type CaseListQuery, type CaseSort } from "@/lib/core/case-list-query";
import { parse as parseCsv } from "csv-parse/sync";
import { UTF8_BOM } from "@/lib/core/csv";
import { CASE_EXPORT_COLUMNS, csvHeader, MILESTONE_EXPORT_COLUMNS, type CaseExportRecord } from "@/lib/core/export-columns";
import { refreshAnnotationSearch, refreshCaseSearch } from "@/lib/server/cases/search-document";
import { caseExportPages, exportCases } from "@/lib/server/export/case-export";
import { DUMP_FORMAT, DUMP_VERSION, dumpTables, writeDump } from "@/lib/server/export/dump";
import { exportMilestones } from "@/lib/server/export/milestone-export";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { getCaseListOptions, listCases } from "@/lib/server/queries/case-list";
import { listMilestones } from "@/lib/server/queries/milestones";
import { seedReferenceData } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let testDb: TestDatabase;
let database: Database;
const previousUrl = process.env.DATABASE_URL;
const MANY = 1203; // more than two pages of 500
const ORIGIN = "https://tracker.example";
const NOW = new Date("2025-06-01T10:00:00Z");
const SECRETS = { password: "pw-hash-SECRET-1", feed: "feed-hash-SECRET-2", token: "token-hash-SECRET-3", email: "analyst-secret@example.test" };

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_export");
  database = createDatabase(testDb.target);
  const prisma = database.prisma;
  await seedReferenceData(prisma);
  await prisma.case.deleteMany({});
  const id = async (rows: Promise<{ id: string } | null>) => (await rows)!.id;
  const [icc, domestic, ukraine, warCrimes, direct, natural] = await Promise.all([
    id(prisma.forum.findUnique({ where: { slug: "icc" } })),
    id(prisma.forum.findUnique({ where: { slug: "ukraine-domestic" } })),
    id(prisma.situation.findUnique({ where: { slug: "ukraine" } })),
    id(prisma.crimeCategory.findUnique({ where: { slug: "war-crimes" } })),
    id(prisma.modeOfLiability.findUnique({ where: { slug: "direct" } })),
    id(prisma.accusedKind.findUnique({ where: { slug: "natural" } })),
  ]);
  const day = (i: number) => new Date(Date.UTC(2022, 0, 1 + (i % 700)));
  await prisma.case.createMany({
    data: Array.from({ length: MANY }, (_, i) => ({
      slug: `t-many-${String(i).padStart(4, "0")}`,
      reference: i % 3 === 0 ? null : `REF-${(i * 37) % MANY}`,
      title: i % 5 === 0 ? "Tied title" : `Case ${i % 311} about shelling`,
      forumId: i % 2 === 0 ? icc : domestic,
      situationId: ukraine,
      stage: i % 4 === 0 ? "TRIAL" : "INVESTIGATION",
      stageOn: day(i * 7),
      stagePrecision: i % 3 === 0 ? "MONTH" : "DAY",
      openedOn: day(i),
      openedPrecision: "DAY",
      isSynthetic: true,
      deletedAt: i === 5 ? new Date() : null,
    })),
  });
  const first = await prisma.case.findUniqueOrThrow({ where: { slug: "t-many-0001" }, select: { id: true } });
  const accused = await prisma.accused.create({ data: { slug: "t-accused", kindId: natural, name: "Ivan Testenko", nameOriginal: "Іван Тестенко", isSynthetic: true }, select: { id: true } });
  await prisma.caseAccused.create({ data: { caseId: first.id, accusedId: accused.id } });
  await prisma.charge.create({ data: { caseId: first.id, accusedId: accused.id, crimeId: warCrimes, modeId: direct, provisionCited: "=Article 438, Criminal Code" } });
  const user = await prisma.user.create({
    data: { email: SECRETS.email, name: "An analyst", role: "ANALYST", passwordHash: SECRETS.password, feedTokenHash: SECRETS.feed },
    select: { id: true },
  });
  await prisma.apiToken.create({ data: { userId: user.id, name: "script", tokenHash: SECRETS.token, prefix: "trk_abc" } });
  await prisma.follow.create({ data: { userId: user.id, target: "CASE", caseId: first.id } });
  const noted = await prisma.case.findUniqueOrThrow({ where: { slug: "t-many-0002" }, select: { id: true } });
  const note = await prisma.annotation.create({
    data: { caseId: noted.id, authorId: user.id, body: "Zaporizhzhiaonly witness statement", assessment: "STALLED", versions: { create: { version: 1, body: "Zaporizhzhiaonly witness statement", assessment: "STALLED", verified: false, editedById: user.id } } },
    select: { id: true },
  });
  await prisma.stageChange.create({ data: { caseId: first.id, stage: "INVESTIGATION", occurredOn: day(1), precision: "DAY", recordedById: user.id } });
  await refreshAnnotationSearch(prisma, [note.id]);
  await refreshCaseSearch(prisma, "all");
  process.env.DATABASE_URL = testDb.url;
});

afterAll(async () => {
  await closeSharedDatabase();
  if (previousUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = previousUrl;
  await database?.close();
  await testDb?.drop();
});

const q = (patch: Partial<CaseListQuery>): CaseListQuery => ({ ...emptyCaseListQuery(), limit: 100, ...patch });

async function exported(query: CaseListQuery, signedIn = false, pageSize?: number): Promise<CaseExportRecord[]> {
  const out: CaseExportRecord[] = [];
  for await (const page of caseExportPages(query, { signedIn }, { origin: ORIGIN, pageSize })) out.push(...page);
  return out;
}

/** Every page of the list, following its cursors: the slugs in order, and the matching count. */
async function listed(query: CaseListQuery, signedIn = false): Promise<{ slugs: string[]; matching: number }> {
  const slugs: string[] = [];
  let after = null;
  let matching = 0;
  for (;;) {
    const result = await listCases({ ...query, after }, { signedIn });
    matching = result.matching;
    slugs.push(...result.cases.map((c) => c.slug));
    if (!result.next) break;
    after = (await import("@/lib/core/case-list-query")).decodeCursor(result.next, query.sort);
  }
  return { slugs, matching };
}

describe("case export", () => {
  it.each<[string, Partial<CaseListQuery>]>([
    ["every case, latest stage first", {}],
    ["ICC only, by case number", { forum: ["icc"], sort: "reference" }],
    ["trials by title", { stage: ["TRIAL"], sort: "title" }],
    ["opened order", { sort: "opened" as CaseSort }],
    ["a search, best match first", { q: "shelling", sort: "relevance" }],
  ])("holds the list's cases, each once, in its order: %s", async (_name, patch) => {
    const query = q(patch);
    const list = await listed(query);
    const records = await exported(query);
    expect(records.map((r) => r.slug)).toEqual(list.slugs);
    expect(records.length).toBe(list.matching);
    expect(new Set(records.map((r) => r.slug)).size).toBe(records.length);
  });

  it("reads more than one internal page and never a deleted case", async () => {
    const records = await exported(q({}));
    expect(records.length).toBe(MANY - 1);
    expect(records.map((r) => r.slug)).not.toContain("t-many-0005");
    // A smaller page size gives the same rows.
    expect((await exported(q({ sort: "title" }), false, 7)).map((r) => r.slug)).toEqual((await exported(q({ sort: "title" }))).map((r) => r.slug));
  });

  it("writes a case's accused, charges and dates as documented", async () => {
    const record = (await exported(q({ q: "Тестенко" })))[0]!;
    expect(record).toMatchObject({
      slug: "t-many-0001",
      forum: { slug: "ukraine-domestic" },
      stage: "investigation",
      accused: [{ slug: "t-accused", name: "Ivan Testenko", nameInUkrainian: "Іван Тестенко" }],
      crimes: [{ slug: "war-crimes" }],
      modesOfLiability: [{ slug: "direct" }],
      provisionsCited: ["=Article 438, Criminal Code"],
      isSynthetic: true,
      url: `${ORIGIN}/cases/t-many-0001`,
    });
    const monthly = (await exported(q({}))).find((r) => r.slug === "t-many-0003")!;
    expect(monthly.stageDate).toMatch(/^\d{4}-\d{2}$/);
  });

  it("matches notes only for a signed-in reader, and never writes their text", async () => {
    expect(await exported(q({ q: "Zaporizhzhiaonly" }))).toEqual([]);
    const signedIn = await exported(q({ q: "Zaporizhzhiaonly" }), true);
    expect(signedIn.map((r) => r.slug)).toEqual(["t-many-0002"]);
    expect(JSON.stringify(signedIn)).not.toContain("witness");
  });

  it("downloads CSV with a BOM, the header and one record per case, formulas neutralised", async () => {
    const response = await exportCases({ format: "csv", params: { forum: "ukraine-domestic" }, viewer: { signedIn: false }, origin: ORIGIN, now: NOW });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="cases-2025-06-01.csv"');
    // Response.text() would drop the BOM while decoding: read the bytes.
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    const [header, ...rows] = parseCsv(text, { bom: true });
    expect(header).toEqual(csvHeader(CASE_EXPORT_COLUMNS));
    const { matching } = await listCases(q({ forum: ["ukraine-domestic"] }), { signedIn: false });
    expect(rows).toHaveLength(matching);
    const row = rows.find((r) => r[0] === "t-many-0001")!;
    expect(row[header!.indexOf("Provisions cited")]).toBe("'=Article 438, Criminal Code");
    expect(row[header!.indexOf("Accused, name in Ukrainian")]).toBe("Іван Тестенко");
  });

  it("downloads JSON as one array", async () => {
    const response = await exportCases({ format: "json", params: { stage: "trial" }, viewer: { signedIn: false }, origin: ORIGIN, now: NOW });
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="cases-2025-06-01.json"');
    const records = (await response.json()) as CaseExportRecord[];
    expect(records.length).toBe((await listCases(q({ stage: ["TRIAL"] }), { signedIn: false })).matching);
    expect(records.every((r) => r.stage === "trial")).toBe(true);
    const empty = await exportCases({ format: "json", params: { q: "nothingmatchesthis" }, viewer: { signedIn: false }, origin: ORIGIN, now: NOW });
    expect(await empty.json()).toEqual([]);
  });

  it.each([
    [{ forum: "nowhere" }, "forum"],
    [{ limit: "10" }, "limit"],
    [{ after: "abc" }, "after"],
    [{ colour: "red" }, "colour"],
    [{ year: "20x" }, "year"],
  ])("refuses %j with a 400 naming %s", async (params, parameter) => {
    const options = await getCaseListOptions();
    const csv = await exportCases({ format: "csv", params, viewer: { signedIn: false }, origin: ORIGIN, now: NOW, options });
    expect(csv.status).toBe(400);
    expect(csv.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await csv.text()).toContain(`${parameter}:`);
    const json = await exportCases({ format: "json", params, viewer: { signedIn: false }, origin: ORIGIN, now: NOW, options });
    expect(json.status).toBe(400);
    const body = (await json.json()) as { error: { errors: { parameter: string }[] } };
    expect(body.error.errors.map((e) => e.parameter)).toContain(parameter);
  });
});

describe("milestone export", () => {
  it("holds the timeline's milestones for the filters, in its order", async () => {
    const response = await exportMilestones({ format: "csv", params: { track: "accountability" }, origin: ORIGIN, now: NOW });
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="milestones-2025-06-01.csv"');
    const [header, ...rows] = parseCsv(await response.text(), { bom: true });
    expect(header).toEqual(csvHeader(MILESTONE_EXPORT_COLUMNS));
    const { milestones } = await listMilestones({ track: "accountability" });
    expect(milestones.length).toBeGreaterThan(0);
    expect(rows.map((r) => r[0])).toEqual(milestones.map((m) => m.slug));
    expect(rows.every((r) => r[header!.indexOf("Track")] === "Accountability")).toBe(true);
    const all = await listMilestones({});
    expect(rows.length).toBeLessThan(all.milestones.length);
  });

  it("gives JSON with sources, and refuses bad or unknown parameters by name", async () => {
    const json = await exportMilestones({ format: "json", params: {}, origin: ORIGIN, now: NOW });
    const records = (await json.json()) as { slug: string; sources: unknown[] }[];
    expect(records.length).toBe((await listMilestones({})).milestones.length);
    expect(records.some((r) => r.sources.length > 0)).toBe(true);
    for (const [params, parameter] of [[{ track: "nope" }, "track"], [{ colour: "red" }, "colour"], [{ year: "99" }, "year"]] as const) {
      const bad = await exportMilestones({ format: "csv", params, origin: ORIGIN, now: NOW });
      expect(bad.status).toBe(400);
      expect(await bad.text()).toContain(`${parameter}:`);
    }
  });
});

describe("full dump", () => {
  let text = "";
  let dump: Record<string, unknown>;
  beforeAll(async () => {
    // Issue 14's columns, given values here so the test does not depend on the seeded data having them.
    const p = database.prisma;
    const declaration = await p.jurisdictionRule.findFirstOrThrow({ where: { effect: "CONDITIONAL" }, orderBy: { slug: "asc" } });
    await p.jurisdictionRule.update({
      where: { id: declaration.id },
      data: { conditionKind: "NOT_OPERATIONAL", conductFrom: new Date("2013-11-21T00:00:00Z"), conductFromPrecision: "DAY", conductTo: new Date("2014-02-01T00:00:00Z"), conductToPrecision: "MONTH" },
    });
    const provision = await p.provision.findFirstOrThrow({ orderBy: { slug: "asc" }, select: { id: true, instrumentId: true } });
    await p.instrument.update({ where: { id: provision.instrumentId }, data: { url: "https://official.example/instrument" } });
    await p.provision.update({ where: { id: provision.id }, data: { url: "https://official.example/instrument#provision" } });
    await p.forum.update({ where: { slug: "icc" }, data: { coversNote: "A test note on admissibility.", coversNoteProvisionId: provision.id } });
    const chunks: string[] = [];
    await writeDump(database.prisma, (chunk) => chunks.push(chunk), NOW);
    text = chunks.join("");
    dump = JSON.parse(text) as Record<string, unknown>;
  });

  it("is versioned and names when it was taken", () => {
    expect(dump).toMatchObject({ format: DUMP_FORMAT, version: DUMP_VERSION, exportedAt: NOW.toISOString() });
  });

  it("holds every row of every table, and its counts equal the database's", async () => {
    for (const table of dumpTables(database.prisma)) {
      const rows = dump[table.name] as { id: string }[];
      expect(rows, table.name).toHaveLength(await table.count());
      expect((dump.counts as Record<string, number>)[table.name]).toBe(rows.length);
      expect(new Set(rows.map((r) => r.id)).size, table.name).toBe(rows.length);
    }
    expect((dump.cases as unknown[]).length).toBe(MANY);
    expect((dump.milestones as unknown[]).length).toBeGreaterThan(0);
  });

  it("matches the database row by row where it matters", async () => {
    const cases = dump.cases as { id: string; slug: string; stageOn: string; deletedAt: string | null; accusedIds: string[] }[];
    const dbCases = await database.prisma.case.findMany({ select: { id: true, slug: true, stageOn: true, deletedAt: true, accused: { select: { accusedId: true } } } });
    const byId = new Map(cases.map((c) => [c.id, c]));
    for (const c of dbCases) {
      const d = byId.get(c.id)!;
      expect(d.slug).toBe(c.slug);
      expect(d.stageOn).toBe(c.stageOn.toISOString().slice(0, 10));
      expect(d.deletedAt).toBe(c.deletedAt?.toISOString() ?? null);
      expect(d.accusedIds).toEqual(c.accused.map((a) => a.accusedId).sort());
    }
    const annotations = dump.annotations as { versions: { version: number; body: string }[] }[];
    expect(annotations[0]!.versions).toEqual([expect.objectContaining({ version: 1, body: "Zaporizhzhiaonly witness statement" })]);
    const milestones = dump.milestones as { forumIds: string[]; sources: { sourceId: string }[] }[];
    expect(milestones.reduce((n, m) => n + m.sources.length, 0)).toBe(await database.prisma.milestoneSource.count());
  });

  it("carries the rules' conduct reached and kind of condition, the official texts, the forums' note and the complementarity policies with their scope", async () => {
    const p = database.prisma;
    type Row = Record<string, unknown> & { id: string };
    const rules = dump.jurisdictionRules as Row[];
    const rule = rules.find((r) => r.conditionKind === "NOT_OPERATIONAL" && r.conductFrom !== null)!;
    // Calendar dates as days with their precision beside them, never timestamps.
    expect(rule).toMatchObject({ conductFrom: "2013-11-21", conductFromPrecision: "DAY", conductTo: "2014-02-01", conductToPrecision: "MONTH" });
    expect(rules.every((r) => "conditionKind" in r && "conductTo" in r)).toBe(true);
    expect((dump.instruments as Row[]).some((i) => i.url === "https://official.example/instrument")).toBe(true);
    expect((dump.provisions as Row[]).some((v) => v.url === "https://official.example/instrument#provision")).toBe(true);
    const icc = (dump.forums as Row[]).find((f) => f.slug === "icc")!;
    expect(icc).toMatchObject({ coversNote: "A test note on admissibility.", coversNoteProvisionId: expect.any(String) });

    const policies = dump.complementarityPolicies as (Row & { crimeIds: string[]; accusedKindIds: string[]; levelIds: string[] })[];
    const stored = await p.complementarityPolicy.findMany({ include: { crimes: { select: { id: true } }, accusedKinds: { select: { id: true } }, levels: { select: { id: true } } } });
    expect(stored.length).toBeGreaterThan(0);
    expect(policies).toHaveLength(stored.length);
    for (const s of stored) {
      const d = policies.find((x) => x.id === s.id)!;
      expect({ slug: d.slug, kind: d.kind, forumId: d.forumId, statement: d.statement, proposedBy: d.proposedBy, sourceId: d.sourceId }).toEqual({
        slug: s.slug, kind: s.kind, forumId: s.forumId, statement: s.statement, proposedBy: s.proposedBy, sourceId: s.sourceId,
      });
      expect([d.crimeIds, d.accusedKindIds, d.levelIds]).toEqual([s.crimes.map((x) => x.id).sort(), s.accusedKinds.map((x) => x.id).sort(), s.levels.map((x) => x.id).sort()]);
    }
    // The scope lists are carried, not only empty ones.
    expect(policies.some((x) => x.levelIds.length > 0)).toBe(true);
  });

  it("carries no secret and no e-mail address", () => {
    for (const secret of ["passwordHash", "tokenHash", "feedTokenHash", "email", SECRETS.password, SECRETS.feed, SECRETS.token, SECRETS.email]) {
      expect(text).not.toContain(secret);
    }
    const users = dump.users as Record<string, unknown>[];
    for (const user of users) expect(Object.keys(user).sort()).toEqual(["id", "name", "role"]);
  });

  it("is the same when taken twice", async () => {
    const again: string[] = [];
    await writeDump(database.prisma, (chunk) => again.push(chunk), NOW);
    expect(again.join("")).toBe(text);
  });
});
