import "server-only";
import type { CaseInput, CaseSourceInput, StageInput } from "@/lib/core/case-input";
import { fromIsoDate, type PartialDate } from "@/lib/core/dates";
import { storedSourceKind } from "@/lib/core/input-fields";
import { inAbsentiaOf } from "@/lib/core/stage-machine";
import { auditActorId, auditNote, type Actor } from "../actor";
import { accusedAuditSelect, accusedSnapshot } from "./case-audit";
import { newAccusedSlug, newSourceSlug } from "../slugs";
import type { Tx } from "../transaction";
import type { Resolved } from "./resolve-case-references";

/** Writing a case's rows from its input: its own row, its accused, charges and sources. */

/** The source a case or a stage cites: a recorded one by slug, or a new one (demo data marked so). */
export async function sourceIdFor(tx: Tx, source: CaseSourceInput, resolved: Pick<Resolved, "sourceIds">, isSynthetic: boolean): Promise<string> {
  if (source.slug) return resolved.sourceIds.get(source.slug)!;
  const created = await tx.source.create({
    data: { slug: await newSourceSlug(tx, source.title!), kind: storedSourceKind(source.kind, isSynthetic), title: source.title!, url: source.url, publisher: source.publisher },
    select: { id: true },
  });
  return created.id;
}

/** What the audit trail's picture of a stage entry needs (stageSnapshot). */
const stageEntrySelect = { id: true, stage: true, occurredOn: true, precision: true, inAbsentia: true, note: true, sourceLocator: true, source: { select: { slug: true } } } as const;

/** A dated stage entry of a case, recorded by the actor; its source is a recorded one or a new one (sourceIdFor). */
export async function createStageEntry(
  tx: Tx,
  actor: Actor,
  { caseId, entry, sources, isSynthetic }: { caseId: string; entry: Pick<StageInput, "stage" | "date" | "inAbsentia" | "note" | "source">; sources: Pick<Resolved, "sourceIds">; isSynthetic: boolean },
) {
  return tx.stageChange.create({
    data: {
      caseId,
      stage: entry.stage,
      occurredOn: dateForDb(entry.date),
      precision: entry.date.precision,
      inAbsentia: entry.inAbsentia,
      note: entry.note,
      sourceId: entry.source ? await sourceIdFor(tx, entry.source, sources, isSynthetic) : null,
      sourceLocator: entry.source?.locator ?? null,
      recordedById: auditActorId(actor),
    },
    select: stageEntrySelect,
  });
}

/**
 * Writes a case's sets from the input: new accused (each with its own audit event), the links to
 * its accused, its charges and its sources. The caller has emptied the old sets when replacing them.
 */
export async function writeCaseSets(tx: Tx, actor: Actor, caseId: string, input: CaseInput, refs: Resolved): Promise<void> {
  const byRef = new Map<string, string>(); // slug or key -> accused id
  const accusedIds: string[] = [];
  for (const a of input.accused) {
    let id: string;
    if (a.slug) id = refs.accusedIds.get(a.slug)!;
    else {
      const created = await tx.accused.create({
        data: {
          slug: await newAccusedSlug(tx, a.name!),
          kindId: refs.kindIds.get(a.kind!)!,
          name: a.name!,
          nameOriginal: a.nameUkrainian,
          rank: a.rank,
          levelId: a.level ? refs.levelIds.get(a.level)! : null,
          description: a.description,
          isSynthetic: input.isSynthetic,
        },
        select: accusedAuditSelect,
      });
      await tx.auditEvent.create({
        data: { actorId: auditActorId(actor), note: auditNote(actor), action: "CREATE", entityType: "Accused", entityId: created.id, after: accusedSnapshot(created) },
      });
      id = created.id;
      if (a.key) byRef.set(a.key, id);
    }
    if (a.slug) byRef.set(a.slug, id);
    accusedIds.push(id);
  }
  await tx.caseAccused.createMany({ data: accusedIds.map((accusedId) => ({ caseId, accusedId })) });
  // One by one, so that the charges keep the order they were given in (the page lists them so).
  for (const c of input.charges) {
    await tx.charge.create({ data: chargeData(caseId, c, c.accused ? byRef.get(c.accused)! : null, refs), select: { id: true } });
  }
  for (const s of input.sources) {
    await tx.caseSource.create({ data: { caseId, sourceId: await sourceIdFor(tx, s, refs, input.isSynthetic), locator: s.locator }, select: { caseId: true } });
  }
}

export const dateForDb = (date: PartialDate) => fromIsoDate(date.date);

/** A charge's row from the input (its accused already resolved to an id). */
export function chargeData(caseId: string, c: CaseInput["charges"][number], accusedId: string | null, refs: Pick<Resolved, "crimeIds" | "modeIds" | "provisionIds">) {
  return {
    caseId,
    accusedId,
    crimeId: refs.crimeIds.get(c.crime)!,
    modeId: refs.modeIds.get(c.mode)!,
    provisionCited: c.provisionCited,
    provisionId: c.provision ? refs.provisionIds.get(c.provision)! : null,
    description: c.description,
    knowledgeStandard: c.knowledgeStandard,
    failedDuties: c.failedDuties,
  };
}

/** A new case's own row from the input and its first stage: opened on that stage's date. */
export function newCaseData(c: Pick<CaseInput, "reference" | "title" | "summary" | "isSynthetic"> & { lang?: string }, stage: StageInput, refs: Pick<Resolved, "forumId" | "situationId">) {
  const date = dateForDb(stage.date);
  return {
    reference: c.reference,
    title: c.title,
    summary: c.summary,
    lang: c.lang ?? "en",
    forumId: refs.forumId,
    situationId: refs.situationId,
    stage: stage.stage,
    stageOn: date,
    stagePrecision: stage.date.precision,
    openedOn: date,
    openedPrecision: stage.date.precision,
    inAbsentia: inAbsentiaOf([stage]),
    isSynthetic: c.isSynthetic,
  };
}
