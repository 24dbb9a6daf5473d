import "server-only";
import { z } from "zod";
import { auditActorId, auditNote, requireRole, type Actor } from "../actor";
import { db } from "../db";
import { AppError, parseInput } from "../errors";
import { refreshCaseSearch } from "./search-document";
import { snapshot } from "./case-audit";
import { type CaseRecord, toRecord } from "./case-record";
import { TX_OPTIONS } from "../transaction";
import { findCase } from "./find-case";

const restoreInputSchema = z
  .object({ expectedVersion: z.number({ message: "is required: give the version of the deleted case you saw" }).int().positive() })
  .strict();

/**
 * Undoes a deletion: the case is shown again, as it was (a delete only hid it). Administrators
 * only, since any analyst may delete; needs the version the admin saw (409 if it changed), and is
 * audited like every write.
 */
export async function restoreCase({ actor, id, input }: { actor: Actor; id: string; input: unknown }): Promise<CaseRecord> {
  requireRole(actor, "ADMIN");
  const { expectedVersion } = parseInput(restoreInputSchema, input ?? {});

  return db.$transaction(async (tx) => {
    const existing = await findCase(tx, id, { includeDeleted: true });
    if (!existing || !existing.deletedAt) throw new AppError("NOT_FOUND", `There is no deleted case "${id}".`);
    const { count } = await tx.case.updateMany({ where: { id: existing.id, version: expectedVersion, deletedAt: { not: null } }, data: { deletedAt: null, version: { increment: 1 } } });
    if (count !== 1) throw new AppError("CONFLICT", `Case "${existing.slug}" was changed by someone else: you saw version ${expectedVersion}, it is now at version ${existing.version}. Reload it.`);
    await refreshCaseSearch(tx, [existing.id]);
    const restored = (await findCase(tx, existing.id))!;
    await tx.auditEvent.create({
      data: { actorId: auditActorId(actor), note: auditNote(actor) ?? "restored", action: "UPDATE", entityType: "Case", entityId: existing.id, before: snapshot(existing), after: snapshot(restored) },
    });
    return toRecord(restored);
  }, TX_OPTIONS);
}
