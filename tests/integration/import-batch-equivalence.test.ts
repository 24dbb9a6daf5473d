/**
 * The case import's batch path (lib/server/import/case-batch.ts, set-based statements) against the
 * use cases it stands in for: the same files imported into two databases, one through the batch
 * path and one record by record through createCase (runImport's `useCasesOnly`), must leave the
 * same rows, the same audit events (before and after pictures, actor, note, in the same order), the
 * same search documents and the same report. Ids and moments differ; everything else is compared.
 *
 * The files exercise what the batch path builds in memory instead of reading back: several accused
 * per case (sorted by name in the picture), an accused described by an earlier record of the batch
 * and then named by id alone, accused recorded by an earlier file, command responsibility with a
 * knowledge standard and failed duties, a provision record, charge descriptions, sources (listed by
 * title) with locators, milestones, an in-absentia stage, a stage note, titles that share a slug,
 * Ukrainian names, a charge against every accused (JSON), an operator's import (a note, no actor),
 * and, in batches of two, accused, slugs and case numbers that earlier batches took; cases
 * written in Ukrainian or English with their other-language title and summary (decision 042).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ImportFormat, ImportRowReport } from "@/lib/core/import/types";
import type { Actor } from "@/lib/server/actor";
import { runImport } from "@/lib/server/import/run-import";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { seedReferenceData } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

const NOW = new Date("2025-06-01T10:00:00Z");
type Side = { testDb: TestDatabase; database: Database; analyst: Actor };
let batch: Side;
let useCases: Side;
let sources: string[];
let milestones: string[];

async function side(prefix: string): Promise<Side> {
  const testDb = await createTestDatabase(prefix);
  const database = createDatabase(testDb.target);
  await seedReferenceData(database.prisma);
  const user = await database.prisma.user.create({ data: { email: "importer@example.test", name: "An importer", role: "ANALYST" }, select: { id: true } });
  return { testDb, database, analyst: { kind: "user", id: user.id, role: "ANALYST" } };
}

beforeAll(async () => {
  batch = await side("tracker_import_batch");
  useCases = await side("tracker_import_usecases");
  // Seeded records have the same slugs in both databases; three sources whose titles sort differently from their slugs.
  const seeded = await batch.database.prisma.source.findMany({ orderBy: { slug: "asc" }, select: { slug: true, title: true } });
  const byTitle = [...seeded].sort((a, b) => (a.title < b.title ? 1 : -1));
  sources = [byTitle[0]!.slug, byTitle[1]!.slug, byTitle[byTitle.length - 1]!.slug];
  milestones = (await batch.database.prisma.milestone.findMany({ orderBy: { slug: "asc" }, take: 3, select: { slug: true } })).map((m) => m.slug);
}, 120_000);

afterAll(async () => {
  await closeSharedDatabase();
  for (const s of [batch, useCases]) {
    await s?.database.close();
    await s?.testDb.drop();
  }
});

async function* bytes(text: string): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
}

async function importBoth(format: ImportFormat, text: string, actor: (s: Side) => Actor, { batchSize, committed = true }: { batchSize?: number; committed?: boolean } = {}) {
  const reports: ImportRowReport[][] = [];
  for (const [s, useCasesOnly] of [
    [batch, false],
    [useCases, true],
  ] as const) {
    const rows: ImportRowReport[] = [];
    const summary = await runImport({ actor: actor(s), kind: "cases", format, body: bytes(text), totalBytes: text.length, dryRun: false, onRow: (r) => rows.push(r), prisma: s.database.prisma, now: NOW, useCasesOnly, batchSize });
    expect(summary.committed).toBe(committed);
    reports.push(rows);
  }
  expect(reports[0]).toEqual(reports[1]);
  return reports[0]!;
}

/** What a database holds of the imported cases, by natural keys (external ids, slugs), in a stable order. */
async function picture({ database }: Side) {
  const q = <T,>(sql: TemplateStringsArray) => database.prisma.$queryRawUnsafe<T[]>(sql.join(""));
  return {
    cases: await q`
      SELECT c."externalId", c.slug, c.reference, c.title, c.summary, c.lang, f.slug AS forum, s.slug AS situation, c.stage::text, c."stageOn"::text, c."stagePrecision"::text,
             c."openedOn"::text, c."openedPrecision"::text, c."inAbsentia", c."isSynthetic", c.version, c."deletedAt", c."searchVector"::text AS "searchVector"
        FROM "Case" c JOIN "Forum" f ON f.id = c."forumId" JOIN "Situation" s ON s.id = c."situationId"
       WHERE c."externalId" IS NOT NULL ORDER BY c."externalId"`,
    accused: await q`
      SELECT a."externalId", a.slug, a.name, a."nameOriginal", k.slug AS kind, a.rank, l.slug AS level, a.description, a."isSynthetic", a."deletedAt"
        FROM "Accused" a JOIN "AccusedKind" k ON k.id = a."kindId" LEFT JOIN "ResponsibilityLevel" l ON l.id = a."levelId"
       WHERE a."externalId" IS NOT NULL ORDER BY a."externalId"`,
    links: await q`
      SELECT c."externalId" AS "case", a."externalId" AS accused FROM "CaseAccused" ca JOIN "Case" c ON c.id = ca."caseId" JOIN "Accused" a ON a.id = ca."accusedId"
       WHERE c."externalId" IS NOT NULL ORDER BY 1, 2`,
    charges: await q`
      SELECT c."externalId" AS "case", a."externalId" AS accused, cc.slug AS crime, m.slug AS mode, ch."provisionCited", p.slug AS provision, ch.description,
             ch."knowledgeStandard"::text, ch."failedDuties"::text[] AS "failedDuties"
        FROM "Charge" ch JOIN "Case" c ON c.id = ch."caseId" LEFT JOIN "Accused" a ON a.id = ch."accusedId" JOIN "CrimeCategory" cc ON cc.id = ch."crimeId"
        JOIN "ModeOfLiability" m ON m.id = ch."modeId" LEFT JOIN "Provision" p ON p.id = ch."provisionId"
       WHERE c."externalId" IS NOT NULL ORDER BY c."externalId", ch."createdAt", ch.id`,
    stages: await q`
      SELECT c."externalId" AS "case", st.stage::text, st."occurredOn"::text, st.precision::text, st."inAbsentia", st.note, st."sourceId", st."sourceLocator", u.email AS "recordedBy"
        FROM "StageChange" st JOIN "Case" c ON c.id = st."caseId" LEFT JOIN "User" u ON u.id = st."recordedById"
       WHERE c."externalId" IS NOT NULL ORDER BY c."externalId", st."createdAt", st.id`,
    sources: await q`
      SELECT c."externalId" AS "case", s.slug AS source, cs.locator FROM "CaseSource" cs JOIN "Case" c ON c.id = cs."caseId" JOIN "Source" s ON s.id = cs."sourceId"
       WHERE c."externalId" IS NOT NULL ORDER BY 1, 2`,
    milestones: await q`
      SELECT c."externalId" AS "case", m.slug AS milestone FROM "_CaseToMilestone" cm JOIN "Case" c ON c.id = cm."A" JOIN "Milestone" m ON m.id = cm."B"
       WHERE c."externalId" IS NOT NULL ORDER BY 1, 2`,
    translations: await q`
      SELECT c."externalId" AS "case", t.field, t.locale, t.state::text, t.text, t."translatedBy", t."translatedOn"::text, t.version, t."sourceId", t."sourceLocator", t.note
        FROM "Translation" t JOIN "Case" c ON t."entityType" = 'Case' AND c.id = t."entityId"
       WHERE c."externalId" IS NOT NULL ORDER BY 1, 2, 3`,
    audit: await q`
      SELECT e.action::text, e."entityType", coalesce(c."externalId", a."externalId", sc."externalId") AS entity, u.email AS actor, e.note, e.before, e.after
        FROM "AuditEvent" e
        LEFT JOIN "Case" c ON e."entityType" = 'Case' AND c.id = e."entityId"
        LEFT JOIN "Accused" a ON e."entityType" = 'Accused' AND a.id = e."entityId"
        LEFT JOIN "StageChange" st ON e."entityType" = 'StageChange' AND st.id = e."entityId"
        LEFT JOIN "Case" sc ON sc.id = st."caseId"
        LEFT JOIN "User" u ON u.id = e."actorId"
       WHERE e."entityType" IN ('Case', 'Accused', 'StageChange') AND coalesce(c."externalId", a."externalId", sc."externalId") IS NOT NULL
       ORDER BY e.id`,
  };
}

