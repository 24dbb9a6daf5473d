import "server-only";
import { latestDateBegun } from "@/lib/core/dates";
import { slugFromWords, type CaseInput } from "@/lib/core/case-input";
import type { CheckedCase } from "@/lib/core/import/records";
import { checkStageChange } from "@/lib/core/stage-machine";
import { Prisma } from "@/lib/generated/prisma/client";
import { auditActorId, auditNote, type Actor } from "../actor";
import { refreshCaseSearch } from "../cases/search-document";
import { accusedSnapshot, caseInclude, chargeData, checkCaseReferences, currentInput, dateForDb, newCaseData, snapshot, stageFieldErrors, stageSnapshot, type CaseRow } from "../cases/shared";
import { keepAbsentAccusedFields, keepAbsentCaseFields, sameAccusedFields, sameCase, type AccusedWrite, type CaseWrite } from "@/lib/core/import/merge";
import { caseWriteOf, describedAlike, stageMove, type Described } from "./case-checks";
import { recordsOf, type BatchResult, type Problem, type Tx } from "./shared";

/**
 * Cases in batches: the fast path of the case import (docs/decisions/015-import.md). A file of
 * 200,000 new cases written one use case at a time takes some fifty queries a case; here a batch of
 * a few hundred takes a few dozen, with the same checks, by the same functions, as createCase:
 * the form's schema (already run), the references (checkCaseReferences), the stage machine
 * (checkStageChange) and unique case numbers per forum; the same rows, audit events and search
 * documents. A record this path does not settle on its own, a case already imported that changed
 * or one that changes an accused's record, is "deferred" to the use cases, one at a time.
 */
export type CaseBatchContext = {
  actor: Actor;
  now: Date;
  forums: Map<string, { id: string; name: string }>;
  situations: Map<string, string>;
  kindIds: Map<string, string>;
  levelIds: Map<string, string>;
  crimeIds: Map<string, string>;
  modeIds: Map<string, string>;
  provisionIds: Map<string, string>;
  /** The first description of each accused in the file, to refuse a later one that disagrees. */
  described: Described;
};

export async function loadCaseBatchContext(tx: Tx, actor: Actor, now: Date): Promise<CaseBatchContext> {
  const bySlug = { select: { id: true, slug: true } } as const;
  const mapOf = (rows: { id: string; slug: string }[]) => new Map(rows.map((r) => [r.slug, r.id]));
  const forums = await tx.forum.findMany({ select: { id: true, slug: true, name: true } });
  return {
    actor,
    now,
    forums: new Map(forums.map((f) => [f.slug, { id: f.id, name: f.name }])),
    situations: mapOf(await tx.situation.findMany(bySlug)),
    kindIds: mapOf(await tx.accusedKind.findMany(bySlug)),
    levelIds: mapOf(await tx.responsibilityLevel.findMany(bySlug)),
    crimeIds: mapOf(await tx.crimeCategory.findMany(bySlug)),
    modeIds: mapOf(await tx.modeOfLiability.findMany(bySlug)),
    provisionIds: mapOf(await tx.provision.findMany(bySlug)),
    described: new Map(),
  };
}

const accusedSelect = { id: true, slug: true, externalId: true, name: true, nameOriginal: true, rank: true, description: true, deletedAt: true, kindId: true, levelId: true } as const;
type AccusedFields = AccusedWrite;
const sameAccused = sameAccusedFields;

const EMPTY_ACCUSED = { name: null, nameUkrainian: null, rank: null, level: null, description: null };
const byRecordedSlug = (slug: string): CaseInput["accused"][number] => ({ ...EMPTY_ACCUSED, slug });

type PlannedAccused = AccusedFields & { externalId: string; slug?: string; id?: string; kindSlug: string; levelSlug: string | null; isSynthetic: boolean };
type PlannedCase = { index: number; c: CheckedCase; input: CaseInput; forumId: string; situationId: string; sourceIds: string[]; milestoneIds: string[]; accusedExternalIds: string[] };

