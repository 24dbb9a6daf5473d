/**
 * The jurisdiction engine: for a profile (crime, kind of accused, level, mode of liability,
 * situation), the date of the conduct and the date "as of" which the question is asked, which
 * forums can try it, which cannot, and why. Pure: rules and dates come in as arguments; no
 * database, no clock.
 *
 * Two dates (docs/decisions/021-two-dates-and-four-statuses.md):
 * - "as of" picks the architecture: the rules in force on that day (their validity);
 * - the conduct is what a rule must reach (ratione temporis): Ukraine's first Article 12(3)
 *   declaration, in force from 17 April 2014, reaches conduct from 21 November 2013 to 22 February
 *   2014 only. Without a conduct date, every conduct up to "as of" is considered, and the answer
 *   says, period by period, what each forum can try.
 *
 * How a forum's status is decided, for each stretch of conduct:
 * 1. A rule reaches a profile when its situation matches (or it names none) and each of its scope
 *    lists (crimes, accused kinds, levels, modes) is empty or contains the profile's value.
 * 2. It applies when it is in force "as of" and reaches the conduct. A boundary known only to the
 *    month or year makes the days inside that period uncertain.
 * 3. An exclusion that applies wins. Otherwise a rule that covers makes the forum `covers`, unless
 *    an uncertain exclusion or condition could still apply; then it is `conditional`. A conditional
 *    rule (or an uncertain one) makes it `conditional`. No rule at all: `unknown`, "no rule
 *    recorded", which is the tracker's silence, never the law's.
 * Over the whole conduct asked about: one status if every stretch has it; otherwise `conditional`
 * (on when the conduct took place) where some stretch is covered, else `unknown`.
 * 4. A gap is a profile that every forum excludes by a recorded rule.
 */
import { z } from "zod";
import { formatPartialDate, isIsoDate, periodOf, PRECISIONS, ukDateOf, type IsoDate, type PartialDate } from "./dates";
import type { Locale } from "./locales";
import { policiesFor, type Policy } from "./policy";
import { describeValidity as describeValidityPeriod, timing } from "./rule-validity";

export { timing };

export const EFFECTS = ["COVERS", "EXCLUDES", "CONDITIONAL"] as const;
export type Effect = (typeof EFFECTS)[number];
export const STATUSES = ["covers", "conditional", "excluded", "unknown"] as const;
export type Status = (typeof STATUSES)[number];
/**
 * What a condition turns on: a fact about the case a user can check (the accused no longer holds
 * office, the conduct falls after a date, the place lies in the referred region); a forum that
 * exists but does not yet operate; a boundary the sources give only to the month or year.
 */
export const CONDITION_KINDS = ["CASE_FACT", "NOT_OPERATIONAL", "DATE_PRECISION"] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];

const isoDate = z.string().refine(isIsoDate, { message: "must be a calendar date (YYYY-MM-DD)" });
const boundary = z.object({ date: isoDate, precision: z.enum(PRECISIONS) });
const reference = z.object({ slug: z.string().min(1), title: z.string().min(1) });
const provisionRef = z.object({ slug: z.string().min(1), label: z.string().min(1), url: z.string().nullable() });

/** A rule as the engine needs it; parse database records with this schema at the boundary. */
export const ruleSchema = z.object({
  slug: z.string().min(1),
  forum: z.string().min(1),
  situation: z.string().min(1).nullable(),
  effect: z.enum(EFFECTS),
  summary: z.string().min(1),
  condition: z.string().min(1).nullable(),
  conditionKind: z.enum(CONDITION_KINDS).nullable(),
  crimes: z.array(z.string().min(1)),
  accusedKinds: z.array(z.string().min(1)),
  levels: z.array(z.string().min(1)),
  modes: z.array(z.string().min(1)),
  validFrom: boundary.nullable(),
  validTo: boundary.nullable(),
  /** The conduct the rule reaches; null on a side: no limit recorded there. */
  conductFrom: boundary.nullable(),
  conductTo: boundary.nullable(),
  openedBy: reference.nullable(),
  closedBy: reference.nullable(),
  provision: provisionRef,
  source: z.object({
    slug: z.string().min(1),
    title: z.string().min(1),
    url: z.string().nullable(),
    locator: z.string().nullable(),
  }),
});
export type Rule = z.infer<typeof ruleSchema>;

/** When the conduct took place: one day, month or year (from = to), or a period between two. */
export type Conduct = { from: PartialDate; to: PartialDate };

