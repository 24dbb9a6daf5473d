/**
 * The bulk import on a real Postgres: sources, cases (with accused, charges, sources, stages) and
 * milestones from CSV and JSON; dry runs write nothing; a file with any rejected record writes
 * nothing and names every problem's column; the same file twice updates, never duplicates; a
 * changed stage goes through the stage machine.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ImportFormat, ImportKind, ImportRowReport } from "@/lib/core/import/types";
import { ImportFileError } from "@/lib/core/import/types";
import type { Actor } from "@/lib/server/actor";
import { runImport } from "@/lib/server/import/run-import";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { seedReferenceData } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let testDb: TestDatabase;
let database: Database;
let analyst: Actor;
const previousUrl = process.env.DATABASE_URL;
const NOW = new Date("2025-06-01T10:00:00Z");

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_import");
  database = createDatabase(testDb.target);
  await seedReferenceData(database.prisma);
  const user = await database.prisma.user.create({ data: { email: "importer@example.test", name: "An importer", role: "ANALYST" }, select: { id: true } });
  analyst = { kind: "user", id: user.id, role: "ANALYST" };
  process.env.DATABASE_URL = testDb.url;
});

afterAll(async () => {
  process.env.DATABASE_URL = previousUrl;
  await closeSharedDatabase();
  await database?.close();
  await testDb?.drop();
});

async function* bytes(text: string, size = 7): AsyncGenerator<Uint8Array> {
  const all = new TextEncoder().encode(text);
  for (let i = 0; i < all.length; i += size) yield all.slice(i, i + size);
}

async function run(kind: ImportKind, format: ImportFormat, text: string, { dryRun = false, actor = analyst } = {}) {
  const rows: ImportRowReport[] = [];
  const summary = await runImport({ actor, kind, format, body: bytes(text), totalBytes: text.length, dryRun, onRow: (r) => rows.push(r), prisma: database.prisma, now: NOW });
  return { summary, rows };
}

const csv = (lines: string[]) => lines.join("\r\n") + "\r\n";

async function counts() {
  const p = database.prisma;
  const [cases, accused, charges, sources, milestones, stageChanges, audit] = await Promise.all([
    p.case.count(),
    p.accused.count(),
    p.charge.count(),
    p.source.count(),
    p.milestone.count(),
    p.stageChange.count(),
    p.auditEvent.count(),
  ]);
  return { cases, accused, charges, sources, milestones, stageChanges, audit };
}

const SOURCES = csv([
  "external_id,kind,title,publisher,url,published_on",
  "src-1,official,Warrant press release,International Criminal Court,https://www.icc-cpi.int/news/example,2023-03-17",
  "src-2,,A report,Someone,,2024-05",
]);

const CASE_HEADER =
  "external_id,reference,title,forum,situation,stage,stage_date,in_absentia,stage_note,accused_id,accused_name,accused_name_uk,accused_kind,accused_level,crime,mode,provision_cited,knowledge_standard,failed_duties,source,source_locator";
const CASES = csv([
  CASE_HEADER,
  'case-1,REF-IMPORT-1,"Prosecutor v. Ivanenko and Petrenko",icc,ukraine,warrant-or-notice-of-suspicion,2023-03-17,,,p-1,Ivan Ivanenko,Іван Іваненко,natural,senior-command,war-crimes,direct,"article 8(2)(a)(vii)",,,src-1,para. 2',
  "case-1,,,,,,,,,p-1,,,,,war-crimes,command-responsibility,article 28(b),,,,",
  "case-1,,,,,,,,,p-2,Petro Petrenko,,natural,,crimes-against-humanity,direct,article 7(1)(d),,,src-2,",
  "case-2,,Situation case about shelling,ukraine-domestic,ukraine,INVESTIGATION,2022-03,,,p-1,,,,,war-crimes,direct,Article 438 Criminal Code of Ukraine,,,,",
]);

describe("sources", () => {
  it("a dry run reports what would be created and writes nothing", async () => {
    const before = await counts();
    const { summary, rows } = await run("sources", "csv", SOURCES, { dryRun: true });
    expect(summary).toMatchObject({ dryRun: true, committed: false, records: 2, counts: { created: 2, updated: 0, unchanged: 0, rejected: 0 } });
    expect(rows.map((r) => [r.line, r.externalId, r.outcome])).toEqual([
      [2, "src-1", "created"],
      [3, "src-2", "created"],
    ]);
    expect(await counts()).toEqual(before);
  });

  it("imports, then reports the same file unchanged, then updates what changed", async () => {
    const first = await run("sources", "csv", SOURCES);
    expect(first.summary).toMatchObject({ committed: true, counts: { created: 2 } });
    const src1 = await database.prisma.source.findUniqueOrThrow({ where: { externalId: "src-1" } });
    expect(src1).toMatchObject({ kind: "OFFICIAL", title: "Warrant press release", publishedOnPrecision: "DAY" });
    const src2 = await database.prisma.source.findUniqueOrThrow({ where: { externalId: "src-2" } });
    expect(src2).toMatchObject({ kind: "OTHER", publishedOnPrecision: "MONTH" });

    const again = await run("sources", "csv", SOURCES);
    expect(again.summary.counts).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
    const changed = await run("sources", "csv", SOURCES.replace("A report", "A corrected report"));
    expect(changed.summary.counts).toEqual({ created: 0, updated: 1, unchanged: 1, rejected: 0 });
    expect(await database.prisma.source.count({ where: { externalId: { in: ["src-1", "src-2"] } } })).toBe(2);
    expect((await database.prisma.source.findUniqueOrThrow({ where: { externalId: "src-2" } })).title).toBe("A corrected report");
  });

  it("refuses the whole file when one row is bad, naming each column", async () => {
    const before = await counts();
    const { summary, rows } = await run(
      "sources",
      "csv",
      csv(["external_id,kind,title,url,published_on", "src-new,official,Fine,,", "src-bad,court,,ftp://x,2024-13-01", "src-new,,Again,,"]),
    );
    expect(summary.committed).toBe(false);
    expect(summary.reason).toMatch(/nothing was imported/);
    expect(summary.counts).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 2 });
    const bad = rows.find((r) => r.externalId === "src-bad")!;
    expect(bad.line).toBe(3);
    expect(bad.problems.map((p) => p.column).sort()).toEqual(["kind", "published_on", "title", "url"]);
    const duplicate = rows.find((r) => r.line === 4)!;
    expect(duplicate.problems[0]).toEqual({ column: "external_id", message: expect.stringMatching(/already given at line 2/) });
    expect(await counts()).toEqual(before);
  });

  it("refuses a file with an unknown column before any row", async () => {
    await expect(run("sources", "csv", csv(["external_id,title,colour", "x,y,z"]))).rejects.toThrow(ImportFileError);
    await expect(run("sources", "csv", csv(["external_id,title,colour", "x,y,z"]))).rejects.toThrow(/"colour"/);
  });

  it("refuses a viewer", async () => {
    await expect(run("sources", "csv", SOURCES, { actor: { kind: "user", id: "x", role: "VIEWER" } })).rejects.toThrow(/analyst role/);
  });
});

describe("cases", () => {
  it("imports cases from consecutive rows, with accused shared across cases", async () => {
    const before = await counts();
    const { summary, rows } = await run("cases", "csv", CASES);
    expect(rows.map((r) => [r.line, r.lastLine, r.externalId, r.outcome, r.problems])).toEqual([
      [2, 4, "case-1", "created", []],
      [5, 5, "case-2", "created", []],
    ]);
    expect(summary.committed).toBe(true);
    const after = await counts();
    expect(after.cases - before.cases).toBe(2);
    expect(after.accused - before.accused).toBe(2);
    expect(after.charges - before.charges).toBe(4);

    const c1 = await database.prisma.case.findUniqueOrThrow({
      where: { externalId: "case-1" },
      include: { charges: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { mode: true, accused: true } }, sources: { include: { source: true } }, accused: true, stages: true },
    });
    expect(c1).toMatchObject({ reference: "REF-IMPORT-1", stage: "WARRANT_OR_NOTICE_OF_SUSPICION", stagePrecision: "DAY" });
    expect(c1.charges.map((ch) => [ch.mode.slug, ch.accused?.externalId, ch.provisionCited])).toEqual([
      ["direct", "p-1", "article 8(2)(a)(vii)"],
      ["command-responsibility", "p-1", "article 28(b)"],
      ["direct", "p-2", "article 7(1)(d)"],
    ]);
    expect(c1.sources.map((s) => [s.source.externalId, s.locator]).sort()).toEqual([
      ["src-1", "para. 2"],
      ["src-2", null],
    ]);
    expect(c1.stages).toHaveLength(1);
    const c2 = await database.prisma.case.findUniqueOrThrow({ where: { externalId: "case-2" }, include: { accused: { include: { accused: true } } } });
    expect(c2.accused.map((a) => a.accused.externalId)).toEqual(["p-1"]);
    expect(c2.stagePrecision).toBe("MONTH");
    // The case's search document is built in the same transaction.
    const found = await database.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Case" WHERE "searchVector" @@ to_tsquery('simple', search_key('іваненко'))`;
    expect(found[0]!.n).toBeGreaterThanOrEqual(1);
  });

  it("the same file again changes nothing; a later stage is recorded as a stage change", async () => {
    const before = await counts();
    const again = await run("cases", "csv", CASES);
    expect(again.summary.counts).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
    expect(await counts()).toEqual(before);

    const moved = await run("cases", "csv", CASES.replace("warrant-or-notice-of-suspicion,2023-03-17", "arrest-or-surrender,2024-01-10"));
    expect(moved.summary.counts).toEqual({ created: 0, updated: 1, unchanged: 1, rejected: 0 });
    const c1 = await database.prisma.case.findUniqueOrThrow({ where: { externalId: "case-1" }, include: { stages: true } });
    expect(c1.stage).toBe("ARREST_OR_SURRENDER");
    expect(c1.stages).toHaveLength(2);
  });

  it("refuses a stage the stage machine does not allow, and an unknown crime, with their columns and lines", async () => {
    const before = await counts();
    const bad = CASES.replace("arrest-or-surrender", "warrant-or-notice-of-suspicion") // not yet: the file still says warrant
      .replace("war-crimes,command-responsibility", "piracy,command-responsibility")
      .replace("warrant-or-notice-of-suspicion,2023-03-17", "judgment,2024-02-01");
    const { summary, rows } = await run("cases", "csv", bad);
    expect(summary.committed).toBe(false);
    const c1 = rows.find((r) => r.externalId === "case-1")!;
    expect(c1.outcome).toBe("rejected");
    expect(c1.problems).toContainEqual({ column: "crime (line 3)", message: expect.stringMatching(/^“piracy”: no such crime category\. The crime categories are: .*war-crimes/) });
    expect(c1.problems.filter((p) => p.column === "crime (line 3)")).toHaveLength(1);
    expect(await counts()).toEqual(before);

    const judgment = await run("cases", "csv", CASES.replace("warrant-or-notice-of-suspicion,2023-03-17", "judgment,2024-02-01"));
    const j = judgment.rows.find((r) => r.externalId === "case-1")!;
    expect(j.outcome).toBe("rejected");
    expect(j.problems.map((p) => p.column)).toContain("stage");
    expect(await counts()).toEqual(before);
  });

  it("rows of one case that disagree, an unknown source and a charge against nobody are each named", async () => {
    const { rows } = await run(
      "cases",
      "csv",
      csv([
        CASE_HEADER,
        "case-3,,A case,icc,ukraine,investigation,2024,,,p-9,Nine,,natural,,war-crimes,direct,art. 8,,,,",
        "case-3,,Another title,,,,,,,,,,,,war-crimes,direct,art. 8,,,,",
        "case-4,,Case four,icc,ukraine,investigation,2024,maybe,,p-10,Ten,,robot,,war-crimes,direct,art. 8,,,,",
        "case-5,,Case five,icc,ukraine,investigation,2024,,,p-11,Eleven,,natural,,war-crimes,direct,art. 8,,,nosuch,",
        "case-5,,,,,,,,,p-unknown,,,,,war-crimes,direct,art. 8,,,,",
      ]),
    );
    expect(rows[0]!.problems).toEqual([{ column: "title (line 3)", message: expect.stringMatching(/differs from the case's first row \(line 2\)/) }]);
    expect(rows[1]!.problems.map((p) => p.column)).toEqual(expect.arrayContaining(["in_absentia", "accused_kind"]));
    // Checked against the database once the record itself is well-formed.
    expect(rows[2]!.problems).toEqual([{ column: "source (line 5)", message: expect.stringMatching(/no source has that external id or slug/) }]);
    const fixed = await run("cases", "csv", csv([CASE_HEADER, "case-5,,Case five,icc,ukraine,investigation,2024,,,p-11,Eleven,,natural,,war-crimes,direct,art. 8,,,src-1,", "case-5,,,,,,,,,p-unknown,,,,,war-crimes,direct,art. 8,,,,"]));
    expect(fixed.rows[0]!.problems).toEqual([{ column: "accused_id (line 3)", message: expect.stringMatching(/not recorded yet: describe them/) }]);
  });

  it("imports JSON with the same schema, and reports the JSON field paths", async () => {
    const record = {
      externalId: "case-json-1",
      title: "Prosecutor v. Jsonenko",
      forum: "icc",
      situation: "ukraine",
      stage: { stage: "INVESTIGATION", date: "2022-03-02" },
      accused: [{ externalId: "p-json", name: "Jason Jsonenko", kind: "natural" }],
      charges: [{ accused: "p-json", crime: "war-crimes", mode: "direct", provisionCited: "article 8" }],
      sources: [{ source: "src-1", locator: "p. 1" }],
    };
    const ok = await run("cases", "json", JSON.stringify([record], null, 2));
    expect(ok.rows.map((r) => [r.line, r.outcome])).toEqual([[2, "created"]]);
    const bad = await run("cases", "json", JSON.stringify([{ ...record, externalId: "case-json-2", charges: [{ ...record.charges[0], crime: "", accused: "nobody" }], colour: "red" }]));
    expect(bad.rows[0]!.problems.map((p) => p.column).sort()).toEqual(["charges[0].accused", "charges[0].crime", "colour"]);
  });

  // Article 28(b) of the Rome Statute: a civilian superior "knew, or consciously disregarded information
  // which clearly indicated" the subordinates' crimes. CSV and JSON write it as the form does.
  it.each([
    ["csv", "consciously disregarded"],
    ["csv", "CONSCIOUSLY_DISREGARDED"],
    ["json", "consciously-disregarded"],
  ] as const)("imports a civilian superior's knowledge standard (%s: %s)", async (format, written) => {
    const externalId = `case-28b-${format}-${written.replace(/\W+/g, "-").toLowerCase()}`;
    const text =
      format === "csv"
        ? csv([CASE_HEADER, `${externalId},,Prosecutor v. Civilian Superior,icc,ukraine,investigation,2024,,,p-28b,A civilian superior,,natural,top-leadership,war-crimes,command-responsibility,article 28(b),${written},prevent; repress,src-1,`])
        : JSON.stringify([
            {
              externalId,
              title: "Prosecutor v. Civilian Superior",
              forum: "icc",
              situation: "ukraine",
              stage: { stage: "INVESTIGATION", date: "2024" },
              accused: [{ externalId: "p-28b", name: "A civilian superior", kind: "natural", level: "top-leadership" }],
              charges: [{ accused: "p-28b", crime: "war-crimes", mode: "command-responsibility", provisionCited: "article 28(b)", knowledgeStandard: written, failedDuties: ["PREVENT", "REPRESS"] }],
              sources: [{ source: "src-1" }],
            },
          ]);
    const { summary, rows } = await run("cases", format, text);
    expect(rows.map((r) => [r.outcome, r.problems])).toEqual([["created", []]]);
    expect(summary.committed).toBe(true);
    const stored = await database.prisma.case.findUniqueOrThrow({ where: { externalId }, select: { charges: { select: { knowledgeStandard: true, failedDuties: true } } } });
    expect(stored.charges).toEqual([{ knowledgeStandard: "CONSCIOUSLY_DISREGARDED", failedDuties: ["PREVENT", "REPRESS"] }]);
  });
});

describe("milestones", () => {
  it("imports milestones that cite imported sources and cases, idempotently", async () => {
    const file = csv([
      "external_id,date,title,description,track,type,situation,forums,cases,sources,source_locators",
      "m-1,2023-03-17,Warrants issued,The Pre-Trial Chamber issued warrants.,accountability,arrest-warrant,ukraine,icc,case-1,src-1;src-2,para. 1;",
    ]);
    const first = await run("milestones", "csv", file);
    expect(first.rows.map((r) => [r.externalId, r.outcome, r.problems])).toEqual([["m-1", "created", []]]);
    const m = await database.prisma.milestone.findUniqueOrThrow({ where: { externalId: "m-1" }, include: { cases: true, sources: { include: { source: true } } } });
    expect(m.cases.map((c) => c.externalId)).toEqual(["case-1"]);
    expect(m.sources.map((s) => [s.source.externalId, s.locator]).sort()).toEqual([
      ["src-1", "para. 1"],
      ["src-2", null],
    ]);
    expect((await run("milestones", "csv", file)).summary.counts.unchanged).toBe(1);
    const bad = await run("milestones", "csv", file.replace("accountability", "").replace("src-1;src-2", "src-1"));
    expect(bad.rows[0]!.problems.map((p) => p.column).sort()).toEqual(["source_locators", "track"]);
  });

  // The analyst walk-through's files (issue 16): each took two or three rounds of checking.
  it("a check reports every problem of every row in one round: codes with the values they take, and records that do not exist", async () => {
    const before = await counts();
    const { summary, rows } = await run(
      "milestones",
      "csv",
      csv([
        "external_id,date,title,description,track,type,situation,forums,sources",
        "one-1,2023-03-17,Fine,What happened.,accountability,arrest-warrant,ukraine,icc,src-1",
        "one-2,2023-03-17,No source and a wrong track,What happened.,justice,arrest-warrant,ukraine,icc,",
        "one-3,2023-03-17,Four wrong codes,What happened.,Accountability,arest-warrant,ukraina,icc;tribunal,src-1",
        "one-4,,,,accountability,judgment,,,no-such-source",
      ]),
      { dryRun: true },
    );
    expect(summary.committed).toBe(false);
    expect(rows.map((r) => r.outcome)).toEqual(["created", "rejected", "rejected", "rejected"]);
    const [, two, three, four] = rows;
    expect(two!.problems).toEqual(
      expect.arrayContaining([
        { column: "sources", message: expect.stringMatching(/at least one/i) },
        { column: "track", message: "“justice”: no such track. The tracks are: accountability, security-guarantees, sanctions." },
      ]),
    );
    expect(three!.problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^“Accountability”: no such track; did you mean “accountability”\?/),
        expect.stringMatching(/^“arest-warrant”: no such milestone type; did you mean “arrest-warrant”\? The milestone types are: .*judgment/),
        expect.stringMatching(/^“ukraina”: no such situation; did you mean “ukraine”\? The situations are: ukraine, sudan\.$/),
        expect.stringMatching(/^“tribunal”: no such forum; did you mean “special-tribunal”\? The forums are: icc, special-tribunal, ukraine-domestic\.$/),
      ]),
    );
    expect(three!.problems.map((p) => p.column).sort()).toEqual(["forums", "situation", "track", "type"]);
    expect(four!.problems.map((p) => p.column).sort()).toEqual(["date", "description", "sources", "title"]);
    expect(four!.problems.find((p) => p.column === "sources")!.message).toBe('names "no-such-source", but no source has that external id or slug (import the sources first).');
    expect(await counts()).toEqual(before);
  });
});

describe("cases in batches", () => {
  const many = (n: number, title = (i: number) => `Batch case ${i}`) =>
    csv([
      "external_id,reference,title,forum,situation,stage,stage_date,accused_id,accused_name,accused_kind,crime,mode,provision_cited,is_synthetic",
      ...Array.from({ length: n }, (_, i) => {
        // The shared accused is described once, by the first case, and named by id alone after.
        const shared = i === 0 ? "batch-shared,Shared Accused,natural" : "batch-shared,,";
        return [
          `batch-${i},BATCH-${i},${title(i)},ukraine-domestic,ukraine,investigation,2023-05,${shared},war-crimes,direct,Article 438,yes`,
          `batch-${i},,,,,,,batch-own-${i},Own Accused ${i},natural,crimes-against-humanity,direct,Article 442,`,
        ].join("\r\n");
      }),
    ]);

  it("writes 1,200 cases over three batches as the use cases would, then finds them unchanged", async () => {
    const before = await counts();
    const auditBefore = await database.prisma.auditEvent.groupBy({ by: ["entityType"], _count: true });
    const { summary } = await run("cases", "csv", many(1200));
    expect(summary).toMatchObject({ committed: true, counts: { created: 1200, rejected: 0 } });
    const after = await counts();
    expect(after.cases - before.cases).toBe(1200);
    expect(after.accused - before.accused).toBe(1201);
    expect(after.charges - before.charges).toBe(2400);
    expect(after.stageChanges - before.stageChanges).toBe(1200);
    const auditAfter = await database.prisma.auditEvent.groupBy({ by: ["entityType"], _count: true });
    const added = (type: string) => (auditAfter.find((a) => a.entityType === type)?._count ?? 0) - (auditBefore.find((a) => a.entityType === type)?._count ?? 0);
    expect([added("Case"), added("StageChange"), added("Accused")]).toEqual([1200, 1200, 1201]);

    const shared = await database.prisma.accused.findUniqueOrThrow({ where: { externalId: "batch-shared" }, include: { cases: true } });
    expect(shared.cases).toHaveLength(1200);
    const last = await database.prisma.case.findUniqueOrThrow({
      where: { externalId: "batch-1199" },
      include: { charges: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { crime: true, accused: true } } },
    });
    expect(last).toMatchObject({ slug: "batch-case-1199", isSynthetic: true, stage: "INVESTIGATION", stagePrecision: "MONTH", openedPrecision: "MONTH" });
    expect(last.charges.map((c) => [c.crime.slug, c.accused?.externalId])).toEqual([
      ["war-crimes", "batch-shared"],
      ["crimes-against-humanity", "batch-own-1199"],
    ]);
    const unsearchable = await database.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Case" WHERE "externalId" LIKE 'batch-%' AND "searchVector" IS NULL`;
    expect(unsearchable[0]!.n).toBe(0);
    const snapshot = await database.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "Case", entityId: last.id } });
    expect(snapshot.after).toMatchObject({ slug: "batch-case-1199", reference: "BATCH-1199", stage: "INVESTIGATION", stageDate: "2023-05" });

    const again = await run("cases", "csv", many(1200));
    expect(again.summary.counts).toEqual({ created: 0, updated: 0, unchanged: 1200, rejected: 0 });
    expect(await counts()).toEqual({ ...after, audit: after.audit });

    const retitled = await run("cases", "csv", many(1200, (i) => (i === 700 ? "Batch case 700 retitled" : `Batch case ${i}`)));
    expect(retitled.summary.counts).toEqual({ created: 0, updated: 1, unchanged: 1199, rejected: 0 });
    expect((await database.prisma.case.findUniqueOrThrow({ where: { externalId: "batch-700" } })).title).toBe("Batch case 700 retitled");
  });

  it("a dry run of many cases vacuums the tables it wrote: the import that follows does not wade through its dead rows", async () => {
    const vacuums = async () => {
      const rows = await database.prisma.$queryRaw<{ n: number }[]>`SELECT vacuum_count::int AS n FROM pg_stat_user_tables WHERE relname = 'Case'`;
      return rows[0]!.n;
    };
    const before = await vacuums();
    const { summary } = await run("cases", "csv", many(600).replaceAll("batch-", "vacuum-").replaceAll("BATCH-", "VACUUM-"), { dryRun: true });
    expect(summary).toMatchObject({ committed: false, counts: { created: 600, rejected: 0 } });
    expect(await vacuums()).toBe(before + 1);
    // A small check leaves it to autovacuum.
    await run("cases", "csv", many(3).replaceAll("batch-", "vacuum-").replaceAll("BATCH-", "VACUUM-"), { dryRun: true });
    expect(await vacuums()).toBe(before + 1);
  });

  it("refuses case numbers taken in the database or earlier in the file, and slugs never collide", async () => {
    const before = await counts();
    const { rows } = await run(
      "cases",
      "csv",
      csv([
        "external_id,reference,title,forum,situation,stage,stage_date,accused_id,crime,mode,provision_cited",
        "dup-1,BATCH-5,Batch case 5,ukraine-domestic,ukraine,investigation,2023,batch-shared,war-crimes,direct,Article 438",
        "dup-2,NEW-1,Batch case 5,ukraine-domestic,ukraine,investigation,2023,batch-shared,war-crimes,direct,Article 438",
        "dup-3,NEW-1,Batch case 5,ukraine-domestic,ukraine,investigation,2023,batch-shared,war-crimes,direct,Article 438",
      ]),
    );
    expect(rows.map((r) => [r.externalId, r.outcome])).toEqual([
      ["dup-1", "rejected"],
      ["dup-2", "created"],
      ["dup-3", "rejected"],
    ]);
    expect(rows[0]!.problems).toEqual([{ column: "reference", message: expect.stringMatching(/Batch case 5.*already has the case number BATCH-5/) }]);
    expect(rows[2]!.problems).toEqual([{ column: "reference", message: expect.stringMatching(/another case of this file \(external id "dup-2"\)/) }]);
    // Rolled back: the created one too.
    expect(await counts()).toEqual(before);
    const slugs = await run("cases", "csv", csv(["external_id,title,forum,situation,stage,stage_date,accused_id,crime,mode,provision_cited", "same-title-1,Batch case 5,icc,ukraine,investigation,2023,batch-shared,war-crimes,direct,art. 8", "same-title-2,Batch case 5,icc,ukraine,investigation,2023,batch-shared,war-crimes,direct,art. 8"]));
    expect(slugs.rows.map((r) => r.slug)).toEqual(["batch-case-5-2", "batch-case-5-3"]);
  });

  it("a new case that describes a recorded accused differently updates the accused, with an audit event", async () => {
    const { rows } = await run(
      "cases",
      "csv",
      csv([
        "external_id,title,forum,situation,stage,stage_date,accused_id,accused_name,accused_kind,accused_rank,crime,mode,provision_cited",
        "renamed-1,A case about the shared accused,icc,ukraine,investigation,2023,batch-shared,Shared Accused,natural,Colonel,war-crimes,direct,art. 8",
      ]),
    );
    expect(rows.map((r) => [r.outcome, r.problems])).toEqual([["created", []]]);
    const shared = await database.prisma.accused.findUniqueOrThrow({ where: { externalId: "batch-shared" } });
    expect(shared.rank).toBe("Colonel");
    const update = await database.prisma.auditEvent.findFirst({ where: { entityType: "Accused", entityId: shared.id, action: "UPDATE" } });
    expect(update?.after).toMatchObject({ rank: "Colonel" });
  });
});

describe("what a second import must not do", () => {
  const FULL = csv([
    "external_id,title,summary,forum,situation,stage,stage_date,in_absentia,is_synthetic,accused_id,accused_name,accused_kind,accused_rank,crime,mode,provision_cited,charge_description,source,source_locator",
    "keep-1,Keep case,A summary,icc,ukraine,trial,2023-05,yes,yes,keep-p,Keep Person,natural,General,war-crimes,direct,art. 8,Shelling of a school,src-1,p. 4",
  ]);

  it("a file with fewer columns leaves the rest as it is", async () => {
    expect((await run("cases", "csv", FULL)).rows[0]).toMatchObject({ outcome: "created" });
    const narrow = csv(["external_id,title,forum,situation,stage,stage_date,accused_id,crime,mode,provision_cited", "keep-1,Keep case,icc,ukraine,trial,2023-05,keep-p,war-crimes,direct,art. 8"]);
    expect((await run("cases", "csv", narrow)).rows[0]).toMatchObject({ outcome: "unchanged", problems: [] });
    const retitled = await run("cases", "csv", narrow.replace("keep-1,Keep case", "keep-1,Kept case"));
    expect(retitled.rows[0]).toMatchObject({ outcome: "updated" });
    const c = await database.prisma.case.findUniqueOrThrow({
      where: { externalId: "keep-1" },
      include: { charges: true, sources: true, accused: { include: { accused: true } } },
    });
    expect(c).toMatchObject({ title: "Kept case", summary: "A summary", isSynthetic: true, inAbsentia: true });
    expect(c.charges.map((ch) => ch.description)).toEqual(["Shelling of a school"]);
    expect(c.sources.map((s) => s.locator)).toEqual(["p. 4"]);
    expect(c.accused[0]!.accused.rank).toBe("General");
  });

  it("an in-absentia trial followed by a judgment imports the same file twice without a refusal", async () => {
    const judgment = FULL.replace("trial,2023-05,yes", "judgment,2024-02,no");
    expect((await run("cases", "csv", judgment)).rows[0]).toMatchObject({ outcome: "updated", problems: [] });
    expect((await run("cases", "csv", judgment)).rows[0]).toMatchObject({ outcome: "unchanged", problems: [] });
    const corrected = await run("cases", "csv", judgment.replace("judgment,2024-02", "judgment,2024-03"));
    expect(corrected.rows[0]!.outcome).toBe("rejected");
    expect(corrected.rows[0]!.problems).toEqual([{ column: "stage_date", message: expect.stringMatching(/recorded as Judgment, 2024-02; an import does not correct a recorded stage/) }]);
  });

  it("a NUL character is refused with its column, never a crash", async () => {
    const before = await counts();
    const { rows } = await run("cases", "csv", FULL.replace("keep-1,Keep case", "keep-nul,Bad\u0000Title").replace("src-1,", "sr\u0000c,"));
    expect(rows[0]!.outcome).toBe("rejected");
    expect(rows[0]!.problems.map((p) => p.column).sort()).toEqual(["source", "title"]);
    expect(rows[0]!.problems[0]!.message).toMatch(/NUL character/);
    const sources = await run("sources", "json", JSON.stringify([{ externalId: "src-nul", title: "Stat\u0000ute" }]));
    expect(sources.rows[0]!.problems).toEqual([{ column: "title", message: expect.stringMatching(/NUL character/) }]);
    expect(await counts()).toEqual(before);
  });

  it("two descriptions of one accused in a file must agree", async () => {
    const { rows } = await run(
      "cases",
      "csv",
      csv([
        "external_id,title,forum,situation,stage,stage_date,accused_id,accused_name,accused_kind,crime,mode,provision_cited",
        "twice-1,Twice one,icc,ukraine,investigation,2024,twice-p,Ivan One,natural,war-crimes,direct,art. 8",
        "twice-2,Twice two,icc,ukraine,investigation,2024,twice-p,Ivan Two,natural,war-crimes,direct,art. 8",
      ]),
    );
    expect(rows[1]!.problems).toEqual([{ column: "accused_name", message: expect.stringMatching(/differently from line 2 \("Ivan One"\)/) }]);
  });

  it("a milestone's cases are only added to; JSON stage keys are checked", async () => {
    const file = (cases: string) =>
      csv(["external_id,date,title,description,track,type,cases,sources", `m-keep,2023-03-17,Kept links,What happened.,accountability,arrest-warrant,${cases},src-1`]);
    expect((await run("milestones", "csv", file("keep-1"))).rows[0]!.outcome).toBe("created");
    expect((await run("milestones", "csv", file(""))).rows[0]!.outcome).toBe("unchanged");
    const m = await database.prisma.milestone.findUniqueOrThrow({ where: { externalId: "m-keep" }, include: { cases: true } });
    expect(m.cases.map((c) => c.externalId)).toEqual(["keep-1"]);

    const json = await run(
      "cases",
      "json",
      JSON.stringify([
        {
          externalId: "stage-src",
          title: "Stage source",
          forum: "icc",
          situation: "ukraine",
          stage: { stage: "INVESTIGATION", date: "2022-03-02", source: { slug: "x" } },
          accused: [{ externalId: "keep-p" }],
          charges: [{ crime: "war-crimes", mode: "direct", provisionCited: "art. 8" }],
        },
      ]),
    );
    expect(json.rows[0]!.problems).toEqual([{ column: "stage.source", message: expect.stringMatching(/is not a field of this import/) }]);
  });
});

describe("two imports at once", () => {
  it("an import that waits on another transaction's rows gives up with a message, writing nothing", async () => {
    const before = await counts();
    const { Client } = await import("pg");
    const other = new Client({ connectionString: testDb.url });
    await other.connect();
    try {
      // Another transaction is writing a source with the same external id, and has not committed.
      await other.query("BEGIN");
      await other.query(`INSERT INTO "Source" (id, slug, "externalId", kind, title, "updatedAt") VALUES ('held-1', 'held-1', 'held-src', 'OTHER', 'Held', now())`);
      const rows: ImportRowReport[] = [];
      const text = csv(["external_id,title", "held-src,Held too"]);
      await expect(
        runImport({ actor: analyst, kind: "sources", format: "csv", body: bytes(text), totalBytes: text.length, dryRun: false, onRow: (r) => rows.push(r), prisma: database.prisma, now: NOW, lockTimeoutSeconds: 1 }),
      ).rejects.toThrow(/waited more than 1 seconds for records that another import or an edit is writing/);
    } finally {
      await other.query("ROLLBACK");
      await other.end();
    }
    expect(await counts()).toEqual(before);
  });
});

describe("found by the second review", () => {
  it("two descriptions of one accused disagree in a one-line JSON file too", async () => {
    const record = (externalId: string, description: string) => ({
      externalId,
      title: `One line ${externalId}`,
      forum: "icc",
      situation: "ukraine",
      stage: { stage: "INVESTIGATION", date: "2024" },
      accused: [{ externalId: "one-line-p", name: "One Line", kind: "natural", description }],
      charges: [{ crime: "war-crimes", mode: "direct", provisionCited: "art. 8" }],
    });
    const { rows, summary } = await run("cases", "json", JSON.stringify([record("one-line-1", "first"), record("one-line-2", "contradicting")]));
    expect(summary.committed).toBe(false);
    expect(rows[1]!.problems).toEqual([{ column: "accused[0].description", message: expect.stringMatching(/differently from line 1 \("first"\)/) }]);
  });

  it("a case file and a milestone file imported in turn settle: unchanged the second time round", async () => {
    const cases = csv(["external_id,title,forum,situation,stage,stage_date,accused_id,crime,mode,provision_cited,milestones", "settle-1,Settle case,icc,ukraine,investigation,2024,keep-p,war-crimes,direct,art. 8,"]);
    const milestones = csv(["external_id,date,title,description,track,type,cases,sources", "m-settle,2024-01-02,Settle milestone,What happened.,accountability,arrest-warrant,settle-1,src-1"]);
    expect((await run("cases", "csv", cases)).rows[0]!.outcome).toBe("created");
    expect((await run("milestones", "csv", milestones)).rows[0]!.outcome).toBe("created");
    expect((await run("cases", "csv", cases)).rows[0]!.outcome).toBe("unchanged");
    expect((await run("milestones", "csv", milestones)).rows[0]!.outcome).toBe("unchanged");
    const c = await database.prisma.case.findUniqueOrThrow({ where: { externalId: "settle-1" }, include: { milestones: true } });
    expect(c.milestones.map((m) => m.externalId)).toEqual(["m-settle"]);
  });

  it("a different note on the recorded stage is refused, not silently dropped", async () => {
    const file = (note: string) =>
      csv(["external_id,title,forum,situation,stage,stage_date,stage_note,accused_id,crime,mode,provision_cited", `noted-1,Noted case,icc,ukraine,investigation,2024,${note},keep-p,war-crimes,direct,art. 8`]);
    expect((await run("cases", "csv", file("Opened after a referral"))).rows[0]!.outcome).toBe("created");
    expect((await run("cases", "csv", file("Opened after a referral"))).rows[0]!.outcome).toBe("unchanged");
    const changed = await run("cases", "csv", file("Another note"));
    expect(changed.rows[0]!.problems).toEqual([{ column: "stage_note", message: expect.stringMatching(/differs from the recorded stage's note/) }]);
  });
});
