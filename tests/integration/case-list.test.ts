/**
 * The case list on a real Postgres server: facets and their counts, any-of within a facet, the
 * same-charge reading shared with the coverage matrix, search in English and Ukrainian (prefixes,
 * apostrophes), notes searched only for signed-in users, deleted records never shown, each order,
 * keyset pages that cover every row once, and the API handler.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  canonicalCaseListSearch,
  decodeCursor,
  describeCaseListQuery,
  emptyCaseListQuery,
  encodeCursor,
  parseCaseListQuery,
  stageFromSlug,
  type CaseListQuery,
  type CaseSort,
} from "@/lib/core/case-list-query";
import { caseCountKey } from "@/lib/core/matrix";
import { refreshAnnotationSearch, refreshCaseSearch } from "@/lib/server/cases/search-document";
import { createApiToken } from "@/lib/server/accounts/api-tokens";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { caseListWhere, getCaseListOptions, listCases } from "@/lib/server/queries/case-list";
import { countCasesByCell } from "@/lib/server/queries/coverage";
import { Prisma } from "@/lib/generated/prisma/client";
import { seedReferenceData } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let testDb: TestDatabase;
let database: Database;
const previousUrl = process.env.DATABASE_URL;
let userId = "";
const TIES = 30;

type Stage = "PRELIMINARY_EXAMINATION" | "INVESTIGATION" | "WARRANT_OR_NOTICE_OF_SUSPICION" | "TRIAL";

/** Synthetic records, in this throwaway database only. */
async function seedCases(prisma: Database["prisma"]) {
  const idsOf = async (rows: Promise<{ id: string; slug: string }[]>) => {
    const bySlug = new Map((await rows).map((r) => [r.slug, r.id]));
    return (slug: string) => bySlug.get(slug) ?? (() => { throw new Error(`No ${slug} in the reference data`); })();
  };
  const select = { select: { id: true, slug: true } } as const;
  const forum = await idsOf(prisma.forum.findMany(select));
  const situation = await idsOf(prisma.situation.findMany(select));
  const crime = await idsOf(prisma.crimeCategory.findMany(select));
  const mode = await idsOf(prisma.modeOfLiability.findMany(select));
  const kind = await idsOf(prisma.accusedKind.findMany(select));
  const level = await idsOf(prisma.responsibilityLevel.findMany(select));

  const accused = (slug: string, kindSlug: string, levelSlug: string | null, name: string, nameOriginal: string | null, deletedAt: Date | null = null) =>
    prisma.accused.create({
      data: { slug, kindId: kind(kindSlug), levelId: levelSlug ? level(levelSlug) : null, name, nameOriginal, isSynthetic: true, deletedAt },
      select: { id: true },
    });
  const leader = await accused("t-leader", "natural", "top-leadership", "Vladimir Testov", "Володимир Путін");
  const commissioner = await accused("t-commissioner", "natural", null, "Maria Lvova-Belova (test)", "Марія Львова-Бєлова");
  const colonel = await accused("t-colonel", "natural", "field-grade", "Colonel Ivan Testenko", "Полковник Іван Тестенко");
  const company = await accused("t-company", "legal", null, "Testchem LLC", "ТОВ Тестхім");
  const removed = await accused("t-removed", "natural", "direct-perpetrator", "Removed Perpetrator", "Видалений Виконавець", new Date());
  const maryana = await accused("t-maryana", "natural", "direct-perpetrator", "Maryana Koval", "Мар'яна Коваль");
  const maryana2 = await accused("t-maryana2", "natural", "direct-perpetrator", "Maryana Shevchuk", "Марʼяна Шевчук");

  const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const makeCase = async (
    slug: string,
    data: { forum: string; situation?: string; reference?: string | null; title: string; summary?: string; stage: Stage; stageOn: string; opened: string; precision?: "DAY" | "MONTH" | "YEAR"; inAbsentia?: boolean; deletedAt?: Date | null },
  ) =>
    prisma.case.create({
      data: {
        slug,
        reference: data.reference ?? null,
        title: data.title,
        summary: data.summary ?? null,
        forumId: forum(data.forum),
        situationId: situation(data.situation ?? "ukraine"),
        stage: data.stage,
        stageOn: date(data.stageOn),
        stagePrecision: data.precision ?? "DAY",
        openedOn: date(data.opened),
        openedPrecision: "DAY",
        inAbsentia: data.inAbsentia ?? false,
        isSynthetic: true,
        deletedAt: data.deletedAt ?? null,
      },
      select: { id: true },
    });
  const link = (caseId: string, ...people: { id: string }[]) => prisma.caseAccused.createMany({ data: people.map((a) => ({ caseId, accusedId: a.id })) });
  const charge = (caseId: string, crimeSlug: string, modeSlug: string, accusedId: string | null) =>
    prisma.charge.create({ data: { caseId, crimeId: crime(crimeSlug), modeId: mode(modeSlug), accusedId, provisionCited: "Article 8(2)(a)(vii) of the Rome Statute" } });

  const leaderCase = await makeCase("t-icc-leader", { forum: "icc", reference: "ICC-01/22-T1", title: "Situation in Ukraine: the head of state", stage: "WARRANT_OR_NOTICE_OF_SUSPICION", stageOn: "2023-03-17", opened: "2022-03-02" });
  await link(leaderCase.id, leader);
  await charge(leaderCase.id, "war-crimes", "direct", leader.id);
  await charge(leaderCase.id, "war-crimes", "command-responsibility", leader.id);

  const commissionerCase = await makeCase("t-icc-commissioner", { forum: "icc", reference: "ICC-01/22-T2", title: "Deportation of children", stage: "WARRANT_OR_NOTICE_OF_SUSPICION", stageOn: "2023-03-17", opened: "2022-03-02" });
  await link(commissionerCase.id, commissioner);
  await charge(commissionerCase.id, "war-crimes", "direct", commissioner.id);

  // A colonel and a company; one charge names the colonel, one names nobody (so both), one the company.
  const colonelCase = await makeCase("t-dom-colonel", { forum: "ukraine-domestic", title: "Shelling of a market", summary: "Artillery strike tried in absentia", stage: "TRIAL", stageOn: "2024-05-01", precision: "MONTH", opened: "2023-06-10", inAbsentia: true });
  await link(colonelCase.id, colonel, company, maryana);
  await charge(colonelCase.id, "war-crimes", "direct", colonel.id);
  await charge(colonelCase.id, "crimes-against-humanity", "direct", null);
  await charge(colonelCase.id, "ecocide", "direct", company.id);

  // The only charge is against a deleted accused: no charge facet reaches it.
  const removedCase = await makeCase("t-dom-removed", { forum: "ukraine-domestic", reference: "991/1/24", title: "Looting in a village", stage: "INVESTIGATION", stageOn: "2024-01-10", opened: "2024-01-10" });
  await link(removedCase.id, removed);
  await charge(removedCase.id, "war-crimes", "direct", removed.id);

  const deletedCase = await makeCase("t-deleted", { forum: "icc", reference: "ICC-DELETED", title: "Deleted case of the head of state", stage: "TRIAL", stageOn: "2025-01-01", opened: "2022-01-01", deletedAt: new Date() });
  await link(deletedCase.id, leader);
  await charge(deletedCase.id, "war-crimes", "direct", leader.id);

  const sudanCase = await makeCase("t-icc-sudan", { forum: "icc", situation: "sudan", title: "Chlorine use", stage: "PRELIMINARY_EXAMINATION", stageOn: "2025-05-22", opened: "2025-05-22" });
  await charge(sudanCase.id, "war-crimes", "direct", null);

  const quietCase = await makeCase("t-dom-quiet", { forum: "ukraine-domestic", title: "Detention facility", stage: "INVESTIGATION", stageOn: "2022-11-15", opened: "2022-11-15" });
  await link(quietCase.id, maryana2);
  await charge(quietCase.id, "war-crimes", "direct", maryana2.id);

  // Ties: the same dates and title, half without a case number.
  for (let i = 0; i < TIES; i++) {
    const tie = await makeCase(`t-tie-${String(i).padStart(2, "0")}`, {
      forum: "special-tribunal",
      reference: i % 2 === 0 ? null : `ST-${String(i).padStart(2, "0")}`,
      title: "Tied aggression case",
      stage: "INVESTIGATION",
      stageOn: "2025-07-01",
      opened: "2025-07-01",
    });
    await charge(tie.id, "aggression", "direct", null);
  }

  const user = await prisma.user.create({ data: { email: "reader@example.test", name: "A reader", role: "VIEWER" }, select: { id: true } });
  userId = user.id;
  const note = (caseId: string, body: string, deletedAt: Date | null = null) =>
    prisma.annotation.create({ data: { caseId, authorId: user.id, body, assessment: "STALLED", deletedAt }, select: { id: true } });
  const notes = [
    await note(quietCase.id, "A witness from Kherson described the basement."),
    await note(quietCase.id, "Second note on the same case."),
    await note(colonelCase.id, "Mariupol evidence was withdrawn.", new Date()),
    // A note that repeats words of another case's document: that case must rank above this one.
    await note(sudanCase.id, "Compare the shelling of a market in the domestic case."),
  ];
  await refreshAnnotationSearch(prisma, notes.map((n) => n.id));
}

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_case_list");
  database = createDatabase(testDb.target);
  await seedReferenceData(database.prisma);
  // Only this file's synthetic cases: the seeded real cases would make every count depend on the seed.
  await database.prisma.case.deleteMany({});
  await seedCases(database.prisma);
  await refreshCaseSearch(database.prisma, "all");
  process.env.DATABASE_URL = testDb.url;
});

