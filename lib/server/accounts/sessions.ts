import "server-only";
import { z } from "zod";
import { auditActorId, requireRole, type Actor, type Role } from "../actor";
import { db } from "../db";
import { AppError } from "../errors";
import type { Tx } from "../transaction";

/** A session lasts 8 hours from sign-in, however often the cookie is re-issued. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * Starts a session for a user who just proved their password: the row the session cookie will
 * name. The user's expired rows go at the same time, so the table holds live sessions only.
 */
export async function startSession({ userId, now = new Date() }: { userId: string; now?: Date }): Promise<string> {
  const expiresAt = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  // Two statements, not a transaction: clearing the old rows need not be atomic with the new one.
  await db.session.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  const session = await db.session.create({ data: { userId, createdAt: now, expiresAt }, select: { id: true } });
  return session.id;
}

/** Ends one session (signing out). Ending one that is already gone is not an error. */
export async function endSession(sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}

/**
 * The user a session cookie stands for, read on every request: null when the session was ended,
 * has expired, belongs to someone else than the cookie says, or its user is disabled.
 */
export async function sessionUser({ sessionId, userId, now = new Date() }: { sessionId: string; userId: string; now?: Date }): Promise<{ id: string; role: Role; timeZone: string } | null> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: { expiresAt: true, user: { select: { id: true, role: true, disabledAt: true, timeZone: true } } },
  });
  if (!session || session.expiresAt <= now || session.user.id !== userId || session.user.disabledAt) return null;
  return { id: session.user.id, role: session.user.role, timeZone: session.user.timeZone };
}

/** How many live sessions the actor has (the account page says it). */
export async function countSessions(actor: Actor, now = new Date()): Promise<number> {
  if (actor.kind !== "user") return 0;
  return db.session.count({ where: { userId: actor.id, expiresAt: { gt: now } } });
}

const endSessionsInput = z.object({
  // The session to keep (the one making the request), or none: every session ends, this one too.
  keep: z.string().min(1).optional(),
});

/**
 * Signs the actor out everywhere: every session of theirs ends, except `keep` when given. Audited
 * on the user, with how many sessions ended.
 */
export async function endSessions({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }): Promise<{ ended: number }> {
  requireRole(actor, "VIEWER");
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "Sessions belong to a signed-in user.");
  const parsed = endSessionsInput.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Say which session to keep, or none.");
  const { keep } = parsed.data;
  return db.$transaction(async (tx) => {
    const ended = await endSessionsOf(tx, actor.id, { keep, now });
    await tx.auditEvent.create({
      data: { actorId: auditActorId(actor), action: "UPDATE", entityType: "User", entityId: actor.id, after: { sessionsEnded: ended, thisSessionKept: Boolean(keep) } },
    });
    return { ended };
  });
}

/**
 * Inside a transaction: deletes the user's sessions but `keep`, and says how many were live (the
 * expired ones go too, uncounted: they had already ended).
 */
export async function endSessionsOf(tx: Tx, userId: string, { keep, now }: { keep?: string; now: Date }): Promise<number> {
  const others = { userId, ...(keep ? { id: { not: keep } } : {}) };
  const { count } = await tx.session.deleteMany({ where: { ...others, expiresAt: { gt: now } } });
  await tx.session.deleteMany({ where: others });
  return count;
}
