/**
 * The derived tables the triggers keep (prisma/migrations/20261122111258_case_profiles): after every
 * step of a scripted history (the use cases, raw SQL, a rolled-back transaction, thousands of small
 * writes that fold the tallies, a rebuild, two transactions at once), the tallies' sums and the case
 * profiles equal what the original queries compute from scratch: the coverage matrix's join (the
 * old countCasesByCell) for every situation and mode, and the case list's unfiltered facet counts.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { createCase } from "@/lib/server/cases/create-case";
import { deleteCase } from "@/lib/server/cases/delete-case";
import { recordStage } from "@/lib/server/cases/record-stage";
import { restoreCase } from "@/lib/server/cases/restore-case";
import { lockAccusedForChange } from "@/lib/server/cases/search-document";
import { updateAccused } from "@/lib/server/cases/update-accused";
import { updateCase } from "@/lib/server/cases/update-case";
import { Prisma } from "@/lib/generated/prisma/client";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { seedReferenceData } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let testDb: TestDatabase;
let database: Database;
let analyst: Actor;
let admin: Actor;
const NOW = new Date("2026-05-01T12:00:00Z");
const previousUrl = process.env.DATABASE_URL;

const sql = <T>(query: string, ...values: unknown[]) => database.prisma.$queryRawUnsafe<T[]>(query, ...values);
const run = (query: string, ...values: unknown[]) => database.prisma.$executeRawUnsafe(query, ...values);
const idOf = async (table: string, slug: string) => (await sql<{ id: string }>(`SELECT id FROM "${table}" WHERE slug = $1`, slug))[0]!.id;
const versionOf = async (slug: string) => (await sql<{ version: number }>(`SELECT version FROM "Case" WHERE slug = $1`, slug))[0]!.version;
const sorted = (rows: string[]) => [...rows].sort();
const asMap = (rows: { key: string; cases: number }[]) => Object.fromEntries(rows.map((r) => [r.key, Number(r.cases)]));

// ---------------------------------------------------------------------------------------------
// The oracle: everything recomputed from the cases, charges and accused.

/** The old countCasesByCell's query, verbatim but for the level's id and slug both kept apart. */
async function originalCellCounts(situation: string, mode: string | undefined): Promise<Record<string, number>> {
  const modeFilter = mode === undefined ? Prisma.empty : Prisma.sql`AND m.slug = ${mode}`;
  const rows = await database.prisma.$queryRaw<{ forum: string; crime: string; accused: string; level: string; cases: number }[]>(Prisma.sql`
    SELECT f.slug AS forum,
           cc.slug AS crime,
           ak.slug AS accused,
           CASE WHEN ak.slug = ${"legal"} THEN '-' ELSE COALESCE(rl.slug, '-') END AS level,
           COUNT(DISTINCT c.id)::int AS cases
      FROM "Case" c
      JOIN "Forum" f ON f.id = c."forumId"
      JOIN "Situation" s ON s.id = c."situationId"
      JOIN "Charge" ch ON ch."caseId" = c.id
      JOIN "CrimeCategory" cc ON cc.id = ch."crimeId"
      JOIN "ModeOfLiability" m ON m.id = ch."modeId"
      LEFT JOIN "CaseAccused" ca ON ch."accusedId" IS NULL AND ca."caseId" = c.id
      JOIN "Accused" a ON a.id = COALESCE(ch."accusedId", ca."accusedId")
      JOIN "AccusedKind" ak ON ak.id = a."kindId"
      LEFT JOIN "ResponsibilityLevel" rl ON rl.id = a."levelId"
     WHERE c."deletedAt" IS NULL
       AND a."deletedAt" IS NULL
       AND s.slug = ${situation}
       ${modeFilter}
     GROUP BY 1, 2, 3, 4`);
  return Object.fromEntries(rows.map((r) => [`${situation}|${mode ?? "*"}|${r.forum}|${r.crime}|${r.accused}|${r.level}`, Number(r.cases)]));
}

