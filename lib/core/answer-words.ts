/**
 * The "which forum?" answer and the matrix in words, for the pages: the two dates of a question
 * (the conduct, and the day "as of" which the law is read), the headline that sums up the four
 * statuses without calling the tracker's silence an impunity gap, and a forum's reach of conduct,
 * period by period. Pure, so the words a lawyer relies on are tested.
 */
import { formatPartialDate, ukDateWhen, type IsoDate } from "./dates";
import { describeConductAsked, describePeriod, UK_PERIOD_PREFIX, type Answer, type Conduct, type ConductPeriod, type Status } from "./jurisdiction";
import { labelsIn } from "./labels";
import type { Locale } from "./locales";

// Ukrainian is written here beside the English, as labels.ts does for the enums: these functions
// are pure and tested, and a sentence's grammar (a month after "у" or "до") is code, not a message.
// Every function takes the locale last, "en" by default, and gives the English exactly as before.
// A rule's validity and reach, a coverage period's dates and the engine's own sentences are said
// where they are made, in the locale asked for (rule-validity.ts, jurisdiction.ts, coverage-over-time.ts).

/** "3 December 2026", "3 грудня 2026 р.". */
export const dayWords = (date: IsoDate, locale: Locale = "en"): string => formatPartialDate({ date, precision: "DAY" }, locale);

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "on 15 March 2022", "in March 2022", "in 2022", "from 24 February 2022 to March 2023"; "15 березня 2022 р.", "у березні 2022 р.", "з 24 лютого 2022 р. до березня 2023 р.". */
export function conductPhrase(conduct: Conduct, locale: Locale = "en"): string {
  const from = formatPartialDate(conduct.from);
  const to = formatPartialDate(conduct.to);
  if (locale === "uk") return from !== to ? describeConductAsked(conduct, "uk") : ukDateWhen(conduct.from);
  if (from !== to) return `from ${from} to ${to}`;
  return conduct.from.precision === "DAY" ? `on ${from}` : `in ${from}`;
}

/** The conduct of a question as the question says it: "March 2022", or that none was given. */
export function conductWords(conduct: Conduct | null, locale: Locale = "en"): string {
  if (!conduct) return locale === "uk" ? "Не вказано (усі діяння до дати «станом на»)" : "Not given (all conduct up to the as-of date)";
  return describeConductAsked(conduct, locale);
}

/** Both dates in one phrase: "As of 3 December 2026, for conduct in March 2022". */
export function whenWords(asOf: IsoDate, conduct: Conduct | null, locale: Locale = "en"): string {
  if (locale === "uk") {
    return conduct
      ? `Станом на ${dayWords(asOf, "uk")}, щодо діяння, вчиненого ${conductPhrase(conduct, "uk")}`
      : `Станом на ${dayWords(asOf, "uk")}, щодо діяння, вчиненого будь-коли до цього дня`;
  }
  return conduct ? `As of ${dayWords(asOf)}, for conduct ${conductPhrase(conduct)}` : `As of ${dayWords(asOf)}, for conduct at any time up to that day`;
}

/** "conduct up to 20 November 2013", "діяння, вчинене до 20 листопада 2013 р. включно". */
export function periodPhrase(period: Pick<ConductPeriod, "from" | "to">, locale: Locale = "en"): string {
  return describePeriod(period, locale);
}

/** One stretch of conduct, as a row of a table says it: "Conduct up to 20 November 2013". */
export function periodWords(period: Pick<ConductPeriod, "from" | "to">, locale: Locale = "en"): string {
  return capitalise(periodPhrase(period, locale));
}

/** A forum's periods in one line, for a tooltip: "Conduct up to 20 November 2013: Excluded; conduct from 21 November 2013 onwards: Covers". */
export function periodsSummary(periods: readonly Pick<ConductPeriod, "from" | "to" | "status">[], locale: Locale = "en"): string {
  const labels = labelsIn(locale).jurisdictionStatus;
  return capitalise(periods.map((p) => `${periodPhrase(p, locale)}: ${labels[p.status]}`).join("; "));
}

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const UK_SHORT_MONTHS = ["січ.", "лют.", "бер.", "квіт.", "трав.", "черв.", "лип.", "серп.", "вер.", "жовт.", "лист.", "груд."];

