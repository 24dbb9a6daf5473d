import "server-only";
import { newAccusedSlug } from "../cases/shared";
import { isoPartial } from "@/lib/core/dates";
import { checkCase, type CheckedCase } from "@/lib/core/import/records";
import { auditActorId, auditNote } from "../actor";
import { loadCaseBatchContext, writeCaseBatch, type CaseBatchContext } from "./case-batch";
import { createCase } from "../cases/create-case";
import { recordStage } from "../cases/record-stage";
import { refreshAccusedCasesSearch } from "../cases/search-document";
import { accusedSnapshot, currentInput, findCase, stageDateOf } from "../cases/shared";
import { updateCase } from "../cases/update-case";
import { ImportRejection, sameSet, slugsOf, unresolved, type Importer, type Tx } from "./shared";

type Context = CaseBatchContext;

const accusedSelect = {
  id: true,
  slug: true,
  name: true,
  nameOriginal: true,
  rank: true,
  description: true,
  isSynthetic: true,
  deletedAt: true,
  kindId: true,
  levelId: true,
  kind: { select: { slug: true } },
  level: { select: { slug: true } },
} as const;

/**
 * Cases with their accused, charges, sources and stage, written by the case form's own use cases
 * (createCase, updateCase, recordStage) inside the import's transaction, so an imported case is
 * checked exactly as a typed one: the stage rules, unique case numbers, known references.
 *
 * Accused are matched by their external id across cases and files: the first record that names an
 * accused creates them, a later one that describes them differently updates their record (every
 * case they are in shows the change). On a case imported before, a different stage or date is
 * recorded as a stage change, checked by the stage machine; going back needs the stage_note.
 */
export const caseImporter: Importer<CheckedCase, Context> = {
  kind: "cases",
  check: checkCase,
  externalIdOf: (c) => c.externalId,
  prepare: (tx, { actor, now }) => loadCaseBatchContext(tx, actor, now),
  writeBatch: writeCaseBatch,
  recordPath(path) {
    const [head, index, field] = path;
    if (head === "initialStage") return ["stage", ...path.slice(1)];
    if (head === "stage" || head === "date" || head === "inAbsentia" || head === "note") return path.length === 1 ? ["stage", head] : path;
    if (head === "sources" && field === "slug") return ["sources", index!, "source"];
    if (head === "accused" && field === "slug") return ["accused", index!, "externalId"];
    return path;
  },
  async write(tx, context, c) {
    const { actor, now } = context;
    const sourceSlugs = await slugsOf(tx, "source", c.sourceRefs);
    const milestoneSlugs = await slugsOf(tx, "milestone", c.milestoneRefs);
    const existing = await tx.case.findUnique({ where: { externalId: c.externalId }, select: { id: true, slug: true, deletedAt: true } });
    const problems = [...unresolved(c.sourceRefs, sourceSlugs, (i) => ["sources", i, "source"], "source"), ...unresolved(c.milestoneRefs, milestoneSlugs, () => ["milestones"], "milestone")];
    if (existing?.deletedAt) {
      problems.push({ path: ["externalId"], message: `is the case "${existing.slug}", which was deleted in the tracker: an administrator can restore it from its history page, then import again.` });
    }
    if (problems.length > 0) throw new ImportRejection(problems);

    const { slugs: accusedSlugs, changed: accusedChanged } = await upsertAccused(tx, context, c);
    const slugOfKey = (key: string) => accusedSlugs[Number(/\d+$/.exec(key)![0]) - 1]!;
    const input = {
      reference: c.input.reference,
      title: c.input.title,
      summary: c.input.summary,
      forum: c.input.forum,
      situation: c.input.situation,
      accused: accusedSlugs.map((slug) => ({ slug })),
      charges: c.input.charges.map((ch) => ({ ...ch, accused: ch.accused ? slugOfKey(ch.accused) : null })),
      sources: c.input.sources.map((s, i) => ({ slug: sourceSlugs[i]!, locator: s.locator })),
      milestones: milestoneSlugs as string[],
      isSynthetic: c.input.isSynthetic,
    };
    const stage = c.input.initialStage!;
    const stageInput = { stage: stage.stage, date: isoPartial(stage.date), inAbsentia: stage.inAbsentia, note: stage.note };

    if (!existing) {
      const created = await createCase({ actor, input: { ...input, initialStage: stageInput }, now, tx });
      await tx.case.update({ where: { slug: created.slug }, data: { externalId: c.externalId }, select: { id: true } });
      return { outcome: "created", slug: created.slug };
    }

    let current = (await findCase(tx, existing.id))!;
    let changed = accusedChanged;
    if (!sameCase(currentInput(current), input)) {
      await updateCase({ actor, id: current.id, input: { ...input, expectedVersion: current.version }, tx });
      current = (await findCase(tx, existing.id))!;
      changed = true;
    }
    const sameStage = current.stage === stage.stage && isoPartial(stageDateOf(current)) === stageInput.date && current.inAbsentia === stage.inAbsentia;
    if (!sameStage) {
      await recordStage({ actor, id: current.id, input: { ...stageInput, expectedVersion: current.version }, now, tx });
      changed = true;
    }
    return { outcome: changed ? "updated" : "unchanged", slug: current.slug };
  },
};

