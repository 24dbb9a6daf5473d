import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { requireRole, type Actor } from "./actor";
import { db } from "./db";
import { AppError } from "./errors";

/**
 * The private address of a user's Updates feed. Feed readers cannot sign in, so the address
 * carries a secret token: random (256 bits), shown once, and only its SHA-256 hash is stored
 * (as for API tokens, lib/server/accounts/api-tokens.ts). One per user: creating a new one
 * replaces (and so revokes) the old; revoking clears it. The token only reads the feed: it is not
 * an API token and signs nobody in.
 */

const FEED_TOKEN_PREFIX = "tft_";
const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

function requireUser(actor: Actor): { id: string } {
  requireRole(actor, "VIEWER");
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "A feed address belongs to a signed-in user.");
  return { id: actor.id };
}

/** Creates the user's feed token, replacing any previous one (which stops working at once). Returned once. */
export async function createFeedToken({ actor }: { actor: Actor }): Promise<{ token: string; replaced: boolean }> {
  const user = requireUser(actor);
  const token = FEED_TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { feedTokenHash: true } });
    await tx.user.update({ where: { id: user.id }, data: { feedTokenHash: hashOf(token) } });
    const replaced = before.feedTokenHash !== null;
    await tx.auditEvent.create({
      data: { actorId: user.id, action: replaced ? "UPDATE" : "CREATE", entityType: "FeedToken", entityId: user.id, note: replaced ? "feed address replaced; the old one no longer works" : "feed address created" },
    });
    return { token, replaced };
  });
}

/** Revokes the user's feed token: the address stops working at once. 404 when there is none. */
export async function revokeFeedToken({ actor }: { actor: Actor }): Promise<void> {
  const user = requireUser(actor);
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: user.id, feedTokenHash: { not: null } }, data: { feedTokenHash: null } });
    if (count !== 1) throw new AppError("NOT_FOUND", "You have no private feed address to revoke.");
    await tx.auditEvent.create({ data: { actorId: user.id, action: "DELETE", entityType: "FeedToken", entityId: user.id, note: "feed address revoked" } });
  });
}

/** Whether the user has a feed address (the address itself cannot be shown again). */
export async function hasFeedToken(actor: Actor): Promise<boolean> {
  if (actor.kind !== "user") return false;
  const row = await db.user.findUnique({ where: { id: actor.id }, select: { feedTokenHash: true } });
  return !!row?.feedTokenHash;
}

/** The user a feed token stands for; null when it is unknown or revoked, or the account disabled. */
export async function userFromFeedToken(token: string): Promise<{ id: string; name: string; createdAt: Date } | null> {
  if (!token.startsWith(FEED_TOKEN_PREFIX) || token.length > 200) return null;
  const user = await db.user.findUnique({ where: { feedTokenHash: hashOf(token) }, select: { id: true, name: true, createdAt: true, disabledAt: true } });
  if (!user || user.disabledAt) return null;
  return { id: user.id, name: user.name, createdAt: user.createdAt };
}
