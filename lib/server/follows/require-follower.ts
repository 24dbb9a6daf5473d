import "server-only";
import { requireRole, type Actor } from "../actor";
import { AppError } from "../errors";

/** Who may follow: any signed-in user (following is reading), never the command line. */

/** Follows belong to a signed-in user: 401 for anonymous, 403 for the operator (no account to follow with). */
export function requireFollower(actor: Actor): { id: string } {
  requireRole(actor, "VIEWER");
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "Following belongs to a signed-in user's account; the command line has none.");
  return { id: actor.id };
}
