import "server-only";
import { db } from "@/lib/server/db";
import { milestoneItemSelect, milestoneOrder, readMilestoneTranslations, toMilestoneItem } from "./milestone-view";

/** The track the home page leads with: what the tracker is about. The others are a click away. */
export const HOME_TRACK = "accountability";

/**
 * The home page: how much the tracker holds, the situations it follows, and the latest milestones
 * of the accountability track, with the other tracks to link to.
 */
export async function getHomeSummary(latest = 5) {
  const [forums, rules, milestones, cases, situations, tracks, recent] = await Promise.all([
    db.forum.count(),
    db.jurisdictionRule.count({ where: { deletedAt: null } }),
    db.milestone.count({ where: { deletedAt: null } }),
    db.case.count({ where: { deletedAt: null } }),
    db.situation.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { slug: true, name: true, description: true } }),
    db.milestoneTrack.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { slug: true, name: true } }),
    db.milestone.findMany({
      where: { deletedAt: null, track: { slug: HOME_TRACK } },
      select: milestoneItemSelect,
      orderBy: milestoneOrder,
      take: latest,
    }),
  ]);
  const translations = await readMilestoneTranslations(recent);
  return {
    counts: { forums, rules, milestones, cases },
    situations,
    track: tracks.find((t) => t.slug === HOME_TRACK) ?? null,
    otherTracks: tracks.filter((t) => t.slug !== HOME_TRACK),
    latest: recent.map((m) => toMilestoneItem(m, translations)),
  };
}
