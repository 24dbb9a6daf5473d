import "server-only";
import { FAILED_DUTY_LABELS, KNOWLEDGE_STANDARD_LABELS, slugFromWords, type CaseInput, type CaseSourceInput, type StageInput } from "@/lib/core/case-input";
import { fromIsoDate, isoPartial, toIsoDate, type PartialDate } from "@/lib/core/dates";
import { inAbsentiaOf, type StageProblem } from "@/lib/core/stage-machine";
import { Prisma } from "@/lib/generated/prisma/client";
import { auditActorId, auditNote, type Actor } from "../actor";
import { AppError, type FieldError } from "../errors";
import { inTransaction as inOuterOrOwn } from "../transaction";
import { caseRowsWhere } from "./case-rows";
import type { SqlReader } from "../db";

/**
 * What the case use cases share: how a case is read with everything it holds, its picture in the
 * audit trail and in the API, the resolution of the slugs an input names, and the writing of its
 * accused, charges and sources.
 */

export type Tx = Prisma.TransactionClient;

/** Interactive transactions on a busy machine: more room than Prisma's 5-second default. */
export const TX_OPTIONS = { timeout: 20_000, maxWait: 10_000 } as const;

/** A case use case's writes, in its own transaction or in the caller's (lib/server/transaction.ts). */
export const inTransaction = <T>(outer: Tx | undefined, run: (tx: Tx) => Promise<T>) => inOuterOrOwn(outer, run, TX_OPTIONS);

const named = { select: { slug: true, name: true } } as const;
const sourceRef = { select: { id: true, slug: true, title: true, url: true, publisher: true } } as const;

export const caseInclude = {
  forum: { select: { id: true, slug: true, name: true, shortName: true } },
  situation: named,
  accused: {
    select: {
      accused: {
        select: {
          id: true,
          slug: true,
          name: true,
          nameOriginal: true,
          rank: true,
          description: true,
          isSynthetic: true,
          deletedAt: true,
          kind: named,
          level: named,
        },
      },
    },
  },
  charges: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      accusedId: true,
      accused: { select: { slug: true, name: true } },
      crime: named,
      mode: named,
      provision: { select: { slug: true } },
      provisionCited: true,
      description: true,
      knowledgeStandard: true,
      failedDuties: true,
    },
  },
  stages: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      stage: true,
      occurredOn: true,
      precision: true,
      inAbsentia: true,
      note: true,
      sourceLocator: true,
      source: sourceRef,
      recordedBy: { select: { name: true } },
      createdAt: true,
    },
  },
  sources: { orderBy: { source: { title: "asc" } }, select: { locator: true, source: sourceRef } },
  milestones: { orderBy: { occurredOn: "asc" }, select: { slug: true, title: true, deletedAt: true } },
} as const satisfies Prisma.CaseInclude;

export type CaseRow = Prisma.CaseGetPayload<{ include: typeof caseInclude }>;

export const stageDateOf = (c: { stageOn: Date; stagePrecision: PartialDate["precision"] }): PartialDate => ({ date: toIsoDate(c.stageOn), precision: c.stagePrecision });
export const partialOf = (date: Date, precision: PartialDate["precision"]): PartialDate => ({ date: toIsoDate(date), precision });

/** A case by its id or slug; deleted ones only when asked for. */
export async function findCase(tx: SqlReader, idOrSlug: string, { includeDeleted = false } = {}): Promise<CaseRow | null> {
  // One SQL statement in caseInclude's shape (case-rows.ts): the nested Prisma read cost ~5 ms of CPU.
  const [row] = await caseRowsWhere(tx, Prisma.sql`(c.id = ${idOrSlug} OR c.slug = ${idOrSlug}) ORDER BY c.id = ${idOrSlug} DESC LIMIT 1`);
  if (!row || (row.deletedAt && !includeDeleted)) return null;
  return row;
}

const liveAccused = (c: CaseRow) =>
  c.accused
    .map((a) => a.accused)
    .filter((a) => !a.deletedAt)
    .sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug));

/** A charge in words, for the audit trail: "War crimes · Command responsibility · Article 28 · against X · should have known · failed to prevent". */
function chargeWords(ch: CaseRow["charges"][number]): string {
  const parts = [ch.crime.name, ch.mode.name, ch.provisionCited, ch.accused ? `against ${ch.accused.name} (${ch.accused.slug})` : "against every accused"];
  if (ch.knowledgeStandard) parts.push(KNOWLEDGE_STANDARD_LABELS[ch.knowledgeStandard].toLowerCase());
  if (ch.failedDuties.length > 0) parts.push(`failed ${ch.failedDuties.map((d) => FAILED_DUTY_LABELS[d]).join(", ")}`);
  if (ch.description) parts.push(ch.description);
  return parts.join(" · ");
}

