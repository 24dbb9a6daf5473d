/**
 * The timeline's chart: how many milestones match the filters, year by year and track by track,
 * with the expected ones counted apart from those that happened. Pure: the counts come in as rows
 * (the database groups them), the tracks in their display order; this shapes them for the chart,
 * its table and the sentence that sums it up.
 */

import type { Locale } from "./locales";

export type MilestoneStatusName = "HAPPENED" | "EXPECTED";

/** One grouped count: the matching milestones of a year, a track and a status. */
export type YearTrackCount = { year: number; track: string; status: MilestoneStatusName; count: number };

export type TrackRef = { slug: string; name: string };

export type Tally = { happened: number; expected: number };

export type ChartTrack = TrackRef & Tally & { total: number };

export type ChartYear = { year: number; total: number; expected: number; byTrack: Record<string, Tally> };

export type YearTrackChart = {
  /** Every year from the first with a matching milestone to the last, gaps included: the chart's x axis. */
  years: number[];
  /** The tracks with at least one matching milestone, in display order. */
  tracks: ChartTrack[];
  /** The years with at least one matching milestone, oldest first: the table's rows. */
  rows: ChartYear[];
  /** The largest count of one track in one year: the height of the tallest bar. */
  max: number;
  total: number;
  expected: number;
};

const EMPTY: Tally = { happened: 0, expected: 0 };

/**
 * The chart's model from the grouped counts. Rows with a count of zero are ignored; a track not in
 * `tracks` (one added since the options were read) comes last, named by its slug.
 */
export function yearTrackChart(counts: readonly YearTrackCount[], tracks: readonly TrackRef[]): YearTrackChart {
  const live = counts.filter((c) => c.count > 0);
  const byYear = new Map<number, Map<string, Tally>>();
  const byTrack = new Map<string, Tally>();
  for (const c of live) {
    const year = byYear.get(c.year) ?? new Map<string, Tally>();
    byYear.set(c.year, year);
    const add = (tally: Tally | undefined): Tally =>
      c.status === "EXPECTED" ? { ...(tally ?? EMPTY), expected: (tally ?? EMPTY).expected + c.count } : { ...(tally ?? EMPTY), happened: (tally ?? EMPTY).happened + c.count };
    year.set(c.track, add(year.get(c.track)));
    byTrack.set(c.track, add(byTrack.get(c.track)));
  }
  const known = new Set(tracks.map((t) => t.slug));
  const ordered: TrackRef[] = [...tracks, ...[...byTrack.keys()].filter((s) => !known.has(s)).sort().map((slug) => ({ slug, name: slug }))];
  const chartTracks: ChartTrack[] = ordered.flatMap((t) => {
    const tally = byTrack.get(t.slug);
    return tally ? [{ ...t, ...tally, total: tally.happened + tally.expected }] : [];
  });
  const yearsWith = [...byYear.keys()].sort((a, b) => a - b);
  const first = yearsWith[0];
  const last = yearsWith.at(-1);
  const years = first === undefined || last === undefined ? [] : Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const rows: ChartYear[] = yearsWith.map((year) => {
    const tallies = byYear.get(year)!;
    const byTrackOfYear: Record<string, Tally> = {};
    let total = 0;
    let expected = 0;
    for (const t of chartTracks) {
      const tally = tallies.get(t.slug) ?? EMPTY;
      byTrackOfYear[t.slug] = tally;
      total += tally.happened + tally.expected;
      expected += tally.expected;
    }
    return { year, total, expected, byTrack: byTrackOfYear };
  });
  const max = rows.reduce((m, r) => Math.max(m, ...Object.values(r.byTrack).map((t) => t.happened + t.expected)), 0);
  return {
    years,
    tracks: chartTracks,
    rows,
    max,
    total: chartTracks.reduce((n, t) => n + t.total, 0),
    expected: chartTracks.reduce((n, t) => n + t.expected, 0),
  };
}

const numberFormat = new Intl.NumberFormat("en-GB");
const count = (n: number, one: string, many = `${one}s`) => `${numberFormat.format(n)} ${n === 1 ? one : many}`;

// Ukrainian: "1 подія", "2 події", "5 подій" (Intl's plural rules: one, few, many; other for fractions).
const ukNumber = new Intl.NumberFormat("uk");
const ukRules = new Intl.PluralRules("uk");
const ukForm = (n: number, forms: { one: string; few: string; many: string }) => {
  const rule = ukRules.select(n);
  return rule === "one" ? forms.one : rule === "few" || rule === "other" ? forms.few : forms.many;
};
const ukCount = (n: number, forms: { one: string; few: string; many: string }) => `${ukNumber.format(n)} ${ukForm(n, forms)}`;

/** "2 expected" beside a count, or nothing; "2 очікувані". */
export function expectedWords(expected: number, locale: Locale = "en"): string {
  if (expected <= 0) return "";
  return locale === "uk" ? ukCount(expected, { one: "очікувана", few: "очікувані", many: "очікуваних" }) : `${numberFormat.format(expected)} expected`;
}

/**
 * The chart in a few sentences, for its description (what a screen reader says of the picture):
 * the span of years, each track's count and its busiest year, and how many are expected.
 */
export function describeYearTrackChart(chart: YearTrackChart, locale: Locale = "en"): string {
  const uk = locale === "uk";
  if (chart.total === 0) return uk ? "Жодна подія не відповідає цим фільтрам." : "No milestone matches these filters.";
  const format = (n: number) => (uk ? ukNumber : numberFormat).format(n);
  const first = chart.years[0]!;
  const last = chart.years.at(-1)!;
  const span = uk ? (first === last ? `у ${first} р.` : `з ${first} по ${last} р.`) : first === last ? `in ${first}` : `from ${first} to ${last}`;
  const tracks = chart.tracks.map((t) => {
    let busiest = chart.rows[0]!;
    for (const r of chart.rows) {
      const n = r.byTrack[t.slug]!;
      const b = busiest.byTrack[t.slug]!;
      if (n.happened + n.expected > b.happened + b.expected) busiest = r;
    }
    const most = busiest.byTrack[t.slug]!;
    const mostCount = format(most.happened + most.expected);
    const peak = first === last || t.total === 1 ? "" : uk ? `, найбільше у ${busiest.year} р. (${mostCount})` : `, most in ${busiest.year} (${mostCount})`;
    return `${t.name}: ${format(t.total)}${peak}`;
  });
  if (uk) {
    const expected =
      chart.expected > 0
        ? ` З них ${ukCount(chart.expected, { one: "очікувана", few: "очікувані", many: "очікуваних" })}, ще не ${ukForm(chart.expected, { one: "відбулася", few: "відбулися", many: "відбулися" })}.`
        : "";
    return `${ukCount(chart.total, { one: "подія", few: "події", many: "подій" })} ${span}, за напрямами. ${tracks.join("; ")}.${expected}`;
  }
  const expected = chart.expected > 0 ? ` ${count(chart.expected, "of them is expected", "of them are expected")}, not yet happened.` : "";
  return `${count(chart.total, "milestone")} ${span}, by track. ${tracks.join("; ")}.${expected}`;
}
