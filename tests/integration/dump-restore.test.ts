/**
 * Restoring a dump (lib/server/import/restore-dump.ts) on real Postgres databases: a source built
 * through the use cases (cases with accused and charges, stage changes, notes with versions,
 * milestones, soft-deleted rows, external ids) is dumped, restored into an empty database and
 * dumped again: the same file. Every refusal (a database that is not empty, a cut file, a newer
 * version, counts that differ, an unknown array, arrays out of order, an abort) writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyCaseListQuery } from "@/lib/core/case-list-query";
import type { ImportProgress } from "@/lib/core/import/types";
import type { Actor } from "@/lib/server/actor";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { addAccusedAlias } from "@/lib/server/cases/accused-aliases";
import { deleteAnnotation } from "@/lib/server/annotations/delete-annotation";
import { updateAnnotation } from "@/lib/server/annotations/update-annotation";
import { createCase } from "@/lib/server/cases/create-case";
import { deleteCase } from "@/lib/server/cases/delete-case";
import { recordStage } from "@/lib/server/cases/record-stage";
import { AppError } from "@/lib/server/errors";
import { DUMP_VERSION, dumpTables, writeDump } from "@/lib/server/export/dump";
import { restoreDump } from "@/lib/server/import/restore-dump";
import { createMilestone } from "@/lib/server/milestones/create-milestone";
import { deleteMilestone } from "@/lib/server/milestones/delete-milestone";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { listCases } from "@/lib/server/queries/case-list";
import { listMilestones } from "@/lib/server/queries/milestones";
import { seedReferenceData } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

const NOW = new Date("2026-05-01T12:00:00Z");
const previousUrl = process.env.DATABASE_URL;
const opened: { db: TestDatabase; database: Database }[] = [];
let source: Database;
let dumpText = "";

async function openTestDatabase(prefix: string): Promise<Database> {
  const db = await createTestDatabase(prefix);
  const database = createDatabase(db.target);
  opened.push({ db, database });
  return database;
}

async function useSharedDatabase(database: Database) {
  await closeSharedDatabase();
  process.env.DATABASE_URL = opened.find((o) => o.database === database)!.db.url;
}

async function dumpOf(database: Database): Promise<string> {
  const chunks: string[] = [];
  await writeDump(database.prisma, (chunk) => chunks.push(chunk), NOW);
  return chunks.join("");
}

/** The text as bytes in small chunks, cut anywhere (even inside a character), as a file stream would. */
async function* bytes(text: string, size = 997): AsyncGenerator<Uint8Array> {
  const all = new TextEncoder().encode(text);
  for (let i = 0; i < all.length; i += size) yield all.subarray(i, i + size);
}

/** Every table the dump holds, with its row count, plus the rows outside the dump's tables. */
async function tableCounts(database: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of dumpTables(database.prisma)) out[table.name] = await table.count();
  const p = database.prisma;
  out.caseAccused = await p.caseAccused.count();
  out.caseSources = await p.caseSource.count();
  out.milestoneSources = await p.milestoneSource.count();
  out.annotationVersions = await p.annotationVersion.count();
  const [joins] = await p.$queryRaw<{ n: bigint }[]>`SELECT (SELECT count(*) FROM "_ForumToMilestone") + (SELECT count(*) FROM "_CaseToMilestone") + (SELECT count(*) FROM "_CrimeCategoryToJurisdictionRule") AS n`;
  out.joins = Number(joins!.n);
  const [policyJoins] = await p.$queryRaw<{ n: bigint }[]>`SELECT (SELECT count(*) FROM "_ComplementarityPolicyToCrimeCategory") + (SELECT count(*) FROM "_AccusedKindToComplementarityPolicy")
    + (SELECT count(*) FROM "_ComplementarityPolicyToResponsibilityLevel") AS n`;
  out.policyJoins = Number(policyJoins!.n);
  return out;
}

const isEmpty = async (database: Database) => Object.values(await tableCounts(database)).every((n) => n === 0);

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Restoring `text` into a fresh empty database is refused with a message matching `message`, and writes nothing. */
async function refusedIntoEmpty(text: string, message: RegExp) {
  const target = await openTestDatabase("tracker_restore_refused");
  const error = await refusal(restoreDump({ prisma: target.prisma, body: bytes(text), totalBytes: null, now: NOW }));
  expect(error.message).toMatch(message);
  expect(await isEmpty(target)).toBe(true);
  return error;
}