export async function writeCaseBatch(tx: Tx, ctx: CaseBatchContext, items: readonly CheckedCase[]): Promise<BatchResult[]> {
  const results: BatchResult[] = items.map(() => ({ deferred: true }));
  const existing = new Map(
    (await tx.case.findMany({ where: { externalId: { in: items.map((c) => c.externalId) } }, include: caseInclude })).map((row) => [row.externalId!, row]),
  );
  const sources = await recordsOf(tx, "source", items.flatMap((c) => c.sourceRefs));
  const milestones = await recordsOf(tx, "milestone", items.flatMap((c) => c.milestoneRefs));
  const recorded = new Map((await tx.accused.findMany({ where: { externalId: { in: items.flatMap((c) => c.accusedExternalIds) } }, select: accusedSelect })).map((a) => [a.externalId!, a]));
  const planned = new Map<string, PlannedAccused>(); // accused this batch creates, by external id

  // First pass: everything each record can be told on its own.
  const candidates: PlannedCase[] = [];
  items.forEach((c, index) => {
    const problems: Problem[] = describedAlike(ctx, c);
    c.sourceRefs.forEach((ref, i) => {
      if (!sources.has(ref)) problems.push({ path: ["sources", i, "source"], message: `names "${ref}", but no source has that external id or slug (import the sources first).` });
    });
    c.milestoneRefs.forEach((ref) => {
      if (!milestones.has(ref)) problems.push({ path: ["milestones"], message: `names "${ref}", but no milestone has that external id or slug.` });
    });
    const row = existing.get(c.externalId);
    if (row?.deletedAt) problems.push({ path: ["externalId"], message: `is the case "${row.slug}", which was deleted in the tracker: an administrator can restore it from its history page, then import again.` });
    if (problems.length > 0) {
      results[index] = { problems };
      return;
    }
    if (row) {
      // Already imported: unchanged is settled here; a change goes through the use cases.
      if (unchanged(row, c, recorded, ctx, sources, milestones)) results[index] = { outcome: "unchanged", slug: row.slug };
      return;
    }
    const accusedProblems: Problem[] = [];
    let deferred = false;
    // The charges name their accused by the record's stand-ins; they follow each entry's new reference.
    const renamed = new Map<string, string>();
    const input: CaseInput = {
      ...c.input,
      accused: c.input.accused.map((a, i) => {
        const entry = accusedEntry(a, i);
        renamed.set((a.slug ?? a.key)!, (entry.slug ?? entry.key)!);
        return entry;
      }),
    };
    input.charges = c.input.charges.map((ch) => ({ ...ch, accused: ch.accused ? renamed.get(ch.accused)! : null }));
    function accusedEntry(a: CaseInput["accused"][number], i: number): CaseInput["accused"][number] {
      const externalId = c.accusedExternalIds[i]!;
      const found = recorded.get(externalId);
      if (found?.deletedAt) accusedProblems.push({ path: ["accused", i, "externalId"], message: `is the accused "${found.slug}", who was deleted in the tracker: an import does not bring them back.` });
      if (a.slug) {
        // Named by id alone: recorded already, or described by an earlier record of this batch (looked up below).
        if (found) return byRecordedSlug(found.slug);
        const earlier = planned.get(externalId);
        if (!earlier) {
          deferred = true;
          return a;
        }
        return { ...EMPTY_ACCUSED, key: a.slug, name: earlier.name, kind: earlier.kindSlug as "natural" };
      }
      if (found) {
        const fields = accusedFields(a, ctx);
        if (!fields || !sameAccused(found, keepAbsentAccusedFields(found, fields, c.present))) deferred = true; // it updates the accused's record
        return byRecordedSlug(found.slug);
      }
      return a;
    }
    if (accusedProblems.length > 0) {
      results[index] = { problems: accusedProblems };
      return;
    }
    if (deferred) return;
    const sourceIds = c.sourceRefs.map((ref) => sources.get(ref)!.id);
    const milestoneIds = c.milestoneRefs.map((ref) => milestones.get(ref)!.id);
    const withSlugs: CaseInput = {
      ...input,
      sources: input.sources.map((s, i) => ({ ...s, slug: sources.get(c.sourceRefs[i]!)!.slug })),
      milestones: c.milestoneRefs.map((ref) => milestones.get(ref)!.slug),
    };
    const { errors } = checkCaseReferences(withSlugs, {
      forums: ctx.forums,
      situations: ctx.situations,
      accusedIds: new Map([...recorded.values()].map((a) => [a.slug, a.id])),
      kindIds: ctx.kindIds,
      levelIds: ctx.levelIds,
      crimeIds: ctx.crimeIds,
      modeIds: ctx.modeIds,
      provisionIds: ctx.provisionIds,
      sourceIds: new Map(withSlugs.sources.map((s, i) => [s.slug!, sourceIds[i]!])),
      milestoneIds: new Map(withSlugs.milestones.map((slug, i) => [slug, milestoneIds[i]!])),
    });
    const stage = c.input.initialStage!;
    const stageErrors = stageFieldErrors(checkStageChange(null, stage, latestDateBegun(ctx.now)), "initialStage.");
    if (errors.length + stageErrors.length > 0) {
      results[index] = { errors: [...errors, ...stageErrors] };
      return;
    }
    // A new accused described by an earlier record of this batch must be described alike.
    for (const [i, a] of c.input.accused.entries()) {
      const other = planned.get(c.accusedExternalIds[i]!);
      if (other && !a.slug && !sameAccused(other, accusedFields(a, ctx)!)) deferred = true;
    }
    if (deferred) return;
    candidates.push({ index, c, input: withSlugs, forumId: ctx.forums.get(c.input.forum)!.id, situationId: ctx.situations.get(c.input.situation)!, sourceIds, milestoneIds, accusedExternalIds: c.accusedExternalIds });
    // Planned now, so that later records of the batch may name them by id alone.
    c.input.accused.forEach((a, i) => {
      const externalId = c.accusedExternalIds[i]!;
      if (!a.slug && !recorded.has(externalId) && !planned.has(externalId)) {
        planned.set(externalId, { ...accusedFields(a, ctx)!, externalId, kindSlug: a.kind!, levelSlug: a.level, isSynthetic: c.input.isSynthetic });
      }
    });
  });

  // Case numbers are unique per forum: against the database (earlier batches included) and within the batch.
  const numbered = candidates.filter((p) => p.input.reference !== null);
  // A join on the (forumId, reference) unique index: an OR of hundreds of pairs takes longer to plan than to run.
  const taken = numbered.length
    ? await tx.$queryRaw<{ forumId: string; reference: string; slug: string; title: string; deletedAt: Date | null }[]>`
        SELECT c."forumId", c.reference, c.slug, c.title, c."deletedAt"
          FROM "Case" c JOIN unnest(${numbered.map((p) => p.forumId)}::text[], ${numbered.map((p) => p.input.reference!)}::text[]) AS n(forum, reference)
            ON c."forumId" = n.forum AND c.reference = n.reference`
    : [];
  const seenNumbers = new Map<string, number>();
  const creating: PlannedCase[] = [];
  for (const p of candidates) {
    if (p.input.reference !== null) {
      const key = `${p.forumId}\u0000${p.input.reference}`;
      const other = taken.find((t) => t.forumId === p.forumId && t.reference === p.input.reference);
      const forumName = ctx.forums.get(p.input.forum)!.name;
      const message = other
        ? other.deletedAt
          ? `a deleted case before the ${forumName} (“${other.title}”) had the case number ${p.input.reference}; numbers stay unique, so an administrator must look at that case's history before it is reused.`
          : `the case “${other.title}” (${other.slug}) before the ${forumName} already has the case number ${p.input.reference}. Each case number is recorded once per forum.`
        : seenNumbers.has(key)
          ? `another case of this file (external id "${items[seenNumbers.get(key)!]!.externalId}") has the case number ${p.input.reference} before the ${forumName}. Each case number is recorded once per forum.`
          : null;
      if (message) {
        results[p.index] = { problems: [{ path: ["reference"], message }] };
        continue;
      }
      seenNumbers.set(key, p.index);
    }
    creating.push(p);
  }
  // Any refused record rolls the whole import back, so an accused planned by a record refused just
  // now is still created here only for the dry run's sake: the report stays what a commit would do.
  const used = new Set(creating.flatMap((p) => p.input.accused.flatMap((a, i) => (a.slug ? [] : [p.accusedExternalIds[i]!]))));
  if (creating.length === 0) return results;
  const accusedIdOfSlug = new Map([...recorded.values()].map((a) => [a.slug, a.id]));
  await createPlanned(tx, ctx, creating, [...planned.values()].filter((a) => used.has(a.externalId)), accusedIdOfSlug, results);
  return results;
}