export type Profile = {
  crime: string;
  accused: string;
  /** Null for legal persons, for whom a level of responsibility has no meaning. */
  level: string | null;
  mode: string;
  situation: string;
  asOf: IsoDate;
  /** Null: not given; every conduct up to "as of" is considered. */
  conduct?: Conduct | null;
};

/** A note every "covers" of a forum carries (the ICC: admissibility under Article 17). */
export type ForumNote = { text: string; provision: z.infer<typeof provisionRef> };
export type ForumRef = { slug: string; name: string; coversNote?: ForumNote | null };

export type Reason = {
  /** Null only for "no rule recorded". */
  rule: string | null;
  effect: Effect | null;
  summary: string;
  provision: Rule["provision"] | null;
  source: Rule["source"] | null;
  condition?: string;
  conditionKind?: ConditionKind;
  validity?: string;
  /** The conduct the rule reaches, in words, when it is limited. */
  conduct?: string;
  /** Set when a boundary falls in a period the sources give only to the month or year. */
  uncertainDate?: string;
};

export type Condition = { kind: ConditionKind; text: string; rule: string | null };

/** A stretch of conduct over which a forum's status is the same. `from` null: any earlier conduct; `to` null: up to "as of". */
export type ConductPeriod = { from: IsoDate | null; to: IsoDate | null; status: Status; rules: string[] };

export type ForumAnswer = {
  forum: { slug: string; name: string };
  status: Status;
  reasons: Reason[];
  /** Every condition of a `conditional` answer, each with its kind; all of them must hold. Empty otherwise. */
  conditions: Condition[];
  /** What the forum can try, stretch by stretch of conduct, oldest first. */
  periods: ConductPeriod[];
  /** The forum's note on "covers" (and "conditional"), e.g. admissibility under Article 17. */
  note?: ForumNote;
};

export type Answer = {
  asOf: IsoDate;
  conduct: Conduct | null;
  profile: Profile;
  /** Every forum excludes the profile by a recorded rule. */
  gap: boolean;
  forums: ForumAnswer[];
  /** The complementarity split for this profile: policy or recommendation, not jurisdiction. */
  policy: Policy[];
};

export const NO_RULE_RECORDED =
  "No rule recorded: the tracker holds no jurisdiction rule of this forum that reaches this profile and this conduct on this date. This is the tracker's silence, not a finding that the forum lacks jurisdiction.";

const NO_RULE_RECORDED_UK =
  "Правила не записано: у трекері немає правила про юрисдикцію цього форуму, що стосується цього профілю й цього діяння на цю дату. Це мовчання трекера, а не висновок, що форум не має юрисдикції.";

/** "No rule recorded: …" in a language. */
export const noRuleRecorded = (locale: Locale = "en"): string => (locale === "uk" ? NO_RULE_RECORDED_UK : NO_RULE_RECORDED);

function reaches(list: readonly string[], value: string | null): boolean {
  return list.length === 0 || (value !== null && list.includes(value));
}

export function ruleReaches(rule: Rule, profile: Pick<Profile, "crime" | "accused" | "level" | "mode" | "situation">): boolean {
  return (
    (rule.situation === null || rule.situation === profile.situation) &&
    reaches(rule.crimes, profile.crime) &&
    reaches(rule.accusedKinds, profile.accused) &&
    reaches(rule.levels, profile.level) &&
    reaches(rule.modes, profile.mode)
  );
}

/** The rule's validity in words, as the pages say it ("From 1 January 2025", "З 1 січня 2025 р."). */
export function describeValidity(rule: Pick<Rule, "validFrom" | "validTo">, locale: Locale = "en"): string {
  return describeValidityPeriod({ from: rule.validFrom, to: rule.validTo }, locale);
}

/** The conduct a rule reaches, in words ("Conduct from 1 July 2002 onwards"); null when no limit is recorded. */
export function describeConduct(rule: Pick<Rule, "conductFrom" | "conductTo">, locale: Locale = "en"): string | null {
  const { conductFrom: from, conductTo: to } = rule;
  if (locale === "uk") {
    if (from && to) return `Діяння, вчинене з ${ukDateOf(from)} до ${ukDateOf(to)}`;
    if (from) return `Діяння, вчинене починаючи з ${ukDateOf(from)}`;
    if (to) return `Діяння, вчинене до ${ukDateOf(to)} включно`;
    return null;
  }
  if (from && to) return `Conduct from ${formatPartialDate(from)} to ${formatPartialDate(to)}`;
  if (from) return `Conduct from ${formatPartialDate(from)} onwards`;
  if (to) return `Conduct up to ${formatPartialDate(to)}`;
  return null;
}

