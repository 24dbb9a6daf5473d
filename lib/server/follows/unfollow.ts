import "server-only";
import type { Actor } from "../actor";
import { db } from "../db";
import { AppError } from "../errors";
import { followSelect, toRecord, type FollowRecord } from "./follow-record";
import { requireFollower } from "./require-follower";

/**
 * Stops following: removes one of the user's own follows, by its id. Someone else's follow is
 * "not found", never "forbidden" (it does not say that it exists). Nothing else is touched: the
 * case, forum and the updates already marked read stay as they are.
 */
export async function unfollow({ actor, id }: { actor: Actor; id: string }): Promise<FollowRecord> {
  const user = requireFollower(actor);
  return db.$transaction(async (tx) => {
    const row = await tx.follow.findFirst({ where: { id, userId: user.id }, select: followSelect });
    if (!row) throw new AppError("NOT_FOUND", "You do not follow this (it may have been unfollowed already).");
    await tx.follow.delete({ where: { id: row.id } });
    return toRecord(row);
  });
}
