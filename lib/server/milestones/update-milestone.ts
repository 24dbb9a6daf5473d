import "server-only";
import { isoPartial, partialDateOf } from "@/lib/core/dates";
import { MILESTONE_TEXT_FIELDS, milestoneInputSchema } from "@/lib/core/milestone-input";
import { mergedTranslations } from "@/lib/core/written-in";
import { translationDay, writeUserTranslations } from "../translations";
import { auditActorId, auditNote, isAdmin, requireRole, type Actor } from "../actor";
import { inTransaction } from "../transaction";
import { AppError, parseInput } from "../errors";
import type { Tx } from "../transaction";
import { findMilestone } from "./find-milestone";
import { applyEffects, refuseEffects, refuseFutureHappened } from "./milestone-effects";
import { currentInput, snapshot, toRecord, type MilestoneRecord } from "./milestone-record";
import { staleMilestone } from "./stale-milestone";
import { milestoneColumns, resolveMilestoneReferences, sourceLinks } from "./resolve-milestone-references";

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

/**
 * Changes a milestone (by id or slug). Fields left out keep their value, so the API may send only
 * what changes; `expectedVersion` (the version the editor started from) is required: a milestone
 * changed by someone else since is refused (409), never overwritten; the refusal carries the
 * milestone as it is now and the version the editor started from, for a merge. Changing its effects, or the
 * date of a milestone that opens or closes rules, needs an admin: it changes the law the tracker
 * states. One transaction with the audit events; a refusal writes nothing.
 */
export async function updateMilestone({ actor, id, input, tx: outer, now = new Date() }: { actor: Actor; id: string; input: unknown; tx?: Tx; now?: Date }): Promise<MilestoneRecord> {
  requireRole(actor, "ANALYST");
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw AppError.invalidInput([{ parameter: "body", message: "body must be a JSON object with the fields to change." }]);
  }
  const run = async (tx: Tx): Promise<MilestoneRecord> => {
    const existing = await findMilestone(tx, id);
    if (!existing) throw new AppError("NOT_FOUND", `There is no milestone "${id}".`);
    const current = currentInput(existing);
    // Translations merge by language and field: a PATCH may send the one text that changes.
    const m = parseInput(milestoneInputSchema, { ...current, ...input, translations: mergedTranslations(current.translations, (input as { translations?: unknown }).translations) });
    refuseFutureHappened(m, now);
    if (m.expectedVersion === null) {
      throw AppError.invalidInput([{ parameter: "expectedVersion", message: `expectedVersion is required to change a milestone: give the version you edited (it is at version ${existing.version}).` }]);
    }

    const oldDate = partialDateOf(existing.occurredOn, existing.precision);
    const dateChanged = isoPartial(oldDate) !== isoPartial(m.date);
    const currentOpens = current.opens as string[];
    const currentCloses = current.closes as string[];
    const effectsChanged = !sameSet(m.opens, currentOpens) || !sameSet(m.closes, currentCloses);
    const hasEffects = currentOpens.length + currentCloses.length > 0;
    if (!isAdmin(actor)) {
      if (effectsChanged) refuseEffects(actor, "Changing the effects (opens, closes)");
      if (dateChanged && hasEffects) {
        refuseEffects(actor, `Changing the date of a milestone that opens or closes jurisdiction rules (${[...currentOpens, ...currentCloses].join(", ")}) moves those rules' dates, and`);
      }
    }
    if (m.expectedVersion !== existing.version) throw await staleMilestone(tx, actor, existing, m.expectedVersion);

    const refs = await resolveMilestoneReferences(tx, m, existing.id);
    const links = await sourceLinks(tx, m, refs);
    // Optimistic lock: the update only happens if nobody changed the milestone since it was read.
    const { count } = await tx.milestone.updateMany({
      where: { id: existing.id, version: m.expectedVersion, deletedAt: null },
      data: { ...milestoneColumns(m, refs), version: { increment: 1 } },
    });
    if (count !== 1) {
      const now = await findMilestone(tx, existing.id);
      if (!now) throw new AppError("NOT_FOUND", `Milestone "${existing.slug}" was deleted while you were editing it; its history keeps every version.`);
      throw await staleMilestone(tx, actor, now, m.expectedVersion);
    }
    await tx.milestoneSource.deleteMany({ where: { milestoneId: existing.id } });
    await tx.milestone.update({
      where: { id: existing.id },
      data: {
        forums: { set: refs.forumIds.map((id) => ({ id })) },
        instruments: { set: refs.instrumentIds.map((id) => ({ id })) },
        // Links to deleted cases are neither shown nor editable; they are kept as they were.
        cases: { set: [...refs.caseIds, ...(await deletedCaseIds(tx, existing.id))].map((id) => ({ id })) },
        rules: { set: refs.ruleIds.map((id) => ({ id })) },
        sources: { create: links },
      },
    });
    await writeUserTranslations({ tx, entity: "Milestone", id: existing.id, lang: m.lang, translations: m.translations, actor, today: translationDay(now) });
    await applyEffects(tx, actor, { id: existing.id, slug: existing.slug, date: m.date }, refs, {
      opens: existing.rulesOpened.filter((r) => !r.deletedAt).map((r) => r.id),
      closes: existing.rulesClosed.filter((r) => !r.deletedAt).map((r) => r.id),
    }, partialDateOf(existing.occurredOn, existing.precision));
    const updated = (await findMilestone(tx, existing.id))!;
    await tx.auditEvent.create({
      data: { actorId: auditActorId(actor), note: auditNote(actor), action: "UPDATE", entityType: "Milestone", entityId: existing.id, before: snapshot(existing), after: snapshot(updated) },
    });
    return toRecord(updated);
  };
  return inTransaction(outer, run);
}

async function deletedCaseIds(tx: Tx, milestoneId: string): Promise<string[]> {
  const rows = await tx.case.findMany({ where: { deletedAt: { not: null }, milestones: { some: { id: milestoneId } } }, select: { id: true } });
  return rows.map((r) => r.id);
}
