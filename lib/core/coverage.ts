/**
 * A summary for the crimes list: per forum, the effects of the rules in force today that apply to
 * a crime. A listing, not a verdict: a forum that "covers" may do so only for some accused or
 * some situations; the crime's own page shows each rule's scope.
 */
import type { IsoDate } from "./dates";
import { appliesToCrime, validityStatus, type Validity } from "./rule-validity";
import type { ForumRef, NamedRef, RuleEffect } from "./views";

export type CoverageRule = {
  effect: RuleEffect;
  forum: ForumRef & { sortOrder: number };
  situation: NamedRef | null;
  crimeSlugs: string[];
  validity: Validity;
};

export type ForumCoverage = {
  forum: ForumRef;
  /** Each effect once, with the situations it holds in ("every situation" when null). */
  effects: { effect: RuleEffect; situations: (NamedRef | null)[] }[];
};

const EFFECT_RANK: Record<RuleEffect, number> = { COVERS: 0, CONDITIONAL: 1, EXCLUDES: 2 };

export function coverageToday(
  rules: readonly CoverageRule[],
  crimeSlug: string,
  today: IsoDate,
  effects: readonly RuleEffect[],
): ForumCoverage[] {
  type Entry = { forum: CoverageRule["forum"]; effects: Map<RuleEffect, (NamedRef | null)[]> };
  const byForum = new Map<string, Entry>();
  for (const rule of rules) {
    if (!effects.includes(rule.effect)) continue;
    if (!appliesToCrime(rule.crimeSlugs, crimeSlug)) continue;
    if (validityStatus(rule.validity, today) !== "IN_FORCE") continue;
    const entry: Entry = byForum.get(rule.forum.slug) ?? { forum: rule.forum, effects: new Map() };
    const situations = entry.effects.get(rule.effect) ?? [];
    if (!situations.some((s: NamedRef | null) => s?.slug === rule.situation?.slug)) situations.push(rule.situation);
    entry.effects.set(rule.effect, situations);
    byForum.set(rule.forum.slug, entry);
  }
  return [...byForum.values()]
    .sort((a, b) => a.forum.sortOrder - b.forum.sortOrder)
    .map(({ forum, effects: map }) => ({
      forum: { slug: forum.slug, name: forum.name, shortName: forum.shortName },
      effects: [...map.entries()]
        .sort(([a], [b]) => EFFECT_RANK[a] - EFFECT_RANK[b])
        .map(([effect, situations]) => ({ effect, situations })),
    }));
}