/** "21 Nov 2013", "21 лист. 2013": a day where room is short (a matrix cell). */
export function shortDayWords(date: IsoDate, locale: Locale = "en"): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return `${d} ${(locale === "uk" ? UK_SHORT_MONTHS : SHORT_MONTHS)[m - 1]} ${y}`;
}

/** One stretch of conduct where room is short: "to 20 Nov 2013", "from 21 Nov 2013", "21 Nov 2013 – 22 Feb 2014". */
export function shortPeriodWords(period: Pick<ConductPeriod, "from" | "to">, locale: Locale = "en"): string {
  const uk = locale === "uk";
  const day = (date: IsoDate) => shortDayWords(date, locale);
  if (period.from && period.to) return period.from === period.to ? day(period.from) : `${day(period.from)} – ${day(period.to)}`;
  if (period.from) return `${uk ? "з" : "from"} ${day(period.from)}`;
  if (period.to) return `${uk ? "до" : "to"} ${day(period.to)}`;
  return uk ? "будь-коли" : "any time";
}

export type ReachLine = { status: Status; period: string };

/**
 * A forum's reach, period by period of conduct (a matrix change's `periodsBefore`/`periodsAfter`),
 * as lines to show with the statuses' labels. `run`: the periods as one run of a sentence,
 * "Conduct up to …", then "from … to …".
 */
export function reachLines(periods: readonly Pick<ConductPeriod, "from" | "to" | "status">[], { run = false }: { run?: boolean } = {}, locale: Locale = "en"): ReachLine[] {
  return periods.map((p, i) => {
    const period = periodPhrase(p, locale);
    const rest = locale === "uk" ? period.slice(UK_PERIOD_PREFIX.length) : period.replace(/^conduct /, "");
    return { status: p.status, period: run && i > 0 ? rest : capitalise(period) };
  });
}

/** "A", "A and B", "A, B and C"; "A, B та C". */
export function listWords(items: readonly string[], locale: Locale = "en"): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${locale === "uk" ? "та" : "and"} ${items.at(-1)}`;
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
export function headline(answer: Pick<Answer, "asOf" | "conduct" | "gap" | "forums">, locale: Locale = "en"): Headline {
  if (locale === "uk") return ukHeadline(answer);
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

/** The same headline in Ukrainian: the forums are listed after a colon, so no verb has to agree with them. */
function ukHeadline(answer: Pick<Answer, "asOf" | "conduct" | "gap" | "forums">): Headline {
  const when = whenWords(answer.asOf, answer.conduct, "uk");
  const named = (status: Status) => answer.forums.filter((f) => f.status === status).map((f) => f.forum.name);
  const covers = named("covers");
  const conditional = named("conditional");
  const excluded = named("excluded");
  const unknown = named("unknown");
  const list = (items: string[]) => listWords(items, "uk");

  if (answer.gap) {
    return {
      tone: "gap",
      main: `${when}: жоден форум не може розглянути справу з цим профілем. Це прогалина безкарності.`,
      details: ["Кожен форум виключено записаним правилом; правило кожного форуму та його джерело наведено нижче."],
    };
  }
  const details: string[] = [];
  if (covers.length > 0 && conditional.length > 0) details.push(`Також, лише за виконання умов: ${list(conditional)}. Умови наведено нижче.`);
  if (covers.length === 0 && conditional.length > 0) details.push(`Лише за виконання умов: ${list(conditional)}. Умови наведено нижче.`);
  if (unknown.length > 0) {
    details.push(
      `Правила не записано для: ${list(unknown)}. У трекері немає правила, що стосується цього профілю. Це прогалина в записах трекера, а не висновок, що ${unknown.length === 1 ? "цей форум не може" : "ці форуми не можуть"} розглянути справу, і не прогалина безкарності.`,
    );
  }
  if (excluded.length > 0) details.push(`Виключено записаним правилом: ${list(excluded)}.`);

  if (covers.length > 0) return { tone: "covered", main: `${when}: профіль охоплює юрисдикція таких форумів: ${list(covers)}.`, details };
  if (conditional.length > 0) return { tone: "conditional", main: `${when}: жоден форум не охоплює цей профіль безумовно; діють умови.`, details };
  return { tone: "silent", main: `${when}: жоден форум не записано як здатний розглянути справу з цим профілем, але це не прогалина безкарності.`, details };
}
