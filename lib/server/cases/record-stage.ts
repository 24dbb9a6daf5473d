import "server-only";
import { stageChangeInputSchema } from "@/lib/core/case-input";
import { latestDateBegun, partialDateOf } from "@/lib/core/dates";
import { checkStageChange, inAbsentiaOf } from "@/lib/core/stage-machine";
import { auditActorId, auditNote, requireRole, type Actor } from "../actor";
import { inTransaction, TX_OPTIONS, type Tx } from "../transaction";
import { AppError, parseInput } from "../errors";
import { refreshCaseSearch } from "./search-document";
import { snapshot, stageSnapshot } from "./case-audit";
import { type CaseRecord, toRecord } from "./case-record";
import { stageFieldErrors } from "./case-refusals";
import { findCase } from "./find-case";
import { resolveSources } from "./resolve-case-references";
import { createStageEntry, dateForDb } from "./write-case-sets";

/**
 * Records that a case (by id or slug) moved to another stage, checked by the stage machine
 * (lib/core/stage-machine.ts: what may follow what, a note to go back or close, in absentia only at
 * trial, judgment or appeal, no date before the current stage's or after today). Writes the dated
 * entry with who recorded it, and updates the case's current stage and in-absentia flag. Needs the
 * version the user saw (409 if the case changed since). One transaction with the audit events.
 */
export async function recordStage({ actor, id, input, now = new Date(), tx: outer }: { actor: Actor; id: string; input: unknown; now?: Date; tx?: Tx }): Promise<CaseRecord> {
  requireRole(actor, "ANALYST");
  const change = parseInput(stageChangeInputSchema, input ?? {});

  return inTransaction(outer, async (tx) => {
    const existing = await findCase(tx, id);
    if (!existing) throw new AppError("NOT_FOUND", `There is no case "${id}".`);
    if (existing.version !== change.expectedVersion) {
      throw new AppError(
        "CONFLICT",
        `Case "${existing.slug}" was changed by someone else: you saw version ${change.expectedVersion}, it is now at version ${existing.version} (at ${existing.stage.toLowerCase().replace(/_/g, " ")}). Reload it and record the stage again if it still applies.`,
      );
    }
    const problems = checkStageChange({ stage: existing.stage, date: partialDateOf(existing.stageOn, existing.stagePrecision) }, change, latestDateBegun(now));
    if (problems.length > 0) throw AppError.invalidInput(stageFieldErrors(problems));
    const sources = await resolveSources(tx, [{ path: "source", source: change.source }]);

    const date = dateForDb(change.date);
    const entry = await createStageEntry(tx, actor, { caseId: existing.id, entry: change, sources, isSynthetic: existing.isSynthetic });
    // Optimistic lock: the case moves only if nobody changed it since it was read.
    const { count } = await tx.case.updateMany({
      where: { id: existing.id, version: change.expectedVersion, deletedAt: null },
      data: {
        stage: change.stage,
        stageOn: date,
        stagePrecision: change.date.precision,
        inAbsentia: inAbsentiaOf([...existing.stages, change]),
        version: { increment: 1 },
      },
    });
    if (count !== 1) throw new AppError("CONFLICT", `Case "${existing.slug}" was changed by someone else while you recorded the stage. Reload it.`);
    await refreshCaseSearch(tx, [existing.id]);
    const updated = (await findCase(tx, existing.id))!;
    await tx.auditEvent.createMany({
      data: [
        { actorId: auditActorId(actor), note: auditNote(actor), action: "CREATE", entityType: "StageChange", entityId: entry.id, after: stageSnapshot(existing.slug, entry) },
        { actorId: auditActorId(actor), note: auditNote(actor), action: "UPDATE", entityType: "Case", entityId: existing.id, before: snapshot(existing), after: snapshot(updated) },
      ],
    });
    return toRecord(updated);
  }, TX_OPTIONS);
}