function accusedFields(a: CaseInput["accused"][number], ctx: CaseBatchContext): AccusedFields | null {
  const kindId = ctx.kindIds.get(a.kind ?? "");
  if (!kindId || !a.name) return null;
  return { name: a.name, nameOriginal: a.nameUkrainian, kindId, rank: a.rank, levelId: a.level ? (ctx.levelIds.get(a.level) ?? "?") : null, description: a.description };
}

/**
 * An imported case that holds what the file says (fields the file does not give aside), with its
 * accused described as the file describes them and the same stage entry: nothing to write.
 */
function unchanged(
  row: CaseRow,
  c: CheckedCase,
  recorded: Map<string, { slug: string } & AccusedFields>,
  ctx: CaseBatchContext,
  sources: Map<string, { id: string; slug: string }>,
  milestones: Map<string, { id: string; slug: string }>,
): boolean {
  const slugs: string[] = [];
  for (const [i, a] of c.input.accused.entries()) {
    const found = recorded.get(c.accusedExternalIds[i]!);
    if (!found) return false;
    if (!a.slug) {
      const fields = accusedFields(a, ctx);
      if (!fields || !sameAccused(found, keepAbsentAccusedFields(found, fields, c.present))) return false;
    }
    slugs.push(found.slug);
  }
  const current = currentInput(row) as CaseWrite;
  const given = caseWriteOf(c, { accused: slugs, sources: c.sourceRefs.map((ref) => sources.get(ref)!.slug), milestones: c.milestoneRefs.map((ref) => milestones.get(ref)!.slug) });
  const next = keepAbsentCaseFields(current, given, c.present);
  const move = stageMove(row, c);
  return sameCase(current, next) && !move.record && move.problems.length === 0;
}

