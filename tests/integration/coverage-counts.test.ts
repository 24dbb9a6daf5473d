/**
 * The coverage matrix's case counts on a real Postgres server: a tracked case lands in the cell of
 * its forum, crime, kind of accused and level (for the situation and mode asked), once however
 * many charges put it there; deleted cases and accused do not count; and the case list behind a
 * cell's link finds the same cases.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseCountKey } from "@/lib/core/matrix";
import { answerCoverage } from "@/lib/server/coverage";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { emptyCaseListQuery } from "@/lib/core/case-list-query";
import { listCases as listCaseQuery } from "@/lib/server/queries/case-list";
import { countCasesByCell } from "@/lib/server/queries/coverage";
import { seedReferenceData } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let testDb: TestDatabase;
let database: Database;
const previousUrl = process.env.DATABASE_URL;

/** Synthetic records: they exist only in this throwaway database. */
async function seedCases(prisma: Database["prisma"]) {
  const ids = async (rows: Promise<{ id: string; slug: string }[]>) => {
    const bySlug = new Map((await rows).map((r) => [r.slug, r.id]));
    return (slug: string) => bySlug.get(slug) ?? (() => { throw new Error(`No ${slug} in the reference data`); })();
  };
  const select = { select: { id: true, slug: true } } as const;
  const forum = await ids(prisma.forum.findMany(select));
  const situation = await ids(prisma.situation.findMany(select));
  const crime = await ids(prisma.crimeCategory.findMany(select));
  const mode = await ids(prisma.modeOfLiability.findMany(select));
  const kind = await ids(prisma.accusedKind.findMany(select));
  const level = await ids(prisma.responsibilityLevel.findMany(select));
  const [domestic, icc, ukraine, sudan] = [forum("ukraine-domestic"), forum("icc"), situation("ukraine"), situation("sudan")];
  const [warCrimes, humanity, direct, command] = [crime("war-crimes"), crime("crimes-against-humanity"), mode("direct"), mode("command-responsibility")];
  const [natural, legal, fieldGrade, perpetrator] = [kind("natural"), kind("legal"), level("field-grade"), level("direct-perpetrator")];

  const accused = (slug: string, kindId: string, levelId: string | null, deletedAt: Date | null = null) =>
    prisma.accused.create({ data: { slug, kindId, levelId, name: `Test accused ${slug}`, isSynthetic: true, deletedAt }, select: { id: true } });
  const colonel = await accused("test-colonel", natural, fieldGrade);
  const company = await accused("test-company", legal, null);
  const removed = await accused("test-removed", natural, perpetrator, new Date());

  const day = new Date("2024-05-01");
  const onDay = { stageOn: day, stagePrecision: "DAY", openedOn: day, openedPrecision: "DAY" } as const;
  const makeCase = (slug: string, forumId: string, situationId: string, deletedAt: Date | null = null) =>
    prisma.case.create({
      data: { slug, reference: slug.toUpperCase(), title: `Test case ${slug}`, forumId, situationId, stage: "TRIAL", ...onDay, isSynthetic: true, deletedAt },
      select: { id: true },
    });
  const charge = (caseId: string, crimeId: string, modeId: string, accusedId: string | null) =>
    prisma.charge.create({ data: { caseId, crimeId, modeId, accusedId, provisionCited: "Article 8" }, select: { id: true } });

  // The case the counts are about: a colonel and a company before Ukraine's courts.
  const main = await makeCase("test-case-main", domestic, ukraine);
  await prisma.caseAccused.createMany({ data: [{ caseId: main.id, accusedId: colonel.id }, { caseId: main.id, accusedId: company.id }] });
  await charge(main.id, warCrimes, direct, colonel.id);
  await charge(main.id, warCrimes, direct, colonel.id); // a second count of the same: still one case
  await charge(main.id, warCrimes, command, colonel.id); // another mode: another matrix
  await charge(main.id, humanity, direct, null); // names no accused: every accused of the case

  // Cases that must not count in Ukraine's direct-commission matrix.
  const elsewhere = await makeCase("test-case-sudan", icc, sudan);
  await charge(elsewhere.id, warCrimes, direct, colonel.id);
  const deleted = await makeCase("test-case-deleted", domestic, ukraine, new Date());
  await charge(deleted.id, warCrimes, direct, colonel.id);
  const withRemovedAccused = await makeCase("test-case-removed-accused", domestic, ukraine);
  await charge(withRemovedAccused.id, warCrimes, direct, removed.id);
}

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_coverage");
  database = createDatabase(testDb.target);
  await seedReferenceData(database.prisma);
  await seedCases(database.prisma);
  // The pages' queries use the app's shared client, which reads DATABASE_URL on first use.
  process.env.DATABASE_URL = testDb.url;
});