/** The dump with its `counts` member changed. */
function withCounts(text: string, change: (counts: Record<string, number>) => void): string {
  const at = text.lastIndexOf('"counts":');
  const counts = JSON.parse(text.slice(at + '"counts":'.length).trim().replace(/}\s*$/, "")) as Record<string, number>;
  change(counts);
  return `${text.slice(0, at)}"counts":${JSON.stringify(counts)}\n}\n`;
}

beforeAll(async () => {
  source = await openTestDatabase("tracker_restore_source");
  const p = source.prisma;
  await seedReferenceData(p);
  await useSharedDatabase(source);
  const actors: Record<"analyst" | "admin", Extract<Actor, { kind: "user" }>> = {} as never;
  for (const role of ["ANALYST", "ADMIN"] as const) {
    const user = await p.user.create({ data: { email: `${role.toLowerCase()}@example.test`, name: `The ${role.toLowerCase()}`, role, passwordHash: "not-a-real-hash" }, select: { id: true } });
    actors[role.toLowerCase() as "analyst"] = { kind: "user", id: user.id, role };
  }

  const created = await createCase({
    actor: actors.analyst,
    now: NOW,
    input: {
      reference: "ICC-01/22-99/24",
      title: "Prosecutor v. Restorable Commander",
      summary: "A synthetic case recorded to be dumped and restored.",
      forum: "icc",
      situation: "ukraine",
      accused: [
        { key: "a1", name: "Restorable Commander", nameUkrainian: "Відновлюваний Командир", kind: "natural", rank: "Colonel", level: "field-grade" },
        { key: "a2", name: "Second Accused", kind: "natural" },
      ],
      charges: [
        { accused: "a1", crime: "war-crimes", mode: "command-responsibility", provisionCited: "Article 8(2)(b)(ii) and Article 28 of the Rome Statute", knowledgeStandard: "SHOULD_HAVE_KNOWN", failedDuties: ["PREVENT", "REPRESS"] },
        { accused: "a2", crime: "war-crimes", mode: "direct", provisionCited: "Article 8(2)(a)(i)" },
      ],
      sources: [{ title: "A test press release", url: "https://example.org/press", locator: "First paragraph" }],
      isSynthetic: true,
      initialStage: { stage: "WARRANT_OR_NOTICE_OF_SUSPICION", date: "2024-03" },
      translations: { uk: { title: "Прокурор проти Відновлюваного Командира" } },
    },
  });
  const trial = await recordStage({
    actor: actors.analyst,
    id: created.slug,
    input: { stage: "TRIAL", date: "2025-02-10", inAbsentia: true, source: { slug: "icc-situation-ukraine", locator: "Case page" }, expectedVersion: created.version },
    now: NOW,
  });
  const doomed = await createCase({
    actor: actors.admin,
    now: NOW,
    input: { reference: "ICC-01/22-98/24", title: "Prosecutor v. Deleted Case", forum: "icc", situation: "ukraine", accused: [{ key: "x", name: "Hidden Person", kind: "natural" }], charges: [{ accused: "x", crime: "war-crimes", mode: "direct", provisionCited: "Article 8" }], sources: [{ slug: "icc-situation-ukraine" }], isSynthetic: true, initialStage: { stage: "INVESTIGATION", date: "2023" } },
  });
  await deleteCase({ actor: actors.admin, id: doomed.slug, input: { expectedVersion: doomed.version }, now: NOW });

  const note = await createAnnotation({ actor: actors.analyst, caseSlug: trial.slug, input: { body: "Hearing on *jurisdiction* scheduled.", assessment: "ADVANCING", verified: false } });
  await updateAnnotation({ actor: actors.admin, caseSlug: trial.slug, id: note.id, input: { body: "Hearing postponed; quokkaword.", assessment: "STALLED", verified: true, expectedVersion: 1 } });
  const hidden = await createAnnotation({ actor: actors.analyst, caseSlug: trial.slug, input: { body: "A note to be deleted.", assessment: "BLOCKED", verified: false } });
  await deleteAnnotation({ actor: actors.analyst, caseSlug: trial.slug, id: hidden.id, input: { expectedVersion: 1 }, now: NOW });
  // A note written in Ukrainian with its English (decision 042), and an alias of the accused.
  await createAnnotation({ actor: actors.analyst, caseSlug: trial.slug, input: { lang: "uk", body: "Слухання відкладено; квокаслово.", assessment: "STALLED", verified: false, translations: { en: { body: "Hearing adjourned." } } } });
  const commander = await p.accused.findFirstOrThrow({ where: { name: "Restorable Commander" }, select: { slug: true, updatedAt: true } });
  await addAccusedAlias({ actor: actors.analyst, slug: commander.slug, input: { name: "Реставраційний Командир", expectedUpdatedAt: commander.updatedAt.toISOString() } });

  const milestoneInput = {
    title: "Restorable milestone",
    description: "A milestone logged to be dumped and restored.",
    date: "2025-10",
    track: "accountability",
    type: "ratification",
    situation: "ukraine",
    forums: ["icc"],
    sources: [{ title: "A milestone source", url: "https://example.org/post", publisher: "Example", locator: "Paragraph 2" }, { slug: "icc-situation-ukraine", locator: "Second" }],
    translations: { uk: { title: "Відновлювана подія" } },
  };
  const milestone = await createMilestone({ actor: actors.analyst, input: milestoneInput });
  const deletedMilestone = await createMilestone({ actor: actors.analyst, input: { ...milestoneInput, title: "Deleted milestone" } });
  await deleteMilestone({ actor: actors.analyst, id: deletedMilestone.slug, input: { expectedVersion: deletedMilestone.version }, now: NOW });

  // External ids, as a bulk import would have given them.
  const accused = await p.accused.findFirstOrThrow({ where: { name: "Restorable Commander" } });
  await p.accused.update({ where: { id: accused.id }, data: { externalId: "person-0001" } });
  await p.case.update({ where: { slug: trial.slug }, data: { externalId: "case-0001" } });
  await p.milestone.update({ where: { slug: milestone.slug }, data: { externalId: "milestone-0001" } });
  await p.source.update({ where: { slug: (await p.source.findFirstOrThrow({ where: { title: "A milestone source" } })).slug }, data: { externalId: "source-0001" } });

  // Issue 14's columns, given values here so the test does not depend on the seeded data having them.
  const rule = await p.jurisdictionRule.findFirstOrThrow({ where: { effect: "CONDITIONAL" }, orderBy: { slug: "asc" } });
  await p.jurisdictionRule.update({
    where: { id: rule.id },
    data: { conditionKind: "NOT_OPERATIONAL", conductFrom: new Date("2013-11-21T00:00:00Z"), conductFromPrecision: "DAY", conductTo: new Date("2014-01-01T00:00:00Z"), conductToPrecision: "YEAR" },
  });
  const provision = await p.provision.findFirstOrThrow({ orderBy: { slug: "asc" }, select: { id: true, instrumentId: true } });
  await p.instrument.update({ where: { id: provision.instrumentId }, data: { url: "https://official.example/instrument" } });
  await p.provision.update({ where: { id: provision.id }, data: { url: "https://official.example/instrument#provision" } });
  await p.forum.update({ where: { slug: "icc" }, data: { coversNote: "A test note on admissibility.", coversNoteProvisionId: provision.id } });

  dumpText = await dumpOf(source);
});

