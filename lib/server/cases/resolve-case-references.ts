import "server-only";
import { bySlug, idsBySlug } from "../slug-lookup";
import type { CaseInput, CaseSourceInput } from "@/lib/core/case-input";
import { AppError, type FieldError } from "../errors";
import type { Tx } from "../transaction";

/** Resolving the slugs a case input names. */

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
  const unique = (list: (string | null | undefined)[]) => [...new Set(list.filter((s): s is string => !!s))];

  // One after another: a transaction is one connection, which runs one query at a time anyway.
  const forum = await tx.forum.findUnique({ where: { slug: input.forum }, select: { id: true, name: true } });
  const situation = await tx.situation.findUnique({ where: { slug: input.situation }, select: { id: true } });
  const maps: CaseReferenceMaps = {
    forums: new Map(forum ? [[input.forum, forum]] : []),
    situations: new Map(situation ? [[input.situation, situation.id]] : []),
    accusedIds: idsBySlug(await tx.accused.findMany({ where: { slug: { in: unique(input.accused.map((a) => a.slug)) }, deletedAt: null }, ...bySlug })),
    kindIds: idsBySlug(await tx.accusedKind.findMany(bySlug)),
    levelIds: idsBySlug(await tx.responsibilityLevel.findMany(bySlug)),
    crimeIds: idsBySlug(await tx.crimeCategory.findMany(bySlug)),
    modeIds: idsBySlug(await tx.modeOfLiability.findMany(bySlug)),
    sourceIds: idsBySlug(await tx.source.findMany({ where: { slug: { in: unique([...input.sources.map((s) => s.slug), ...extraSources.map((e) => e.source?.slug)]) } }, ...bySlug })),
    milestoneIds: idsBySlug(await tx.milestone.findMany({ where: { slug: { in: input.milestones }, deletedAt: null }, ...bySlug })),
    provisionIds: idsBySlug(await tx.provision.findMany({ where: { slug: { in: unique(input.charges.map((c) => c.provision)) } }, ...bySlug })),
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
  const sourceIds = idsBySlug(found);
  const errors: FieldError[] = entries
    .filter((e) => e.source?.slug && !sourceIds.has(e.source.slug))
    .map((e) => ({ parameter: `${e.path}.slug`, message: `${e.path}.slug: no such source: ${e.source!.slug}. Give a title (and a URL) to add a new source.` }));
  if (errors.length > 0) throw AppError.invalidInput(errors);
  return { sourceIds };
}
