/**
 * Reference data held per database snapshot (lib/server/reference-data.ts): between two writes,
 * every caller gets the same frozen value without reloading it; a committed change to anything
 * the vocabulary, the rules or the filter options are read from shows at the next call, however
 * it was written (the use cases, or SQL as psql would send it); an uncommitted one does not; and
 * two databases in one process never share what is held.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadReference, loadVocabulary } from "@/lib/server/jurisdiction";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { getCaseListOptions } from "@/lib/server/queries/case-list";
import { getMilestoneFilterOptions } from "@/lib/server/queries/milestones";
import { seedReferenceData } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let testDb: TestDatabase;
let database: Database;
let psql: pg.Client;

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_refdata");
  database = createDatabase(testDb.target);
  await seedReferenceData(database.prisma);
  psql = new pg.Client({ connectionString: testDb.url });
  await psql.connect();
  process.env.DATABASE_URL = testDb.url;
});

afterAll(async () => {
  await psql?.end();
  await closeSharedDatabase();
  await database?.close();
  await testDb?.drop();
});

const sql = (text: string, values: unknown[] = []) => psql.query(text, values);
const loadRules = async () => (await loadReference()).rules;
const ruleOf = async (slug: string) => (await loadRules()).find((r) => r.slug === slug)!;
const someRule = async () => (await loadRules())[0]!;

describe("reference data held per snapshot", () => {
  it("is loaded once between writes: callers share one frozen value", async () => {
    const first = await loadReference();
    const again = await loadReference();
    expect(again).toBe(first);
    expect(Object.isFrozen(first.rules[0])).toBe(true);
    expect(Object.isFrozen(first.vocabulary.forums)).toBe(true);
    expect(() => {
      (first.vocabulary.forums as unknown[]).push("x");
    }).toThrow(TypeError);
    // At the same time, too.
    const [a, b] = await Promise.all([getCaseListOptions(), getCaseListOptions()]);
    expect(a).toBe(b);
  });

  it("shows each kind of committed change at the next call", async () => {
    const rule = await someRule();
    const changes: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
      ["a forum's name", () => sql(`UPDATE "Forum" SET name = name || ' (renamed)' WHERE slug = 'icc'`), async () => (await loadVocabulary()).forums.find((f) => f.slug === "icc")!.name],
      ["a crime's name", () => sql(`UPDATE "CrimeCategory" SET name = 'Renamed crime' WHERE slug = 'genocide'`), async () => (await loadVocabulary()).names.crimes.find((c) => c.slug === "genocide")!.name],
      ["a rule's summary", () => sql(`UPDATE "JurisdictionRule" SET summary = 'Changed in psql.' WHERE slug = $1`, [rule.slug]), async () => (await ruleOf(rule.slug)).summary],
      [
        "a rule's scope",
        () => sql(`DELETE FROM "_CrimeCategoryToJurisdictionRule" WHERE "B" = (SELECT id FROM "JurisdictionRule" WHERE slug = $1)`, [rule.slug]),
        async () => (await ruleOf(rule.slug)).crimes.length,
      ],
      ["a provision's heading", () => sql(`UPDATE "Provision" SET heading = 'New heading' WHERE id = (SELECT "provisionId" FROM "JurisdictionRule" WHERE slug = $1)`, [rule.slug]), async () => (await ruleOf(rule.slug)).provision.label],
      ["a source's title", () => sql(`UPDATE "Source" SET title = 'Retitled source' WHERE id = (SELECT "sourceId" FROM "JurisdictionRule" WHERE slug = $1)`, [rule.slug]), async () => (await ruleOf(rule.slug)).source.title],
      ["a rule deleted", () => sql(`UPDATE "JurisdictionRule" SET "deletedAt" = now() WHERE slug = $1`, [rule.slug]), async () => (await loadRules()).some((r) => r.slug === rule.slug)],
      ["a mode's name, in the list's options", () => sql(`UPDATE "ModeOfLiability" SET name = 'Renamed mode' WHERE slug = 'direct'`), async () => (await getCaseListOptions()).mode.find((m) => m.value === "direct")!.label],
      [
        "a milestone in a new year, in the timeline's options",
        () =>
          sql(`INSERT INTO "Milestone" (id, slug, title, description, "occurredOn", precision, "trackId", "typeId", "updatedAt")
               SELECT 'refdata-ms', 'refdata-1999', 'A milestone of 1999', 'For the test.', '1999-05-01', 'DAY', "trackId", "typeId", now() FROM "Milestone" LIMIT 1`),
        async () => (await getMilestoneFilterOptions()).year.map((y) => y.value).includes("1999"),
      ],
    ];
    for (const [what, change, read] of changes) {
      const before = await read();
      expect(await read(), what).toEqual(before); // held
      await change();
      expect(await read(), what).not.toEqual(before);
    }
  });

  it("does not show a change another transaction has not committed, and shows it once committed", async () => {
    const before = (await loadVocabulary()).forums.find((f) => f.slug === "special-tribunal")!.name;
    await sql("BEGIN");
    try {
      await sql(`UPDATE "Forum" SET name = 'Uncommitted name' WHERE slug = 'special-tribunal'`);
      expect((await loadVocabulary()).forums.find((f) => f.slug === "special-tribunal")!.name).toBe(before);
      await sql("COMMIT");
    } catch (error) {
      await sql("ROLLBACK");
      throw error;
    }
    expect((await loadVocabulary()).forums.find((f) => f.slug === "special-tribunal")!.name).toBe("Uncommitted name");
  });

  it("keeps what it holds apart for each database of the process", async () => {
    const mine = await loadVocabulary();
    const other = await createTestDatabase("tracker_refdata_other");
    const otherClient = createDatabase(other.target);
    try {
      await seedReferenceData(otherClient.prisma);
      await otherClient.prisma.forum.update({ where: { slug: "icc" }, data: { name: "The other database's ICC" } });
      await closeSharedDatabase();
      process.env.DATABASE_URL = other.url;
      expect((await loadVocabulary()).forums.find((f) => f.slug === "icc")!.name).toBe("The other database's ICC");
    } finally {
      await closeSharedDatabase();
      process.env.DATABASE_URL = testDb.url;
      await otherClient.close();
      await other.drop();
    }
    expect((await loadVocabulary()).forums.map((f) => f.name)).toEqual(mine.forums.map((f) => f.name));
  });
});
