import "server-only";
import { yearOf } from "@/lib/core/dates";
import { MILESTONE_TEXT_FIELDS, milestoneInputSchema } from "@/lib/core/milestone-input";
import { translationDay, writeUserTranslations } from "../translations";
import { refuseFutureHappened } from "./milestone-effects";
import { auditActorId, auditNote, isAdmin, requireRole, type Actor } from "../actor";
import { inTransaction } from "../transaction";
import { AppError, parseInput } from "../errors";
import type { Tx } from "../transaction";
import { newMilestoneSlug } from "../slugs";
import { findMilestone } from "./find-milestone";
import { applyEffects, refuseEffects } from "./milestone-effects";
import { snapshot, toRecord, type MilestoneRecord } from "./milestone-record";
import { milestoneColumns, resolveMilestoneReferences, sourceLinks } from "./resolve-milestone-references";

/**
 * Logs a milestone. Analysts and admins; attaching effects (the rules it opens or closes) needs an
 * admin. The milestone, any new sources, the rules it changes and the audit events are written in
 * one transaction; a refusal writes nothing.
 */
export async function createMilestone({ actor, input, tx: outer, now = new Date() }: { actor: Actor; input: unknown; tx?: Tx; now?: Date }): Promise<MilestoneRecord> {
  requireRole(actor, "ANALYST");
  const m = parseInput(milestoneInputSchema, input);
  refuseFutureHappened(m, now);
  if (m.expectedVersion !== null) {
    throw AppError.invalidInput([{ parameter: "expectedVersion", message: "expectedVersion applies only to changing a milestone; leave it out to log a new one." }]);
  }
  if ((m.opens.length > 0 || m.closes.length > 0) && !isAdmin(actor)) refuseEffects(actor, "Attaching effects (opens, closes)");

  return inTransaction(outer, async (tx) => {
    const refs = await resolveMilestoneReferences(tx, m, null);
    const slug = await newMilestoneSlug(tx, m.title, yearOf(m.date.date));
    const links = await sourceLinks(tx, m, refs);
    const created = await tx.milestone.create({
      data: {
        slug,
        ...milestoneColumns(m, refs),
        forums: { connect: refs.forumIds.map((id) => ({ id })) },
        instruments: { connect: refs.instrumentIds.map((id) => ({ id })) },
        cases: { connect: refs.caseIds.map((id) => ({ id })) },
        rules: { connect: refs.ruleIds.map((id) => ({ id })) },
        sources: { create: links },
        createdById: auditActorId(actor),
      },
      select: { id: true },
    });
    await writeUserTranslations({ tx, entity: "Milestone", id: created.id, lang: m.lang, translations: m.translations, actor, today: translationDay(now) });
    await applyEffects(tx, actor, { id: created.id, slug, date: m.date }, refs, { opens: [], closes: [] });
    const row = (await findMilestone(tx, created.id))!;
    await tx.auditEvent.create({
      data: { actorId: auditActorId(actor), note: auditNote(actor), action: "CREATE", entityType: "Milestone", entityId: created.id, after: snapshot(row) },
    });
    return toRecord(row);
  })
    .catch((error: unknown) => {
      // Two milestones with the same title and year saved at the same moment race for one slug;
      // the database's unique index decides, and the loser is asked to save again.
      if ((error as { code?: string }).code === "P2002") {
        throw new AppError("CONFLICT", "Another milestone with the same title was saved at the same moment. Save again.");
      }
      throw error;
    });
}