async function oracleCells(): Promise<Record<string, number>> {
  const situations = await sql<{ slug: string }>(`SELECT slug FROM "Situation" ORDER BY slug`);
  const modes = await sql<{ slug: string }>(`SELECT slug FROM "ModeOfLiability" ORDER BY slug`);
  const cells: Record<string, number> = {};
  for (const { slug: situation } of situations) {
    for (const mode of [undefined, ...modes.map((m) => m.slug)]) Object.assign(cells, await originalCellCounts(situation, mode));
  }
  return cells;
}

/** The case list's charges with their accused (the "charged" CTE of chargeFacetCounts, unfiltered). */
const CHARGED = `
  SELECT c.id AS "caseId", c."forumId", c."situationId", c.stage, c."openedOn", ch."crimeId", ch."modeId", a."kindId", a."levelId"
    FROM "Case" c
    JOIN "Charge" ch ON ch."caseId" = c.id
    LEFT JOIN "CaseAccused" ca ON ch."accusedId" IS NULL AND ca."caseId" = c.id
    LEFT JOIN "Accused" a ON a.id = COALESCE(ch."accusedId", ca."accusedId") AND a."deletedAt" IS NULL
   WHERE c."deletedAt" IS NULL
     AND (ch."accusedId" IS NULL OR a.id IS NOT NULL)`;

async function oracleFacets(): Promise<Record<string, number>> {
  const rows = await sql<{ key: string; cases: number }>(`
    WITH live AS (SELECT * FROM "Case" WHERE "deletedAt" IS NULL), charged AS (${CHARGED})
    SELECT 'total:' AS key, count(*)::int AS cases FROM live HAVING count(*) > 0
    UNION ALL SELECT 'forum:' || "forumId", count(*)::int FROM live GROUP BY "forumId"
    UNION ALL SELECT 'situation:' || "situationId", count(*)::int FROM live GROUP BY "situationId"
    UNION ALL SELECT 'stage:' || stage::text, count(*)::int FROM live GROUP BY stage
    UNION ALL SELECT 'year:' || date_part('year', "openedOn")::int::text, count(*)::int FROM live GROUP BY 1
    UNION ALL SELECT 'crime:' || "crimeId", count(DISTINCT "caseId")::int FROM charged GROUP BY "crimeId"
    UNION ALL SELECT 'mode:' || "modeId", count(DISTINCT "caseId")::int FROM charged GROUP BY "modeId"
    UNION ALL SELECT 'accused:' || "kindId", count(DISTINCT "caseId")::int FROM charged WHERE "kindId" IS NOT NULL GROUP BY "kindId"
    UNION ALL SELECT 'level:' || "levelId", count(DISTINCT "caseId")::int FROM charged WHERE "levelId" IS NOT NULL GROUP BY "levelId"`);
  return asMap(rows);
}

const PROFILE_COLUMNS = `"caseId" || '|' || "forumId" || '|' || "situationId" || '|' || stage::text || '|' || "openedOn"::text || '|' ||
  "crimeId" || '|' || "modeId" || '|' || COALESCE("kindId", '-') || '|' || COALESCE("levelId", '-')`;

async function oracleProfiles(): Promise<string[]> {
  return sorted((await sql<{ p: string }>(`SELECT DISTINCT ${PROFILE_COLUMNS} AS p FROM (${CHARGED}) charged`)).map((r) => r.p));
}

// ---------------------------------------------------------------------------------------------
// What the derived tables say.

async function tallyCells(): Promise<Record<string, number>> {
  // Left joins: a tally naming an id with no reference row shows up rather than vanishing.
  const rows = await sql<{ key: string; cases: number }>(`
    SELECT concat_ws('|', COALESCE(s.slug, '?' || t."situationId"), COALESCE(m.slug, CASE WHEN t."modeId" IS NULL THEN '*' ELSE '?' || t."modeId" END),
                     COALESCE(f.slug, '?' || t."forumId"), COALESCE(cc.slug, '?' || t."crimeId"), COALESCE(ak.slug, '?' || t."kindId"),
                     COALESCE(rl.slug, CASE WHEN t."levelId" IS NULL THEN '-' ELSE '?' || t."levelId" END)) AS key,
           sum(t.cases)::int AS cases
      FROM "CoverageTally" t
      LEFT JOIN "Situation" s ON s.id = t."situationId"
      LEFT JOIN "ModeOfLiability" m ON m.id = t."modeId"
      LEFT JOIN "Forum" f ON f.id = t."forumId"
      LEFT JOIN "CrimeCategory" cc ON cc.id = t."crimeId"
      LEFT JOIN "AccusedKind" ak ON ak.id = t."kindId"
      LEFT JOIN "ResponsibilityLevel" rl ON rl.id = t."levelId"
     GROUP BY 1 HAVING sum(t.cases) <> 0`);
  return asMap(rows);
}

