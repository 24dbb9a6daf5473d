import "server-only";
import { z } from "zod";
import { isTimeZone } from "@/lib/core/timestamps";
import { auditActorId, requireRole, type Actor } from "../actor";
import { db } from "../db";
import { AppError, parseInput } from "../errors";

export const timeZoneInput = z.object({
  timeZone: z
    .string()
    .trim()
    .min(1, "is required: choose a time zone from the list.")
    .refine(isTimeZone, "is not a time zone the tracker knows: choose one from the list (for example Europe/Kyiv)."),
});

/**
 * Sets the zone the actor reads times in (notes, edits, the audit trail). Kyiv's zone is kept under
 * its own name even where the runtime spells it Europe/Kiev. Audited on the user, before and after.
 */
export async function setTimeZone({ actor, input }: { actor: Actor; input: unknown }): Promise<{ timeZone: string }> {
  requireRole(actor, "VIEWER");
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "Only a signed-in user has a time zone of their own.");
  const { timeZone: given } = parseInput(timeZoneInput, input);
  const timeZone = given === "Europe/Kiev" ? "Europe/Kyiv" : given;
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: actor.id }, select: { timeZone: true } });
    if (!before) throw new AppError("UNAUTHENTICATED", "The account no longer exists.");
    if (before.timeZone === timeZone) return { timeZone };
    await tx.user.update({ where: { id: actor.id }, data: { timeZone }, select: { id: true } });
    await tx.auditEvent.create({
      data: { actorId: auditActorId(actor), action: "UPDATE", entityType: "User", entityId: actor.id, before: { timeZone: before.timeZone }, after: { timeZone } },
    });
    return { timeZone };
  });
}