/** The case's own fields and sets, compared as the form would save them. */
function sameCase(now: Record<string, unknown>, next: Record<string, unknown> & { accused: { slug: string }[]; sources: { slug: string; locator: string | null }[]; milestones: string[] }): boolean {
  for (const field of ["reference", "title", "summary", "forum", "situation", "isSynthetic"]) {
    if (now[field] !== next[field]) return false;
  }
  const accused = (now.accused as { slug: string }[]).map((a) => a.slug);
  const sources = (now.sources as { slug: string; locator: string | null }[]).map((s) => `${s.slug}\u0000${s.locator ?? ""}`);
  return (
    sameSet(accused, next.accused.map((a) => a.slug)) &&
    sameSet(sources, next.sources.map((s) => `${s.slug}\u0000${s.locator ?? ""}`)) &&
    sameSet(now.milestones as string[], next.milestones) &&
    JSON.stringify(now.charges) === JSON.stringify(next.charges)
  );
}

/**
 * Each accused of the record, by external id: created when new, their record updated when the
 * file describes them differently (with an audit event and the search documents of their cases
 * rebuilt). Returns their slugs, in the record's order.
 */
async function upsertAccused(tx: Tx, { actor, kindIds, levelIds }: Context, c: CheckedCase): Promise<{ slugs: string[]; changed: boolean }> {
  const found = await tx.accused.findMany({ where: { externalId: { in: c.accusedExternalIds } }, select: { ...accusedSelect, externalId: true } });
  const problems: { path: (string | number)[]; message: string }[] = [];
  c.input.accused.forEach((a, i) => {
    if (a.kind && !kindIds.has(a.kind)) problems.push({ path: ["accused", i, "kind"], message: `is not a kind of accused: "${a.kind}" (the kinds are: ${[...kindIds.keys()].join(", ")}).` });
    if (a.level && !levelIds.has(a.level)) problems.push({ path: ["accused", i, "level"], message: `is not a level of responsibility: "${a.level}" (the levels are: ${[...levelIds.keys()].join(", ")}).` });
    const row = found.find((r) => r.externalId === c.accusedExternalIds[i]);
    if (a.slug && !row) {
      problems.push({ path: ["accused", i, "externalId"], message: `names "${c.accusedExternalIds[i]}", who is not recorded yet: describe them (name and kind) on the first row that names them.` });
    }
    if (row?.deletedAt) problems.push({ path: ["accused", i, "externalId"], message: `is the accused "${row.slug}", who was deleted in the tracker: an import does not bring them back.` });
  });
  if (problems.length > 0) throw new ImportRejection(problems);

  const audit = { actorId: auditActorId(actor), note: auditNote(actor) ?? "bulk import", entityType: "Accused" };
  const slugs: string[] = [];
  let changed = false;
  for (const [i, a] of c.input.accused.entries()) {
    const row = found.find((r) => r.externalId === c.accusedExternalIds[i])!;
    if (a.slug) {
      slugs.push(row.slug);
      continue;
    }
    const data = {
      name: a.name!,
      nameOriginal: a.nameUkrainian,
      kindId: kindIds.get(a.kind!)!,
      rank: a.rank,
      levelId: a.level ? levelIds.get(a.level)! : null,
      description: a.description,
    };
    if (!row) {
      const created = await tx.accused.create({
        data: { ...data, slug: await newAccusedSlug(tx, data.name), externalId: c.accusedExternalIds[i]!, isSynthetic: c.input.isSynthetic },
        select: accusedSelect,
      });
      await tx.auditEvent.create({ data: { ...audit, action: "CREATE", entityId: created.id, after: accusedSnapshot(created) } });
      slugs.push(created.slug);
      continue;
    }
    const same = row.name === data.name && row.nameOriginal === data.nameOriginal && row.kindId === data.kindId && row.rank === data.rank && row.levelId === data.levelId && row.description === data.description;
    if (!same) {
      const updated = await tx.accused.update({ where: { id: row.id }, data, select: accusedSelect });
      await refreshAccusedCasesSearch(tx, row.id);
      await tx.auditEvent.create({ data: { ...audit, action: "UPDATE", entityId: row.id, before: accusedSnapshot(row), after: accusedSnapshot(updated) } });
      changed = true;
    }
    slugs.push(row.slug);
  }
  return { slugs, changed };
}
