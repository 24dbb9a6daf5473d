import "server-only";
import { newUserSchema } from "@/lib/core/account-input";
import { auditActorId, auditNote, requireRole, type Actor } from "../actor";
import { db } from "../db";
import { AppError, parseInput } from "../errors";
import { hashPassword } from "../passwords";

/** Creates an account (admins and the operator only). The password is stored as a scrypt hash. */
export async function createUser({ actor, input }: { actor: Actor; input: unknown }) {
  requireRole(actor, "ADMIN");
  const { email, role, password, name: given } = parseInput(newUserSchema, input);
  const name = given ?? email.split("@")[0]!;
  const passwordHash = await hashPassword(password);
  return db
    .$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new AppError("CONFLICT", `An account for ${email} already exists.`);
    }
    const user = await tx.user.create({ data: { email, name, role, passwordHash }, select: { id: true, email: true, name: true, role: true } });
    await tx.auditEvent.create({ data: { actorId: auditActorId(actor), note: auditNote(actor), action: "CREATE", entityType: "User", entityId: user.id, after: { email, name, role } } });
    return user;
  })
    .catch((error: unknown) => {
      // Two creations of the same address at the same moment: the unique index decides.
      if ((error as { code?: string }).code === "P2002") throw new AppError("CONFLICT", `An account for ${email} already exists.`);
      throw error;
    });
}