const HEADER =
  "external_id,reference,title,summary,forum,situation,stage,stage_date,in_absentia,stage_note,is_synthetic,milestones,accused_id,accused_name,accused_name_uk,accused_kind,accused_rank,accused_level,accused_description,crime,mode,provision_cited,provision,charge_description,knowledge_standard,failed_duties,source,source_locator";
const csv = (lines: string[]) => [HEADER, ...lines].join("\r\n") + "\r\n";

describe("the batch path writes what the use cases write", () => {
  it("a file of varied new cases, then a file naming the accused it recorded", async () => {
    const [s1, s2, s3] = sources;
    const [m1, m2, m3] = milestones;
    const first = csv([
      // Three rows, two accused (the second sorts first by name), command responsibility, two sources listed by title, two milestones.
      `eq-1,EQ-1,"Prosecutor v. Ivanenko and Abramenko",A summary of the case,icc,ukraine,warrant-or-notice-of-suspicion,2023-03-17,,,,${m2};${m1},eq-p-1,Ivan Ivanenko,Іван Іваненко,natural,Colonel,senior-command,Commander of a unit,war-crimes,command-responsibility,article 28(a),rs-art-8,"Failed to stop the shelling, twice",KNEW,PREVENT;REPRESS,${s1},para. 2`,
      `eq-1,,,,,,,,,,,,eq-p-1,,,,,,,war-crimes,direct,article 8(2)(a)(vii),,,,,${s2},`,
      `eq-1,,,,,,,,,,,,eq-p-2,Abram Abramenko,Абрам Абраменко,natural,,field-grade,,crimes-against-humanity,command-responsibility,article 28(b),,,SHOULD_HAVE_KNOWN,SUBMIT_TO_AUTHORITIES,,`,
      // The same title (a slug with a suffix); the accused described above named by id alone; tried in absentia.
      `eq-2,,"Prosecutor v. Ivanenko and Abramenko",,ukraine-domestic,ukraine,trial,2024-05,yes,,yes,,eq-p-1,,,,,,,war-crimes,direct,Article 438,,,,,${s3},p. 7`,
      // A legal person, a stage note, a Ukrainian title with an apostrophe.
      `eq-3,UA-3/2024,"Справа про обстріл Мар'янки",,ukraine-domestic,ukraine,closed,2024,,Closed for lack of evidence,,${m3},eq-p-3,Acme Arms LLC,,legal,,,A company,war-crimes,direct,Article 438,,,,,,`,
      `eq-4,,A case about the shelling of a school,,icc,ukraine,investigation,2022-03-02,,,,,eq-p-4,Zed Zedenko,,natural,,,,war-crimes,direct,article 8,,,,,,`,
      `eq-4,,,,,,,,,,,,eq-p-1,,,,,,,genocide,direct,article 6,,,,,,`,
    ]);
    const rows = await importBoth("csv", first, (s) => s.analyst);
    expect(rows.map((r) => [r.externalId, r.outcome])).toEqual([
      ["eq-1", "created"],
      ["eq-2", "created"],
      ["eq-3", "created"],
      ["eq-4", "created"],
    ]);

    // Accused recorded by the first file: by id alone, and described again alike (no update); an operator's import.
    const second = csv([
      `eq-5,,Prosecutor v. Ivanenko,,icc,ukraine,investigation,2024,,,,,eq-p-1,,,,,,,war-crimes,direct,article 8,,,,,,`,
      `eq-5,,,,,,,,,,,,eq-p-2,Abram Abramenko,Абрам Абраменко,natural,,field-grade,,war-crimes,direct,article 8,,,,,,`,
      `eq-5,,,,,,,,,,,,eq-p-5,Олена Петренко,,natural,,,,war-crimes,direct,article 8,,,,,,`,
    ]);
    await importBoth("csv", second, () => ({ kind: "operator", name: "tester" }));

    // A charge against every accused of the case (JSON only: a CSV row always names its accused).
    const json = JSON.stringify([
      {
        externalId: "eq-6",
        title: "Prosecutor v. Everyone",
        forum: "icc",
        situation: "ukraine",
        stage: { stage: "INVESTIGATION", date: "2023" },
        accused: [{ externalId: "eq-p-3" }, { externalId: "eq-p-6", name: "Bohdan Bohdanenko", kind: "natural", level: "top-leadership" }],
        charges: [
          { crime: "aggression", mode: "direct", provisionCited: "article 8 bis" },
          { accused: "eq-p-6", crime: "war-crimes", mode: "command-responsibility", provisionCited: "article 28", failedDuties: ["REPRESS"] },
        ],
        sources: [{ source: s2, locator: "§ 4" }],
        milestones: [m1],
      },
    ]);
    await importBoth("json", json, (s) => s.analyst);

    const [a, b] = [await picture(batch), await picture(useCases)];
    expect(a.cases).toHaveLength(6);
    // Cyrillic titles and names get transliterated slugs (decision 038), on both paths alike (below).
    const slugOf = (rows: unknown[], externalId: string) => (rows as { externalId: string; slug: string }[]).find((r) => r.externalId === externalId)?.slug;
    expect([slugOf(a.cases, "eq-3"), slugOf(a.accused, "eq-p-5")]).toEqual(["sprava-pro-obstril-marianky", "olena-petrenko"]);
    expect(a.audit.length).toBeGreaterThan(12);
    for (const key of Object.keys(a) as (keyof typeof a)[]) expect({ [key]: a[key] }).toEqual({ [key]: b[key] });
  }, 120_000);

  it("across batch boundaries: accused and slugs of earlier batches, and a case number taken by an earlier batch", async () => {
    const file = csv([
      `xb-1,XB-1,Prosecutor v. Same Name,,icc,ukraine,investigation,2024,,,,,xb-p-1,Same Name,,natural,,,,war-crimes,direct,article 8,,,,,,`,
      `xb-2,,A second case,,icc,ukraine,investigation,2024,,,,,xb-p-1,,,,,,,war-crimes,direct,article 8,,,,,,`,
      // Batch 2: the accused recorded by batch 1, by id alone; another accused whose name gives the same slug; a title batch 1 used.
      `xb-3,,A third case,,icc,ukraine,investigation,2024,,,,,xb-p-1,,,,,,,war-crimes,direct,article 8,,,,,,`,
      `xb-3,,,,,,,,,,,,xb-p-2,Same Name,,natural,,,,crimes-against-humanity,direct,article 7,,,,,,`,
      `xb-4,,Prosecutor v. Same Name,,ukraine-domestic,ukraine,investigation,2024,,,,,xb-p-2,,,,,,,war-crimes,direct,Article 438,,,,,,`,
      // Batch 3: described again alike.
      `xb-5,,Prosecutor v. Same Name,,icc,ukraine,investigation,2024-02,,,,,xb-p-1,Same Name,,natural,,,,war-crimes,direct,article 8,,,,,,`,
    ]);
    const rows = await importBoth("csv", file, (s) => s.analyst, { batchSize: 2 });
    expect(rows.map((r) => [r.externalId, r.outcome, r.slug])).toEqual([
      ["xb-1", "created", "prosecutor-v-same-name"],
      ["xb-2", "created", "a-second-case"],
      ["xb-3", "created", "a-third-case"],
      ["xb-4", "created", "prosecutor-v-same-name-2"],
      ["xb-5", "created", "prosecutor-v-same-name-3"],
    ]);
    // A case number an earlier batch took, and one given twice in a batch: refused alike, nothing written.
    const refused = await importBoth(
      "csv",
      csv([
        `xb-6,XB-6,Case six,,icc,ukraine,investigation,2024,,,,,xb-p-1,,,,,,,war-crimes,direct,article 8,,,,,,`,
        `xb-7,,Case seven,,icc,ukraine,investigation,2024,,,,,xb-p-1,,,,,,,war-crimes,direct,article 8,,,,,,`,
        `xb-8,XB-6,Case eight,,icc,ukraine,investigation,2024,,,,,xb-p-1,,,,,,,war-crimes,direct,article 8,,,,,,`,
        `xb-9,XB-1,Case nine,,icc,ukraine,investigation,2024,,,,,xb-p-1,,,,,,,war-crimes,direct,article 8,,,,,,`,
      ]),
      (s) => s.analyst,
      { batchSize: 2, committed: false },
    );
    expect(refused.map((r) => r.outcome)).toEqual(["created", "created", "rejected", "rejected"]);
    const [a, b] = [await picture(batch), await picture(useCases)];
    for (const key of Object.keys(a) as (keyof typeof a)[]) expect({ [key]: a[key] }).toEqual({ [key]: b[key] });
  }, 120_000);

  it("cases written in either language, with their other-language title and summary (decision 042)", async () => {
    const header = "external_id,title,summary,forum,situation,stage,stage_date,accused_id,accused_name,accused_kind,crime,mode,provision_cited,lang,title_en,summary_en,title_uk,summary_uk";
    const file = (lines: string[]) => [header, ...lines].join("\r\n") + "\r\n";
    const rows = await importBoth(
      "csv",
      file([
        `lg-1,Справа про обстріл Вугледара,Обвинувачення в обстрілі міста.,ukraine-domestic,ukraine,investigation,2024-03,lg-p-1,Test Gunner,natural,war-crimes,direct,Article 438,uk,Case of the shelling of Vuhledar,Charges of shelling the town.,,`,
        `lg-2,Prosecutor v. Test Gunner,,icc,ukraine,investigation,2024,lg-p-1,,,war-crimes,direct,article 8,en,,,Прокурор проти Тестового,Короткий виклад українською.`,
        `lg-3,A case in English only,,icc,ukraine,investigation,2024,lg-p-1,,,war-crimes,direct,article 8,,,,,`,
        `lg-4,Справа лише українською,,ukraine-domestic,ukraine,investigation,2024,lg-p-1,,,war-crimes,direct,Article 438,uk,,,,`,
      ]),
      (s) => s.analyst,
    );
    expect(rows.map((r) => [r.externalId, r.outcome])).toEqual([
      ["lg-1", "created"],
      ["lg-2", "created"],
      ["lg-3", "created"],
      ["lg-4", "created"],
    ]);
    // Again, unchanged on both paths; then a translation changed and one removed.
    expect((await importBoth("csv", file([`lg-1,Справа про обстріл Вугледара,Обвинувачення в обстрілі міста.,ukraine-domestic,ukraine,investigation,2024-03,lg-p-1,Test Gunner,natural,war-crimes,direct,Article 438,uk,Case of the shelling of Vuhledar,Charges of shelling the town.,,`]), (s) => s.analyst)).map((r) => r.outcome)).toEqual(["unchanged"]);
    expect((await importBoth("csv", file([`lg-1,Справа про обстріл Вугледара,Обвинувачення в обстрілі міста.,ukraine-domestic,ukraine,investigation,2024-03,lg-p-1,Test Gunner,natural,war-crimes,direct,Article 438,uk,The shelling of Vuhledar,,,`]), (s) => s.analyst)).map((r) => r.outcome)).toEqual(["updated"]);
    const [a, b] = [await picture(batch), await picture(useCases)];
    expect((a.translations as { case: string }[]).filter((t) => t.case.startsWith("lg-"))).toHaveLength(3);
    for (const key of Object.keys(a) as (keyof typeof a)[]) expect({ [key]: a[key] }).toEqual({ [key]: b[key] });
  }, 120_000);
});