/** A case's own fields, references as slugs: what the audit snapshot and the API record share. */
function caseFields(c: CaseRow) {
  return {
    slug: c.slug,
    version: c.version,
    reference: c.reference,
    title: c.title,
    summary: c.summary,
    forum: c.forum.slug,
    situation: c.situation.slug,
    stage: c.stage,
    stageDate: isoPartial(stageDateOf(c)),
    inAbsentia: c.inAbsentia,
    openedOn: isoPartial(partialOf(c.openedOn, c.openedPrecision)),
    isSynthetic: c.isSynthetic,
    deletedAt: c.deletedAt ? c.deletedAt.toISOString() : null,
  };
}

/** The audit trail's picture of a case: its fields, with references as slugs and its sets in words. */
export function snapshot(c: CaseRow): Prisma.InputJsonObject {
  return {
    ...caseFields(c),
    accused: liveAccused(c).map((a) => `${a.name} (${a.slug})`),
    charges: c.charges.map(chargeWords),
    sources: c.sources.map((s) => ({ source: s.source.slug, title: s.source.title, url: s.source.url, locator: s.locator })),
    milestones: c.milestones.map((m) => m.slug).sort(),
  };
}

type AccusedRow = CaseRow["accused"][number]["accused"];

export function accusedRecord(a: AccusedRow) {
  return {
    slug: a.slug,
    name: a.name,
    nameUkrainian: a.nameOriginal,
    kind: a.kind.slug,
    rank: a.rank,
    level: a.level?.slug ?? null,
    description: a.description,
    isSynthetic: a.isSynthetic,
  };
}

