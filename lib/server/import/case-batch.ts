import "server-only";
import { latestDateBegun, toIsoDate } from "@/lib/core/dates";
import type { CaseInput } from "@/lib/core/case-input";
import { slugFromWords } from "@/lib/core/input-fields";
import type { CheckedCase } from "@/lib/core/import/records";
import { checkStageChange } from "@/lib/core/stage-machine";
import { Prisma } from "@/lib/generated/prisma/client";
import { auditActorId, auditNote, type Actor } from "../actor";
import { accusedSearchText, chargesSearchText } from "../cases/search-document";
import { accusedSnapshot, snapshot, stageSnapshot } from "../cases/case-audit";
import { stageFieldErrors } from "../cases/case-refusals";
import { caseInclude, type CaseRow } from "../cases/find-case";
import { checkCaseReferences } from "../cases/resolve-case-references";
import { chargeData, dateForDb, newCaseData } from "../cases/write-case-sets";
import { keepAbsentAccusedFields, keepAbsentCaseFields, sameAccusedFields, sameCase, type AccusedWrite } from "@/lib/core/import/merge";
import { isoTodayIn, mergedTranslations, type UserTranslations } from "@/lib/core/user-translations";
import { caseWriteOf, describedAlike, heldCaseWrite, ownLanguageProblems, stageMove, type Described } from "./case-checks";
import {
  insertAccused,
  insertCaseAccused,
  insertCaseMilestones,
  insertCases,
  insertCaseSources,
  insertCharges,
  createEventsStatement,
  insertStageChanges,
  insertTranslations,
  recordset,
  textList,
  timestampOf,
  type AccusedRow,
  type CaseAccusedRow,
  type CaseMilestoneRow,
  type CaseRowValues,
  type CaseSourceRow,
  type ChargeRow,
  type CreateEventRow,
  type StageRow,
  type TranslationRow,
} from "./case-inserts";
import { newId } from "./ids";
import { forgetPrismaDebugHistory } from "./prisma-debug-history";
import { bySlug, idsBySlug } from "../slug-lookup";
import { readUserTranslations, translatorName } from "../translations";
import type { Tx } from "../transaction";
import { recordsOf } from "./import-references";
import type { BatchResult, Problem } from "./importer";

/**
 * Cases in batches: the fast path of the case import (docs/decisions/015-import.md). A file of
 * 200,000 new cases written one use case at a time takes some fifty queries a case; here a batch of
 * five hundred takes about fifteen statements, the writes set-based (case-inserts.ts), with the
 * same checks, by the same functions, as createCase:
 * the form's schema (already run), the references (checkCaseReferences), the stage machine
 * (checkStageChange) and unique case numbers per forum; the same rows, audit events and search
 * documents. A record this path does not settle on its own, a case already imported that changed
 * or one that changes an accused's record, is "deferred" to the use cases, one at a time.
 *
 * New rows are written as createCase writes them, but not read back: ids are made here (ids.ts),
 * and the audit pictures are built from what was written, by the use cases' own functions
 * (snapshot, accusedSnapshot, stageSnapshot). tests/integration/import-batch-equivalence.test.ts
 * holds the two paths to the same rows, audit events and search documents.
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
  /** Names by id, for the audit snapshot's charges in words. */
  crimeNames: Map<string, string>;
  modeNames: Map<string, string>;
  provisionIds: Map<string, string>;
  /** The first description of each accused in the file, to refuse a later one that disagrees. */
  described: Described;
};

export async function loadCaseBatchContext(tx: Tx, actor: Actor, now: Date): Promise<CaseBatchContext> {
  const named = { select: { id: true, slug: true, name: true } } as const;
  const forums = await tx.forum.findMany(named);
  const crimes = await tx.crimeCategory.findMany(named);
  const modes = await tx.modeOfLiability.findMany(named);
  return {
    actor,
    now,
    forums: new Map(forums.map((f) => [f.slug, { id: f.id, name: f.name }])),
    situations: idsBySlug(await tx.situation.findMany(bySlug)),
    kindIds: idsBySlug(await tx.accusedKind.findMany(bySlug)),
    levelIds: idsBySlug(await tx.responsibilityLevel.findMany(bySlug)),
    crimeIds: idsBySlug(crimes),
    modeIds: idsBySlug(modes),
    crimeNames: new Map(crimes.map((c) => [c.id, c.name])),
    modeNames: new Map(modes.map((m) => [m.id, m.name])),
    provisionIds: idsBySlug(await tx.provision.findMany(bySlug)),
    described: new Map(),
  };
}

