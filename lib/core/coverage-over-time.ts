/**
 * A profile's coverage over time: for each forum, the stretches of "as of" dates over which the
 * jurisdiction engine gives the same status (covers, conditional, excluded, no rule recorded),
 * each opened and closed by the milestones that started or ended the rules behind the change.
 * Pure: the engine is asked again at each day where its answer can change, nowhere else.
 *
 * The question stays the one asked (crime, accused, level, mode, situation, and the conduct, if
 * given); only the day "as of" which the law is read moves. So at the page's own "as of" day the
 * chart says exactly what the answer says. Without a conduct date the engine considers all conduct
 * up to "as of", as the answer does.
 *
 * Where the answer can change, for the rules of a forum that reach the profile:
 * - a validity boundary (timing in rule-validity.ts): a start known to the day is in force from
 *   that day; one known only to the month or year is in doubt from the period's first day and in
 *   force from its last; an end known to the day ends after it; one known only to a month or year
 *   is in doubt from the period's second day and over after its last;
 * - a conduct boundary (reachOf in jurisdiction.ts), since the conduct considered grows with "as of";
 * - the conduct asked about: before its first day the question has no answer (the chart starts
 *   there), and after its last day the conduct considered stops growing.
 * The days are found this way and the engine decides each stretch; adjacent stretches with the
 * same status are one period.
 *
 * Dates are said only as precisely as known: a boundary the sources give to the month is "October
 * 2024", never a day of it (docs/decisions/005-partial-dates.md).
 */
import { formatPartialDate, normalise, periodOf, ukDateOf, ukDateWhen, type IsoDate, type PartialDate, type Precision } from "./dates";
import type { Locale } from "./locales";
import { evaluateForum, ruleReaches, type Conduct, type ForumRef, type Profile, type Rule, type Status } from "./jurisdiction";

export type MilestoneRef = { slug: string; title: string };

/** One end of a period: the exact day used to draw it, and the date as precisely as the sources give it. */
export type PeriodEnd = { day: IsoDate; shown: PartialDate };

export type CoveragePeriod = {
  status: Status;
  /** Null: from before the first boundary recorded (no earlier change is known). */
  from: PeriodEnd | null;
  /** Null: no end recorded; the status holds to this day and on. */
  to: PeriodEnd | null;
  /** The milestones whose rules started or ended on the first day of the period. */
  openedBy: MilestoneRef[];
  /** The milestones whose rules started or ended on the day after the period's last. */
  closedBy: MilestoneRef[];
  /** The rules behind the status, over the whole period. */
  rules: string[];
  /** The period begins with the conduct asked about, not with a change of the law. */
  startsAtConduct?: true;
};

export type ForumCoverage = { forum: { slug: string; name: string }; periods: CoveragePeriod[] };

export type CoverageOverTime = {
  /** The first day charted: the conduct's first day, or the first boundary of any forum. */
  start: IsoDate | null;
  forums: ForumCoverage[];
};

export type CoverageQuestion = Omit<Profile, "asOf" | "conduct"> & { conduct: Conduct | null };

/** What happens on a day where the answer can change. */
type Cut = {
  day: IsoDate;
  /** How the day is said as a period's first day, and as the day after the previous period's last. */
  from: PartialDate;
  previousTo: PartialDate;
  milestones: MilestoneRef[];
};

function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const RANK = { DAY: 0, MONTH: 1, YEAR: 2 } as const;

/** A day said at a precision: 2024-09-30 at MONTH is "September 2024". */
const truncated = (day: IsoDate, precision: Precision): PartialDate => ({ date: normalise(day, precision), precision });

/**
 * The cuts of a set of rules (and of the conduct asked about), by day. Each day is said at the
 * precision of the boundary behind it (exactly, or only its month or year), and so is the day
 * before it, which ends the previous period: the day before a rule that begins "in October 2024"
 * is said "September 2024". A day given exactly by one source is said exactly, even if a vaguer
 * boundary also falls on it.
 */
