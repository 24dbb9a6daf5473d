import "server-only";
import { accusedUpdateSchema } from "@/lib/core/case-input";
import { auditActorId, auditNote, requireRole, type Actor } from "../actor";
import { db } from "../db";
import { AppError, parseInput } from "../errors";
import { lockAccusedForChange, refreshAccusedCasesSearch } from "./search-document";
import { accusedAuditSelect, accusedSnapshot } from "./case-audit";
import { TX_OPTIONS } from "../transaction";

const accusedSelect = { ...accusedAuditSelect, deletedAt: true, updatedAt: true } as const;

/**
 * Changes an accused's own record (analysts and admins): name in English and in Ukrainian, kind,
 * rank, level of responsibility, description. Every case they appear in shows the change, and the
 * search documents of those cases are rebuilt in the same transaction. The editor's
 * `expectedUpdatedAt` must match (409 otherwise): nobody's change is overwritten.
 */
export async function updateAccused({ actor, slug, input }: { actor: Actor; slug: string; input: unknown }) {
  requireRole(actor, "ANALYST");
  const a = parseInput(accusedUpdateSchema, input);
  const expected = new Date(a.expectedUpdatedAt);
  if (Number.isNaN(expected.getTime())) throw AppError.invalidInput([{ parameter: "expectedUpdatedAt", message: "expectedUpdatedAt must be the time of the last change you saw, as an ISO timestamp." }]);

  return db.$transaction(async (tx) => {
    const existing = await tx.accused.findUnique({ where: { slug }, select: accusedSelect });
    if (!existing || existing.deletedAt) throw new AppError("NOT_FOUND", `There is no accused "${slug}".`);
    const kind = await tx.accusedKind.findUnique({ where: { slug: a.kind }, select: { id: true } });
    const level = a.level ? await tx.responsibilityLevel.findUnique({ where: { slug: a.level }, select: { id: true } }) : null;
    const errors = [
      ...(kind ? [] : [{ parameter: "kind", message: `kind: no such kind of accused: ${a.kind}.` }]),
      ...(a.level && !level ? [{ parameter: "level", message: `level: no such level of responsibility: ${a.level}.` }] : []),
    ];
    if (errors.length > 0) throw AppError.invalidInput(errors);
    const stale = () =>
      new AppError("CONFLICT", `The record of ${existing.name} was changed by someone else since you opened it. Reload it and apply your change again.`);
    if (existing.updatedAt.getTime() !== expected.getTime()) throw stale();
    await lockAccusedForChange(tx, existing.id);
    const { count } = await tx.accused.updateMany({
      where: { id: existing.id, updatedAt: existing.updatedAt },
      data: { name: a.name, nameOriginal: a.nameUkrainian, kindId: kind!.id, rank: a.rank, levelId: level?.id ?? null, description: a.description },
    });
    if (count !== 1) throw stale();
    await refreshAccusedCasesSearch(tx, existing.id);
    const updated = await tx.accused.findUniqueOrThrow({ where: { id: existing.id }, select: accusedSelect });
    await tx.auditEvent.create({
      data: { actorId: auditActorId(actor), note: auditNote(actor), action: "UPDATE", entityType: "Accused", entityId: existing.id, before: accusedSnapshot(existing), after: accusedSnapshot(updated) },
    });
    return { slug: updated.slug, updatedAt: updated.updatedAt.toISOString() };
  }, TX_OPTIONS);
}