/** The conduct asked about, in words: "March 2022", "24 February 2022 to March 2023"; "березень 2022 р.", "з 24 лютого 2022 р. до березня 2023 р.". */
export function describeConductAsked(conduct: Conduct, locale: Locale = "en"): string {
  const from = formatPartialDate(conduct.from, locale);
  const to = formatPartialDate(conduct.to, locale);
  if (locale === "uk") return from === to ? from : `з ${ukDateOf(conduct.from)} до ${ukDateOf(conduct.to)}`;
  return from === to ? from : `${from} to ${to}`;
}

// ---------------------------------------------------------------------------------------------
// Days

const shifted = new Map<string, IsoDate>();

/** The day `days` after (or before) a date; remembered, since the same boundaries recur in every answer. */
function addDays(date: IsoDate, days: number): IsoDate {
  const key = `${date}${days}`;
  const known = shifted.get(key);
  if (known) return known;
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  const day = d.toISOString().slice(0, 10);
  if (shifted.size > 10_000) shifted.clear();
  shifted.set(key, day);
  return day;
}

type Applicability = { state: "applies" | "uncertain" | "no"; uncertainDate?: string };

/**
 * Whether a rule reaches conduct on one day. A boundary known to the day is exact: conduct on that
 * day is reached. A boundary known only to the month or year leaves the whole of that period
 * uncertain: command responsibility reaches conduct "from October 2024", the day the amendment took
 * effect is not known, so conduct in October 2024 may or may not be reached.
 */
type Reach = { from: { start: IsoDate; end: IsoDate; exact: boolean; words: string } | null; to: { start: IsoDate; end: IsoDate; exact: boolean; words: string } | null };
const reachCache: Record<Locale, WeakMap<Rule, Reach>> = { en: new WeakMap(), uk: new WeakMap() };

/** A rule's conduct boundaries as periods, with the words for an uncertain day; computed once per rule and language. */
function reachOf(rule: Rule, locale: Locale = "en"): Reach {
  const cache = reachCache[locale];
  const known = cache.get(rule);
  if (known) return known;
  const side = (b: Rule["conductFrom"], edge: "from" | "to") => {
    if (!b) return null;
    const words =
      locale === "uk"
        ? `Правило поширюється на діяння, вчинене ${edge === "from" ? `з ${ukDateOf(b)}` : `до ${ukDateOf(b)} включно`}; джерела вказують лише ${UK_PRECISION_WORDS[b.precision]}, а не день`
        : `The rule reaches conduct ${edge === "from" ? "from" : "up to"} ${formatPartialDate(b)}; the sources give the ${PRECISION_WORDS[b.precision]}, not the day`;
    return { ...periodOf(b), exact: b.precision === "DAY", words };
  };
  const reach = { from: side(rule.conductFrom, "from"), to: side(rule.conductTo, "to") };
  cache.set(rule, reach);
  return reach;
}

function conductState(rule: Rule, day: IsoDate, locale: Locale = "en"): Applicability {
  if (!rule.conductFrom && !rule.conductTo) return APPLIES;
  const reach = reachOf(rule, locale);
  let uncertainDate: string | undefined;
  if (reach.from) {
    const { start, end } = reach.from;
    if (day < start) return NOT_REACHED;
    if (day <= end && !reach.from.exact) uncertainDate = reach.from.words;
  }
  if (reach.to) {
    const { start, end } = reach.to;
    if (day > end) return NOT_REACHED;
    if (day >= start && !reach.to.exact) uncertainDate = reach.to.words;
  }
  return uncertainDate ? { state: "uncertain", uncertainDate } : APPLIES;
}

const APPLIES: Applicability = { state: "applies" };
const NOT_REACHED: Applicability = { state: "no" };

const PRECISION_WORDS = { DAY: "day", MONTH: "month", YEAR: "year" } as const;
const UK_PRECISION_WORDS = { DAY: "день", MONTH: "місяць", YEAR: "рік" } as const;

/** The first days on which some rule's reach of conduct may change (sorted, unique). */
function breakpoints(rules: readonly Rule[]): IsoDate[] {
  const days = new Set<IsoDate>();
  for (const rule of rules) {
    if (!rule.conductFrom && !rule.conductTo) continue;
    const { from, to } = reachOf(rule);
    if (from) {
      days.add(from.start);
      days.add(addDays(from.end, 1));
    }
    if (to) {
      if (!to.exact) days.add(to.start);
      days.add(addDays(to.end, 1));
    }
  }
  return [...days].sort();
}