type RecordedAccused = AccusedWrite & { id: string; slug: string; externalId: string; deletedAt: Date | null };

const EMPTY_ACCUSED = { name: null, nameUkrainian: null, rank: null, level: null, description: null };
const byRecordedSlug = (slug: string): CaseInput["accused"][number] => ({ ...EMPTY_ACCUSED, slug });

type PlannedAccused = AccusedWrite & { externalId: string; slug?: string; id?: string; kindSlug: string; levelSlug: string | null; isSynthetic: boolean };
type PlannedCase = { index: number; c: CheckedCase; input: CaseInput; forumId: string; situationId: string; sourceIds: string[]; milestoneIds: string[]; accusedExternalIds: string[] };

export async function writeCaseBatch(tx: Tx, ctx: CaseBatchContext, items: readonly CheckedCase[]): Promise<BatchResult[]> {
  const results: BatchResult[] = items.map(() => ({ deferred: true }));
  const existing = await importedCases(tx, items.map((c) => c.externalId));
  const sources = await recordsOf(tx, "source", items.flatMap((c) => c.sourceRefs));
  const milestones = await recordsOf(tx, "milestone", items.flatMap((c) => c.milestoneRefs));
  const recorded = await recordedAccused(tx, items.flatMap((c) => c.accusedExternalIds));
  const recordedIds = new Map([...recorded.values()].map((a) => [a.slug, a.id]));
  const planned = new Map<string, PlannedAccused>(); // accused this batch creates, by external id

  // First pass: everything each record can be told on its own.
  const candidates: PlannedCase[] = [];
  const latestBegun = latestDateBegun(ctx.now);
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
    // A new case is written in the file's language, English when it leaves it out: a text in it is refused by its column.
    if (!row) problems.push(...ownLanguageProblems(c.input.translations, c.input.lang));
    if (problems.length > 0) {
      results[index] = { problems };
      return;
    }
    // Aliases (decision 040) are added by the use cases' path, which compares them with those recorded.
    const hasAliases = c.input.accused.some((a) => (a.aliases?.length ?? 0) > 0);
    if (row) {
      // Already imported: unchanged is settled here; a change goes through the use cases.
      if (!hasAliases && unchanged(row, c, recorded, ctx, sources, milestones)) results[index] = { outcome: "unchanged", slug: row.slug };
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
        if (!fields || !sameAccusedFields(found, keepAbsentAccusedFields(found, fields, c.present))) deferred = true; // it updates the accused's record
        return byRecordedSlug(found.slug);
      }
      return a;
    }
    if (accusedProblems.length > 0) {
      results[index] = { problems: accusedProblems };
      return;
    }
    if (deferred || hasAliases) return;
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
      accusedIds: recordedIds,
      kindIds: ctx.kindIds,
      levelIds: ctx.levelIds,
      crimeIds: ctx.crimeIds,
      modeIds: ctx.modeIds,
      provisionIds: ctx.provisionIds,
      sourceIds: new Map(withSlugs.sources.map((s, i) => [s.slug!, sourceIds[i]!])),
      milestoneIds: new Map(withSlugs.milestones.map((slug, i) => [slug, milestoneIds[i]!])),
    });
    const stage = c.input.initialStage!;
    const stageErrors = stageFieldErrors(checkStageChange(null, stage, latestBegun), "initialStage.");
    if (errors.length + stageErrors.length > 0) {
      results[index] = { errors: [...errors, ...stageErrors] };
      return;
    }
    // A new accused described by an earlier record of this batch must be described alike.
    for (const [i, a] of c.input.accused.entries()) {
      const other = planned.get(c.accusedExternalIds[i]!);
      if (other && !a.slug && !sameAccusedFields(other, accusedFields(a, ctx)!)) deferred = true;
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
  const takenRows = numbered.length
    ? await tx.$queryRaw<{ forumId: string; reference: string; slug: string; title: string; deletedAt: Date | null }[]>`
        SELECT c."forumId", c.reference, c.slug, c.title, c."deletedAt"
          FROM "Case" c JOIN ${recordset(numbered.map((p) => ({ forum: p.forumId, reference: p.input.reference })))} AS n(forum text, reference text)
            ON c."forumId" = n.forum AND c.reference = n.reference`
    : [];
  const taken = new Map(takenRows.map((t) => [`${t.forumId}\u0000${t.reference}`, t]));
  const seenNumbers = new Map<string, number>();
  const creating: PlannedCase[] = [];
  for (const p of candidates) {
    if (p.input.reference !== null) {
      const key = `${p.forumId}\u0000${p.input.reference}`;
      const other = taken.get(key);
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
  const recordedBySlug = new Map([...recorded.values()].map((a) => [a.slug, { id: a.id, name: a.name, nameOriginal: a.nameOriginal }]));
  await createPlanned(tx, ctx, creating, [...planned.values()].filter((a) => used.has(a.externalId)), recordedBySlug, results);
  return results;
}

/** The cases of the batch imported before, read whole as findCase reads them, with their translations (for a file of new cases, none). */
async function importedCases(tx: Tx, externalIds: string[]): Promise<Map<string, CaseRow>> {
  if (externalIds.length === 0) return new Map();
  const rows = await tx.case.findMany({ where: { externalId: { in: externalIds } }, include: caseInclude });
  const translations = await readUserTranslations(tx, "Case", rows.map((row) => row.id));
  return new Map(rows.map((row) => [row.externalId!, { ...row, translations: translations.get(row.id) ?? {} }]));
}

/** The recorded accused the batch names, by external id, with what an import compares and keeps. */
async function recordedAccused(tx: Tx, externalIds: string[]): Promise<Map<string, RecordedAccused>> {
  const rows = await tx.$queryRaw<RecordedAccused[]>`
    SELECT id, slug, "externalId", name, "nameOriginal", rank, description, "deletedAt", "kindId", "levelId" FROM "Accused" WHERE "externalId" = ANY(${textList([...new Set(externalIds)])})`;
  return new Map(rows.map((a) => [a.externalId, a]));
}

function accusedFields(a: CaseInput["accused"][number], ctx: CaseBatchContext): AccusedWrite | null {
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
  recorded: Map<string, { slug: string } & AccusedWrite>,
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
      if (!fields || !sameAccusedFields(found, keepAbsentAccusedFields(found, fields, c.present))) return false;
    }
    slugs.push(found.slug);
  }
  const current = heldCaseWrite(row);
  const given = caseWriteOf(c, { accused: slugs, sources: c.sourceRefs.map((ref) => sources.get(ref)!.slug), milestones: c.milestoneRefs.map((ref) => milestones.get(ref)!.slug) });
  const next = keepAbsentCaseFields(current, given, c.present);
  // A text in the language the case keeps is refused by the use cases' path, which names it.
  if (ownLanguageProblems(c.input.translations, next.lang).length > 0) return false;
  const move = stageMove(row, c);
  return sameCase(current, next) && !move.record && move.problems.length === 0;
}

