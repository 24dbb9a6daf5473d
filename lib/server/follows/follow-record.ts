import "server-only";
import { savedSearchHref, type FollowRef } from "@/lib/core/updates";
import type { Prisma } from "@/lib/generated/prisma/client";

/** How a follow is read, where it leads, and how it is returned (the API, the reasons of Updates). */

export const followSelect = {
  id: true,
  target: true,
  query: true,
  name: true,
  createdAt: true,
  // The id and language: the title in the reader's language where a page shows it (Updates).
  case: { select: { id: true, slug: true, title: true, lang: true, reference: true, deletedAt: true } },
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
