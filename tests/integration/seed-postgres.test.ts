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
    expect(event!.before).toMatchObject({ summary: "Tampered with.", crimeIds: [] });
    expect(event!.after).toMatchObject({ summary: rule.summary });

    // Restored means restored: the next run is quiet again (the person's edit is still kept).
    expect(await seedReferenceData(database.prisma)).toEqual({ created: 0, updated: 0, unchanged: first.created - 1, skippedEdited: 1 });
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