// ---------------------------------------------------------------------------------------------
// Evaluation

// Rules are parsed once per snapshot and shared (frozen) by every request: a rule's words are
// built once, not for every stretch of every answer.
const certainReasons: Record<Locale, WeakMap<Rule, Reason>> = { en: new WeakMap(), uk: new WeakMap() };

function reasonIn(rule: Rule, locale: Locale, uncertainDate?: string): Reason {
  if (!uncertainDate) {
    const cache = certainReasons[locale];
    const known = cache.get(rule);
    if (known) return known;
    const reason = buildReason(rule, locale);
    cache.set(rule, reason);
    return reason;
  }
  return buildReason(rule, locale, uncertainDate);
}

function buildReason(rule: Rule, locale: Locale, uncertainDate?: string): Reason {
  const conduct = describeConduct(rule, locale);
  return {
    rule: rule.slug,
    effect: rule.effect,
    summary: rule.summary,
    provision: rule.provision,
    source: rule.source,
    ...(rule.condition ? { condition: rule.condition, conditionKind: rule.conditionKind ?? "CASE_FACT" } : {}),
    validity: describeValidity(rule, locale),
    ...(conduct ? { conduct } : {}),
    ...(uncertainDate ? { uncertainDate } : {}),
  };
}

const NO_RULE_REASONS: Record<Locale, Reason> = {
  en: { rule: null, effect: null, summary: NO_RULE_RECORDED, provision: null, source: null },
  uk: { rule: null, effect: null, summary: NO_RULE_RECORDED_UK, provision: null, source: null },
};

type Stretch = { from: IsoDate | null; to: IsoDate; status: Status; reasons: Reason[]; conditions: Condition[] };

/** The status of one stretch of conduct, from the rules that apply and those that may. */
function decide(applying: readonly Rule[], uncertain: readonly { rule: Rule; date: string }[], locale: Locale): { status: Status; reasons: Reason[] } {
  const reasonOf = (rule: Rule, uncertainDate?: string) => reasonIn(rule, locale, uncertainDate);
  const ofEffect = (effect: Effect) => applying.filter((r) => r.effect === effect);
  const excludes = ofEffect("EXCLUDES");
  const covers = ofEffect("COVERS");
  const conditional = ofEffect("CONDITIONAL");
  const uncertainReasons = uncertain.map(({ rule, date }) => reasonOf(rule, date));
  if (excludes.length > 0) return { status: "excluded", reasons: excludes.map((r) => reasonOf(r)) };
  if (covers.length > 0) {
    // Only an exclusion or a condition that may already hold can weaken a rule that covers.
    const doubts = uncertain.filter(({ rule }) => rule.effect !== "COVERS");
    if (doubts.length === 0) return { status: "covers", reasons: covers.map((r) => reasonOf(r)) };
    return { status: "conditional", reasons: [...covers.map((r) => reasonOf(r)), ...doubts.map(({ rule, date }) => reasonOf(rule, date))] };
  }
  if (conditional.length > 0 || uncertain.some(({ rule }) => rule.effect !== "EXCLUDES")) {
    return { status: "conditional", reasons: [...conditional.map((r) => reasonOf(r)), ...uncertainReasons] };
  }
  // Only an exclusion whose boundary is uncertain: excluded, or no rule; the tracker cannot say which.
  if (uncertain.length > 0) return { status: "unknown", reasons: uncertainReasons };
  return { status: "unknown", reasons: [NO_RULE_REASONS[locale]] };
}

const dayWords = (date: IsoDate, locale: Locale = "en") => formatPartialDate({ date, precision: "DAY" }, locale);

/** How the Ukrainian of `describePeriod` begins: "діяння, вчинене …". */
export const UK_PERIOD_PREFIX = "діяння, вчинене ";

/**
 * "conduct from 21 November 2013 to 22 February 2014", "conduct up to 20 November 2013";
 * "діяння, вчинене з 21 листопада 2013 р. до 22 лютого 2014 р.", "діяння, вчинене до 20 листопада 2013 р. включно".
 */