/** The record as the API returns it: the full case, never its annotations. */
export function toRecord(c: CaseRow) {
  return {
    id: c.id,
    ...caseFields(c),
    accused: liveAccused(c).map(accusedRecord),
    charges: c.charges.map((ch) => ({
      id: ch.id,
      accused: ch.accused?.slug ?? null,
      crime: ch.crime.slug,
      mode: ch.mode.slug,
      provisionCited: ch.provisionCited,
      provision: ch.provision?.slug ?? null,
      description: ch.description,
      knowledgeStandard: ch.knowledgeStandard,
      failedDuties: ch.failedDuties,
    })),
    stages: c.stages.map((s) => ({
      id: s.id,
      stage: s.stage,
      date: isoPartial(partialOf(s.occurredOn, s.precision)),
      precision: s.precision,
      inAbsentia: s.inAbsentia,
      note: s.note,
      source: s.source ? { slug: s.source.slug, title: s.source.title, url: s.source.url, publisher: s.source.publisher, locator: s.sourceLocator } : null,
      recordedBy: s.recordedBy?.name ?? null,
      recordedAt: s.createdAt.toISOString(),
    })),
    sources: c.sources.map((s) => ({ slug: s.source.slug, title: s.source.title, url: s.source.url, publisher: s.source.publisher, locator: s.locator })),
    milestones: c.milestones.filter((m) => !m.deletedAt).map((m) => m.slug),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
export type CaseRecord = ReturnType<typeof toRecord>;

/** The current record in the input's shape, so that a PATCH may send only what changes. */
export function currentInput(c: CaseRow): Record<string, unknown> {
  return {
    reference: c.reference,
    title: c.title,
    summary: c.summary,
    forum: c.forum.slug,
    situation: c.situation.slug,
    accused: liveAccused(c).map((a) => ({ slug: a.slug })),
    charges: c.charges.map((ch) => ({
      accused: ch.accused?.slug ?? null,
      crime: ch.crime.slug,
      mode: ch.mode.slug,
      provisionCited: ch.provisionCited,
      provision: ch.provision?.slug ?? null,
      description: ch.description,
      knowledgeStandard: ch.knowledgeStandard,
      failedDuties: ch.failedDuties,
    })),
    sources: c.sources.map((s) => ({ slug: s.source.slug, locator: s.locator })),
    milestones: c.milestones.filter((m) => !m.deletedAt).map((m) => m.slug),
    isSynthetic: c.isSynthetic,
  };
}

export type AccusedSnapshotRow = { slug: string; name: string; nameOriginal: string | null; rank: string | null; description: string | null; isSynthetic: boolean; kind: { slug: string }; level: { slug: string } | null; deletedAt?: Date | null };

/** The audit trail's picture of an accused. */
export function accusedSnapshot(a: AccusedSnapshotRow): Prisma.InputJsonObject {
  return {
    slug: a.slug,
    name: a.name,
    nameUkrainian: a.nameOriginal,
    kind: a.kind.slug,
    rank: a.rank,
    level: a.level?.slug ?? null,
    description: a.description,
    isSynthetic: a.isSynthetic,
    deletedAt: a.deletedAt ? a.deletedAt.toISOString() : null,
  };
}

/** The audit trail's picture of one stage entry. */
export function stageSnapshot(caseSlug: string, s: { stage: string; occurredOn: Date; precision: PartialDate["precision"]; inAbsentia: boolean; note: string | null; sourceLocator: string | null; source: { slug: string } | null }): Prisma.InputJsonObject {
  return {
    case: caseSlug,
    stage: s.stage,
    stageDate: isoPartial(partialOf(s.occurredOn, s.precision)),
    inAbsentia: s.inAbsentia,
    note: s.note,
    source: s.source?.slug ?? null,
    sourceLocator: s.sourceLocator,
  };
}

/** Stage-machine problems as field errors, under `prefix` ("initialStage.") when the stage is nested. */
export function stageFieldErrors(problems: StageProblem[], prefix = ""): FieldError[] {
  return problems.map((p) => ({ parameter: `${prefix}${p.field}`, message: `${prefix}${p.field}: ${p.message}` }));
}

// ---------------------------------------------------------------------------------------------
// Resolving the slugs an input names.

/** A case input's references resolved: its forum, situation and milestones, and the maps it was checked against. */
export type Resolved = Omit<CaseReferenceMaps, "forums" | "situations" | "milestoneIds"> & {
  forumId: string;
  forumName: string;
  situationId: string;
  milestoneIds: string[];
};

/** The records a case input may name, by slug: loaded per input, or once for a whole import. */
export type CaseReferenceMaps = {
  forums: Map<string, { id: string; name: string }>;
  situations: Map<string, string>;
  /** Existing accused by slug. */
  accusedIds: Map<string, string>;
  kindIds: Map<string, string>;
  levelIds: Map<string, string>;
  crimeIds: Map<string, string>;
  modeIds: Map<string, string>;
  sourceIds: Map<string, string>;
  provisionIds: Map<string, string>;
  milestoneIds: Map<string, string>;
};

/**
 * Resolves every slug of a case input, refusing unknown ones all at once (400), each error naming
 * its field: `forum`, `accused.0.slug`, `accused.1.level`, `charges.2.crime`, `sources.0.slug`,
 * `milestones`, `initialStage.source.slug`. Deleted accused and milestones are unknown.
 */
export async function resolveCaseReferences(tx: Tx, input: CaseInput, extraSources: { path: string; source: CaseSourceInput | null }[] = []): Promise<Resolved> {
  const bySlug = { select: { id: true, slug: true } } as const;
  const mapOf = (rows: { id: string; slug: string }[]) => new Map(rows.map((r) => [r.slug, r.id]));
  const unique = (list: (string | null | undefined)[]) => [...new Set(list.filter((s): s is string => !!s))];

  // One after another: a transaction is one connection, which runs one query at a time anyway.
  const forum = await tx.forum.findUnique({ where: { slug: input.forum }, select: { id: true, name: true } });
  const situation = await tx.situation.findUnique({ where: { slug: input.situation }, select: { id: true } });
  const maps: CaseReferenceMaps = {
    forums: new Map(forum ? [[input.forum, forum]] : []),
    situations: new Map(situation ? [[input.situation, situation.id]] : []),
    accusedIds: mapOf(await tx.accused.findMany({ where: { slug: { in: unique(input.accused.map((a) => a.slug)) }, deletedAt: null }, ...bySlug })),
    kindIds: mapOf(await tx.accusedKind.findMany(bySlug)),
    levelIds: mapOf(await tx.responsibilityLevel.findMany(bySlug)),
    crimeIds: mapOf(await tx.crimeCategory.findMany(bySlug)),
    modeIds: mapOf(await tx.modeOfLiability.findMany(bySlug)),
    sourceIds: mapOf(await tx.source.findMany({ where: { slug: { in: unique([...input.sources.map((s) => s.slug), ...extraSources.map((e) => e.source?.slug)]) } }, ...bySlug })),
    milestoneIds: mapOf(await tx.milestone.findMany({ where: { slug: { in: input.milestones }, deletedAt: null }, ...bySlug })),
    provisionIds: mapOf(await tx.provision.findMany({ where: { slug: { in: unique(input.charges.map((c) => c.provision)) } }, ...bySlug })),
  };
  const { errors, resolved } = checkCaseReferences(input, maps, extraSources);
  if (!resolved) throw AppError.invalidInput(errors);
  return resolved;
}

/** The slugs of a case input checked against the records they may name: the errors, or the ids. */
export function checkCaseReferences(
  input: CaseInput,
  maps: CaseReferenceMaps,
  extraSources: { path: string; source: CaseSourceInput | null }[] = [],
): { errors: FieldError[]; resolved: Resolved | null } {
  const errors: FieldError[] = [];
  const { accusedIds, kindIds, levelIds, crimeIds, modeIds, sourceIds, provisionIds } = maps;
  const forum = maps.forums.get(input.forum);
  const situationId = maps.situations.get(input.situation);
  if (!forum) errors.push({ parameter: "forum", message: `forum: no such forum: ${input.forum}.` });
  if (!situationId) errors.push({ parameter: "situation", message: `situation: no such situation: ${input.situation}.` });
  const allowed = (map: Map<string, string>) => [...map.keys()];
  input.accused.forEach((a, i) => {
    if (a.slug && !accusedIds.has(a.slug)) {
      errors.push({ parameter: `accused.${i}.slug`, message: `accused.${i}.slug: no such accused: ${a.slug}. Describe a new accused (name, kind) to add one.` });
    }
    if (a.kind && !kindIds.has(a.kind)) errors.push({ parameter: `accused.${i}.kind`, message: `accused.${i}.kind: no such kind of accused: ${a.kind}.`, allowed: allowed(kindIds) });
    if (a.level && !levelIds.has(a.level)) {
      errors.push({ parameter: `accused.${i}.level`, message: `accused.${i}.level: no such level of responsibility: ${a.level}.`, allowed: allowed(levelIds) });
    }
  });
  input.charges.forEach((c, i) => {
    if (!crimeIds.has(c.crime)) errors.push({ parameter: `charges.${i}.crime`, message: `charges.${i}.crime: no such crime category: ${c.crime}.`, allowed: allowed(crimeIds) });
    if (!modeIds.has(c.mode)) errors.push({ parameter: `charges.${i}.mode`, message: `charges.${i}.mode: no such mode of liability: ${c.mode}.`, allowed: allowed(modeIds) });
    if (c.provision && !provisionIds.has(c.provision)) errors.push({ parameter: `charges.${i}.provision`, message: `charges.${i}.provision: no such provision: ${c.provision}.` });
  });
  const unknownSource = (path: string, s: CaseSourceInput | null) => {
    if (s?.slug && !sourceIds.has(s.slug)) errors.push({ parameter: `${path}.slug`, message: `${path}.slug: no such source: ${s.slug}. Give a title (and a URL) to add a new source.` });
  };
  input.sources.forEach((s, i) => unknownSource(`sources.${i}`, s));
  for (const e of extraSources) unknownSource(e.path, e.source);
  const missingMilestones = input.milestones.filter((s) => !maps.milestoneIds.has(s));
  if (missingMilestones.length > 0) errors.push({ parameter: "milestones", message: `milestones: no such milestone: ${missingMilestones.join(", ")}.` });

  if (errors.length > 0) return { errors, resolved: null };
  return {
    errors,
    resolved: {
      forumId: forum!.id,
      forumName: forum!.name,
      situationId: situationId!,
      accusedIds,
      kindIds,
      levelIds,
      crimeIds,
      modeIds,
      sourceIds,
      provisionIds,
      milestoneIds: input.milestones.map((s) => maps.milestoneIds.get(s)!),
    },
  };
}

/** Resolves the recorded sources some entries name by slug (400 naming `<path>.slug` for an unknown one). */
export async function resolveSources(tx: Tx, entries: { path: string; source: CaseSourceInput | null }[]): Promise<Pick<Resolved, "sourceIds">> {
  const slugs = [...new Set(entries.map((e) => e.source?.slug).filter((s): s is string => !!s))];
  const found = slugs.length ? await tx.source.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } }) : [];
  const sourceIds = new Map(found.map((r) => [r.slug, r.id]));
  const errors: FieldError[] = entries
    .filter((e) => e.source?.slug && !sourceIds.has(e.source.slug))
    .map((e) => ({ parameter: `${e.path}.slug`, message: `${e.path}.slug: no such source: ${e.source!.slug}. Give a title (and a URL) to add a new source.` }));
  if (errors.length > 0) throw AppError.invalidInput(errors);
  return { sourceIds };
}

