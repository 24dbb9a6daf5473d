/**
 * The "which forum?" answer and the matrix in words, for the pages: the two dates of a question
 * (the conduct, and the day "as of" which the law is read), the headline that sums up the four
 * statuses without calling the tracker's silence an impunity gap, and a forum's reach of conduct,
 * period by period. Pure, so the words a lawyer relies on are tested.
 */
import { formatPartialDate, type IsoDate } from "./dates";
import { describeConductAsked, describePeriod, type Answer, type Conduct, type ConductPeriod, type Status } from "./jurisdiction";
import { JURISDICTION_STATUS_LABELS } from "./labels";

/** "3 December 2026". */
export const dayWords = (date: IsoDate): string => formatPartialDate({ date, precision: "DAY" });

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "on 15 March 2022", "in March 2022", "in 2022", "from 24 February 2022 to March 2023". */
export function conductPhrase(conduct: Conduct): string {
  const from = formatPartialDate(conduct.from);
  const to = formatPartialDate(conduct.to);
  if (from !== to) return `from ${from} to ${to}`;
  return conduct.from.precision === "DAY" ? `on ${from}` : `in ${from}`;
}

/** The conduct of a question as the question says it: "March 2022", or that none was given. */
export function conductWords(conduct: Conduct | null): string {
  return conduct ? describeConductAsked(conduct) : "Not given (all conduct up to the as-of date)";
}

/** Both dates in one phrase: "As of 3 December 2026, for conduct in March 2022". */
export function whenWords(asOf: IsoDate, conduct: Conduct | null): string {
  return conduct ? `As of ${dayWords(asOf)}, for conduct ${conductPhrase(conduct)}` : `As of ${dayWords(asOf)}, for conduct at any time up to that day`;
}

/** One stretch of conduct, as a row of a table says it: "Conduct up to 20 November 2013". */
export function periodWords(period: Pick<ConductPeriod, "from" | "to">): string {
  return capitalise(describePeriod(period));
}

/** A forum's periods in one line, for a tooltip: "Conduct up to 20 November 2013: Excluded; conduct from 21 November 2013 onwards: Covers". */
export function periodsSummary(periods: readonly Pick<ConductPeriod, "from" | "to" | "status">[]): string {
  return capitalise(periods.map((p) => `${describePeriod(p)}: ${JURISDICTION_STATUS_LABELS[p.status]}`).join("; "));
}

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "21 Nov 2013": a day where room is short (a matrix cell). */
export function shortDayWords(date: IsoDate): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return `${d} ${SHORT_MONTHS[m - 1]} ${y}`;
}

/** One stretch of conduct where room is short: "to 20 Nov 2013", "from 21 Nov 2013", "21 Nov 2013 – 22 Feb 2014". */
export function shortPeriodWords(period: Pick<ConductPeriod, "from" | "to">): string {
  if (period.from && period.to) return period.from === period.to ? shortDayWords(period.from) : `${shortDayWords(period.from)} – ${shortDayWords(period.to)}`;
  if (period.from) return `from ${shortDayWords(period.from)}`;
  if (period.to) return `to ${shortDayWords(period.to)}`;
  return "any time";
}

export type ReachLine = { status: Status; period: string };

/**
 * A forum's reach, period by period of conduct (a matrix change's `periodsBefore`/`periodsAfter`),
 * as lines to show with the statuses' labels. `run`: the periods as one run of a sentence,
 * "Conduct up to …", then "from … to …".
 */
export function reachLines(periods: readonly Pick<ConductPeriod, "from" | "to" | "status">[], { run = false }: { run?: boolean } = {}): ReachLine[] {
  return periods.map((p, i) => {
    const period = describePeriod(p);
    return { status: p.status, period: run && i > 0 ? period.replace(/^conduct /, "") : capitalise(period) };
  });
}

/** "A", "A and B", "A, B and C". */
export function listWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/**
 * The headline's tone: `covered` (some forum covers), `conditional` (none outright, some only if
 * conditions hold), `gap` (every forum excluded by a recorded rule: an impunity gap), `silent`
 * (none covers, but for some forum the tracker records no rule: not a gap, a blank in the record).
 */
export type HeadlineTone = "covered" | "conditional" | "gap" | "silent";
export type Headline = { tone: HeadlineTone; main: string; details: string[] };

/**
 * The answer in a sentence or two, with both dates. An impunity gap is said only when every forum
 * is excluded by a recorded rule; a forum with no rule recorded is named as such, never as a gap.
 */
export function headline(answer: Pick<Answer, "asOf" | "conduct" | "gap" | "forums">): Headline {
  const when = whenWords(answer.asOf, answer.conduct);
  // "the International Criminal Court", "the Ukrainian national courts": each name takes the article.
  const named = (status: Status) => answer.forums.filter((f) => f.status === status).map((f) => `the ${f.forum.name}`);
  const covers = named("covers");
  const conditional = named("conditional");
  const excluded = named("excluded");
  const unknown = named("unknown");

  if (answer.gap) {
    return {
      tone: "gap",
      main: `${when}: no forum can try this profile. This is an impunity gap.`,
      details: ["Every forum is excluded by a recorded rule; each forum’s rule and its source are below."],
    };
  }
  const details: string[] = [];
  if (covers.length > 0 && conditional.length > 0) details.push(`Also, only if conditions hold: ${listWords(conditional)}. The conditions are listed below.`);
  if (covers.length === 0 && conditional.length > 0) details.push(`Only if conditions hold: ${listWords(conditional)}. The conditions are listed below.`);
  if (unknown.length > 0) {
    details.push(
      `No rule recorded for ${listWords(unknown)}: the tracker holds no rule that reaches this profile. That is a blank in the tracker, not a finding that ${unknown.length === 1 ? "this forum" : "these forums"} cannot try it, and not an impunity gap.`,
    );
  }
  if (excluded.length > 0) details.push(`Excluded by a recorded rule: ${listWords(excluded)}.`);

  if (covers.length > 0) return { tone: "covered", main: `${when}: covered by ${listWords(covers)}.`, details };
  if (conditional.length > 0) return { tone: "conditional", main: `${when}: no forum covers this profile outright; conditions apply.`, details };
  return { tone: "silent", main: `${when}: no forum is recorded as able to try this profile, but this is not an impunity gap.`, details };
}