/** Writes the batch's new accused and cases (each with its search document, written with the row), their sets, stage entries and audit events. */
async function createPlanned(
  tx: Tx,
  ctx: CaseBatchContext,
  creating: PlannedCase[],
  newAccused: PlannedAccused[],
  /** The recorded accused the batch looked up, by slug: the cases' accused named by slug are among them. */
  recordedBySlug: Map<string, { id: string; name: string; nameOriginal: string | null }>,
  results: BatchResult[],
): Promise<void> {
  const actorId = auditActorId(ctx.actor);
  const note = auditNote(ctx.actor) ?? null;
  // One moment for the batch's rows, as Prisma stamps createdAt and updatedAt per statement.
  const at = new Date();

  // The new accused: ids made here, slugs allocated as the use cases would.
  const accusedSlugs = await allocateSlugs(tx, "Accused", newAccused.map((a) => slugFromWords(a.name, "accused")));
  const accusedByExternalId = new Map<string, { id: string; slug: string; planned: PlannedAccused }>();
  const accusedRows: AccusedRow[] = newAccused.map((a, i) => {
    const row = { ...a, id: newId(), slug: accusedSlugs[i]! };
    accusedByExternalId.set(a.externalId, { id: row.id, slug: row.slug, planned: a });
    return row;
  });
  await insertAccused(tx, accusedRows, at);

  const caseSlugs = await allocateSlugs(tx, "Case", creating.map((p) => slugFromWords(p.input.title, "case")));
  const caseRows: CaseRowValues[] = [];
  const links: CaseAccusedRow[] = [];
  const charges: ChargeRow[] = [];
  const caseSources: CaseSourceRow[] = [];
  const caseMilestones: CaseMilestoneRow[] = [];
  const stages: StageRow[] = [];
  const stamps: string[] = []; // the k-th charge's moment, shared by every case of the batch
  // The title and summary in other languages (decision 042), as writeUserTranslations stores them.
  const translationRows: TranslationRow[] = [];
  // What the audit snapshot of each case needs besides its rows: kept here, never read back.
  const pictures: {
    p: PlannedCase;
    caseId: string;
    slug: string;
    stageId: string;
    row: ReturnType<typeof newCaseData>;
    accused: { slug: string; name: string }[];
    charges: SnapshotCharge[];
    translations: UserTranslations;
  }[] = [];
  creating.forEach((p, i) => {
    const caseId = newId();
    const slug = caseSlugs[i]!;
    const stage = p.input.initialStage!;
    const row = newCaseData(p.input, stage, p);
    const stageOn = toIsoDate(row.stageOn); // also the stage entry's date: dateForDb(stage.date) both

    // The accused of the record by its keys and slugs, as the use case's writeCaseSets reads them.
    const byRef = new Map<string, { id: string; slug: string; name: string; nameOriginal: string | null }>();
    const accused = p.input.accused.map((a, j) => {
      const found = a.slug ? recordedBySlug.get(a.slug)! : null;
      const made = found ? null : accusedByExternalId.get(p.accusedExternalIds[j]!)!;
      const entry = found
        ? { id: found.id, slug: a.slug!, name: found.name, nameOriginal: found.nameOriginal }
        : { id: made!.id, slug: made!.slug, name: made!.planned.name, nameOriginal: made!.planned.nameOriginal };
      if (a.slug) byRef.set(a.slug, entry);
      if (a.key) byRef.set(a.key, entry);
      links.push({ caseId, accusedId: entry.id });
      return entry;
    });
    const pictureCharges: SnapshotCharge[] = [];
    for (const [k, ch] of p.input.charges.entries()) {
      const against = ch.accused ? byRef.get(ch.accused)! : null;
      const data = chargeData(caseId, ch, against?.id ?? null, ctx);
      // Explicit moments keep the file's order whatever the ids (a cuid's counter wraps after some 1.7 million).
      charges.push({ ...data, id: newId(), createdAt: (stamps[k] ??= timestampOf(new Date(at.getTime() + k))) });
      pictureCharges.push({
        crime: { name: ctx.crimeNames.get(data.crimeId)! },
        mode: { name: ctx.modeNames.get(data.modeId)! },
        provisionCited: data.provisionCited,
        accused: against ? { slug: against.slug, name: against.name } : null,
        knowledgeStandard: data.knowledgeStandard,
        failedDuties: data.failedDuties,
        description: data.description,
      });
    }
    p.input.sources.forEach((s, j) => caseSources.push({ caseId, sourceId: p.sourceIds[j]!, locator: s.locator }));
    for (const milestoneId of p.milestoneIds) caseMilestones.push({ caseId, milestoneId });
    const stageId = newId();
    stages.push({ id: stageId, caseId, stage: stage.stage, occurredOn: stageOn, precision: stage.date.precision, inAbsentia: stage.inAbsentia, note: stage.note });
    // Texts in the case's own language were refused by the check; empty ones write nothing.
    const translations = mergedTranslations({}, p.input.translations, p.input.lang);
    for (const [locale, texts] of Object.entries(translations)) {
      for (const [field, text] of Object.entries(texts ?? {})) if (text) translationRows.push({ id: newId(), entityId: caseId, field, locale, text });
    }
    caseRows.push({
      ...row,
      id: caseId,
      slug,
      externalId: p.c.externalId,
      stageOn,
      openedOn: toIsoDate(row.openedOn),
      accusedText: accusedSearchText(accused),
      chargesText: chargesSearchText(pictureCharges),
      // The document holds the other languages' texts from the start: the case is written once.
      ...otherLanguageTexts(translations),
    });
    pictures.push({ p, caseId, slug, stageId, row, accused, charges: pictureCharges, translations });
  });
  const translator = translationRows.length > 0 ? await translatorName(tx, ctx.actor) : null;
  const sourceDetails = await sourcesInTitleOrder(tx, [...new Set(caseSources.map((s) => s.sourceId))]);
  // Postgres writes the rows, one statement after another, while node builds the audit events:
  // the first statement is let out (a turn of the event loop), and the chain awaited after.
  const written = (async () => {
    await insertCases(tx, caseRows, at);
    await insertCaseAccused(tx, links);
    await insertCharges(tx, charges, at);
    await insertCaseSources(tx, caseSources);
    await insertCaseMilestones(tx, caseMilestones);
    await insertStageChanges(tx, stages, actorId, at);
    if (translationRows.length > 0) await insertTranslations(tx, "Case", translationRows, translator!, isoTodayIn(ctx.now), at);
  })();
  written.catch(() => {}); // awaited below, before anything else is sent
  await new Promise((resolve) => setImmediate(resolve));

  // The audit events, in the use cases' order: each case's new accused, the case, its stage entry.
  const events: CreateEventRow[] = [];
  const announced = new Set<string>();
  for (const { p, caseId, slug, stageId, row, accused, charges: pictureCharges, translations } of pictures) {
    p.input.accused.forEach((_, j) => {
      const made = accusedByExternalId.get(p.accusedExternalIds[j]!);
      if (!made || announced.has(made.id)) return;
      announced.add(made.id);
      const a = made.planned;
      events.push({
        entityType: "Accused",
        entityId: made.id,
        after: accusedSnapshot({ slug: made.slug, name: a.name, nameOriginal: a.nameOriginal, rank: a.rank, description: a.description, isSynthetic: a.isSynthetic, kind: { slug: a.kindSlug }, level: a.levelSlug ? { slug: a.levelSlug } : null }),
      });
    });
    const picture: SnapshotCase = {
      ...row,
      slug,
      version: 1,
      translations,
      forum: { slug: p.input.forum },
      situation: { slug: p.input.situation },
      deletedAt: null,
      accused: accused.map((a) => ({ accused: { slug: a.slug, name: a.name, deletedAt: null } })),
      charges: pictureCharges,
      sources: p.input.sources.map((s, j) => ({ locator: s.locator, source: sourceDetails.get(p.sourceIds[j]!)! })).sort((x, y) => x.source.order - y.source.order),
      milestones: p.input.milestones.map((m) => ({ slug: m })),
    };
    const stage = p.input.initialStage!;
    events.push(
      { entityType: "Case", entityId: caseId, after: snapshot(picture as unknown as CaseRow) },
      {
        entityType: "StageChange",
        entityId: stageId,
        after: stageSnapshot(slug, { stage: stage.stage, occurredOn: dateForDb(stage.date), precision: stage.date.precision, inAbsentia: stage.inAbsentia, note: stage.note, sourceLocator: null, source: null }),
      },
    );
    results[p.index] = { outcome: "created", slug };
  }
  const auditStatement = createEventsStatement(events, actorId, note, new Date());
  await written;
  await tx.$executeRaw(auditStatement);
  forgetPrismaDebugHistory();
}