/** Writes the batch's new accused and cases, their sets, stage entries, search documents and audit events. */
async function createPlanned(
  tx: Tx,
  ctx: CaseBatchContext,
  creating: PlannedCase[],
  newAccused: PlannedAccused[],
  /** The recorded accused the batch looked up, by slug: the cases' accused named by slug are among them. */
  accusedIdOfSlug: Map<string, string>,
  results: BatchResult[],
): Promise<void> {
  const actorId = auditActorId(ctx.actor);
  const note = auditNote(ctx.actor);
  const audit: Prisma.AuditEventCreateManyInput[] = [];

  const accusedSlugs = await allocateSlugs(tx, "Accused", newAccused.map((a) => slugFromWords(a.name, "accused")));
  const createdAccused = newAccused.length
    ? await tx.accused.createManyAndReturn({
        data: newAccused.map((a, i) => ({
          slug: accusedSlugs[i]!,
          externalId: a.externalId,
          name: a.name,
          nameOriginal: a.nameOriginal,
          kindId: a.kindId,
          rank: a.rank,
          levelId: a.levelId,
          description: a.description,
          isSynthetic: a.isSynthetic,
        })),
        select: { id: true, slug: true, externalId: true },
      })
    : [];
  const accusedByExternalId = new Map<string, { id: string; slug: string }>();
  for (const row of createdAccused) accusedByExternalId.set(row.externalId!, row);
  for (const a of newAccused) {
    const row = accusedByExternalId.get(a.externalId)!;
    audit.push({
      actorId,
      note,
      action: "CREATE",
      entityType: "Accused",
      entityId: row.id,
      after: accusedSnapshot({ slug: row.slug, name: a.name, nameOriginal: a.nameOriginal, rank: a.rank, description: a.description, isSynthetic: a.isSynthetic, kind: { slug: a.kindSlug }, level: a.levelSlug ? { slug: a.levelSlug } : null }),
    });
  }

  const caseSlugs = await allocateSlugs(tx, "Case", creating.map((p) => slugFromWords(p.input.title, "case")));
  const cases = await tx.case.createManyAndReturn({
    data: creating.map((p, i) => ({ slug: caseSlugs[i]!, externalId: p.c.externalId, ...newCaseData(p.input, p.input.initialStage!, p) })),
    select: { id: true, slug: true },
  });
  const caseIdOfSlug = new Map(cases.map((c) => [c.slug, c.id]));

  const createdAt = new Date();
  const links: Prisma.CaseAccusedCreateManyInput[] = [];
  const charges: Prisma.ChargeCreateManyInput[] = [];
  const caseSources: Prisma.CaseSourceCreateManyInput[] = [];
  const caseMilestones: { caseId: string; milestoneId: string }[] = [];
  const stages: Prisma.StageChangeCreateManyInput[] = [];
  creating.forEach((p, i) => {
    const caseId = caseIdOfSlug.get(caseSlugs[i]!)!;
    // The accused of the record by its keys and slugs, as the use case's writeCaseSets reads them.
    const byRef = new Map<string, string>();
    p.input.accused.forEach((a, j) => {
      const id = a.slug ? accusedIdOfSlug.get(a.slug)! : accusedByExternalId.get(p.accusedExternalIds[j]!)!.id;
      if (a.slug) byRef.set(a.slug, id);
      if (a.key) byRef.set(a.key, id);
      links.push({ caseId, accusedId: id });
    });
    for (const [k, ch] of p.input.charges.entries()) {
      // The case page lists charges by (createdAt, id): explicit moments keep the file's order
      // whatever the ids (a cuid's counter wraps after some 1.7 million).
      charges.push({ ...chargeData(caseId, ch, ch.accused ? byRef.get(ch.accused)! : null, ctx), createdAt: new Date(createdAt.getTime() + k) });
    }
    p.input.sources.forEach((s, j) => caseSources.push({ caseId, sourceId: p.sourceIds[j]!, locator: s.locator }));
    for (const milestoneId of p.milestoneIds) caseMilestones.push({ caseId, milestoneId });
    const stage = p.input.initialStage!;
    stages.push({ caseId, stage: stage.stage, occurredOn: dateForDb(stage.date), precision: stage.date.precision, inAbsentia: stage.inAbsentia, note: stage.note, recordedById: actorId });
  });
  await tx.caseAccused.createMany({ data: links });
  await tx.charge.createMany({ data: charges });
  if (caseSources.length) await tx.caseSource.createMany({ data: caseSources });
  if (caseMilestones.length) {
    await tx.$executeRaw`INSERT INTO "_CaseToMilestone" ("A", "B") SELECT * FROM unnest(${caseMilestones.map((m) => m.caseId)}::text[], ${caseMilestones.map((m) => m.milestoneId)}::text[])`;
  }
  const entries = await tx.stageChange.createManyAndReturn({
    data: stages,
    select: { id: true, caseId: true, stage: true, occurredOn: true, precision: true, inAbsentia: true, note: true, sourceLocator: true },
  });
  const caseIds = cases.map((c) => c.id);
  await refreshCaseSearch(tx, caseIds);

  const rows = new Map((await tx.case.findMany({ where: { id: { in: caseIds } }, include: caseInclude })).map((r) => [r.id, r]));
  const entryOfCase = new Map(entries.map((e) => [e.caseId, e]));
  creating.forEach((p, i) => {
    const row = rows.get(caseIdOfSlug.get(caseSlugs[i]!)!)!;
    const entry = entryOfCase.get(row.id)!;
    audit.push({ actorId, note, action: "CREATE", entityType: "Case", entityId: row.id, after: snapshot(row) });
    audit.push({ actorId, note, action: "CREATE", entityType: "StageChange", entityId: entry.id, after: stageSnapshot(row.slug, { ...entry, source: null }) });
    results[p.index] = { outcome: "created", slug: row.slug };
  });
  await tx.auditEvent.createMany({ data: audit });
}

