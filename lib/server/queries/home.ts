import "server-only";
import { db } from "@/lib/server/db";
import { milestoneItemSelect, milestoneOrder, toMilestoneItem } from "./milestone-view";

/** The home page: how much the tracker holds, and the latest milestones. */
export async function getHomeSummary(latest = 5) {
  const [forums, rules, milestones, instruments, cases, recent] = await Promise.all([
    db.forum.count(),
    db.jurisdictionRule.count({ where: { deletedAt: null } }),
    db.milestone.count({ where: { deletedAt: null } }),
    db.instrument.count(),
    db.case.count({ where: { deletedAt: null } }),
    db.milestone.findMany({
      where: { deletedAt: null },
      select: milestoneItemSelect,
      orderBy: milestoneOrder,
      take: latest,
    }),
  ]);
  return {
    counts: { forums, rules, milestones, instruments, cases },
    latest: recent.map(toMilestoneItem),
  };
}
