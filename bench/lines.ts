/**
 * What the bench measures: each line is a list of requests (rotated through, so no single cached
 * answer is timed), each with its raw-SQL twin (bench/raw-queries.ts) and a check that the app's
 * answer holds what the raw statements return. A bench that times a 400, a redirect or an empty
 * page measures nothing, so every request is checked before timing starts.
 */
import type pg from "pg";
import { caseCountKey } from "@/lib/core/matrix";
import { ACTS, PLACES } from "./dataset";
import * as raw from "./raw-queries";

export type Probe = {
  path: string;
  raw(pool: pg.Pool): Promise<unknown>;
  /** What differs between the app's answer (parsed JSON, or the HTML text) and the raw rows; empty when it fits. */
  check(body: unknown, rows: unknown): string[];
};

export type Line = {
  name: string;
  kind: "json" | "html";
  probes: Probe[];
  /** A line whose every request returns nothing would time an empty answer. */
  nonEmpty?(rows: unknown[]): boolean;
};

// Searches as a lawyer narrows them: two facets and two words (an act and a place, from
// bench/dataset.ts), each found in some hundreds of cases. Case-list searches of one broad word,
// found in 10,000 to 17,000 cases, are a line of their own ("case list, one broad word").
const FACETS: Pick<raw.CaseListAsk, "forum" | "crime">[] = [
  { forum: "ukraine-domestic", crime: "war-crimes" },
  { forum: "ukraine-domestic", crime: "crimes-against-humanity" },
  { forum: "icc", crime: "war-crimes" },
  { forum: "icc", crime: "crimes-against-humanity" },
];
const ACT_WORDS = ACTS.map((act) => act.split(" ")[0]!); // "shelling", "deportation", …
const CASE_SEARCHES: raw.CaseListAsk[] = Array.from({ length: 12 }, (_, i) => ({
  ...FACETS[i % FACETS.length]!,
  q: `${ACT_WORDS[i % ACT_WORDS.length]} ${PLACES[(i * 7) % PLACES.length]!.toLowerCase()}`,
}));
const BROAD_SEARCHES: raw.CaseListAsk[] = [
  { forum: "ukraine-domestic", crime: "war-crimes", q: "shelling" },
  { forum: "icc", crime: "war-crimes", q: "kyiv" },
  { forum: "ukraine-domestic", crime: "crimes-against-humanity", q: "detention" },
];

// A fixed date, so that the matrix (and its rules) do not change with the day the bench runs.
const AS_OF = "2025-06-01";
const COVERAGE_ASKS: raw.CoverageAsk[] = [
  { situation: "ukraine", mode: "direct" },
  { situation: "ukraine", mode: "command-responsibility" },
  { situation: "sudan", mode: "direct" },
  { situation: "sudan", mode: "command-responsibility" },
];

const MILESTONE_ASKS: raw.MilestoneAsk[] = [{}, { track: "accountability" }, { forum: "icc" }, { track: "accountability", forum: "ukraine-domestic" }];

const PROFILES = [
  "crime=war-crimes&accused=natural&level=senior-command&mode=direct&situation=ukraine",
  "crime=aggression&accused=natural&level=top-leadership&mode=direct&situation=ukraine",
  "crime=genocide&accused=legal&mode=direct&situation=ukraine",
  "crime=crimes-against-humanity&accused=natural&level=field-grade&mode=command-responsibility&situation=sudan",
  "crime=ecocide&accused=natural&level=direct-perpetrator&mode=direct&situation=ukraine",
].map((p) => `${p}&asOf=${AS_OF}`);

/** ~50 synthetic cases spread over the dataset (its slugs are synthetic-case-1 … synthetic-case-N). */
export function caseSlugs(cases: number, count = 50): string[] {
  const n = Math.min(count, cases);
  return Array.from({ length: n }, (_, i) => `synthetic-case-${1 + Math.floor((i * cases) / n)}`);
}

const query = (params: Record<string, string | undefined>) =>
  new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined)).toString();

/** Text as React writes it into HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
}

const differs = (what: string, app: unknown, expected: unknown) => (app === expected ? [] : [`${what}: the app says ${JSON.stringify(app)}, the raw SQL ${JSON.stringify(expected)}`]);
/** A page of a paged list (the case list, the timeline) against its raw rows: counts, then the slugs in order. */
const pageDiffers = (
  page: { total: number; matching: number; count: number },
  items: { slug: string }[],
  rows: { total: number; matching: number; slugs: string[] },
  what: string,
) => [
  ...differs("total", page.total, rows.total),
  ...differs("matching", page.matching, rows.matching),
  ...differs("count", page.count, rows.slugs.length),
  ...differs(what, items.map((i) => i.slug).join(" "), rows.slugs.join(" ")),
];
const contains = (html: unknown, text: string | undefined, what: string) =>
  text === undefined || String(html).includes(escapeHtml(text)) ? [] : [`the page does not show ${what} "${text}"`];

// ---------------------------------------------------------------------------------------------
// The JSON lines.

type CaseListJson = { total: number; matching: number; count: number; cases: { slug: string }[] };