function cutsOf(rules: readonly Rule[], conduct: Conduct | null): Cut[] {
  const byDay = new Map<IsoDate, { precision: Precision; milestones: Map<string, MilestoneRef> }>();
  const add = (day: IsoDate, boundary: PartialDate, milestone: MilestoneRef | null) => {
    const entry = byDay.get(day) ?? { precision: boundary.precision, milestones: new Map<string, MilestoneRef>() };
    if (RANK[boundary.precision] < RANK[entry.precision]) entry.precision = boundary.precision;
    if (milestone) entry.milestones.set(milestone.slug, milestone);
    byDay.set(day, entry);
  };
  for (const rule of rules) {
    if (rule.validFrom) {
      const { start, end } = periodOf(rule.validFrom);
      add(start, rule.validFrom, rule.openedBy);
      if (end !== start) add(end, rule.validFrom, rule.openedBy);
    }
    if (rule.validTo) {
      const { start, end } = periodOf(rule.validTo);
      if (end !== start) add(addDays(start, 1), rule.validTo, rule.closedBy);
      add(addDays(end, 1), rule.validTo, rule.closedBy);
    }
    for (const [boundary, side] of [
      [rule.conductFrom, "from"],
      [rule.conductTo, "to"],
    ] as const) {
      if (!boundary) continue;
      const { start, end } = periodOf(boundary);
      if (side === "from") {
        add(start, boundary, null);
        if (end !== start) add(addDays(end, 1), boundary, null);
      } else {
        if (end !== start) add(start, boundary, null);
        add(addDays(end, 1), boundary, null);
      }
    }
  }
  if (conduct) add(addDays(periodOf(conduct.to).end, 1), conduct.to, null);
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, { precision, milestones }]) => ({
      day,
      from: truncated(day, precision),
      previousTo: truncated(addDays(day, -1), precision),
      milestones: [...milestones.values()],
    }));
}

/** One forum's periods for a question (see the file's comment). */
export function forumCoverageOverTime(forum: ForumRef, question: CoverageQuestion, rules: readonly Rule[]): ForumCoverage {
  const relevant = rules.filter((r) => r.forum === forum.slug && ruleReaches(r, question));
  const conductStart = question.conduct ? periodOf(question.conduct.from).start : null;
  const cuts = cutsOf(relevant, question.conduct).filter((c) => conductStart === null || c.day > conductStart);
  const statusOn = (day: IsoDate) => evaluateForum(forum, { ...question, asOf: day }, relevant);

  // The first stretch: from the conduct's first day, or from before every boundary (asked the day before the first).
  const firstDay = conductStart ?? (cuts[0] ? addDays(cuts[0].day, -1) : "2000-01-01");
  const stretches: { start: Cut | null; status: Status; rules: string[]; atConduct?: true }[] = [];
  const first = statusOn(firstDay);
  const startCut: Cut | null = conductStart && question.conduct ? { day: conductStart, from: question.conduct.from, previousTo: question.conduct.from, milestones: [] } : null;
  stretches.push({ start: startCut, status: first.status, rules: rulesOf(first), ...(startCut ? { atConduct: true as const } : {}) });
  for (const cut of cuts) {
    const answer = statusOn(cut.day);
    stretches.push({ start: cut, status: answer.status, rules: rulesOf(answer) });
  }

  const periods: CoveragePeriod[] = [];
  for (let i = 0; i < stretches.length; i++) {
    const s = stretches[i]!;
    const last = periods.at(-1);
    if (last && last.status === s.status) {
      last.rules = [...new Set([...last.rules, ...s.rules])];
      continue;
    }
    if (last && s.start) {
      last.to = { day: addDays(s.start.day, -1), shown: s.start.previousTo };
      last.closedBy = s.start.milestones;
    }
    periods.push({
      status: s.status,
      from: s.start ? { day: s.start.day, shown: s.start.from } : null,
      to: null,
      openedBy: s.start?.milestones ?? [],
      closedBy: [],
      rules: s.rules,
      ...(s.atConduct ? { startsAtConduct: true as const } : {}),
    });
  }
  return { forum: { slug: forum.slug, name: forum.name }, periods };
}

