import "server-only";
import { nextSeenAt } from "@/lib/core/updates";
import type { Actor } from "../actor";
import { db } from "../db";
import { AppError } from "../errors";
import { requireFollower } from "./require-follower";

/**
 * "Mark all as read": moves the user's mark to `upTo`, the recorded time of the newest update the
 * page showed, not to "now": an update recorded while the user was reading (after that item, so
 * not on the page) must still be unread at the next visit. The mark only moves forward (a stale
 * tab cannot bring back what was read) and never past the present.
 */
export async function markUpdatesRead({ actor, upTo, now = new Date() }: { actor: Actor; upTo: string; now?: Date }): Promise<{ updatesSeenAt: Date }> {
  const user = requireFollower(actor);
  const current = await db.user.findUnique({ where: { id: user.id }, select: { updatesSeenAt: true } });
  if (!current) throw new AppError("NOT_FOUND", "Your account was not found.");
  const next = nextSeenAt(current.updatesSeenAt, upTo, now);
  if (!next) throw AppError.invalidInput([{ parameter: "upTo", message: "upTo must be the time of the newest update shown (an ISO 8601 UTC timestamp)." }]);
  // Conditional write: of two tabs marking at once, the later mark wins, never the earlier.
  await db.user.updateMany({ where: { id: user.id, OR: [{ updatesSeenAt: null }, { updatesSeenAt: { lt: next } }] }, data: { updatesSeenAt: next } });
  return { updatesSeenAt: next };
}