async function tallyFacets(): Promise<Record<string, number>> {
  return asMap(await sql<{ key: string; cases: number }>(`SELECT facet || ':' || value AS key, sum(cases)::int AS cases FROM "CaseTally" GROUP BY 1 HAVING sum(cases) <> 0`));
}

async function storedProfiles(): Promise<string[]> {
  return sorted((await sql<{ p: string }>(`SELECT ${PROFILE_COLUMNS} AS p FROM "CaseProfile"`)).map((r) => r.p));
}

async function tallies() {
  return { cells: await tallyCells(), facets: await tallyFacets(), profiles: await storedProfiles() };
}

/** The tallies' sums and the stored profiles equal the oracle's. */
async function expectTalliesRight() {
  const now = await tallies();
  expect(now.cells).toEqual(await oracleCells());
  expect(now.facets).toEqual(await oracleFacets());
  expect(now.profiles).toEqual(await oracleProfiles());
  return now;
}

const rowCounts = async () =>
  (await sql<{ coverage: number; facets: number; profiles: number }>(
    `SELECT (SELECT count(*) FROM "CoverageTally")::int AS coverage, (SELECT count(*) FROM "CaseTally")::int AS facets, (SELECT count(*) FROM "CaseProfile")::int AS profiles`,
  ))[0]!;

/** One facet's sum, by the slug of the value (or the value itself for stage and year). */
async function facetSum(facet: string, value: string): Promise<number> {
  const rows = await sql<{ n: number }>(`SELECT COALESCE(sum(cases), 0)::int AS n FROM "CaseTally" WHERE facet = $1 AND value = $2`, facet, value);
  return rows[0]!.n;
}

// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_tallies");
  database = createDatabase(testDb.target);
  await seedReferenceData(database.prisma);
  // The use cases write through the app's shared client, which reads DATABASE_URL on first use.
  process.env.DATABASE_URL = testDb.url;
  for (const role of ["ANALYST", "ADMIN"] as const) {
    const user = await database.prisma.user.create({ data: { email: `${role.toLowerCase()}@example.test`, name: `The ${role.toLowerCase()}`, role }, select: { id: true } });
    if (role === "ANALYST") analyst = { kind: "user", id: user.id, role };
    else admin = { kind: "user", id: user.id, role };
  }
});

