/**
 * The jurisdiction engine: for a profile (crime, kind of accused, level, mode of liability,
 * situation, "as of" date) and the jurisdiction rules, which forums can act, which cannot, and
 * why. Pure: rules and the date come in as arguments; no database, no clock.
 *
 * How a forum's status is decided (docs/decisions/006-jurisdiction-engine.md):
 * 1. A rule reaches a profile when its situation matches (or it names none) and each of its scope
 *    lists (crimes, accused kinds, levels, modes) is empty or contains the profile's value.
 * 2. It is in force on the "as of" date when that date lies between its validity boundaries. A
 *    boundary known only to the month or year makes dates inside that period uncertain.
 * 3. An exclusion in force wins (a company is outside the ICC whatever else holds). Otherwise a
 *    rule that covers makes the forum `covers`, unless an uncertain exclusion or condition could
 *    still apply; then it is `conditional`. A conditional rule alone makes it `conditional`. A
 *    forum no rule reaches is `excluded`: "no applicable rule".
 * 4. A profile that no forum covers is a gap.
 */
import { z } from "zod";
import { isIsoDate, PRECISIONS, type IsoDate } from "./dates";
import { describeValidity as describeValidityPeriod, timing } from "./rule-validity";

export { timing };

export const EFFECTS = ["COVERS", "EXCLUDES", "CONDITIONAL"] as const;
export type Effect = (typeof EFFECTS)[number];
export const STATUSES = ["covers", "conditional", "excluded"] as const;
export type Status = (typeof STATUSES)[number];

const isoDate = z.string().refine(isIsoDate, { message: "must be a calendar date (YYYY-MM-DD)" });
const boundary = z.object({ date: isoDate, precision: z.enum(PRECISIONS) });
const reference = z.object({ slug: z.string().min(1), title: z.string().min(1) });

/** A rule as the engine needs it; parse database records with this schema at the boundary. */
export const ruleSchema = z.object({
  slug: z.string().min(1),
  forum: z.string().min(1),
  situation: z.string().min(1).nullable(),
  effect: z.enum(EFFECTS),
  summary: z.string().min(1),
  condition: z.string().min(1).nullable(),
  crimes: z.array(z.string().min(1)),
  accusedKinds: z.array(z.string().min(1)),
  levels: z.array(z.string().min(1)),
  modes: z.array(z.string().min(1)),
  validFrom: boundary.nullable(),
  validTo: boundary.nullable(),
  openedBy: reference.nullable(),
  closedBy: reference.nullable(),
  provision: z.object({ slug: z.string().min(1), label: z.string().min(1) }),
  source: z.object({
    slug: z.string().min(1),
    title: z.string().min(1),
    url: z.string().nullable(),
    locator: z.string().nullable(),
  }),
});
export type Rule = z.infer<typeof ruleSchema>;

export type Profile = {
  crime: string;
  accused: string;
  /** Null for legal persons, for whom a level of responsibility has no meaning. */
  level: string | null;
  mode: string;
  situation: string;
  asOf: IsoDate;
};

export type ForumRef = { slug: string; name: string };

export type Reason = {
  /** Null only for "no applicable rule". */
  rule: string | null;
  effect: Effect | null;
  summary: string;
  provision: Rule["provision"] | null;
  source: Rule["source"] | null;
  condition?: string;
  validity?: string;
  /** Set when the rule's boundary falls in a period the sources give only to the month or year. */
  uncertainDate?: string;
};

export type ForumAnswer = { forum: ForumRef; status: Status; reasons: Reason[] };
export type Answer = { asOf: IsoDate; profile: Profile; gap: boolean; forums: ForumAnswer[] };

export const NO_APPLICABLE_RULE = "No applicable rule: no jurisdiction rule of this forum reaches this profile on this date.";


function reaches(list: readonly string[], value: string | null): boolean {
  return list.length === 0 || (value !== null && list.includes(value));
}

export function ruleReaches(rule: Rule, profile: Profile): boolean {
  return (
    (rule.situation === null || rule.situation === profile.situation) &&
    reaches(rule.crimes, profile.crime) &&
    reaches(rule.accusedKinds, profile.accused) &&
    reaches(rule.levels, profile.level) &&
    reaches(rule.modes, profile.mode)
  );
}

/** The rule's validity in words, as the pages say it ("From 1 January 2025"). */
export function describeValidity(rule: Pick<Rule, "validFrom" | "validTo">): string {
  return describeValidityPeriod({ from: rule.validFrom, to: rule.validTo });
}

function reasonOf(rule: Rule, uncertainDate?: string): Reason {
  return {
    rule: rule.slug,
    effect: rule.effect,
    summary: rule.summary,
    provision: rule.provision,
    source: rule.source,
    ...(rule.condition ? { condition: rule.condition } : {}),
    validity: describeValidity(rule),
    ...(uncertainDate ? { uncertainDate } : {}),
  };
}

/** One forum's answer for a profile. */
export function evaluateForum(forum: ForumRef, profile: Profile, rules: readonly Rule[]): ForumAnswer {
  const inForce: Rule[] = [];
  const uncertain: { rule: Rule; date: string }[] = [];
  for (const rule of rules) {
    if (rule.forum !== forum.slug || !ruleReaches(rule, profile)) continue;
    const t = timing(rule, profile.asOf);
    if (t.state === "in-force") inForce.push(rule);
    else if (t.state === "uncertain") uncertain.push({ rule, date: t.uncertainDate! });
  }
  const ofEffect = (effect: Effect) => inForce.filter((r) => r.effect === effect);
  const excludes = ofEffect("EXCLUDES");
  const covers = ofEffect("COVERS");
  const conditional = ofEffect("CONDITIONAL");
  const uncertainReasons = uncertain.map(({ rule, date }) => reasonOf(rule, date));

  if (excludes.length > 0) {
    return { forum, status: "excluded", reasons: excludes.map((r) => reasonOf(r)) };
  }
  if (covers.length > 0) {
    // Only an exclusion or a condition that may already hold can weaken a rule that covers.
    const doubts = uncertain.filter(({ rule }) => rule.effect !== "COVERS");
    if (doubts.length === 0) return { forum, status: "covers", reasons: covers.map((r) => reasonOf(r)) };
    return { forum, status: "conditional", reasons: [...covers.map((r) => reasonOf(r)), ...doubts.map(({ rule, date }) => reasonOf(rule, date))] };
  }
  if (conditional.length > 0 || uncertain.length > 0) {
    return { forum, status: "conditional", reasons: [...conditional.map((r) => reasonOf(r)), ...uncertainReasons] };
  }
  return {
    forum,
    status: "excluded",
    reasons: [{ rule: null, effect: null, summary: NO_APPLICABLE_RULE, provision: null, source: null }],
  };
}

/** Every forum's answer for a profile, in the order the forums are given. */
export function evaluate(profile: Profile, forums: readonly ForumRef[], rules: readonly Rule[]): Answer {
  const answers = forums.map((forum) => evaluateForum(forum, profile, rules));
  return { asOf: profile.asOf, profile, gap: !answers.some((a) => a.status === "covers"), forums: answers };
}