/**
 * A new case's title and summary in its other languages as its document's rebuild joins them
 * (search-document.ts: each field's texts in locale order, code units, by a space): absent when none.
 */
function otherLanguageTexts(translations: UserTranslations): { otherTitles?: string; otherSummaries?: string } {
  const joined = (field: string) => {
    const texts = Object.keys(translations)
      .sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
      .map((locale) => translations[locale as keyof UserTranslations]?.[field])
      .filter((text): text is string => !!text);
    return texts.length > 0 ? texts.join(" ") : undefined;
  };
  const out: { otherTitles?: string; otherSummaries?: string } = {};
  const titles = joined("title");
  const summaries = joined("summary");
  if (titles !== undefined) out.otherTitles = titles;
  if (summaries !== undefined) out.otherSummaries = summaries;
  return out;
}

/** What `snapshot` reads of a case: the rows this batch writes, as findCase would read them back. */
type SnapshotCharge = {
  crime: { name: string };
  mode: { name: string };
  provisionCited: string;
  accused: { slug: string; name: string } | null;
  knowledgeStandard: string | null;
  failedDuties: string[];
  description: string | null;
};
type SnapshotCase = ReturnType<typeof newCaseData> & {
  slug: string;
  version: number;
  translations: UserTranslations;
  forum: { slug: string };
  situation: { slug: string };
  deletedAt: null;
  accused: { accused: { slug: string; name: string; deletedAt: null } }[];
  charges: SnapshotCharge[];
  sources: { locator: string | null; source: { slug: string; title: string; url: string | null; order: number } }[];
  milestones: { slug: string }[];
};