/**
 * Refuses a public case number another case before the same forum already has (409 naming
 * `reference`), deleted cases included: the database keeps their numbers unique too.
 */
export async function assertReferenceFree(tx: Tx, forum: { id: string; name: string }, reference: string | null, exceptCaseId: string | null): Promise<void> {
  if (reference === null) return;
  const other = await tx.case.findFirst({ where: { forumId: forum.id, reference, ...(exceptCaseId ? { id: { not: exceptCaseId } } : {}) }, select: { slug: true, title: true, deletedAt: true } });
  if (!other) return;
  const message = other.deletedAt
    ? `reference: a deleted case before the ${forum.name} (“${other.title}”) had the case number ${reference}; numbers stay unique, so an administrator must look at that case's history before it is reused.`
    : `reference: the case “${other.title}” (${other.slug}) before the ${forum.name} already has the case number ${reference}. Each case number is recorded once per forum.`;
  throw new AppError("CONFLICT", message, { errors: [{ parameter: "reference", message }] });
}

/** A database unique violation (P2002) as a 409, never a 500: a race the pre-checks could not see. */
export function uniqueViolation(error: unknown, what: string): never {
  const e = error as { code?: string; meta?: { target?: unknown } };
  if (e.code === "P2002") {
    const target = JSON.stringify(e.meta?.target ?? "");
    if (target.includes("reference")) {
      const message = `reference: another case before this forum was saved with the same case number at the same moment. Check the case list, then save again.`;
      throw new AppError("CONFLICT", message, { errors: [{ parameter: "reference", message }] });
    }
    throw new AppError("CONFLICT", `Another ${what} with the same name was saved at the same moment. Save again.`);
  }
  throw error;
}

