/**
 * The reference-data load on a real Postgres server: idempotent, a person's edits win, tampering
 * is undone, and every change is audited in the same transaction as the change.
 * (What the reference data says is tested in prisma/seed/reference-data.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "@/lib/server/prisma-client";
import { seedReferenceData, type SeedReport } from "@/prisma/seed/seed";
import { quoteIdent, withAdmin } from "@/tests/support/postgres";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

/** Row counts of every table of ours, join tables included. */
async function rowCounts(url: string): Promise<Record<string, number>> {
  return withAdmin(url, async (client) => {
    const { rows: tables } = await client.query<{ table_name: string }>(
      `select table_name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> '_prisma_migrations' order by 1`,
    );
    const counts: Record<string, number> = {};
    for (const { table_name } of tables) {
      const { rows } = await client.query<{ n: string }>(`select count(*) as n from ${quoteIdent(table_name)}`);
      counts[table_name] = Number(rows[0]!.n);
    }
    return counts;
  });
}

describe("seeding a Postgres server", () => {
  let db: TestDatabase;
  let database: Database;
  let first: SeedReport;

  beforeAll(async () => {
    db = await createTestDatabase("tracker_seed");
    database = createDatabase(db.target);
  });

  afterAll(async () => {
    await database?.close();
    await db?.drop();
  });

  it("the first run creates every record, each with a CREATE audit event", async () => {
    const before = await rowCounts(db.url);
    expect(Object.values(before).every((n) => n === 0)).toBe(true);

    first = await seedReferenceData(database.prisma);
    expect(first.created).toBeGreaterThan(0);
    expect(first).toMatchObject({ updated: 0, unchanged: 0, skippedEdited: 0 });

    const audit = await database.prisma.auditEvent.findMany();
    expect(audit).toHaveLength(first.created);
    expect(audit.every((e) => e.action === "CREATE" && e.actorId === null && e.before === null && e.after !== null)).toBe(true);
    // A seeded milestone is pictured as one a person logged: its date at its precision, references by slug.
    const warrants = await database.prisma.milestone.findUniqueOrThrow({ where: { slug: "icc-warrants-putin-lvova-belova-2023" }, select: { id: true } });
    const created = audit.find((e) => e.entityId === warrants.id)!.after as Record<string, unknown>;
    expect(created).toMatchObject({ date: "2023-03-17", track: "accountability", type: "arrest-warrant", situation: "ukraine", forums: ["icc"] });
    expect((created.sources as { source: string }[])[0]!.source).toBe("icc-press-release-2023-03-17");
    expect(Object.keys(created).filter((k) => /Ids?$|^occurredOn$/.test(k))).toEqual([]);

    // Per entity type: one event per stored record, naming that record.
    const counts = await rowCounts(db.url);
    const byType = new Map<string, Set<string>>();
    for (const e of audit) {
      if (!byType.has(e.entityType)) byType.set(e.entityType, new Set());
      byType.get(e.entityType)!.add(e.entityId);
    }
    expect(byType.size).toBeGreaterThan(5);
    for (const [table, ids] of byType) {
      expect(counts[table], `${table} is a table`).toBeDefined();
      expect(ids.size, `${table}: distinct audited records = rows`).toBe(counts[table]);
      const stored = await withAdmin(db.url, (client) => client.query<{ id: string }>(`select id from ${quoteIdent(table)}`));
      expect(new Set(stored.rows.map((r) => r.id))).toEqual(ids);
    }
  });

  it("a second run creates and updates nothing, and every table keeps its row count", async () => {
    const before = await rowCounts(db.url);
    const second = await seedReferenceData(database.prisma);
    expect(second).toEqual({ created: 0, updated: 0, unchanged: first.created, skippedEdited: 0 });
    expect(await rowCounts(db.url)).toEqual(before);
  });

  it("keeps a person's edit of a rule (version 2) on a re-seed", async () => {
    const rule = await database.prisma.jurisdictionRule.findFirstOrThrow({ orderBy: { slug: "asc" } });
    await database.prisma.jurisdictionRule.update({
      where: { id: rule.id },
      data: { summary: "Edited by a person after the seed.", version: 2 },
    });
    const auditBefore = await database.prisma.auditEvent.count();

    const report = await seedReferenceData(database.prisma);
    expect(report).toEqual({ created: 0, updated: 0, unchanged: first.created - 1, skippedEdited: 1 });

    const after = await database.prisma.jurisdictionRule.findUniqueOrThrow({ where: { id: rule.id } });
    expect(after.summary).toBe("Edited by a person after the seed.");
    expect(after.version).toBe(2);
    expect(await database.prisma.auditEvent.count()).toBe(auditBefore);
  });

  it("restores a seeded rule tampered with at version 1, and audits the UPDATE", async () => {
    const rule = await database.prisma.jurisdictionRule.findFirstOrThrow({
      where: { version: 1, crimes: { some: {} } },
      orderBy: { slug: "desc" },
      include: { crimes: { select: { id: true } } },
    });
    const originalCrimes = rule.crimes.map((c) => c.id).sort();
    // Changed behind the tracker's back: no version bump, no audit event.
    await database.prisma.jurisdictionRule.update({
      where: { id: rule.id },
      data: { summary: "Tampered with.", crimes: { set: [] } },
    });

    const report = await seedReferenceData(database.prisma);
    expect(report).toEqual({ created: 0, updated: 1, unchanged: first.created - 2, skippedEdited: 1 });

    const restored = await database.prisma.jurisdictionRule.findUniqueOrThrow({
      where: { id: rule.id },
      include: { crimes: { select: { id: true } } },
    });
    expect(restored.summary).toBe(rule.summary);
    expect(restored.crimes.map((c) => c.id).sort()).toEqual(originalCrimes);
    expect(restored.version).toBe(1);

    const updates = await database.prisma.auditEvent.findMany({ where: { action: "UPDATE" } });
    expect(updates).toHaveLength(1);
    const [event] = updates;
    expect(event).toMatchObject({ entityType: "JurisdictionRule", entityId: rule.id, actorId: null });
    expect(event!.before).toMatchObject({ summary: "Tampered with.", crimes: [] });
    // Pictured as the audit trail pictures a rule a person changed: references by slug.
    const crimeSlugs = (await database.prisma.crimeCategory.findMany({ where: { id: { in: originalCrimes } }, select: { slug: true } })).map((c) => c.slug);
    expect(event!.after).toMatchObject({ summary: rule.summary, crimes: expect.arrayContaining(crimeSlugs) });
    expect(JSON.stringify(event!.after)).not.toMatch(/Ids?"/);

    // Restored means restored: the next run is quiet again (the person's edit is still kept).
    expect(await seedReferenceData(database.prisma)).toEqual({ created: 0, updated: 0, unchanged: first.created - 1, skippedEdited: 1 });
  });
});

describe("the real cases", () => {
  let db: TestDatabase;
  let database: Database;
  let first: SeedReport;
  const prisma = () => database.prisma;

  /** Cases whose search document matches a query, as the case list's search runs it ('simple'). */
  async function searchHits(query: string): Promise<string[]> {
    const rows = await prisma().$queryRaw<{ slug: string }[]>`
      SELECT slug FROM "Case" WHERE "searchVector" @@ to_tsquery('simple', search_key(${query})) ORDER BY slug`;
    return rows.map((r) => r.slug);
  }

  beforeAll(async () => {
    db = await createTestDatabase("tracker_seed_cases");
    database = createDatabase(db.target);
    first = await seedReferenceData(database.prisma);
  });

  afterAll(async () => {
    await database?.close();
    await db?.drop();
  });

  it("loads each case whole: accused, charges, stages with their sources, sources and milestones", async () => {
    const cases = await prisma().case.findMany({
      orderBy: { slug: "asc" },
      include: {
        forum: { select: { slug: true } },
        accused: { select: { accused: { select: { slug: true, nameOriginal: true, level: { select: { slug: true } } } } } },
        charges: { select: { mode: { select: { slug: true } }, crime: { select: { slug: true } }, provisionCited: true, knowledgeStandard: true, failedDuties: true } },
        stages: { orderBy: { occurredOn: "asc" }, select: { stage: true, occurredOn: true, sourceLocator: true, source: { select: { slug: true } } } },
        sources: { select: { source: { select: { slug: true } } } },
        milestones: { select: { slug: true } },
      },
    });
    expect(cases.map((c) => c.slug)).toEqual(["icc-gerasimov", "icc-kobylash", "icc-lvova-belova", "icc-putin", "icc-shoigu", "icc-sokolov"]);
    // The 2024 warrants: three crimes in three modes each, the warrant on the day the ICC (or, for
    // March, the reports) give.
    for (const c of cases.filter((x) => !["icc-lvova-belova", "icc-putin"].includes(x.slug))) {
      expect(c.charges).toHaveLength(9);
      expect(new Set(c.charges.map((ch) => ch.mode.slug))).toEqual(new Set(["direct", "ordering", "command-responsibility"]));
      expect(c.stages.map((st) => st.stage)).toEqual(["INVESTIGATION", "WARRANT_OR_NOTICE_OF_SUSPICION"]);
      expect(c.stageOn.toISOString().slice(0, 10)).toBe(["icc-kobylash", "icc-sokolov"].includes(c.slug) ? "2024-03-05" : "2024-06-24");
    }
    for (const c of cases.filter((x) => ["icc-lvova-belova", "icc-putin"].includes(x.slug))) {
      // The mirror of the stages: the latest is the current stage, the first the opening date.
      expect(c).toMatchObject({ reference: null, stage: "WARRANT_OR_NOTICE_OF_SUSPICION", stagePrecision: "DAY", openedPrecision: "DAY", isSynthetic: false, version: 1, inAbsentia: false });
      expect([c.openedOn.toISOString().slice(0, 10), c.stageOn.toISOString().slice(0, 10)]).toEqual(["2022-03-02", "2023-03-17"]);
      expect(c.forum.slug).toBe("icc");
      expect(c.stages.map((st) => [st.stage, st.source?.slug])).toEqual([
        ["INVESTIGATION", "icc-otp-statement-2022-03-02"],
        ["WARRANT_OR_NOTICE_OF_SUSPICION", "icc-press-release-2023-03-17"],
      ]);
      expect(c.stages.every((st) => st.sourceLocator)).toBe(true);
      expect(c.sources.map((r) => r.source.slug).sort()).toEqual(["icc-otp-statement-2022-03-02", "icc-press-release-2023-03-17"]);
      expect(c.milestones.map((m) => m.slug).sort()).toEqual(["icc-investigation-ukraine-2022", "icc-warrants-putin-lvova-belova-2023"]);
      expect(c.charges.every((ch) => ch.crime.slug === "war-crimes" && ch.knowledgeStandard === null && ch.failedDuties.length === 0)).toBe(true);
    }
    const [lvovaBelova, putin] = cases.filter((x) => ["icc-lvova-belova", "icc-putin"].includes(x.slug));
    expect(putin!.accused.map((a) => [a.accused.slug, a.accused.nameOriginal, a.accused.level?.slug])).toEqual([["vladimir-putin", "Володимир Путін", "top-leadership"]]);
    expect(putin!.charges.map((ch) => ch.mode.slug).sort()).toEqual(["command-responsibility", "command-responsibility", "direct", "direct"]);
    expect(lvovaBelova!.accused.map((a) => [a.accused.slug, a.accused.nameOriginal, a.accused.level])).toEqual([["maria-lvova-belova", "Марія Львова-Бєлова", null]]);
    expect(lvovaBelova!.charges.map((ch) => ch.mode.slug)).toEqual(["direct", "direct"]);
  });

  it("builds the search documents in the same load: names in either language, charges", async () => {
    expect(await searchHits("putin")).toEqual(["icc-putin"]);
    expect(await searchHits("Путін")).toEqual(["icc-putin"]);
    expect(await searchHits("Львова-Бєлова")).toEqual(["icc-lvova-belova"]);
    expect(await searchHits("deportation")).toEqual(["icc-lvova-belova", "icc-putin"]);
  });

  it("a second run creates and updates nothing", async () => {
    expect(await seedReferenceData(database.prisma)).toEqual({ created: 0, updated: 0, unchanged: first.created, skippedEdited: 0 });
  });

  it("keeps a case a person edited (version 2), its accused included", async () => {
    const putin = await prisma().case.findUniqueOrThrow({ where: { slug: "icc-putin" } });
    await prisma().case.update({ where: { id: putin.id }, data: { title: "Edited in the app", version: 2 } });
    await prisma().charge.deleteMany({ where: { caseId: putin.id, mode: { slug: "command-responsibility" } } });
    await prisma().accused.update({ where: { slug: "vladimir-putin" }, data: { rank: "Edited in the app" } });
    const auditBefore = await prisma().auditEvent.count();

    // The case and its accused are kept; the rest is unchanged.
    expect(await seedReferenceData(database.prisma)).toEqual({ created: 0, updated: 0, unchanged: first.created - 2, skippedEdited: 2 });
    const after = await prisma().case.findUniqueOrThrow({ where: { id: putin.id }, include: { charges: true, accused: { include: { accused: true } } } });
    expect(after).toMatchObject({ title: "Edited in the app", version: 2 });
    expect(after.charges).toHaveLength(2);
    expect(after.accused[0]!.accused.rank).toBe("Edited in the app");
    expect(await prisma().auditEvent.count()).toBe(auditBefore);
  });

  it("keeps an accused a person's audited edit touched, even while its case is at version 1", async () => {
    const accused = await prisma().accused.update({ where: { slug: "maria-lvova-belova" }, data: { description: "Edited in the app" } });
    await prisma().auditEvent.create({ data: { action: "UPDATE", entityType: "Accused", entityId: accused.id, after: { description: "Edited in the app" }, note: "a person" } });
    const report = await seedReferenceData(database.prisma);
    expect(report).toMatchObject({ created: 0, updated: 0, skippedEdited: 3 });
    expect((await prisma().accused.findUniqueOrThrow({ where: { id: accused.id } })).description).toBe("Edited in the app");
  });

  it("restores a case tampered with at version 1, and its search document, auditing the UPDATE", async () => {
    const target = await prisma().case.findUniqueOrThrow({ where: { slug: "icc-lvova-belova" } });
    await prisma().case.update({ where: { id: target.id }, data: { title: "Tampered", stage: "TRIAL" } });
    await prisma().stageChange.deleteMany({ where: { caseId: target.id } });
    await prisma().$executeRaw`UPDATE "Case" SET "searchVector" = NULL WHERE id = ${target.id}`;

    const report = await seedReferenceData(database.prisma);
    expect(report).toMatchObject({ created: 0, updated: 1, skippedEdited: 3 });
    const restored = await prisma().case.findUniqueOrThrow({ where: { id: target.id }, include: { stages: true } });
    expect(restored).toMatchObject({ stage: "WARRANT_OR_NOTICE_OF_SUSPICION", version: 1 });
    expect(restored.title).toMatch(/^Maria Alekseyevna Lvova-Belova/);
    expect(restored.stages).toHaveLength(2);
    expect(await searchHits("deportation")).toContain("icc-lvova-belova");
    const update = await prisma().auditEvent.findFirstOrThrow({ where: { entityType: "Case", entityId: target.id, action: "UPDATE" } });
    expect(update.before).toMatchObject({ title: "Tampered", stage: "TRIAL", stageKeys: [] });
    expect(update.note).toBe("reference data (seed)");
  });
});

describe("the seed's transaction", () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase("tracker_seed_tx");
  });

  afterAll(async () => {
    await db?.drop();
  });

  it("a failure part-way leaves neither records nor audit events behind", async () => {
    // A real failure inside the database, late in the load (rules come last).
    await withAdmin(db.url, async (client) => {
      await client.query(`create function refuse_rules() returns trigger language plpgsql as $$
        begin raise exception 'rules refused by the test'; end $$`);
      await client.query(`create trigger refuse_rules before insert on "JurisdictionRule" for each row execute function refuse_rules()`);
    });
    const database = createDatabase(db.target);
    try {
      await expect(seedReferenceData(database.prisma)).rejects.toThrow(/rules refused by the test/);
    } finally {
      await database.close();
    }
    const counts = await rowCounts(db.url);
    expect(counts.AuditEvent).toBe(0);
    expect(Object.entries(counts).filter(([, n]) => n > 0)).toEqual([]);
  });
});