function caseListProbe(ask: raw.CaseListAsk, path: string, html: boolean): Probe {
  return {
    path: `${path}?${query({ forum: ask.forum, crime: ask.crime, q: ask.q })}`,
    raw: (pool) => raw.caseList(pool, ask),
    check(body, rows) {
      const r = rows as raw.CaseListRaw;
      if (html) return contains(body, r.titles[0], "the first case");
      const j = body as CaseListJson;
      return pageDiffers(j, j.cases, r, "cases");
    },
  };
}

type CoverageJson = { forums: unknown[]; rows: { crime: string; accused: string; level: string | null; cells: { forum: string; caseCount: number }[] }[] };

function coverageProbe(ask: raw.CoverageAsk, path: string, html: boolean): Probe {
  return {
    path: `${path}?${query({ situation: ask.situation, mode: ask.mode, asOf: AS_OF })}`,
    raw: (pool) => raw.coverageMatrix(pool, ask),
    check(body, rows) {
      const r = rows as raw.CoverageRaw;
      if (html) return String(body).includes("<table") ? [] : ["the page shows no matrix table"];
      const j = body as CoverageJson;
      const problems = differs("forums", j.forums.length, r.forums);
      for (const row of j.rows) {
        for (const cell of row.cells) {
          const key = caseCountKey(cell.forum, { crime: row.crime, accused: row.accused, level: row.level });
          problems.push(...differs(`cases in ${key}`, cell.caseCount, r.caseCounts.get(key) ?? 0));
        }
      }
      return problems;
    },
  };
}

type CaseJson = { slug: string; accused: unknown[]; charges: unknown[]; stages: unknown[] };

function caseProbe(slug: string, html: boolean): Probe {
  return {
    path: `${html ? "/cases" : "/api/v1/cases"}/${slug}`,
    raw: (pool) => (html ? raw.casePageView(pool, slug) : raw.caseRecord(pool, slug)),
    check(body, rows) {
      const r = rows as raw.CaseRaw | null;
      if (!r) return [`the raw SQL finds no case ${slug}`];
      if (html) return contains(body, r.title, "the case's title");
      const j = body as CaseJson;
      return [
        ...differs("slug", j.slug, r.slug),
        ...differs("accused", j.accused.length, r.accused),
        ...differs("charges", j.charges.length, r.charges),
        ...differs("stages", j.stages.length, r.stages),
      ];
    },
  };
}

type MilestonesJson = { total: number; matching: number; count: number; milestones: { slug: string }[] };

function milestoneProbe(ask: raw.MilestoneAsk, path: string, html: boolean): Probe {
  const q = query({ track: ask.track, forum: ask.forum });
  return {
    path: q ? `${path}?${q}` : path,
    raw: (pool) => raw.milestoneTimeline(pool, ask),
    check(body, rows) {
      const r = rows as raw.MilestoneRaw;
      if (html) return contains(body, r.titles[0], "the first milestone");
      const j = body as MilestonesJson;
      return pageDiffers(j, j.milestones, r, "milestones");
    },
  };
}

function jurisdictionProbe(profile: string): Probe {
  return {
    path: `/api/v1/jurisdiction?${profile}`,
    raw: (pool) => raw.jurisdictionAnswer(pool),
    check(body, rows) {
      const r = rows as { forums: number };
      return differs("forums answered", (body as { forums: unknown[] }).forums.length, r.forums);
    },
  };
}

const someCases = (rows: unknown[]) => rows.some((r) => (r as raw.CaseListRaw).matching > 0);
const someMilestones = (rows: unknown[]) => rows.some((r) => (r as raw.MilestoneRaw).slugs.length > 0);

/** The case list page's addresses the bench reads: the searches of its "case list page" line. */
export const caseListPagePaths = () => CASE_SEARCHES.map((ask) => `/cases?${query({ forum: ask.forum, crime: ask.crime, q: ask.q })}`);

/** Every line, in the order they are measured and reported. */
export function benchLines(cases: number): Line[] {
  const slugs = caseSlugs(cases);
  return [
    { name: "case list", kind: "json", probes: CASE_SEARCHES.map((a) => caseListProbe(a, "/api/v1/cases", false)), nonEmpty: someCases },
    { name: "case list, one broad word", kind: "json", probes: BROAD_SEARCHES.map((a) => caseListProbe(a, "/api/v1/cases", false)), nonEmpty: someCases },
    { name: "coverage matrix", kind: "json", probes: COVERAGE_ASKS.map((a) => coverageProbe(a, "/api/v1/coverage", false)) },
    { name: "case page", kind: "json", probes: slugs.map((s) => caseProbe(s, false)) },
    { name: "milestone timeline", kind: "json", probes: MILESTONE_ASKS.map((a) => milestoneProbe(a, "/api/v1/milestones", false)), nonEmpty: someMilestones },
    { name: "jurisdiction API", kind: "json", probes: PROFILES.map(jurisdictionProbe) },
    { name: "case list page", kind: "html", probes: CASE_SEARCHES.map((a) => caseListProbe(a, "/cases", true)), nonEmpty: someCases },
    { name: "coverage page", kind: "html", probes: COVERAGE_ASKS.map((a) => coverageProbe(a, "/coverage", true)) },
    { name: "case page (HTML)", kind: "html", probes: slugs.map((s) => caseProbe(s, true)) },
    { name: "milestone timeline page", kind: "html", probes: MILESTONE_ASKS.map((a) => milestoneProbe(a, "/milestones", true)), nonEmpty: someMilestones },
  ];
}
