import "server-only";
import { caseInputSchema } from "@/lib/core/case-input";
import { auditActorId, auditNote, requireRole, type Actor } from "../actor";
import { inTransaction, TX_OPTIONS, type Tx } from "../transaction";
import { AppError, parseInput } from "../errors";
import { refreshCaseSearch } from "./search-document";
import { snapshot } from "./case-audit";
import { type CaseRecord, currentInput, toRecord } from "./case-record";
import { assertReferenceFree, uniqueViolation } from "./case-refusals";
import { findCase } from "./find-case";
import { resolveCaseReferences } from "./resolve-case-references";
import { writeCaseSets } from "./write-case-sets";
import { isoTodayIn } from "@/lib/core/user-translations";
import { writeUserTranslations } from "../translations";

/**
 * Changes a case (by id or slug). Fields left out keep their value, so the API may send only what
 * changes; a list sent (accused, charges, sources, milestones) replaces the case's whole list.
 * `expectedVersion` (the version the editor started from) is required: a case changed by someone
 * else since is refused (409), never overwritten. The stage is not changed here but by recording a
 * stage change (record-stage.ts), which keeps its dated history. One transaction with the audit
 * events and the search document; a refusal writes nothing.
 */
export async function updateCase({ actor, id, input, now = new Date(), tx: outer }: { actor: Actor; id: string; input: unknown; now?: Date; tx?: Tx }): Promise<CaseRecord> {
  requireRole(actor, "ANALYST");
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw AppError.invalidInput([{ parameter: "body", message: "body must be a JSON object with the fields to change." }]);
  }
  if ("initialStage" in input) {
    throw AppError.invalidInput([
      { parameter: "initialStage", message: `initialStage applies only to recording a new case. To change the stage, record a stage change (POST /api/v1/cases/${id}/stages), which keeps the stage's dated history.` },
    ]);
  }
  return inTransaction(outer, async (tx) => {
      const existing = await findCase(tx, id);
      if (!existing) throw new AppError("NOT_FOUND", `There is no case "${id}".`);
      const c = parseInput(caseInputSchema, { ...currentInput(existing), ...input });
      if (c.expectedVersion === null) {
        throw AppError.invalidInput([{ parameter: "expectedVersion", message: `expectedVersion is required to change a case: give the version you edited (it is at version ${existing.version}).` }]);
      }
      if (c.expectedVersion !== existing.version) {
        throw new AppError("CONFLICT", `Case "${existing.slug}" was changed by someone else: you edited version ${c.expectedVersion}, it is now at version ${existing.version}. Reload it and apply your change again.`);
      }
      const refs = await resolveCaseReferences(tx, c);
      await assertReferenceFree(tx, { id: refs.forumId, name: refs.forumName }, c.reference, existing.id);

      // Optimistic lock: the update only happens if nobody changed the case since it was read.
      const { count } = await tx.case.updateMany({
        where: { id: existing.id, version: c.expectedVersion, deletedAt: null },
        data: {
          reference: c.reference,
          title: c.title,
          summary: c.summary,
          lang: c.lang,
          forumId: refs.forumId,
          situationId: refs.situationId,
          isSynthetic: c.isSynthetic,
          version: { increment: 1 },
        },
      });
      if (count !== 1) {
        throw new AppError("CONFLICT", `Case "${existing.slug}" was changed by someone else while you saved it (you edited version ${c.expectedVersion}). Reload it and apply your change again.`);
      }
      // Replace the sets: the input lists the case's accused, charges, sources and milestones in full.
      await tx.charge.deleteMany({ where: { caseId: existing.id } });
      await tx.caseAccused.deleteMany({ where: { caseId: existing.id } });
      await tx.caseSource.deleteMany({ where: { caseId: existing.id } });
      await tx.case.update({ where: { id: existing.id }, data: { milestones: { set: refs.milestoneIds.map((mid) => ({ id: mid })) } }, select: { id: true } });
      await writeCaseSets(tx, actor, existing.id, c, refs);
      // Translations left out stay as they are; those given are written, a null or empty one removed.
      await writeUserTranslations({ tx, entity: "Case", id: existing.id, lang: c.lang, translations: c.translations, actor, today: isoTodayIn(now) });
      await refreshCaseSearch(tx, [existing.id]);
      const updated = (await findCase(tx, existing.id))!;
      await tx.auditEvent.create({
        data: { actorId: auditActorId(actor), note: auditNote(actor), action: "UPDATE", entityType: "Case", entityId: existing.id, before: snapshot(existing), after: snapshot(updated) },
      });
      return toRecord(updated);
    }, TX_OPTIONS).catch((error: unknown) => uniqueViolation(error, "case"));
}