afterAll(async () => {
  await closeSharedDatabase();
  if (previousUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = previousUrl;
  for (const { db, database } of opened) {
    await database.close();
    await db.drop();
  }
});

describe("restoring a dump", () => {
  let target: Database;
  const progress: ImportProgress[] = [];
  let result: Awaited<ReturnType<typeof restoreDump>>;

  beforeAll(async () => {
    target = await openTestDatabase("tracker_restore_target");
    result = await restoreDump({ prisma: target.prisma, body: bytes(dumpText), totalBytes: Buffer.byteLength(dumpText), onProgress: (p) => progress.push(p), now: NOW });
  });

  it("gives back the same dump (dump, restore, dump: equal)", async () => {
    const again = await dumpOf(target);
    expect(again).toBe(dumpText);
    // What the source holds, so that "equal" means something.
    const dump = JSON.parse(dumpText) as Record<string, { id: string; externalId?: string | null; deletedAt?: string | null; versions?: unknown[] }[]>;
    expect(dump.cases!.some((c) => c.externalId === "case-0001")).toBe(true);
    expect(dump.cases!.some((c) => c.deletedAt)).toBe(true);
    expect(dump.accused!.some((a) => a.externalId === "person-0001")).toBe(true);
    expect(dump.milestones!.some((m) => m.externalId === "milestone-0001")).toBe(true);
    expect(dump.milestones!.some((m) => m.deletedAt)).toBe(true);
    expect(dump.sources!.some((s) => s.externalId === "source-0001")).toBe(true);
    expect(dump.annotations!.some((a) => a.deletedAt)).toBe(true);
    expect(dump.annotations!.some((a) => (a.versions?.length ?? 0) === 2)).toBe(true);
    expect(dump.stageChanges!.length).toBeGreaterThan(2);
    // Version 3: the aliases and every translation, the reference data's and the users' alike.
    const translations = (dump as unknown as { translations: { entityType: string; state: string; translatedOn: string | null }[] }).translations;
    expect(translations.some((t) => t.entityType === "Case")).toBe(true);
    expect(translations.some((t) => t.entityType === "Annotation")).toBe(true);
    expect(translations.some((t) => t.entityType === "Forum" && t.state === "TRANSLATED")).toBe(true);
    expect(translations.every((t) => t.translatedOn === null || /^\d{4}-\d{2}-\d{2}$/.test(t.translatedOn))).toBe(true);
    expect((dump as unknown as { accusedAliases: { name: string }[] }).accusedAliases.map((a) => a.name)).toEqual(["Реставраційний Командир"]);
    const fields = dump as unknown as Record<string, Record<string, unknown>[]>;
    expect(fields.jurisdictionRules!.some((r) => r.conditionKind === "NOT_OPERATIONAL" && r.conductFrom === "2013-11-21" && r.conductToPrecision === "YEAR")).toBe(true);
    expect(fields.instruments!.some((i) => i.url === "https://official.example/instrument")).toBe(true);
    expect(fields.provisions!.some((v) => v.url === "https://official.example/instrument#provision")).toBe(true);
    expect(fields.forums!.some((f) => f.coversNote === "A test note on admissibility." && typeof f.coversNoteProvisionId === "string")).toBe(true);
    const policies = fields.complementarityPolicies as { crimeIds: string[]; accusedKindIds: string[]; levelIds: string[] }[];
    expect(policies.length).toBeGreaterThan(0);
    expect(policies.some((x) => x.crimeIds.length > 0) && policies.some((x) => x.accusedKindIds.length > 0) && policies.some((x) => x.levelIds.length > 0)).toBe(true);
  });

  it("restores the new columns and the policies' scope as they were", async () => {
    const read = (database: Database) =>
      Promise.all([
        database.prisma.jurisdictionRule.findMany({ orderBy: { id: "asc" }, select: { id: true, conditionKind: true, conductFrom: true, conductFromPrecision: true, conductTo: true, conductToPrecision: true } }),
        database.prisma.forum.findMany({ orderBy: { id: "asc" }, select: { id: true, coversNote: true, coversNoteProvisionId: true } }),
        database.prisma.complementarityPolicy.findMany({
          orderBy: { id: "asc" },
          include: { crimes: { select: { slug: true }, orderBy: { slug: "asc" } }, accusedKinds: { select: { slug: true }, orderBy: { slug: "asc" } }, levels: { select: { slug: true }, orderBy: { slug: "asc" } } },
        }),
      ]);
    expect(await read(target)).toEqual(await read(source));
  });

  it("restores every join row, and reports the rows per array", async () => {
    const restored = await tableCounts(target);
    const original = await tableCounts(source);
    expect(restored).toEqual(original);
    const counts = (JSON.parse(dumpText) as { counts: Record<string, number> }).counts;
    expect(result.counts).toEqual(counts);
  });

  it("brings users back as disabled placeholder accounts, their roles kept", async () => {
    const users = await target.prisma.user.findMany({ orderBy: { id: "asc" } });
    const originals = await source.prisma.user.findMany({ orderBy: { id: "asc" } });
    expect(users.map((u) => [u.id, u.name, u.role])).toEqual(originals.map((u) => [u.id, u.name, u.role]));
    for (const user of users) {
      expect(user.email).toBe(`user-${user.id}@restored.invalid`);
      expect(user.passwordHash).toBeNull();
      expect(user.disabledAt).toEqual(NOW);
    }
  });

  it("reports progress up to the whole file", () => {
    const last = progress.at(-1)!;
    expect(last.records).toBe(Object.values(result.counts).reduce((a, b) => a + b, 0));
    expect(last.bytesRead).toBe(Buffer.byteLength(dumpText));
    expect(last.totalBytes).toBe(Buffer.byteLength(dumpText));
  });

  it("rebuilds the search: a case is found by its title, a note by its text", async () => {
    await useSharedDatabase(target);
    const found = await listCases({ ...emptyCaseListQuery(), limit: 20, q: "Restorable Commander" }, { signedIn: false });
    expect(found.cases.map((c) => c.slug)).toContain("prosecutor-v-restorable-commander");
    const byAccused = await listCases({ ...emptyCaseListQuery(), limit: 20, q: "Відновлюваний" }, { signedIn: false });
    expect(byAccused.cases.map((c) => c.slug)).toContain("prosecutor-v-restorable-commander");
    const byNote = await listCases({ ...emptyCaseListQuery(), limit: 20, q: "quokkaword" }, { signedIn: true });
    expect(byNote.cases.map((c) => c.slug)).toContain("prosecutor-v-restorable-commander");
    expect((await listCases({ ...emptyCaseListQuery(), limit: 20, q: "quokkaword" }, { signedIn: false })).cases).toEqual([]);
    // The translations and aliases are searched again: a case by its Ukrainian title and its
    // accused's alias, a note by its other-language body.
    for (const q of ["Прокурор проти Відновлюваного", "Реставраційний", "квокаслово"]) {
      const hits = await listCases({ ...emptyCaseListQuery(), limit: 20, q }, { signedIn: true });
      expect(hits.cases.map((c) => c.slug), q).toContain("prosecutor-v-restorable-commander");
    }
    const byEnglishOfNote = await listCases({ ...emptyCaseListQuery(), limit: 20, q: "adjourned" }, { signedIn: true });
    expect(byEnglishOfNote.cases.map((c) => c.slug)).toContain("prosecutor-v-restorable-commander");
  });

  it("rebuilds the timeline's search: a milestone is found by its translation's word in another form, and by its source's passage", async () => {
    await useSharedDatabase(target);
    const restored = await target.prisma.milestone.findFirstOrThrow({ where: { externalId: "milestone-0001" }, select: { slug: true } });
    for (const q of ["відновлюваної події", "paragraph restorable"]) {
      const page = await listMilestones({ q }, { limit: 50 });
      expect(page.milestones.map((m) => m.slug), q).toEqual([restored.slug]);
      expect(page.matching, q).toBe(1);
    }
  });
});

describe("restoring a dump of version 1", () => {
  it("restores it, leaving what version 1 did not carry empty (policies, conduct, kinds of condition, official texts, forums' notes)", async () => {
    const NEW_COLUMNS = ["conditionKind", "conductFrom", "conductFromPrecision", "conductTo", "conductToPrecision", "url", "coversNote", "coversNoteProvisionId"];
    const dump = JSON.parse(dumpText) as Record<string, unknown> & { counts: Record<string, number> };
    // Version 1 had no policies, aliases or translations (those came with versions 2 and 3).
    const { complementarityPolicies: _left, accusedAliases: _aliases, translations: _translations, ...older } = dump;
    for (const [key, value] of Object.entries(older)) {
      if (Array.isArray(value)) older[key] = value.map((row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).filter(([column]) => !NEW_COLUMNS.includes(column))));
    }
    const { complementarityPolicies: _count, accusedAliases: _aliasCount, translations: _translationCount, ...counts } = dump.counts;
    const text = JSON.stringify({ ...older, version: 1, counts });
    expect(text).not.toContain("conductFrom");

    const target = await openTestDatabase("tracker_restore_v1");
    const { counts: restored } = await restoreDump({ prisma: target.prisma, body: bytes(text), totalBytes: null, now: NOW });
    expect(restored.complementarityPolicies).toBeUndefined();
    expect(restored.cases).toBe(dump.counts.cases);
    expect(await target.prisma.complementarityPolicy.count()).toBe(0);
    expect(await target.prisma.jurisdictionRule.count({ where: { OR: [{ conditionKind: { not: null } }, { conductFrom: { not: null } }] } })).toBe(0);
    expect(await target.prisma.forum.count({ where: { coversNote: { not: null } } })).toBe(0);
    expect(await target.prisma.translation.count()).toBe(0);
    expect(await target.prisma.accusedAlias.count()).toBe(0);
  });
});

