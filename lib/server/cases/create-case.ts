import "server-only";
import { caseInputSchema } from "@/lib/core/case-input";
import { latestDateBegun } from "@/lib/core/dates";
import { checkStageChange } from "@/lib/core/stage-machine";
import { auditActorId, auditNote, requireRole, type Actor } from "../actor";
import { inTransaction, TX_OPTIONS, type Tx } from "../transaction";
import { AppError, parseInput } from "../errors";
import { refreshCaseSearch } from "./search-document";
import { snapshot, stageSnapshot } from "./case-audit";
import { type CaseRecord, toRecord } from "./case-record";
import { assertReferenceFree, stageFieldErrors, uniqueViolation } from "./case-refusals";
import { newCaseSlug } from "../slugs";
import { findCase } from "./find-case";
import { resolveCaseReferences } from "./resolve-case-references";
import { createStageEntry, newCaseData, writeCaseSets } from "./write-case-sets";
import { isoTodayIn } from "@/lib/core/user-translations";
import { writeUserTranslations } from "../translations";

/**
 * Records a case (analysts and admins): the case, its new accused, its charges, its sources and
 * its first stage, with an audit event for the case, each new accused and the stage entry, and
 * its search document, in one transaction. A refusal writes nothing.
 */
export async function createCase({ actor, input, now = new Date(), tx: outer }: { actor: Actor; input: unknown; now?: Date; tx?: Tx }): Promise<CaseRecord> {
  requireRole(actor, "ANALYST");
  const c = parseInput(caseInputSchema, input);
  if (c.expectedVersion !== null) {
    throw AppError.invalidInput([{ parameter: "expectedVersion", message: "expectedVersion applies only to changing a case; leave it out to record a new one." }]);
  }
  const stage = c.initialStage;
  if (!stage) {
    throw AppError.invalidInput([
      { parameter: "initialStage", message: "initialStage is required: the stage the case is at when the tracker starts following it ({ stage, date }), e.g. its warrant." },
    ]);
  }
  const problems = checkStageChange(null, stage, latestDateBegun(now));
  if (problems.length > 0) throw AppError.invalidInput(stageFieldErrors(problems, "initialStage."));

  return inTransaction(outer, async (tx) => {
      const refs = await resolveCaseReferences(tx, c, [{ path: "initialStage.source", source: stage.source }]);
      await assertReferenceFree(tx, { id: refs.forumId, name: refs.forumName }, c.reference, null);
      const slug = await newCaseSlug(tx, c.title);
      const created = await tx.case.create({
        data: { slug, ...newCaseData(c, stage, refs), milestones: { connect: refs.milestoneIds.map((id) => ({ id })) } },
        select: { id: true },
      });
      await writeCaseSets(tx, actor, created.id, c, refs);
      await writeUserTranslations({ tx, entity: "Case", id: created.id, lang: c.lang, translations: c.translations, actor, today: isoTodayIn(now) });
      const entry = await createStageEntry(tx, actor, { caseId: created.id, entry: stage, sources: refs, isSynthetic: c.isSynthetic });
      await refreshCaseSearch(tx, [created.id]);
      const row = (await findCase(tx, created.id))!;
      await tx.auditEvent.createMany({
        data: [
          { actorId: auditActorId(actor), note: auditNote(actor), action: "CREATE", entityType: "Case", entityId: created.id, after: snapshot(row) },
          { actorId: auditActorId(actor), note: auditNote(actor), action: "CREATE", entityType: "StageChange", entityId: entry.id, after: stageSnapshot(slug, entry) },
        ],
      });
      return toRecord(row);
    }, TX_OPTIONS).catch((error: unknown) => uniqueViolation(error, "case"));
}
