import "server-only";
import { isoPartial } from "@/lib/core/dates";
import { keepAbsentAccusedFields, keepAbsentCaseFields, sameAccusedFields, sameCase, type AccusedWrite } from "@/lib/core/import/merge";
import { checkCase, type CheckedCase } from "@/lib/core/import/records";
import { auditActorId, auditNote } from "../actor";
import { createCase } from "../cases/create-case";
import { recordStage } from "../cases/record-stage";
import { addImportedAliases } from "../cases/accused-aliases";
import { lockAccusedForChange, refreshAccusedCasesSearch } from "../cases/search-document";
import { accusedAuditSelect, accusedSnapshot } from "../cases/case-audit";
import { newAccusedSlug } from "../slugs";
import { findCase } from "../cases/find-case";
import { updateCase } from "../cases/update-case";
import { loadCaseBatchContext, writeCaseBatch, type CaseBatchContext } from "./case-batch";
import { caseWriteOf, describedAlike, heldCaseWrite, ownLanguageProblems, stageMove } from "./case-checks";
import type { Tx } from "../transaction";
import { slugsOf, unresolved } from "./import-references";
import { ImportRejection, type Importer, type Problem } from "./importer";

// Their audit picture, and what an import compares and keeps.
const accusedSelect = { ...accusedAuditSelect, deletedAt: true, kindId: true, levelId: true } as const;

/**
 * Cases with their accused, charges, sources and stage, written by the case form's own use cases
 * (createCase, updateCase, recordStage) inside the import's transaction, so an imported case is
 * checked exactly as a typed one: the stage rules, unique case numbers, known references. New and
 * unchanged cases mostly take the batch path (case-batch.ts); what it defers comes here.
 *
 * Accused are matched by their external id across cases and files: the first record that names an
 * accused creates them, and a later import that describes them differently updates their record
 * (every case they are in shows the change); within one file, every description must agree. On a
 * case imported before, fields the file does not give keep their value, and a different stage is
 * recorded as a stage change, checked by the stage machine.
 */
export const caseImporter: Importer<CheckedCase, CaseBatchContext> = {
  kind: "cases",
  check: checkCase,
  externalIdOf: (c) => c.externalId,
  prepare: (tx, { actor, now }) => loadCaseBatchContext(tx, actor, now),
  writeBatch: writeCaseBatch,
  tables: ["Case", "Accused", "CaseAccused", "Charge", "CaseSource", "_CaseToMilestone", "StageChange", "Translation", "CaseProfile", "CaseTally", "CoverageTally", "AuditEvent"],
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
    const problems = [
      ...describedAlike(context, c),
      ...unresolved(c.sourceRefs, sourceSlugs, (i) => ["sources", i, "source"], "source"),
      ...unresolved(c.milestoneRefs, milestoneSlugs, () => ["milestones"], "milestone"),
    ];
    if (existing?.deletedAt) {
      problems.push({ path: ["externalId"], message: `is the case "${existing.slug}", which was deleted in the tracker: an administrator can restore it from its history page, then import again.` });
    }
    if (problems.length > 0) throw new ImportRejection(problems);

    const { slugs: accusedSlugs, changed: accusedChanged } = await upsertAccused(tx, context, c);
    const input = caseWriteOf(c, { accused: accusedSlugs, sources: sourceSlugs as string[], milestones: milestoneSlugs as string[] });
    const stage = c.input.initialStage!;
    const stageInput = { stage: stage.stage, date: isoPartial(stage.date), inAbsentia: stage.inAbsentia, note: stage.note };

    if (!existing) {
      const own = ownLanguageProblems(input.translations, input.lang);
      if (own.length > 0) throw new ImportRejection(own);
      const created = await createCase({ actor, input: { ...input, initialStage: stageInput }, now, tx });
      await tx.case.update({ where: { slug: created.slug }, data: { externalId: c.externalId }, select: { id: true } });
      return { outcome: "created", slug: created.slug };
    }

    let current = (await findCase(tx, existing.id))!;
    let changed = accusedChanged;
    const held = heldCaseWrite(current);
    const next = keepAbsentCaseFields(held, input, c.present);
    const own = ownLanguageProblems(c.input.translations, next.lang);
    if (own.length > 0) throw new ImportRejection(own);
    if (!sameCase(held, next)) {
      // The translations as the file gives them: a text it leaves out stays, an empty one is removed.
      await updateCase({ actor, id: current.id, input: { ...next, translations: input.translations, expectedVersion: current.version }, now, tx });
      current = (await findCase(tx, existing.id))!;
      changed = true;
    }
    const move = stageMove(current, c);
    if (move.problems.length > 0) throw new ImportRejection(move.problems);
    if (move.record) {
      await recordStage({ actor, id: current.id, input: { ...stageInput, expectedVersion: current.version }, now, tx });
      changed = true;
    }
    return { outcome: changed ? "updated" : "unchanged", slug: current.slug };
  },
};

/**
 * Each accused of the record, by external id: created when new, their record updated when the
 * file describes them differently (fields it does not give keep their value), with an audit event
 * and the search documents of their cases rebuilt. Returns their slugs, in the record's order.
 */
async function upsertAccused(tx: Tx, { actor, kindIds, levelIds }: CaseBatchContext, c: CheckedCase): Promise<{ slugs: string[]; changed: boolean }> {
  const found = await tx.accused.findMany({ where: { externalId: { in: c.accusedExternalIds } }, select: { ...accusedSelect, externalId: true } });
  const problems: Problem[] = [];
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

  const audit = { actorId: auditActorId(actor), note: auditNote(actor), entityType: "Accused" };
  const slugs: string[] = [];
  let changed = false;
  for (const [i, a] of c.input.accused.entries()) {
    const row = found.find((r) => r.externalId === c.accusedExternalIds[i]);
    if (a.slug) {
      if (a.aliases?.length && (await addImportedAliases(tx, actor, row!.id, a.aliases))) changed = true;
      slugs.push(row!.slug);
      continue;
    }
    const given: AccusedWrite = {
      name: a.name!,
      nameOriginal: a.nameUkrainian,
      kindId: kindIds.get(a.kind!)!,
      rank: a.rank,
      levelId: a.level ? levelIds.get(a.level)! : null,
      description: a.description,
    };
    if (!row) {
      const created = await tx.accused.create({
        data: { ...given, slug: await newAccusedSlug(tx, given.name), externalId: c.accusedExternalIds[i]!, isSynthetic: c.input.isSynthetic },
        select: accusedSelect,
      });
      await tx.auditEvent.create({ data: { ...audit, action: "CREATE", entityId: created.id, after: accusedSnapshot(created) } });
      if (a.aliases?.length) await addImportedAliases(tx, actor, created.id, a.aliases);
      slugs.push(created.slug);
      continue;
    }
    const data = keepAbsentAccusedFields(row, given, c.present);
    if (!sameAccusedFields(row, data)) {
      await lockAccusedForChange(tx, row.id);
      const updated = await tx.accused.update({ where: { id: row.id }, data, select: accusedSelect });
      await refreshAccusedCasesSearch(tx, row.id);
      await tx.auditEvent.create({ data: { ...audit, action: "UPDATE", entityId: row.id, before: accusedSnapshot(row), after: accusedSnapshot(updated) } });
      changed = true;
    }
    if (a.aliases?.length && (await addImportedAliases(tx, actor, row.id, a.aliases))) changed = true;
    slugs.push(row.slug);
  }
  return { slugs, changed };
}