const rulesOf = (answer: ReturnType<typeof evaluateForum>) => answer.reasons.flatMap((r) => (r.rule ? [r.rule] : []));

/** Every forum's periods for a question, in the order the forums are given. */
export function coverageOverTime(question: CoverageQuestion, forums: readonly ForumRef[], rules: readonly Rule[]): CoverageOverTime {
  const result = forums.map((forum) => forumCoverageOverTime(forum, question, rules));
  const starts = result.flatMap((f) => f.periods.flatMap((p) => (p.from ? [p.from.day] : [])));
  const start = question.conduct ? periodOf(question.conduct.from).start : starts.length > 0 ? starts.sort()[0]! : null;
  return { start, forums: result };
}

/** The status of a forum on a day, read from its periods (what the chart shows there). */
export function statusOnDay(coverage: ForumCoverage, day: IsoDate): Status | null {
  for (const p of coverage.periods) {
    if (p.from && day < p.from.day) continue;
    if (p.to && day > p.to.day) continue;
    return p.status;
  }
  return null;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A period's dates in words, as precisely as known: "From 1 July 2002 to 16 April 2014", "Until
 * 30 June 2002", "From 25 June 2025", "In October 2024 (the day is not known)"; "З 1 липня 2002 р.
 * до 16 квітня 2014 р.", "У жовтні 2024 р. (день невідомий)".
 */
export function periodDatesWords(period: Pick<CoveragePeriod, "from" | "to">, locale: Locale = "en"): string {
  if (locale === "uk") {
    const from = period.from?.shown ?? null;
    const to = period.to?.shown ?? null;
    if (from && to) {
      if (formatPartialDate(from, "uk") === formatPartialDate(to, "uk")) return from.precision === "DAY" ? formatPartialDate(from, "uk") : `${capitalise(ukDateWhen(from))} (день невідомий)`;
      return `З ${ukDateOf(from)} до ${ukDateOf(to)}`;
    }
    if (from) return `З ${ukDateOf(from)}`;
    if (to) return `До ${ukDateOf(to)}`;
    return "На кожну записану дату";
  }
  const from = period.from ? formatPartialDate(period.from.shown) : null;
  const to = period.to ? formatPartialDate(period.to.shown) : null;
  if (from && to) {
    if (from === to) return period.from!.shown.precision === "DAY" ? `On ${from}` : `In ${from} (the day is not known)`;
    return `From ${from} to ${to}`;
  }
  if (from) return `From ${from}`;
  if (to) return `Until ${to}`;
  return "At every date recorded";
}

/** "1 July 2002", "October 2024", or words for an open end ("No start recorded", "Початок не записано"). */
export function endWords(end: PeriodEnd | null, side: "from" | "to", locale: Locale = "en"): string {
  if (end) return formatPartialDate(end.shown, locale);
  if (locale === "uk") return side === "from" ? "Початок не записано" : "Кінець не записано";
  return side === "from" ? "No start recorded" : "No end recorded";
}

const STATUS_WORDS: Record<Locale, Record<Status, string>> = {
  en: { covers: "covers", conditional: "conditional", excluded: "excluded", unknown: "no rule recorded" },
  uk: { covers: "охоплює", conditional: "за умови", excluded: "виключено", unknown: "правила не записано" },
};

/**
 * The chart in sentences, for its description: forum by forum, each period's status and dates.
 * "International Criminal Court: excluded from January 2014 to 16 April 2014; covers from 17 April 2014."
 */
export function describeCoverageOverTime(coverage: CoverageOverTime, locale: Locale = "en"): string {
  return coverage.forums
    .map((f) => {
      const periods = f.periods.map((p) => `${STATUS_WORDS[locale][p.status]} ${periodDatesWords(p, locale).replace(/^./, (c) => c.toLowerCase())}`).join("; ");
      // A Ukrainian date ends in "р.", which ends the sentence too.
      return `${f.forum.name}: ${periods}${periods.endsWith(".") ? "" : "."}`;
    })
    .join(" ");
}