export function describePeriod(period: Pick<ConductPeriod, "from" | "to">, locale: Locale = "en"): string {
  if (locale === "uk") {
    const day = (date: IsoDate) => dayWords(date, "uk");
    if (period.from && period.to) return `${UK_PERIOD_PREFIX}${period.from === period.to ? day(period.from) : `з ${day(period.from)} до ${day(period.to)}`}`;
    if (period.from) return `${UK_PERIOD_PREFIX}починаючи з ${day(period.from)}`;
    if (period.to) return `${UK_PERIOD_PREFIX}до ${day(period.to)} включно`;
    return `${UK_PERIOD_PREFIX}будь-коли`;
  }
  if (period.from && period.to) return period.from === period.to ? `conduct on ${dayWords(period.from)}` : `conduct from ${dayWords(period.from)} to ${dayWords(period.to)}`;
  if (period.from) return `conduct from ${dayWords(period.from)} onwards`;
  if (period.to) return `conduct up to ${dayWords(period.to)}`;
  return "conduct at any time";
}

const STATUS_WORDS: Record<Locale, Record<Status, string>> = {
  en: { covers: "covered", conditional: "conditional", excluded: "excluded", unknown: "no rule recorded" },
  uk: { covers: "охоплює", conditional: "за умови", excluded: "виключено", unknown: "правила не записано" },
};

/**
 * The condition of a forum whose status differs by date of conduct: "Depends on when the conduct
 * took place: conduct up to …: excluded; …". `conduct`: the conduct asked about, if any.
 */
export function periodsCondition(periods: readonly Pick<ConductPeriod, "from" | "to" | "status">[], conduct: Conduct | null, locale: Locale = "en"): string {
  const words = periods.map((p) => `${describePeriod(p, locale)}: ${STATUS_WORDS[locale][p.status]}`).join("; ");
  if (locale === "uk") {
    return conduct
      ? `Зазначене діяння (${describeConductAsked(conduct, "uk")}) охоплює періоди, до яких правила застосовуються по-різному: ${words}.`
      : `Залежить від того, коли вчинено діяння: ${words}. Зазначте дату діяння, щоб отримати одну відповідь.`;
  }
  return conduct
    ? `The conduct given (${describeConductAsked(conduct)}) spans periods the rules treat differently: ${words}.`
    : `Depends on when the conduct took place: ${words}. Give the date of the conduct for a single answer.`;
}