afterAll(async () => {
  await closeSharedDatabase();
  if (previousUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = previousUrl;
  await database?.close();
  await testDb?.drop();
});

const key = (forum: string, crime: string, accused: string, level: string | null) => caseCountKey(forum, { crime, accused, level });

/** The case list for a matrix cell's link: one value per facet, as the link sends it. */
const listCases = (cell: Record<string, string>) =>
  listCaseQuery({ ...emptyCaseListQuery(), ...Object.fromEntries(Object.entries(cell).map(([facet, value]) => [facet, [value]])) }, { signedIn: false });

// The real cases the reference data seeds (prisma/seed/reference-data.ts, "Cases"): the ICC's
// warrants of 17 March 2023 and of 2024. Putin (top leadership) is charged in the direct and superior
// modes; Lvova-Belova, in the direct mode only, has no recorded level, so her case fits no matrix row,
// though the list counts it. Shoigu and Gerasimov (top leadership) and Kobylash and Sokolov (senior
// command) are charged with war crimes and a crime against humanity in all three modes.
const SEEDED_ICC_CELLS = {
  [key("icc", "war-crimes", "natural", "top-leadership")]: 3,
  [key("icc", "crimes-against-humanity", "natural", "top-leadership")]: 2,
  [key("icc", "war-crimes", "natural", "senior-command")]: 2,
  [key("icc", "crimes-against-humanity", "natural", "senior-command")]: 2,
};
const SEEDED_CASES = 6;

describe("case counts per matrix cell", () => {
  it("counts each case once in each cell its charges put it in, for the situation and mode asked", async () => {
    const counts = await countCasesByCell({ situation: "ukraine", mode: "direct" }, database.prisma);
    expect(Object.fromEntries(counts)).toEqual({
      ...SEEDED_ICC_CELLS,
      // Lvova-Belova's case: a natural person with no recorded level, a key no matrix row has.
      [key("icc", "war-crimes", "natural", null)]: 1,
      [key("ukraine-domestic", "war-crimes", "natural", "field-grade")]: 1,
      // The charge that names no accused reaches both accused of the case.
      [key("ukraine-domestic", "crimes-against-humanity", "natural", "field-grade")]: 1,
      [key("ukraine-domestic", "crimes-against-humanity", "legal", null)]: 1,
    });
  });

  it("counts the command-responsibility charge in that mode's matrix only", async () => {
    const counts = await countCasesByCell({ situation: "ukraine", mode: "command-responsibility" }, database.prisma);
    expect(Object.fromEntries(counts)).toEqual({ ...SEEDED_ICC_CELLS, [key("ukraine-domestic", "war-crimes", "natural", "field-grade")]: 1 });
  });

  it("keeps situations apart", async () => {
    const counts = await countCasesByCell({ situation: "sudan", mode: "direct" }, database.prisma);
    expect(Object.fromEntries(counts)).toEqual({ [key("icc", "war-crimes", "natural", "field-grade")]: 1 });
  });

  it("puts the count in the matrix cell and the row, and nowhere else", async () => {
    const { matrix } = await answerCoverage({ query: { asOf: "2025-07-01" }, today: "2026-11-22" });
    const row = matrix.rows.find((r) => r.crime === "war-crimes" && r.accused === "natural" && r.level === "field-grade")!;
    expect(row.cells.map((c) => [c.forum, c.caseCount])).toEqual([
      ["icc", 0],
      ["special-tribunal", 0],
      ["ukraine-domestic", 1],
    ]);
    expect(row.caseCount).toBe(1);
    const leaders = matrix.rows.find((r) => r.crime === "war-crimes" && r.accused === "natural" && r.level === "top-leadership")!;
    expect(leaders.cells.map((c) => [c.forum, c.caseCount])).toEqual([
      ["icc", 3],
      ["special-tribunal", 0],
      ["ukraine-domestic", 0],
    ]);
    const total = matrix.rows.reduce((n, r) => n + r.caseCount, 0);
    // The three cells above, and the seeded ICC cells (3 + 2 + 2 + 2); Lvova-Belova fits no row.
    expect(total).toBe(3 + 9);
  });

  it("lists the same cases behind a cell's link as the cell counts", async () => {
    const cell = { forum: "ukraine-domestic", crime: "war-crimes", accused: "natural", level: "field-grade", mode: "direct", situation: "ukraine" };
    expect((await listCases(cell)).cases.map((c) => c.slug)).toEqual(["test-case-main"]);
    const company = { forum: "ukraine-domestic", crime: "crimes-against-humanity", accused: "legal", mode: "direct", situation: "ukraine" };
    expect((await listCases(company)).cases.map((c) => c.slug)).toEqual(["test-case-main"]);
    // No war-crimes charge reaches the company, and the removed accused's case is not listed.
    expect((await listCases({ ...company, crime: "war-crimes" })).cases).toEqual([]);
    expect((await listCases({ crime: "war-crimes", accused: "natural", level: "direct-perpetrator" })).cases).toEqual([]);
    // Deleted cases are neither listed nor in the total.
    expect((await listCases({})).total).toBe(3 + SEEDED_CASES);
    // The seeded cell's link lists the three seeded cases behind it (the cell counts 3).
    const leaders = { forum: "icc", crime: "war-crimes", accused: "natural", level: "top-leadership", mode: "direct", situation: "ukraine" };
    expect((await listCases(leaders)).cases.map((c) => c.slug).sort()).toEqual(["icc-gerasimov", "icc-putin", "icc-shoigu"]);
  });
});