afterAll(async () => {
  await closeSharedDatabase();
  if (previousUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = previousUrl;
  await database?.close();
  await testDb?.drop();
});

const ALL = 7 + TIES - 1; // every case but the deleted one
const q = (patch: Partial<CaseListQuery>): CaseListQuery => ({ ...emptyCaseListQuery(), limit: 100, ...patch });
const anonymous = { signedIn: false };
const signedIn = { signedIn: true };
const slugs = async (query: Partial<CaseListQuery>, viewer = anonymous) => (await listCases(q(query), viewer)).cases.map((c) => c.slug).sort();
const facet = (facets: Awaited<ReturnType<typeof listCases>>["facets"], name: keyof typeof facets) =>
  Object.fromEntries(facets[name].map((v) => [v.value, v.count]));

describe("facets", () => {
  it("counts every case, and each facet value with the other facets applied, zeros included", async () => {
    const result = await listCases(q({}), anonymous);
    expect(result.total).toBe(ALL);
    expect(result.matching).toBe(ALL);
    expect(facet(result.facets, "forum")).toEqual({ icc: 3, "special-tribunal": TIES, "ukraine-domestic": 3 });
    expect(facet(result.facets, "situation")).toEqual({ ukraine: ALL - 1, sudan: 1 });
    expect(facet(result.facets, "crime")).toEqual({
      "war-crimes": 5, // not the case whose only charge is against a deleted accused
      "crimes-against-humanity": 1,
      genocide: 0,
      aggression: TIES,
      ecocide: 1,
    });
    expect(facet(result.facets, "mode")).toEqual({ direct: ALL - 1, "command-responsibility": 1, ordering: 0 });
    expect(facet(result.facets, "accused")).toEqual({ natural: 4, legal: 1 });
    expect(facet(result.facets, "level")).toEqual({ "top-leadership": 1, "senior-command": 0, "field-grade": 1, "direct-perpetrator": 2 });
    expect(facet(result.facets, "stage")).toMatchObject({ investigation: TIES + 2, trial: 1, "warrant-or-notice-of-suspicion": 2, "preliminary-examination": 1, judgment: 0 });
    expect(result.facets.stage).toHaveLength(10);
    expect(result.facets.year.map((y) => [y.value, y.count])).toEqual([["2025", TIES + 1], ["2024", 1], ["2023", 1], ["2022", 3]]);
  });

  it("reads a facet given twice as either value, and different facets as all of them", async () => {
    expect(await slugs({ crime: ["ecocide", "crimes-against-humanity"] })).toEqual(["t-dom-colonel"]);
    expect(await slugs({ forum: ["icc", "ukraine-domestic"], stage: ["WARRANT_OR_NOTICE_OF_SUSPICION", "TRIAL"] })).toEqual(["t-dom-colonel", "t-icc-commissioner", "t-icc-leader"]);
    expect(await slugs({ forum: ["icc"], situation: ["sudan"] })).toEqual(["t-icc-sudan"]);
    expect(await slugs({ year: [2022, 2024] })).toEqual(["t-dom-quiet", "t-dom-removed", "t-icc-commissioner", "t-icc-leader"]);
    expect(await slugs({ year: [1999] })).toEqual([]);
  });

  it("keeps the other facets in force when counting one, and the asked values in its own", async () => {
    const result = await listCases(q({ forum: ["icc"], crime: ["war-crimes"] }), anonymous);
    expect(result.matching).toBe(3);
    // Forum counts apply the crime, not the forum; crime counts apply the forum, not the crime.
    expect(facet(result.facets, "forum")).toEqual({ icc: 3, "special-tribunal": 0, "ukraine-domestic": 2 });
    expect(facet(result.facets, "crime")).toMatchObject({ "war-crimes": 3, aggression: 0, ecocide: 0 });
    expect(facet(result.facets, "level")).toEqual({ "top-leadership": 1, "senior-command": 0, "field-grade": 0, "direct-perpetrator": 0 });
    // A year asked for that no case has is still listed, with 0.
    const withYear = await listCases(q({ year: [1999] }), anonymous);
    expect(withYear.facets.year.find((y) => y.value === "1999")).toEqual({ value: "1999", label: "1999", count: 0 });
  });

  it("holds crime, mode, kind of accused and level on one and the same charge", async () => {
    // The company is charged with ecocide, the colonel with war crimes: no war-crimes charge reaches the company.
    expect(await slugs({ crime: ["war-crimes"], accused: ["legal"] })).toEqual([]);
    expect(await slugs({ crime: ["ecocide"], accused: ["legal"] })).toEqual(["t-dom-colonel"]);
    // The charge naming nobody reaches every accused of the case, the company included.
    expect(await slugs({ crime: ["crimes-against-humanity"], accused: ["legal"] })).toEqual(["t-dom-colonel"]);
    expect(await slugs({ crime: ["crimes-against-humanity"], level: ["field-grade"] })).toEqual(["t-dom-colonel"]);
    // Command responsibility is charged against the leader only.
    expect(await slugs({ mode: ["command-responsibility"], level: ["field-grade"] })).toEqual([]);
    expect(await slugs({ mode: ["command-responsibility"], level: ["top-leadership"] })).toEqual(["t-icc-leader"]);
    // A natural person with no recorded level fits a kind but no level.
    expect(await slugs({ accused: ["natural"], forum: ["icc"] })).toEqual(["t-icc-commissioner", "t-icc-leader"]);
    // A deleted accused keeps no charge alive.
    expect(await slugs({ level: ["direct-perpetrator"] })).toEqual(["t-dom-colonel", "t-dom-quiet"]);
  });

  it("gives a matrix cell's count as the number of cases its link lists", async () => {
    const levels = [null, "top-leadership", "senior-command", "field-grade", "direct-perpetrator"];
    for (const situation of ["ukraine", "sudan"]) {
      for (const mode of ["direct", "command-responsibility"]) {
        const counts = await countCasesByCell({ situation, mode }, database.prisma);
        for (const forum of ["icc", "special-tribunal", "ukraine-domestic"]) {
          for (const crime of ["war-crimes", "crimes-against-humanity", "genocide", "aggression", "ecocide"]) {
            for (const [accused, level] of [["legal", null], ...levels.slice(1).map((l) => ["natural", l])] as [string, string | null][]) {
              const cell = q({ forum: [forum], situation: [situation], mode: [mode], crime: [crime], accused: [accused], level: level ? [level] : [] });
              const listed = await listCases(cell, anonymous);
              expect(listed.matching, `${situation} ${mode} ${forum} ${crime} ${accused} ${level}`).toBe(counts.get(caseCountKey(forum, { crime, accused, level })) ?? 0);
            }
          }
        }
      }
    }
    // And the one the brief names: the colonel's cell.
    const counts = await countCasesByCell({ situation: "ukraine", mode: "direct" }, database.prisma);
    expect(counts.get(caseCountKey("ukraine-domestic", { crime: "war-crimes", accused: "natural", level: "field-grade" }))).toBe(1);
  });
});

describe("search", () => {
  it.each([
    ["an English name", "Testov", ["t-icc-leader"]],
    ["a name in Ukrainian", "Путін", ["t-icc-leader"]],
    ["a name in Ukrainian in capitals", "ПУТІН", ["t-icc-leader"]],
    ["a hyphenated Ukrainian name", "Львова-Бєлова", ["t-icc-commissioner"]],
    ["a part of a hyphenated name", "Бєлова", ["t-icc-commissioner"]],
    ["a prefix", "Путі", ["t-icc-leader"]],
    ["a prefix in English", "lvov", ["t-icc-commissioner"]],
    ["words AND-ed", "Shelling market", ["t-dom-colonel"]],
    ["words from the title and an accused", "market Тестенко", ["t-dom-colonel"]],
    ["a charge's words", "ecocide", ["t-dom-colonel"]],
    ["the summary", "absentia", ["t-dom-colonel"]],
    ["a name written with the typewriter apostrophe, either way", "Мар'яна", ["t-dom-colonel", "t-dom-quiet"]],
    ["a name written with the modifier-letter apostrophe, either way", "Марʼяна", ["t-dom-colonel", "t-dom-quiet"]],
    ["a case number's first part", "ICC", ["t-icc-commissioner", "t-icc-leader"]],
    ["a whole case number", "ICC-01/22-T2", ["t-icc-commissioner"]],
    ["the start of a case number", "ICC-01/22", ["t-icc-commissioner", "t-icc-leader"]],
    ["a domestic case number", "991/1/24", ["t-dom-removed"]],
    ["the name of a deleted accused (not in any document)", "Видалений", []],
    ["a deleted case's title", "Deleted", []],
    ["a note's words, for a visitor", "Kherson", []],
    ["query syntax as plain words", "Путін & !ICC | x:*", []],
    ["quotes and backslashes", "'Путін' \\ \"", ["t-icc-leader"]],
    ["query syntax inside a piece", "Путін&!x|y'\\z(", []],
  ])("finds %s", async (_name, text, expected) => {
    expect(await slugs({ q: text, sort: "relevance" })).toEqual(expected);
  });

  it("searches notes for signed-in users only, and never deleted notes", async () => {
    expect(await slugs({ q: "Kherson", sort: "relevance" }, signedIn)).toEqual(["t-dom-quiet"]);
    expect(await slugs({ q: "Kherson basement", sort: "relevance" }, signedIn)).toEqual(["t-dom-quiet"]);
    expect(await slugs({ q: "Mariupol", sort: "relevance" }, signedIn)).toEqual([]);
    const page = await listCases(q({ q: "Kherson", sort: "relevance" }), signedIn);
    expect(page.cases[0]).toMatchObject({ matchedIn: "notes", annotationCount: 2 });
    expect((await listCases(q({ q: "Testov", sort: "relevance" }), anonymous)).cases[0]).toMatchObject({ matchedIn: "case", annotationCount: null });
  });

  it("ranks a case's own words above a note that mentions them", async () => {
    const page = await listCases(q({ q: "shelling market", sort: "relevance" }), signedIn);
    expect(page.cases.map((c) => [c.slug, c.matchedIn])).toEqual([["t-dom-colonel", "case"], ["t-icc-sudan", "notes"]]);
  });

  it("counts facets within the search", async () => {
    const result = await listCases(q({ q: "ICC", sort: "relevance" }), anonymous);
    expect(result.matching).toBe(2);
    expect(facet(result.facets, "forum")).toEqual({ icc: 2, "special-tribunal": 0, "ukraine-domestic": 0 });
    expect(result.facets.year.map((y) => y.value)).toEqual(["2022"]);
  });
});

describe("counts within a search (one pass over the cases found, charge facets as bit masks)", () => {
  // The oracle is the list itself: a facet value's count is how many cases the list shows with that
  // value asked instead of the facet's own, and the matching count how many it shows as asked.
  const searches: [string, Partial<CaseListQuery>, { signedIn: boolean }][] = [
    ["a broad word", { q: "a" }, anonymous],
    ["a broad word with a crime", { q: "a", crime: ["war-crimes"] }, anonymous],
    ["a word with forums and a level", { q: "t", forum: ["icc", "ukraine-domestic"], level: ["direct-perpetrator"] }, anonymous],
    ["a word with a kind and a mode", { q: "of", accused: ["natural"], mode: ["direct"] }, anonymous],
    ["a word with two crimes and a stage", { q: "a", crime: ["ecocide", "aggression"], stage: ["INVESTIGATION", "TRIAL"] }, anonymous],
    ["a word found in notes, signed in", { q: "shelling" }, signedIn],
    ["a word with a kind, signed in", { q: "of", accused: ["legal"] }, signedIn],
  ];
  it.each(searches)("counts each facet value as the list finds it: %s", async (_name, asked, viewer) => {
    const result = await listCases(q({ ...asked, sort: "relevance" }), viewer);
    const shown = async (patch: Partial<CaseListQuery>) => (await listCases(q({ ...asked, ...patch, sort: "relevance" }), viewer)).cases.length;
    expect(result.matching).toBe(await shown({}));
    expect(result.matching).toBeGreaterThan(0);
    for (const name of ["forum", "situation", "stage", "year", "crime", "mode", "accused", "level"] as const) {
      for (const value of result.facets[name]) {
        const patch = name === "year" ? { year: [Number(value.value)] } : name === "stage" ? { stage: [stageFromSlug(value.value)!] } : { [name]: [value.value] };
        expect(value.count, `${name} ${value.value}`).toBe(await shown(patch));
      }
    }
  });

  it("stops rather than count wrong when a charge facet has more values than its mask holds", async () => {
    const source = await database.prisma.source.findFirstOrThrow({ select: { id: true } });
    const extra = Array.from({ length: 64 }, (_, i) => ({ slug: `t-extra-${i}`, name: `Extra ${i}`, description: "Test only", sourceId: source.id }));
    await database.prisma.crimeCategory.createMany({ data: extra.map((e, i) => ({ ...e, id: `t-extra-${String(i).padStart(2, "0")}` })) });
    try {
      await expect(listCases(q({ q: "a" }), anonymous)).rejects.toThrow(/too many values/);
    } finally {
      await database.prisma.crimeCategory.deleteMany({ where: { slug: { startsWith: "t-extra-" } } });
    }
    expect((await listCases(q({ q: "a" }), anonymous)).matching).toBeGreaterThan(0);
  });
});

describe("a page's rows", () => {
  it("carry what the list shows, and never a deleted accused", async () => {
    const [row] = (await listCases(q({ q: "market", sort: "relevance" }), signedIn)).cases;
    expect(row).toEqual({
      slug: "t-dom-colonel",
      reference: null,
      title: "Shelling of a market",
      lang: "en",
      translations: {},
      forum: { slug: "ukraine-domestic", name: "Ukrainian national courts", shortName: "Ukrainian courts" },
      situation: { slug: "ukraine", name: "Ukraine" },
      stage: "TRIAL",
      stageOn: { date: "2024-05-01", precision: "MONTH" },
      openedOn: { date: "2023-06-10", precision: "DAY" },
      inAbsentia: true,
      isSynthetic: true,
      accused: [
        { slug: "t-colonel", name: "Colonel Ivan Testenko", nameOriginal: "Полковник Іван Тестенко" },
        { slug: "t-maryana", name: "Maryana Koval", nameOriginal: "Мар'яна Коваль" },
        { slug: "t-company", name: "Testchem LLC", nameOriginal: "ТОВ Тестхім" },
      ],
      crimes: [
        { slug: "war-crimes", name: "War crimes" },
        { slug: "crimes-against-humanity", name: "Crimes against humanity" },
        { slug: "ecocide", name: "Ecocide" },
      ],
      annotationCount: 0,
      matchedIn: "case",
      documentMatch: null,
    });
    const removed = (await listCases(q({ q: "Looting" }), anonymous)).cases[0]!;
    expect(removed.accused).toEqual([]);
    expect(removed.crimes).toEqual([]);
  });
});

describe("order and pages", () => {
  const orders: [CaseSort, Partial<CaseListQuery>, string[]][] = [
    ["recent", {}, ["t-icc-sudan", "t-dom-colonel", "t-dom-removed"]],
    ["opened", { forum: ["icc", "ukraine-domestic"] }, ["t-icc-sudan", "t-dom-removed", "t-dom-colonel"]],
    ["reference", { forum: ["icc", "ukraine-domestic"] }, ["991/1/24", "ICC-01/22-T1", "ICC-01/22-T2", "(none)"]],
    ["title", { forum: ["icc", "ukraine-domestic"] }, ["Chlorine use", "Deportation of children", "Detention facility", "Looting in a village"]],
  ];
  it.each(orders)("sorts by %s", async (sort, filter, first) => {
    const { cases } = await listCases(q({ ...filter, sort }), anonymous);
    const keys = cases.map((c) => (sort === "reference" ? (c.reference ?? "(none)") : sort === "title" ? c.title : c.slug));
    if (sort === "recent") expect(keys.filter((k) => !k.startsWith("t-tie")).slice(0, 3)).toEqual(first);
    else expect(keys.slice(0, first.length)).toEqual(first);
    if (sort === "reference") expect(keys.slice(-3)).toEqual(["(none)", "(none)", "(none)"]);
  });

  it.each<[CaseSort, Partial<CaseListQuery>]>([
    ["recent", {}],
    ["opened", {}],
    ["reference", {}],
    ["title", {}],
    ["relevance", { q: "case" }],
    ["relevance", { q: "tied aggression" }],
  ])("pages through every row exactly once by %s %o, ties and all", async (sort, filter) => {
    const everything = await listCases(q({ ...filter, sort }), signedIn);
    expect(everything.next).toBeNull();
    expect(everything.cases.length).toBe(everything.matching);
    const seen: string[] = [];
    let after: CaseListQuery["after"] = null;
    for (let pages = 0; pages < 50; pages++) {
      const page = await listCases(q({ ...filter, sort, limit: 4, after }), signedIn);
      expect(page.cases.length).toBeLessThanOrEqual(4);
      seen.push(...page.cases.map((c) => c.slug));
      if (!page.next) break;
      after = decodeCursor(page.next, sort);
      expect(after).not.toBeNull();
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(everything.cases.map((c) => c.slug));
  });

  it("refuses a cursor it did not issue", async () => {
    const options = await getCaseListOptions();
    for (const after of [encodeCursor({ sort: "title", title: "x", id: "y" }), "';--", "e30"]) {
      const parsed = parseCaseListQuery({ after }, options);
      expect(parsed.ok ? [] : parsed.errors.map((e) => e.parameter)).toEqual(["after"]);
    }
  });
});

describe("the SQL condition shared with saved searches", () => {
  it("selects the same cases as the list", async () => {
    const query = q({ crime: ["war-crimes"], forum: ["icc", "ukraine-domestic"] });
    const rows = await database.prisma.$queryRaw<{ slug: string }[]>(Prisma.sql`SELECT c.slug FROM "Case" c WHERE ${caseListWhere(query, { signedIn: false })} ORDER BY c.slug`);
    expect(rows.map((r) => r.slug)).toEqual(await slugs(query));
  });

  it("reads a stored query string back, with its description from the reference data", async () => {
    const options = await getCaseListOptions();
    const parsed = parseCaseListQuery(Object.fromEntries(new URLSearchParams("crime=war-crimes&forum=icc&q=Putin")), options);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(canonicalCaseListSearch(parsed.value)).toBe("q=Putin&forum=icc&crime=war-crimes");
    expect(describeCaseListQuery(parsed.value, options)).toBe("War crimes · ICC · text “Putin”");
  });
});

// Called directly with a Bearer token: a request without one looks up the session, which needs
// Next's request scope; anonymous calls are covered over HTTP by e2e/case-list.spec.ts.
describe("GET /api/v1/cases", () => {
  const get = async (search: string, headers: Record<string, string> = {}) => {
    const { GET } = await import("@/app/api/v1/cases/list-handler");
    const response = await GET(new Request(`http://localhost/api/v1/cases${search}`, { headers }));
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };

  it("lists cases with counts, facets and the next page's address", async () => {
    const token = (await createApiToken({ actor: { kind: "user", id: userId, role: "VIEWER" }, input: { name: "case list test" } })).token;
    const auth = { authorization: `Bearer ${token}` };
    const first = await get("?forum=special-tribunal&limit=20&sort=title", auth);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: ALL, matching: TIES, count: 20 });
    expect(first.body.facets.forum).toContainEqual({ value: "special-tribunal", label: expect.any(String), count: TIES });
    expect(first.body.next).toMatch(/^\/api\/v1\/cases\?forum=special-tribunal&sort=title&limit=20&after=[A-Za-z0-9_-]+$/);
    const second = await get(first.body.next.replace("/api/v1/cases", ""), auth);
    expect(second.body).toMatchObject({ count: TIES - 20, next: null });
    const both = [...first.body.cases, ...second.body.cases].map((c: { slug: string }) => c.slug);
    expect(new Set(both).size).toBe(TIES);
  });

  it("searches notes with a token", async () => {
    const token = (await createApiToken({ actor: { kind: "user", id: userId, role: "VIEWER" }, input: { name: "notes" } })).token;
    const found = await get("?q=Kherson", { authorization: `Bearer ${token}` });
    expect(found.body.cases.map((c: { slug: string }) => c.slug)).toEqual(["t-dom-quiet"]);
    expect(found.body.cases[0].annotationCount).toBe(2);
  });

  it("refuses a bad token with 401", async () => {
    const refused = await get("?q=Kherson", { authorization: "Bearer tat_not-a-token" });
    expect(refused.status).toBe(401);
  });

  it("names each bad parameter in a 400", async () => {
    const { status, body } = await get("?forum=ictr&crime=piracy&limit=0&colour=red&after=xyz");
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.errors.map((e: { parameter: string }) => e.parameter).sort()).toEqual(["after", "colour", "crime", "forum", "limit"]);
    expect(body.error.errors.find((e: { parameter: string }) => e.parameter === "forum").allowed).toEqual(["icc", "special-tribunal", "ukraine-domestic"]);
    expect((await get("?accused=legal&level=field-grade")).body.error.errors[0].parameter).toBe("level");
    expect((await get(`?q=${"x".repeat(201)}`)).status).toBe(400);
  });
});
