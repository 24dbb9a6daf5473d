import "server-only";
import { deleteInputSchema } from "@/lib/core/input-fields";
import { auditActorId, auditNote, requireRole, type Actor } from "../actor";
import { db } from "../db";
import { AppError, parseInput } from "../errors";
import { findMilestone } from "./find-milestone";
import { snapshot, toRecord, type MilestoneRecord } from "./milestone-record";

/**
 * Deletes a milestone (by id or slug) by hiding it: `deletedAt` is set, nothing is erased, and its
 * history stays readable. Needs the version the user saw (409 if it changed since). A milestone
 * that opens or closes jurisdiction rules is refused (409 naming them): deleting it would silently
 * change the law the tracker states; an admin first detaches the effects.
 */
export async function deleteMilestone({ actor, id, input, now = new Date() }: { actor: Actor; id: string; input: unknown; now?: Date }): Promise<MilestoneRecord> {
  requireRole(actor, "ANALYST");
  const { expectedVersion } = parseInput(deleteInputSchema, input ?? {});

  return db.$transaction(async (tx) => {
    const existing = await findMilestone(tx, id);
    if (!existing) throw new AppError("NOT_FOUND", `There is no milestone "${id}".`);
    if (existing.version !== expectedVersion) {
      throw new AppError("CONFLICT", `Milestone "${existing.slug}" was changed by someone else: you saw version ${expectedVersion}, it is now at version ${existing.version}. Reload it before deleting.`);
    }
    const opens = existing.rulesOpened.filter((r) => !r.deletedAt).map((r) => r.slug);
    const closes = existing.rulesClosed.filter((r) => !r.deletedAt).map((r) => r.slug);
    if (opens.length + closes.length > 0) {
      const which = [opens.length ? `opens ${opens.join(", ")}` : null, closes.length ? `closes ${closes.join(", ")}` : null].filter(Boolean).join(" and ");
      throw new AppError("CONFLICT", `Milestone "${existing.slug}" ${which}: deleting it would change the jurisdiction rules the tracker states. An administrator must first detach these effects.`);
    }
    const { count } = await tx.milestone.updateMany({ where: { id: existing.id, version: expectedVersion, deletedAt: null }, data: { deletedAt: now, version: { increment: 1 } } });
    if (count !== 1) throw new AppError("CONFLICT", `Milestone "${existing.slug}" was changed by someone else while you deleted it. Reload it.`);
    const deleted = (await findMilestone(tx, existing.id, { includeDeleted: true }))!;
    await tx.auditEvent.create({
      data: { actorId: auditActorId(actor), note: auditNote(actor), action: "DELETE", entityType: "Milestone", entityId: existing.id, before: snapshot(existing), after: snapshot(deleted) },
    });
    return toRecord(deleted);
  });
}
