/**
 * Reference data held until a write changes it (lib/server/held.ts, table-changes.ts): every
 * caller gets the same frozen value without reloading it; a committed change to anything the
 * vocabulary, the rules or the filter options are read from drops it, however it was written (the
 * app's client: at once; SQL as psql would send it: as soon as its notification is heard); a
 * write to what they do not read (sign-ins, tokens, follows, notes) drops nothing; an uncommitted
 * change shows nowhere; nothing is held while changes cannot be heard; and two databases in one
 * process never share what is held.
 */
import { describe, expect, it } from "vitest";
import { currentDatabase, db } from "@/lib/server/db";
import { loadReference, loadVocabulary } from "@/lib/server/jurisdiction";
import { closeSharedDatabase, createDatabase } from "@/lib/server/prisma-client";
import { getCaseListOptions } from "@/lib/server/queries/case-list";
import { getMilestoneFilterOptions } from "@/lib/server/queries/milestones";
import { tableChanges } from "@/lib/server/table-changes";
import { seedReferenceData } from "@/prisma/seed/seed";
import { seededDatabase } from "@/tests/support/seeded-database";
import { createTestDatabase } from "@/tests/support/test-database";

const seeded = seededDatabase("tracker_refdata");

const sql = (text: string, values: unknown[] = []) => seeded.psql.query(text, values);
/** Until every change committed so far has been heard (what the app's own writes wait for). */
const heard = () => tableChanges(currentDatabase()).heard();
async function listening() {
  const deadline = Date.now() + 10_000;
  await loadReference(); // opens the database, and starts listening
  while (!tableChanges(currentDatabase()).listening) {
    if (Date.now() > deadline) throw new Error("not listening after 10 s");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
const loadRules = async () => (await loadReference()).rules;
const ruleOf = async (slug: string) => (await loadRules()).find((r) => r.slug === slug)!;
const someRule = async () => (await loadRules())[0]!;

describe("reference data held until a write changes it", () => {
  it("is loaded once between writes: callers share one frozen value", async () => {
    await listening();
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
      ["a rule's summary", () => sql(`UPDATE "JurisdictionRule" SET summary = 'Changed in seeded.psql.' WHERE slug = $1`, [rule.slug]), async () => (await ruleOf(rule.slug)).summary],
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
      await heard();
      expect(await read(), what).not.toEqual(before);
    }
  });

  it("shows a write through the app's client at the next call, without waiting for anything", async () => {
    const name = async () => (await loadVocabulary()).forums.find((f) => f.slug === "icc")!.name;
    await name();
    await db.forum.update({ where: { slug: "icc" }, data: { name: "Renamed by the app" } });
    expect(await name()).toBe("Renamed by the app");
    await db.$transaction((tx) => tx.forum.update({ where: { slug: "icc" }, data: { name: "Renamed in a transaction" } }));
    expect(await name()).toBe("Renamed in a transaction");
  });

  it("is not dropped by writes to what it does not read: sign-ins, tokens, follows, the audit trail, notes", async () => {
    const user = await seeded.database.prisma.user.create({ data: { email: "held@example.test", name: "Held", role: "ANALYST" }, select: { id: true } });
    const forum = await seeded.database.prisma.forum.findFirstOrThrow({ select: { id: true } });
    const writes: [string, () => Promise<unknown>][] = [
      ["a sign-in attempt", () => sql(`INSERT INTO "SignInAttempt" (email, address, succeeded) VALUES ('held@example.test', '127.0.0.1', false)`)],
      ["a token's use", () => db.apiToken.updateMany({ data: { lastUsedAt: new Date() } })],
      ["a follow", () => db.follow.create({ data: { userId: user.id, target: "FORUM", forumId: forum.id } })],
      ["an audit row", () => sql(`INSERT INTO "AuditEvent" (action, "entityType", "entityId") VALUES ('CREATE', 'Annotation', 'x')`)],
    ];
    for (const [what, write] of writes) {
      const [reference, options, filters] = [await loadReference(), await getCaseListOptions(), await getMilestoneFilterOptions()];
      await write();
      await heard();
      expect(await loadReference(), what).toBe(reference);
      expect(await getCaseListOptions(), what).toBe(options);
      expect(await getMilestoneFilterOptions(), what).toBe(filters);
    }
  });

  it("holds nothing while changes cannot be heard, and drops what it held when the connection is lost", async () => {
    await listening();
    const before = await loadReference();
    expect(await loadReference()).toBe(before);
    // Ends the listener's connection, as a server restart or a network cut would.
    await sql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND datname = current_database()`);
    const deadline = Date.now() + 5_000;
    while (tableChanges(currentDatabase()).listening && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(tableChanges(currentDatabase()).listening).toBe(false);
    const whileDeaf = await loadReference();
    expect(whileDeaf).not.toBe(before);
    expect(await loadReference()).not.toBe(whileDeaf); // loaded afresh each time
    await listening();
    const after = await loadReference();
    expect(await loadReference()).toBe(after);
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
    await heard();
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
      process.env.DATABASE_URL = seeded.testDb.url;
      await otherClient.close();
      await other.drop();
    }
    expect((await loadVocabulary()).forums.map((f) => f.name)).toEqual(mine.forums.map((f) => f.name));
  });
});