afterAll(async () => {
  await closeSharedDatabase();
  if (previousUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = previousUrl;
  await database?.close();
  await testDb?.drop();
});

/** Synthetic cases: they exist only in this throwaway database. */
const mainCase = {
  reference: "TALLY-1",
  title: "Tally test main case",
  forum: "ukraine-domestic",
  situation: "ukraine",
  accused: [
    { key: "colonel", name: "Tally Colonel", kind: "natural", level: "field-grade" },
    { key: "company", name: "Tally Company", kind: "legal" },
    { key: "private", name: "Tally Private", kind: "natural" }, // no level recorded
  ],
  charges: [
    { accused: "colonel", crime: "war-crimes", mode: "direct", provisionCited: "Article 438" },
    { accused: "colonel", crime: "war-crimes", mode: "direct", provisionCited: "Article 438, second count" },
    { accused: "colonel", crime: "war-crimes", mode: "command-responsibility", provisionCited: "Article 438 with command responsibility", knowledgeStandard: "KNEW", failedDuties: ["PREVENT"] },
    { crime: "crimes-against-humanity", mode: "direct", provisionCited: "Article 7" }, // against every accused
    { accused: "company", crime: "ecocide", mode: "direct", provisionCited: "Article 441" },
    { accused: "private", crime: "genocide", mode: "direct", provisionCited: "Article 442" },
  ],
  isSynthetic: true,
  initialStage: { stage: "INVESTIGATION", date: "2023-04-02" },
};

const secondCase = (colonel: string) => ({
  title: "Tally test second case",
  forum: "icc",
  situation: "sudan",
  accused: [{ slug: colonel }, { key: "major", name: "Tally Major", kind: "natural", level: "senior-command" }],
  charges: [
    { accused: colonel, crime: "war-crimes", mode: "direct", provisionCited: "Article 8" },
    { accused: "major", crime: "crimes-against-humanity", mode: "command-responsibility", provisionCited: "Article 28", knowledgeStandard: "KNEW", failedDuties: ["REPRESS"] },
  ],
  isSynthetic: true,
  initialStage: { stage: "WARRANT_OR_NOTICE_OF_SUSPICION", date: "2024-07" },
});

const SEEDED_CASES = 6;

describe("the case tallies follow every write", () => {
  const slugs = { main: "", second: "", bare: "", colonel: "", company: "", private: "", major: "" };

  it("count the seeded cases", async () => {
    const { facets } = await expectTalliesRight();
    // The ICC's warrants of 2023 (Putin, Lvova-Belova) and 2024 (Kobylash, Sokolov, Shoigu, Gerasimov).
    expect(facets["total:"]).toBe(SEEDED_CASES);
  });

  it("follow cases recorded through the form's use case, with own, shared, legal and level-less accused", async () => {
    const main = await createCase({ actor: analyst, input: mainCase, now: NOW });
    slugs.main = main.slug;
    const accused = await sql<{ slug: string; name: string }>(`SELECT slug, name FROM "Accused" WHERE name LIKE 'Tally %'`);
    const by = (name: string) => accused.find((a) => a.name === name)!.slug;
    Object.assign(slugs, { colonel: by("Tally Colonel"), company: by("Tally Company"), private: by("Tally Private") });
    slugs.second = (await createCase({ actor: analyst, input: secondCase(slugs.colonel), now: NOW })).slug;
    slugs.major = (await sql<{ slug: string }>(`SELECT slug FROM "Accused" WHERE name = 'Tally Major'`))[0]!.slug;
    const { cells, facets } = await expectTalliesRight();
    // A few cells spelt out, lest the oracle and the tallies be wrong alike.
    expect(cells["ukraine|direct|ukraine-domestic|war-crimes|natural|field-grade"]).toBe(1);
    expect(cells["ukraine|*|ukraine-domestic|war-crimes|natural|field-grade"]).toBe(1);
    expect(cells["ukraine|direct|ukraine-domestic|crimes-against-humanity|legal|-"]).toBe(1);
    expect(cells["ukraine|direct|ukraine-domestic|genocide|natural|-"]).toBe(1);
    expect(cells["sudan|*|icc|war-crimes|natural|field-grade"]).toBe(1);
    expect(facets["total:"]).toBe(SEEDED_CASES + 2);
    expect(await facetSum("stage", "INVESTIGATION")).toBe(1);
    expect(await facetSum("year", "2023")).toBeGreaterThanOrEqual(1);
    expect(await facetSum("crime", await idOf("CrimeCategory", "ecocide"))).toBe(1);
  });

  it("follow a case whose charges name nobody and which has no accused left", async () => {
    const bare = await createCase({
      actor: analyst,
      input: {
        title: "Tally test case without accused",
        forum: "special-tribunal",
        situation: "ukraine",
        accused: [{ key: "x", name: "Tally Nobody", kind: "natural", level: "top-leadership" }],
        charges: [{ crime: "aggression", mode: "direct", provisionCited: "Article 1" }],
        isSynthetic: true,
        initialStage: { stage: "INVESTIGATION", date: "2025" },
      },
      now: NOW,
    });
    slugs.bare = bare.slug;
    expect((await expectTalliesRight()).cells["ukraine|direct|special-tribunal|aggression|natural|top-leadership"]).toBe(1);
    await run(`DELETE FROM "CaseAccused" WHERE "caseId" = $1`, bare.id);
    const { cells, facets } = await expectTalliesRight();
    expect(Object.keys(cells).filter((k) => k.includes("aggression"))).toEqual([]);
    // The case list still counts its crime: a charge naming no one, in a case with no accused.
    expect(facets[`crime:${await idOf("CrimeCategory", "aggression")}`]).toBe(1);
  });

  it("follow a change of charges, forum and situation", async () => {
    await updateCase({
      actor: analyst,
      id: slugs.main,
      input: {
        forum: "icc",
        situation: "sudan",
        accused: [{ slug: slugs.colonel }, { slug: slugs.company }, { slug: slugs.private }],
        charges: [
          { accused: slugs.colonel, crime: "genocide", mode: "command-responsibility", provisionCited: "Article 28", knowledgeStandard: "KNEW", failedDuties: ["PREVENT"] },
          { crime: "war-crimes", mode: "direct", provisionCited: "Article 8" },
        ],
        expectedVersion: await versionOf(slugs.main),
      },
    });
    const { cells } = await expectTalliesRight();
    expect(Object.keys(cells).filter((k) => k.includes("ukraine-domestic"))).toEqual([]);
    expect(cells["sudan|*|icc|war-crimes|natural|field-grade"]).toBe(2);
  });

  it("follow the stage, and the year of the first stage", async () => {
    const before = await facetSum("stage", "TRIAL");
    await recordStage({ actor: analyst, id: slugs.main, input: { stage: "TRIAL", date: "2025-02", expectedVersion: await versionOf(slugs.main) }, now: NOW });
    await expectTalliesRight();
    expect(await facetSum("stage", "TRIAL")).toBe(before + 1);
    // No use case changes when a case opened; an import or a psql session may.
    const y2019 = await facetSum("year", "2019");
    await run(`UPDATE "Case" SET "openedOn" = '2019-12-31' WHERE slug = $1`, slugs.main);
    await expectTalliesRight();
    expect(await facetSum("year", "2019")).toBe(y2019 + 1);
  });

  it("drop a deleted case and count it again once restored", async () => {
    const before = await tallies();
    await deleteCase({ actor: analyst, id: slugs.second, input: { expectedVersion: await versionOf(slugs.second) }, now: NOW });
    const { facets } = await expectTalliesRight();
    expect(facets["total:"]).toBe(before.facets["total:"]! - 1);
    await restoreCase({ actor: admin, id: slugs.second, input: { expectedVersion: await versionOf(slugs.second) } });
    expect(await expectTalliesRight()).toEqual(before);
  });

  it("follow an accused's kind, level and deletion", async () => {
    const { updatedAt } = await database.prisma.accused.findUniqueOrThrow({ where: { slug: slugs.colonel }, select: { updatedAt: true } });
    await updateAccused({ actor: analyst, slug: slugs.colonel, input: { name: "Tally Colonel", kind: "natural", level: "senior-command", expectedUpdatedAt: updatedAt.toISOString() } });
    expect((await expectTalliesRight()).cells["sudan|*|icc|war-crimes|natural|senior-command"]).toBe(2);
    await run(`UPDATE "Accused" SET "kindId" = (SELECT id FROM "AccusedKind" WHERE slug = 'legal'), "levelId" = NULL WHERE slug = $1`, slugs.private);
    await expectTalliesRight();
    await run(`UPDATE "Accused" SET "levelId" = (SELECT id FROM "ResponsibilityLevel" WHERE slug = 'direct-perpetrator') WHERE slug = $1`, slugs.company);
    await expectTalliesRight(); // a legal person with a level: the matrix shows none, the list counts it
    await run(`UPDATE "Accused" SET "deletedAt" = now() WHERE slug = $1`, slugs.colonel);
    await expectTalliesRight();
    await run(`UPDATE "Accused" SET "deletedAt" = NULL WHERE slug = $1`, slugs.colonel);
    await expectTalliesRight();
    // A statement that changes nothing they copy adds no rows.
    const rows = await rowCounts();
    await run(`UPDATE "Accused" SET name = name || '.' WHERE name LIKE 'Tally %'`);
    await run(`UPDATE "Case" SET title = title || '.' WHERE slug = $1`, slugs.main);
    expect(await rowCounts()).toEqual(rows);
  });

  it("leave no trace of a transaction rolled back", async () => {
    const before = await expectTalliesRight();
    const rows = await rowCounts();
    const rolledBack = await database.prisma
      .$transaction(async (tx) => {
        await createCase({ actor: analyst, input: { ...mainCase, reference: "TALLY-ROLLBACK", title: "Tally test rolled back" }, now: NOW, tx });
        await updateCase({ actor: analyst, id: slugs.second, input: { forum: "special-tribunal", expectedVersion: await versionOf(slugs.second) }, tx });
        await tx.$executeRawUnsafe(`UPDATE "Accused" SET "deletedAt" = now() WHERE slug = $1`, slugs.major);
        throw new Error("roll back");
      })
      .catch((e: Error) => e.message);
    expect(rolledBack).toBe("roll back");
    expect(await expectTalliesRight()).toEqual(before);
    expect(await rowCounts()).toEqual(rows);
  });

  it("follow a case deleted outright, its charges and accused links going with it", async () => {
    await run(`DELETE FROM "Case" WHERE slug = $1`, slugs.second);
    const { cells } = await expectTalliesRight();
    expect(cells["sudan|*|icc|crimes-against-humanity|natural|senior-command"]).toBeUndefined();
    expect(await sql(`SELECT 1 FROM "CaseProfile" p LEFT JOIN "Case" c ON c.id = p."caseId" WHERE c.id IS NULL`)).toEqual([]);
  });

  it("fold thousands of small writes into one row per key, with the same sums", async () => {
    const main = await idOf("Case", slugs.main);
    const charge = (await sql<{ id: string }>(`SELECT id FROM "Charge" WHERE "caseId" = $1 AND "accusedId" IS NULL`, main))[0]!.id;
    const appended = async () =>
      (await sql<{ coverage: number; facets: number }>(
        `SELECT (SELECT last_value FROM "CoverageTally_id_seq")::int AS coverage, (SELECT last_value FROM "CaseTally_id_seq")::int AS facets`,
      ))[0]!;
    const before = { ...(await rowCounts()), ...(await appended()) };
    let highest = { coverage: 0, facets: 0 };
    // 2,100 statements in three transactions: each toggles the stage (two case-tally rows) or the
    // crime of the charge against every accused (two case-tally rows and eight coverage rows).
    for (let chunk = 0; chunk < 3; chunk += 1) {
      await run(`DO $$
        BEGIN
          FOR i IN 1..350 LOOP
            UPDATE "Case" SET stage = CASE WHEN stage = 'TRIAL' THEN 'JUDGMENT'::"CaseStage" ELSE 'TRIAL'::"CaseStage" END WHERE id = '${main}';
            UPDATE "Charge" SET "crimeId" = (SELECT id FROM "CrimeCategory" WHERE slug = CASE WHEN i % 2 = 1 THEN 'ecocide' ELSE 'war-crimes' END) WHERE id = '${charge}';
          END LOOP;
        END $$`);
      const rows = await rowCounts();
      highest = { coverage: Math.max(highest.coverage, rows.coverage), facets: Math.max(highest.facets, rows.facets) };
      await expectTalliesRight();
    }
    // More than 4,000 rows were appended to each table, yet a fold after any statement that
    // leaves more than 4,000 kept them under.
    const after = { ...(await rowCounts()), ...(await appended()) };
    expect(after.coverage - before.coverage).toBeGreaterThan(4000);
    expect(after.facets - before.facets).toBeGreaterThan(4000);
    expect(highest.coverage).toBeLessThanOrEqual(4000);
    expect(highest.facets).toBeLessThanOrEqual(4000);
    expect(after.profiles).toBe(before.profiles);
  });

  it("are rebuilt from the data with the same sums, one row per key", async () => {
    const before = await tallies();
    await run(`SELECT rebuild_case_tallies()`);
    expect(await expectTalliesRight()).toEqual(before);
    const rows = await rowCounts();
    expect(rows.facets).toBe(Object.keys(before.facets).length);
    expect(rows.coverage).toBe(Object.keys(before.cells).length);
  });
});

/**
 * Until the backend waits for a lock (at most 5 s). `required`: not waiting at all is a failure;
 * otherwise a version of the code that does not wait passes on.
 */
async function waitingOnALock(pid: number, { required = false } = {}) {
  for (let tries = 0; tries < 100; tries += 1) {
    if ((await sql(`SELECT 1 FROM pg_locks WHERE pid = $1 AND NOT granted`, pid)).length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (required) throw new Error("The second transaction never waited for the first one's lock.");
}

describe("two writers at once", () => {
  const connect = async () => {
    const client = new pg.Client({ connectionString: testDb.url });
    await client.connect();
    return client;
  };
  const addCharge = (client: pg.Client, caseSlug: string, crime: string, accusedId: string | null) =>
    client.query(
      `INSERT INTO "Charge" (id, "caseId", "accusedId", "crimeId", "modeId", "provisionCited", "updatedAt")
       SELECT 'tally-' || md5(random()::text), c.id, $3, cc.id, m.id, 'Concurrent charge', now()
         FROM "Case" c, "CrimeCategory" cc, "ModeOfLiability" m WHERE c.slug = $1 AND cc.slug = $2 AND m.slug = 'direct'`,
      [caseSlug, crime, accusedId],
    );
  /** Resolves with "done", or "blocked" if the promise takes longer than `ms`. */
  const within = <T>(promise: Promise<T>, ms: number) =>
    Promise.race([promise.then(() => "done" as const), new Promise<"blocked">((resolve) => setTimeout(() => resolve("blocked"), ms))]);


  it("do not block each other on different cases, even when both fold, and the sums add up", async () => {
    const cases = await sql<{ slug: string }>(`SELECT slug FROM "Case" WHERE "deletedAt" IS NULL AND slug LIKE 'tally-test%' ORDER BY slug`);
    expect(cases.length).toBeGreaterThanOrEqual(2);
    const [first, second] = [cases[0]!.slug, cases[1]!.slug];
    // Zero rows up to the threshold (sums unchanged), so that both writers' triggers fold.
    await run(`INSERT INTO "CaseTally" (facet, value, cases) SELECT 'total', '', 0 FROM generate_series(1, 4000)`);
    await run(`INSERT INTO "CoverageTally" ("situationId", "modeId", "forumId", "crimeId", "kindId", "levelId", cases)
               SELECT "situationId", "modeId", "forumId", "crimeId", "kindId", "levelId", 0 FROM "CoverageTally", generate_series(1, 4000) LIMIT 4000`);
    const a = await connect();
    const b = await connect();
    try {
      await a.query("BEGIN");
      await addCharge(a, first, "genocide", null);
      await b.query("BEGIN");
      await b.query("SET LOCAL lock_timeout = '10s'");
      const second_ = within(
        (async () => {
          await addCharge(b, second, "ecocide", null);
          await b.query("COMMIT");
        })(),
        5000,
      );
      expect(await second_).toBe("done");
      // The first is still open: what is committed so far is right.
      await expectTalliesRight();
      await a.query("COMMIT");
    } finally {
      await a.query("ROLLBACK").catch(() => {});
      await b.query("ROLLBACK").catch(() => {});
      await a.end();
      await b.end();
    }
    const { facets } = await expectTalliesRight();
    expect(facets[`crime:${await idOf("CrimeCategory", "genocide")}`]).toBeGreaterThanOrEqual(1);
    // The first folded the rows committed before it; the second skipped them, locked, and went on.
    const rows = await rowCounts();
    expect(rows.facets).toBeLessThan(4000);
    expect(rows.coverage).toBeLessThan(4000);
  });

  it("keep one case's profile right when an accused and the case change at once", async () => {
    const [row] = await sql<{ slug: string; accused: string }>(
      `SELECT c.slug, a.slug AS accused FROM "Case" c JOIN "CaseAccused" ca ON ca."caseId" = c.id JOIN "Accused" a ON a.id = ca."accusedId"
        WHERE c."deletedAt" IS NULL AND a."deletedAt" IS NULL AND c.slug LIKE 'tally-test%' ORDER BY c.slug, a.slug LIMIT 1`,
    );
    const a = await connect();
    const b = await connect();
    const bPid = (await b.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
    try {
      // The case moves to another forum, not yet committed; meanwhile an accused of it changes level.
      await a.query("BEGIN");
      await a.query(`UPDATE "Case" SET "forumId" = (SELECT id FROM "Forum" WHERE slug = 'special-tribunal') WHERE slug = $1`, [row!.slug]);
      const accusedChange = b.query(
        `UPDATE "Accused" SET "levelId" = (SELECT id FROM "ResponsibilityLevel" WHERE slug = 'top-leadership'), "kindId" = (SELECT id FROM "AccusedKind" WHERE slug = 'natural') WHERE slug = $1`,
        [row!.accused],
      );
      await waitingOnALock(bPid);
      await a.query("COMMIT");
      await accusedChange;
    } finally {
      await a.end();
      await b.end();
    }
    await expectTalliesRight();
  });
});

describe("an accused changed while another case takes them on", () => {
  const connect = async () => {
    const client = new pg.Client({ connectionString: testDb.url });
    await client.connect();
    return client;
  };
  // lockAccusedForChange through a pg client: the lock the use cases take before changing an accused.
  const overPg = (client: pg.Client) => ({
    $queryRaw: async <T,>(query: Prisma.Sql) => (await client.query(query.text, query.values as unknown[])).rows as T,
    $executeRaw: async (query: Prisma.Sql) => (await client.query(query.text, query.values as unknown[])).rowCount ?? 0,
  });

  it("counts the new case with the accused's new kind, whichever commits first", async () => {
    const [person] = await sql<{ id: string }>(
      `SELECT a.id FROM "Accused" a JOIN "AccusedKind" k ON k.id = a."kindId" WHERE a."deletedAt" IS NULL AND k.slug = 'natural' ORDER BY a.slug LIMIT 1`,
    );
    const [other] = await sql<{ id: string }>(
      `SELECT c.id FROM "Case" c WHERE c."deletedAt" IS NULL AND NOT EXISTS (SELECT 1 FROM "CaseAccused" ca WHERE ca."caseId" = c.id AND ca."accusedId" = $1)
        AND EXISTS (SELECT 1 FROM "Charge" ch WHERE ch."caseId" = c.id AND ch."accusedId" IS NULL) ORDER BY c.slug LIMIT 1`,
      person!.id,
    );
    expect(person && other).toBeTruthy();
    const a = await connect();
    const b = await connect();
    const bPid = (await b.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
    try {
      // A changes the accused's kind (after taking the use cases' locks) and holds; B links them to another case.
      await a.query("BEGIN");
      await lockAccusedForChange(overPg(a), person!.id);
      await a.query(`UPDATE "Accused" SET "kindId" = (SELECT id FROM "AccusedKind" WHERE slug = 'legal'), "levelId" = NULL WHERE id = $1`, [person!.id]);
      await b.query("BEGIN");
      const link = b.query(`INSERT INTO "CaseAccused" ("caseId", "accusedId") VALUES ($1, $2)`, [other!.id, person!.id]);
      await waitingOnALock(bPid, { required: true });
      await a.query("COMMIT");
      await link;
      await b.query("COMMIT");
    } finally {
      await a.query("ROLLBACK").catch(() => {});
      await b.query("ROLLBACK").catch(() => {});
      await a.end();
      await b.end();
    }
    await expectTalliesRight();
  });


});

describe("a TRUNCATE", () => {
  it("recomputes the tallies, which have no transition table to follow", async () => {
    await run(`TRUNCATE "Charge"`);
    const { facets, cells } = await expectTalliesRight();
    expect(Object.keys(cells)).toEqual([]);
    expect(facets["total:"]).toBeGreaterThan(0);
    await run(`TRUNCATE "Case" CASCADE`);
    expect((await expectTalliesRight()).facets).toEqual({});
  });
});