/** The sources the batch's cases cite, numbered in the order findCase lists them (by title, then id). */
async function sourcesInTitleOrder(tx: Tx, ids: string[]): Promise<Map<string, { slug: string; title: string; url: string | null; order: number }>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ id: string; slug: string; title: string; url: string | null }[]>`SELECT id, slug, title, url FROM "Source" WHERE id = ANY(${ids}::text[]) ORDER BY title, id`;
  return new Map(rows.map((r, order) => [r.id, { slug: r.slug, title: r.title, url: r.url, order }]));
}

/**
 * Free slugs for many records at once, as the use cases make them one by one (newCaseSlug): the
 * base, else base-2, base-3…, never one taken, even by a deleted record, nor given twice here.
 * Candidates are looked up by exact value, which the slug's unique index answers (a LIKE on the
 * prefix would scan the whole table at every batch): first the bases, then, only for a base taken
 * or given more than once, base-2 to base-20; past base-20, a random suffix.
 */
async function allocateSlugs(tx: Tx, table: "Case" | "Accused", bases: readonly string[]): Promise<string[]> {
  if (bases.length === 0) return [];
  const TRIES = 20;
  const times = new Map<string, number>();
  for (const base of bases) times.set(base, (times.get(base) ?? 0) + 1);
  const taken = await takenSlugs(tx, table, [...times.keys()]);
  const crowded = [...times].filter(([base, n]) => n > 1 || taken.has(base)).map(([base]) => base);
  if (crowded.length > 0) {
    for (const slug of await takenSlugs(tx, table, crowded.flatMap((base) => Array.from({ length: TRIES - 1 }, (_, n) => `${base}-${n + 2}`)))) taken.add(slug);
  }
  const result: string[] = [];
  for (const base of bases) {
    let slug = taken.has(base) ? undefined : base;
    for (let n = 2; !slug && n <= TRIES; n++) if (!taken.has(`${base}-${n}`)) slug = `${base}-${n}`;
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
  const rows = await tx.$queryRaw<{ slug: string }[]>`SELECT slug FROM ${Prisma.raw(`"${table}"`)} WHERE slug = ANY(${textList(slugs)})`;
  return new Set(rows.map((r) => r.slug));
}
