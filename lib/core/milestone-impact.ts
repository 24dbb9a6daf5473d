/**
 * Which matrix changes around a milestone are the milestone's own. The matrix is compared the day
 * before and the day after a milestone, or across its whole month or year when the sources give no
 * day; other rules can start or end in that window too (the October 2024 amendments fall inside
 * "2024", and 1 October 2024 is the day after "September 2024"). So each changed cell names the rules
 * that started or ended in the window for it, and whether this milestone opened or closed them.
 */
import { periodOf, type IsoDate } from "./dates";
import { ruleReaches, type Rule } from "./jurisdiction";
import type { CellChange } from "./matrix";

export type ChangeCause = {
  rule: string;
  /** The rule started (opened) or ended (closed) between the two days compared. */
  boundary: "opened" | "closed";
  /** The milestone recorded as opening or closing it, if any. */
  milestone: { slug: string; title: string } | null;
};

export type AttributedChange = CellChange & { causes: ChangeCause[]; fromThisMilestone: boolean };

/** The rule's start or end falls after `before` and no later than `after` (the days the state can change). */
function boundaryIn(rule: Rule, before: IsoDate, after: IsoDate): ChangeCause["boundary"] | null {
  const within = (day: IsoDate) => day > before && day <= after;
  if (rule.validFrom) {
    // A rule from a month or a year is in doubt from the period's first day, and surely in force after its last.
    const { start, end } = periodOf(rule.validFrom);
    if (within(start) || within(end)) return "opened";
  }
  if (rule.validTo) {
    const { start, end } = periodOf(rule.validTo);
    const dayAfter = (d: IsoDate) => {
      const date = new Date(`${d}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() + 1);
      return date.toISOString().slice(0, 10);
    };
    if (within(dayAfter(start)) || within(dayAfter(end))) return "closed";
  }
  return null;
}

export function attributeChanges(args: { changes: readonly CellChange[]; rules: readonly Rule[]; before: IsoDate; after: IsoDate; milestone: string }): AttributedChange[] {
  const { rules, before, after, milestone } = args;
  return args.changes.map((change) => {
    const profile = { crime: change.crime, accused: change.accused, level: change.level, mode: change.mode, situation: change.situation, asOf: after };
    const causes: ChangeCause[] = [];
    for (const rule of rules) {
      if (rule.forum !== change.forum || !ruleReaches(rule, profile)) continue;
      const boundary = boundaryIn(rule, before, after);
      if (!boundary) continue;
      causes.push({ rule: rule.slug, boundary, milestone: boundary === "opened" ? rule.openedBy : rule.closedBy });
    }
    return { ...change, causes, fromThisMilestone: causes.some((c) => c.milestone?.slug === milestone) };
  });
}