describe("refusing a dump", () => {
  it("refuses a database that is not empty, says what it holds, and changes nothing", async () => {
    const error = await refusal(restoreDump({ prisma: source.prisma, body: bytes(dumpText), totalBytes: null, now: NOW }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/holds .*\d+ forums.*\d+ cases/);
    expect(error.message).toMatch(/empty database/);
    expect(await dumpOf(source)).toBe(dumpText);
  });

  it("refuses a file cut in the middle, leaving the database empty", async () => {
    const error = await refusedIntoEmpty(dumpText.slice(0, Math.floor(dumpText.length / 2)), /cut short|ends/);
    expect(error.code).toBe("INVALID_INPUT");
    // Cut just before the counts: the JSON is whole up to there, but the end is missing.
    await refusedIntoEmpty(dumpText.slice(0, dumpText.lastIndexOf(',\n"counts"')), /cut short/);
  });

  it("refuses a newer version and another format", async () => {
    await refusedIntoEmpty(dumpText.replace(`"version":${DUMP_VERSION}`, `"version":${DUMP_VERSION + 1}`), new RegExp(`version ${DUMP_VERSION + 1}, newer`));
    await refusedIntoEmpty(dumpText.replace('"format":"tracker-dump"', '"format":"other-dump"'), /not a tracker dump.*"other-dump"/);
  });

  it("refuses counts that do not match the rows read", async () => {
    await refusedIntoEmpty(withCounts(dumpText, (c) => (c.cases! += 1)), /counts do not match.*"cases"/);
    await refusedIntoEmpty(withCounts(dumpText, (c) => (c.widgets = 3)), /"widgets"/);
  });

  it("refuses an unknown array", async () => {
    const at = dumpText.lastIndexOf(',\n"counts"');
    await refusedIntoEmpty(`${dumpText.slice(0, at)},\n"widgets":[{"id":"w1"}]${dumpText.slice(at)}`, /does not know: "widgets"/);
  });

  it("refuses arrays in an order that would break a reference", async () => {
    const dump = JSON.parse(dumpText) as Record<string, unknown>;
    const { format, version, exportedAt, cases, ...rest } = dump;
    // Cases straight after the header: before the forums, accused and sources they refer to.
    await refusedIntoEmpty(JSON.stringify({ format, version, exportedAt, cases, ...rest }), /order/);
    // Forums straight after the cases, whose rows refer to them: refused before anything is written.
    const { forums, ...others } = rest as Record<string, unknown>;
    await refusedIntoEmpty(JSON.stringify({ format, version, exportedAt, cases, forums, ...others }), /out of order: "forums" .* comes after "cases", which refers to it/);
  });

  it("rolls back when aborted part-way", async () => {
    const target = await openTestDatabase("tracker_restore_abort");
    const controller = new AbortController();
    async function* abortingHalfWay() {
      const all = new TextEncoder().encode(dumpText);
      const half = Math.floor(all.length / 2);
      yield all.subarray(0, half);
      controller.abort();
      yield all.subarray(half);
    }
    const error = await restoreDump({ prisma: target.prisma, body: abortingHalfWay(), totalBytes: null, signal: controller.signal, now: NOW }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(await isEmpty(target)).toBe(true);
  });
});