/**
 * Free slugs for many records at once, as the use cases make them one by one (newCaseSlug): the
 * base, else base-2, base-3…, never one taken, even by a deleted record, nor given twice here.
 * Candidates are looked up by exact value, which the slug's unique index answers (a LIKE on the
 * prefix would scan the whole table at every batch); past base-20, a random suffix.
 */
async function allocateSlugs(tx: Tx, table: "Case" | "Accused", bases: readonly string[]): Promise<string[]> {
  if (bases.length === 0) return [];
  const TRIES = 20;
  const candidates = [...new Set(bases)].flatMap((base) => Array.from({ length: TRIES }, (_, n) => (n === 0 ? base : `${base}-${n + 1}`)));
  const taken = await takenSlugs(tx, table, candidates);
  const result: string[] = [];
  for (const base of bases) {
    let slug = Array.from({ length: TRIES }, (_, n) => (n === 0 ? base : `${base}-${n + 1}`)).find((s) => !taken.has(s));
    while (!slug) {
      const random = `${base}-${Math.random().toString(36).slice(2, 8)}`;
      if (!taken.has(random) && (await takenSlugs(tx, table, [random])).size === 0) slug = random;
    }
    taken.add(slug);
    result.push(slug);
  }
  return result;
}

async function takenSlugs(tx: Tx, table: "Case" | "Accused", slugs: readonly string[]): Promise<Set<string>> {
  const rows = await tx.$queryRaw<{ slug: string }[]>`SELECT slug FROM ${Prisma.raw(`"${table}"`)} WHERE slug = ANY(${slugs}::text[])`;
  return new Set(rows.map((r) => r.slug));
}
