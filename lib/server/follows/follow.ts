import "server-only";
import { MAX_FOLLOWS, defaultSearchName } from "@/lib/core/updates";
import type { Actor } from "../actor";
import { db } from "../db";
import { AppError, parseInput } from "../errors";
import { canonicalSavedSearch } from "./saved-search";
import { followInputSchema } from "./follow-input";
import { followSelect, toRecord, type FollowRecord } from "./follow-record";
import { requireFollower } from "./require-follower";

/**
 * Follows a case, a forum or a saved case-list search, for the signed-in user (any role: following
 * is reading). Following what one already follows is not an error: the existing follow is returned
 * (`created: false`), so a double click or a retried request changes nothing. A deleted or unknown
 * case (or forum) is 404; a saved search is stored in the case list's canonical form, and one the
 * case list would not accept is 400 naming `query`. At most MAX_FOLLOWS per user (400).
 */
export async function follow({ actor, input }: { actor: Actor; input: unknown }): Promise<{ record: FollowRecord; created: boolean }> {
  const user = requireFollower(actor);
  const f = parseInput(followInputSchema, input);

  // What the follow points at, resolved before the transaction (the search canonicalisation reads options).
  let data: { target: "CASE"; caseId: string } | { target: "FORUM"; forumId: string } | { target: "SEARCH"; query: string; name: string };
  if (f.target === "case") {
    const found = await db.case.findFirst({ where: { slug: f.case, deletedAt: null }, select: { id: true } });
    if (!found) throw new AppError("NOT_FOUND", `There is no case "${f.case}".`);
    data = { target: "CASE", caseId: found.id };
  } else if (f.target === "forum") {
    const found = await db.forum.findUnique({ where: { slug: f.forum }, select: { id: true } });
    if (!found) throw new AppError("NOT_FOUND", `There is no forum "${f.forum}".`);
    data = { target: "FORUM", forumId: found.id };
  } else {
    const { query, description } = await canonicalSavedSearch(f.query);
    data = { target: "SEARCH", query, name: f.name || description || defaultSearchName(query) };
  }
  const unique =
    data.target === "CASE" ? { caseId: data.caseId } : data.target === "FORUM" ? { forumId: data.forumId } : { query: data.query };

  const existing = await db.follow.findFirst({ where: { userId: user.id, ...unique }, select: followSelect });
  if (existing) return { record: toRecord(existing), created: false };

  try {
    return await db.$transaction(async (tx) => {
      // One follow at a time per user: the row lock makes the limit hold under concurrent requests.
      await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${user.id} FOR UPDATE`;
      const again = await tx.follow.findFirst({ where: { userId: user.id, ...unique }, select: followSelect });
      if (again) return { record: toRecord(again), created: false };
      const count = await tx.follow.count({ where: { userId: user.id } });
      if (count >= MAX_FOLLOWS) {
        throw new AppError(
          "INVALID_INPUT",
          `You already follow ${MAX_FOLLOWS} cases, forums and searches, the most one account may follow. Unfollow some on the Updates page first.`,
          { errors: [{ parameter: "target", message: `target: at most ${MAX_FOLLOWS} follows per account; you have ${count}.` }] },
        );
      }
      const row = await tx.follow.create({ data: { userId: user.id, ...data }, select: followSelect });
      return { record: toRecord(row), created: true };
    });
  } catch (error) {
    // A concurrent follow of the same thing won the unique index: it is the same follow.
    if ((error as { code?: string }).code === "P2002") {
      const row = await db.follow.findFirst({ where: { userId: user.id, ...unique }, select: followSelect });
      if (row) return { record: toRecord(row), created: false };
    }
    throw error;
  }
}
