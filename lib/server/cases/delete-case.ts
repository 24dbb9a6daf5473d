import "server-only";
import { deleteInputSchema } from "@/lib/core/input-fields";
import { auditActorId, auditNote, requireRole, type Actor } from "../actor";
import { db } from "../db";
import { AppError, parseInput } from "../errors";
import { refreshCaseSearch } from "./search-document";
import { snapshot } from "./case-audit";
import { type CaseRecord, toRecord } from "./case-record";
import { TX_OPTIONS } from "../transaction";
import { findCase } from "./find-case";

/**
 * Deletes a case (by id or slug) by hiding it: `deletedAt` is set, nothing is erased (its accused,
 * charges, stages and notes stay in the database, and its history stays readable by analysts).
 * Needs the version the user saw (409 if it changed since). Afterwards the case is "not found".
 */
export async function deleteCase({ actor, id, input, now = new Date() }: { actor: Actor; id: string; input: unknown; now?: Date }): Promise<CaseRecord> {
  requireRole(actor, "ANALYST");
  const { expectedVersion } = parseInput(deleteInputSchema, input ?? {});

  return db.$transaction(async (tx) => {
    const existing = await findCase(tx, id);
    if (!existing) throw new AppError("NOT_FOUND", `There is no case "${id}".`);
    if (existing.version !== expectedVersion) {
      throw new AppError("CONFLICT", `Case "${existing.slug}" was changed by someone else: you saw version ${expectedVersion}, it is now at version ${existing.version}. Reload it before deleting.`);
    }
    const { count } = await tx.case.updateMany({ where: { id: existing.id, version: expectedVersion, deletedAt: null }, data: { deletedAt: now, version: { increment: 1 } } });
    if (count !== 1) throw new AppError("CONFLICT", `Case "${existing.slug}" was changed by someone else while you deleted it. Reload it.`);
    await refreshCaseSearch(tx, [existing.id]);
    const deleted = (await findCase(tx, existing.id, { includeDeleted: true }))!;
    await tx.auditEvent.create({
      data: { actorId: auditActorId(actor), note: auditNote(actor), action: "DELETE", entityType: "Case", entityId: existing.id, before: snapshot(existing), after: snapshot(deleted) },
    });
    return toRecord(deleted);
  }, TX_OPTIONS);
}
