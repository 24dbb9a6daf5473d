import "server-only";
import { signInSchema } from "@/lib/core/account-input";
import { db } from "../db";
import { AppError } from "../errors";
import { dummyPasswordHash, verifyPassword } from "../passwords";
import type { Role } from "../actor";

export const MAX_FAILURES_PER_MINUTE = 5;
export const THROTTLED_MESSAGE = "Too many failed sign-in attempts for this account or from this address. Wait a minute, then try again.";

export type SignedInUser = { id: string; email: string; name: string; role: Role };

/**
 * Checks an e-mail and password. At most five failures a minute per account and per address:
 * past that every attempt is refused (429) without checking the password, even a right one.
 * Every attempt is recorded. Returns null for wrong credentials, never saying which part was wrong.
 */
export async function signIn({ input, address, now = new Date() }: { input: unknown; address: string; now?: Date }): Promise<SignedInUser | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const since = new Date(now.getTime() - 60_000);
  // Record the attempt before checking the password, and count only the attempts recorded before
  // it: requests sent in parallel then queue behind each other instead of all reading a count
  // below the limit while the (slow) password checks run.
  const attempt = await db.signInAttempt.create({ data: { email, address, succeeded: false, at: now }, select: { id: true } });
  const earlier = { succeeded: false, at: { gt: since }, id: { lt: attempt.id } };
  const [byAccount, byAddress] = await Promise.all([
    db.signInAttempt.count({ where: { ...earlier, email } }),
    db.signInAttempt.count({ where: { ...earlier, address } }),
  ]);
  if (byAccount >= MAX_FAILURES_PER_MINUTE || byAddress >= MAX_FAILURES_PER_MINUTE) {
    throw new AppError("TOO_MANY_REQUESTS", THROTTLED_MESSAGE);
  }
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, role: true, passwordHash: true, disabledAt: true } });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  const succeeded = Boolean(user && user.passwordHash && !user.disabledAt && valid);
  if (succeeded) await db.signInAttempt.update({ where: { id: attempt.id }, data: { succeeded: true } });
  if (!succeeded || !user) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