/** Each rule once (a rule certain on some days and uncertain on others is listed once; its doubt is a condition). */
function uniqueReasons(reasons: readonly Reason[]): Reason[] {
  const seen = new Set<string>();
  const out: Reason[] = [];
  for (const r of reasons) {
    const key = r.rule ?? "-";
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}

/** The conditions of a conditional answer: each condition of a rule that applies, each uncertain boundary. */
function conditionsOf(reasons: readonly Reason[]): Condition[] {
  return reasons.flatMap((r): Condition[] =>
    r.uncertainDate
      ? [{ kind: "DATE_PRECISION", text: r.uncertainDate, rule: r.rule }]
      : r.effect === "CONDITIONAL" && r.condition
        ? [{ kind: r.conditionKind ?? "CASE_FACT", text: r.condition, rule: r.rule }]
        : [],
  );
}

/** One forum's answer for a profile; its texts (reasons, conditions) in the locale's words. */
export function evaluateForum(forum: ForumRef, profile: Profile, rules: readonly Rule[], locale: Locale = "en"): ForumAnswer {
  // The rules of this forum that reach the profile and are (or may be) in force "as of".
  const candidates: { rule: Rule; validity: Applicability }[] = [];
  for (const rule of rules) {
    if (rule.forum !== forum.slug || !ruleReaches(rule, profile)) continue;
    const t = timing(rule, profile.asOf, locale);
    if (t.state === "in-force") candidates.push({ rule, validity: { state: "applies" } });
    else if (t.state === "uncertain") candidates.push({ rule, validity: { state: "uncertain", uncertainDate: t.uncertainDate! } });
  }

  // The conduct considered: the one asked about, or all conduct up to "as of".
  const conduct = profile.conduct ?? null;
  const low = conduct ? periodOf(conduct.from).start : null;
  const askedEnd = conduct ? periodOf(conduct.to).end : profile.asOf;
  const high = askedEnd < profile.asOf ? askedEnd : profile.asOf;

  if (low !== null && low > high) {
    // Conduct that begins after "as of": the architecture of that day cannot have reached it.
    return { forum: { slug: forum.slug, name: forum.name }, status: "unknown", reasons: [NO_RULE_REASONS[locale]], conditions: [], periods: [] };
  }
  const forumRef = { slug: forum.slug, name: forum.name };
  // Most forums reach every conduct alike: one stretch, decided once, no periods to compare.
  if (!candidates.some((c) => c.rule.conductFrom || c.rule.conductTo)) {
    const applying: Rule[] = [];
    const uncertain: { rule: Rule; date: string }[] = [];
    for (const { rule, validity } of candidates) {
      if (validity.state === "uncertain") uncertain.push({ rule, date: validity.uncertainDate! });
      else applying.push(rule);
    }
    const { status, reasons } = decide(applying, uncertain, locale);
    const conditions = status === "conditional" ? conditionsOf(reasons) : [];
    const note = forum.coversNote && (status === "covers" || status === "conditional") ? forum.coversNote : undefined;
    const period: ConductPeriod = { from: low, to: conduct ? high : null, status, rules: reasons.flatMap((r) => (r.rule ? [r.rule] : [])) };
    return { forum: forumRef, status, reasons, conditions, periods: [period], ...(note ? { note } : {}) };
  }
  const cuts = breakpoints(candidates.map((c) => c.rule)).filter((d) => (low === null || d > low) && d <= high);
  const starts: (IsoDate | null)[] = [low, ...cuts];
  const stretches: Stretch[] = starts.map((from, i) => {
    const to = i + 1 < starts.length ? addDays(starts[i + 1]!, -1) : high;
    const applying: Rule[] = [];
    const uncertain: { rule: Rule; date: string }[] = [];
    for (const { rule, validity } of candidates) {
      if (validity.state === "no") continue;
      const reach = conductState(rule, to, locale);
      if (reach.state === "no") continue;
      if (validity.state === "uncertain" || reach.state === "uncertain") {
        uncertain.push({ rule, date: validity.uncertainDate ?? reach.uncertainDate! });
      } else applying.push(rule);
    }
    const decided = decide(applying, uncertain, locale);
    // A conditional stretch's conditions: each condition of a rule that applies, each uncertain boundary.
    const conditions = decided.status === "conditional" ? conditionsOf(decided.reasons) : [];
    return { from, to, ...decided, conditions };
  });

  // Adjacent stretches with the same status make one period.
  const merged: Stretch[] = [];
  for (const s of stretches) {
    const last = merged.at(-1);
    if (last && last.status === s.status) {
      merged[merged.length - 1] = { ...last, to: s.to, reasons: uniqueReasons([...last.reasons, ...s.reasons]), conditions: [...last.conditions, ...s.conditions] };
    }
    else merged.push(s);
  }
  const periods: ConductPeriod[] = merged.map((s) => ({
    from: s.from,
    to: !conduct && s.to === profile.asOf ? null : s.to,
    status: s.status,
    rules: s.reasons.flatMap((r) => (r.rule ? [r.rule] : [])),
  }));

  const statuses = new Set(merged.map((s) => s.status));
  const reasons = uniqueReasons(merged.flatMap((s) => s.reasons));
  let status: Status;
  const conditions: Condition[] = [];
  if (statuses.size === 1) status = merged[0]!.status;
  else if (statuses.has("covers") || statuses.has("conditional")) {
    status = "conditional";
    conditions.push({ kind: "CASE_FACT", text: periodsCondition(periods, conduct, locale), rule: null });
  } else status = "unknown";
  if (status === "conditional") {
    const seen = new Set<string>();
    for (const c of merged.flatMap((m) => m.conditions)) {
      const key = `${c.kind}|${c.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      conditions.push(c);
    }
  }

  const note = forum.coversNote && (status === "covers" || status === "conditional") ? forum.coversNote : undefined;
  return {
    forum: { slug: forum.slug, name: forum.name },
    status,
    reasons,
    conditions,
    periods,
    ...(note ? { note } : {}),
  };
}

/** Every forum's answer for a profile, in the order the forums are given; its texts in the locale's words. */
export function evaluate(profile: Profile, forums: readonly ForumRef[], rules: readonly Rule[], policies: readonly Policy[] = [], locale: Locale = "en"): Answer {
  const answers = forums.map((forum) => evaluateForum(forum, profile, rules, locale));
  return {
    asOf: profile.asOf,
    conduct: profile.conduct ?? null,
    profile,
    gap: answers.length > 0 && answers.every((a) => a.status === "excluded"),
    forums: answers,
    policy: policiesFor(profile, policies),
  };
}
