import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { savedSearchHref, type FollowRef } from "@/lib/core/updates";
import { requireRole, type Actor } from "../actor";
import { AppError } from "../errors";

/**
 * What the follow use cases share: who may follow (any signed-in user: following is reading),
 * the input both the API and the Follow buttons send, and how a follow is read and returned.
 */

const slug = (what: string) =>
  z
    .string({ message: `is required: the ${what}'s slug, as in its address` })
    .trim()
    .min(1, { message: `is required: the ${what}'s slug, as in its address` })
    .max(200);

export const followInputSchema = z.discriminatedUnion(
  "target",
  [
    z.object({ target: z.literal("case"), case: slug("case") }).strict(),
    z.object({ target: z.literal("forum"), forum: slug("forum") }).strict(),
    z
      .object({
        target: z.literal("search"),
        query: z.string({ message: "is required: the case list's query string, e.g. crime=war-crimes&forum=icc" }).max(2000, { message: "is too long (at most 2,000 characters)" }),
        name: z.string().trim().max(120, { message: "is too long (at most 120 characters)" }).optional(),
      })
      .strict(),
  ],
  { message: "must be one of: case, forum, search" },
);
export type FollowInput = z.infer<typeof followInputSchema>;

/** Follows belong to a signed-in user: 401 for anonymous, 403 for the operator (no account to follow with). */
export function requireFollower(actor: Actor): { id: string } {
  requireRole(actor, "VIEWER");
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "Following belongs to a signed-in user's account; the command line has none.");
  return { id: actor.id };
}

export const followSelect = {
  id: true,
  target: true,
  query: true,
  name: true,
  createdAt: true,
  case: { select: { slug: true, title: true, reference: true, deletedAt: true } },
  forum: { select: { slug: true, name: true, shortName: true } },
} as const satisfies Prisma.FollowSelect;

export type FollowRow = Prisma.FollowGetPayload<{ select: typeof followSelect }>;

/** Where a follow leads: the case, the forum, or the case list with the saved filters. */
export function followHref(f: FollowRow): string {
  if (f.target === "CASE") return `/cases/${encodeURIComponent(f.case?.slug ?? "")}`;
  if (f.target === "FORUM") return `/forums/${encodeURIComponent(f.forum?.slug ?? "")}`;
  return savedSearchHref(f.query ?? "");
}

/** The follow as the API returns it. */
export function toRecord(f: FollowRow) {
  return {
    id: f.id,
    target: f.target.toLowerCase() as "case" | "forum" | "search",
    case: f.case ? { slug: f.case.slug, title: f.case.title, reference: f.case.reference, deleted: f.case.deletedAt !== null } : null,
    forum: f.forum ? { slug: f.forum.slug, name: f.forum.name } : null,
    query: f.query,
    name: f.name,
    href: followHref(f),
    createdAt: f.createdAt.toISOString(),
  };
}
export type FollowRecord = ReturnType<typeof toRecord>;

/** The follow as the reasons of Updates need it (null for a follow whose case is gone). */
export function toFollowRef(f: FollowRow): FollowRef | null {
  if (f.target === "CASE") return f.case ? { id: f.id, target: "CASE", case: { slug: f.case.slug, title: f.case.title } } : null;
  if (f.target === "FORUM") return f.forum ? { id: f.id, target: "FORUM", forum: f.forum } : null;
  return { id: f.id, target: "SEARCH", query: f.query ?? "", name: f.name ?? f.query ?? "" };
}
