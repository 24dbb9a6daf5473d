import "server-only";
import { PASSWORD_CHANGE_LABELS, passwordChangeSchema, type PasswordChangeField } from "@/lib/core/account-input";
import { auditActorId, requireRole, type Actor } from "../actor";
import { db } from "../db";
import { AppError, type FieldError } from "../errors";
import { hashPassword } from "../passwords";
import { endSessionsOf } from "./sessions";
import { signIn } from "./sign-in";

const refusal = (field: PasswordChangeField, message: string): FieldError => ({ parameter: field, message: `${PASSWORD_CHANGE_LABELS[field]} ${message}.` });

/**
 * Changes the actor's own password. The current password is required, checked as a sign-in is (the
 * same throttle, so a borrowed session cannot guess it), and the new one follows `user:create`'s
 * rules. The user's other sessions end: whoever signed in with the old password is signed out;
 * `sessionId`, the session making the change, stays signed in.
 */
export async function changePassword({ actor, input, sessionId, address, now = new Date() }: { actor: Actor; input: unknown; sessionId: string | null; address: string; now?: Date }): Promise<{ sessionsEnded: number }> {
  requireRole(actor, "VIEWER");
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "Only a signed-in user can change their password.");
  const parsed = passwordChangeSchema.safeParse(input);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => refusal(issue.path[0] as PasswordChangeField, issue.message));
    throw AppError.invalidInput(errors.filter((e, i) => errors.findIndex((f) => f.parameter === e.parameter) === i));
  }
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { email: true } });
  if (!user) throw new AppError("UNAUTHENTICATED", "The account no longer exists.");
  // Throws TOO_MANY_REQUESTS past five failures a minute, for this account or this address.
  const checked = await signIn({ input: { email: user.email, password: parsed.data.currentPassword }, address, now });
  if (!checked) throw AppError.invalidInput([refusal("currentPassword", "is not right")]);

  const passwordHash = await hashPassword(parsed.data.newPassword);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash }, select: { id: true } });
    const sessionsEnded = await endSessionsOf(tx, actor.id, { keep: sessionId ?? undefined, now });
    await tx.auditEvent.create({
      data: { actorId: auditActorId(actor), action: "UPDATE", entityType: "User", entityId: actor.id, after: { password: "changed", sessionsEnded } },
    });
    return { sessionsEnded };
  });
}