/** A unique slug from words, with -2, -3… if taken (even by a deleted record). */
async function uniqueSlug(base: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await taken(slug))) return slug;
  }
}

export const newCaseSlug = (tx: Tx, title: string) => uniqueSlug(slugFromWords(title, "case"), async (slug) => !!(await tx.case.findUnique({ where: { slug }, select: { id: true } })));

export const newAccusedSlug = (tx: Tx, name: string) =>
  uniqueSlug(slugFromWords(name, "accused"), async (slug) => !!(await tx.accused.findUnique({ where: { slug }, select: { id: true } })));

export async function newSourceSlug(tx: Tx, title: string): Promise<string> {
  const base = slugFromWords(title, "source").slice(0, 50).replace(/-+$/, "") || "source";
  for (;;) {
    const slug = `${base}-${Math.random().toString(36).slice(2, 8)}`;
    if (!(await tx.source.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

/** The source a case or a stage cites: a recorded one by slug, or a new one (demo data marked so). */
export async function sourceIdFor(tx: Tx, source: CaseSourceInput, resolved: Pick<Resolved, "sourceIds">, isSynthetic: boolean): Promise<string> {
  if (source.slug) return resolved.sourceIds.get(source.slug)!;
  const created = await tx.source.create({
    data: { slug: await newSourceSlug(tx, source.title!), kind: isSynthetic ? "SYNTHETIC" : "OTHER", title: source.title!, url: source.url, publisher: source.publisher },
    select: { id: true },
  });
  return created.id;
}

/** What the audit trail's picture of an accused needs (accusedSnapshot). */
export const accusedAuditSelect = {
  id: true,
  slug: true,
  name: true,
  nameOriginal: true,
  rank: true,
  description: true,
  isSynthetic: true,
  kind: { select: { slug: true } },
  level: { select: { slug: true } },
} as const;

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
export function newCaseData(c: Pick<CaseInput, "reference" | "title" | "summary" | "isSynthetic">, stage: StageInput, refs: Pick<Resolved, "forumId" | "situationId">) {
  const date = dateForDb(stage.date);
  return {
    reference: c.reference,
    title: c.title,
    summary: c.summary,
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
