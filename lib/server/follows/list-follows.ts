import "server-only";
import type { FollowState } from "@/lib/core/views";
import type { Actor } from "../actor";
import { db } from "../db";
import { AppError } from "../errors";
import { canonicalSavedSearch } from "./saved-search";
import { followSelect, toRecord, type FollowRecord } from "./follow-record";
import { requireFollower } from "./require-follower";

/** The user's follows: cases, then forums, then saved searches; each group oldest first. */
export async function listFollows(actor: Actor): Promise<FollowRecord[]> {
  const user = requireFollower(actor);
  const rows = await db.follow.findMany({ where: { userId: user.id }, orderBy: [{ target: "asc" }, { createdAt: "asc" }, { id: "asc" }], select: followSelect });
  return rows.map(toRecord);
}

export type FollowButtonTarget = { target: "case"; caseSlug: string } | { target: "forum"; forumSlug: string } | { target: "search"; query: string };

/**
 * Whether the actor follows this case, forum or search: the follow's id, or null. Anonymous
 * actors follow nothing. A search is compared in its canonical form; one the case list would not
 * accept is followed by nobody.
 */
export async function findFollow(actor: Actor, what: FollowButtonTarget): Promise<{ id: string } | null> {
  if (actor.kind !== "user") return null;
  if (what.target === "case") return db.follow.findFirst({ where: { userId: actor.id, case: { slug: what.caseSlug } }, select: { id: true } });
  if (what.target === "forum") return db.follow.findFirst({ where: { userId: actor.id, forum: { slug: what.forumSlug } }, select: { id: true } });
  const canonical = await canonicalSavedSearch(what.query).catch(() => null);
  if (!canonical) return null;
  return db.follow.findFirst({ where: { userId: actor.id, target: "SEARCH", query: canonical.query }, select: { id: true } });
}

/** One of the user's follows by its id; someone else's or an unknown one is 404 (it does not say which). */
export async function getFollow(actor: Actor, id: string): Promise<FollowRecord> {
  const user = requireFollower(actor);
  const row = await db.follow.findFirst({ where: { id, userId: user.id }, select: followSelect });
  if (!row) throw new AppError("NOT_FOUND", "You do not follow this (it may have been unfollowed already).");
  return toRecord(row);
}

/** What the actor's Follow button shows for this case, forum or search (the page passes it on). */
export async function followState(actor: Actor, what: FollowButtonTarget): Promise<FollowState> {
  if (actor.kind !== "user") return { signedIn: false, followId: null };
  return { signedIn: true, followId: (await findFollow(actor, what))?.id ?? null };
}
