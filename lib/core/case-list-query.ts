/**
 * The case list's question, read from the URL (`/cases?crime=war-crimes&forum=icc&q=Putin`) or
 * the API's query string (`/api/v1/cases?…`). Pure: the allowed values come from the caller (the
 * reference data and the years that have cases), so every rule here is tested without a server.
 *
 * Facets: a facet given several times is any of its values (`crime=war-crimes&crime=genocide`);
 * different facets must all hold. Crime, mode of liability, kind of accused and level must hold on
 * one and the same charge (lib/server/queries/case-list.ts), as the coverage matrix counts.
 *
 * Two readings: lenient for the page (a bad value is set aside with a notice that names the
 * parameter and what it accepts; the rest still applies) and strict for the API (each bad
 * parameter is a 400 that names it). See docs/decisions/008-case-search.md.
 */
import { isIsoDate, type IsoDate } from "./dates";
import { CASE_STAGE_LABELS, labelsIn } from "./labels";
import type { Locale } from "./locales";
import { LEGAL_PERSON } from "./profile-query";
import type { ParameterError, ParseResult } from "./query-params";
import { searchTerms } from "./search-query";
import type { CaseStage } from "./views";
import { fromBase64UrlJson, toBase64Url } from "./base64url";

export const CASE_FACETS = ["forum", "situation", "crime", "mode", "accused", "level", "stage", "year"] as const;
export type CaseFacet = (typeof CASE_FACETS)[number];
/** The facets that are read from a case's charges, all on the same charge. */
export const CHARGE_FACETS = ["crime", "mode", "accused", "level"] as const satisfies readonly CaseFacet[];

export const CASE_SORTS = ["relevance", "recent", "opened", "reference", "title"] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

/** Every parameter, in the canonical order of a shareable address. */
export const CASE_LIST_PARAMETERS = ["q", ...CASE_FACETS, "sort", "after", "limit"] as const;

export const PAGE_SIZE = 25;
export const MAX_LIMIT = 100;
export const MAX_SEARCH_LENGTH = 200;
// Years outside this range are typos, not history the tracker could hold.
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

export const FACET_LABELS: Record<CaseFacet, string> = {
  forum: "Forum",
  situation: "Situation",
  crime: "Crime",
  mode: "Mode of liability",
  accused: "Kind of accused",
  level: "Level of responsibility",
  stage: "Stage",
  year: "Year opened",
};

export const PARAMETER_LABELS: Record<(typeof CASE_LIST_PARAMETERS)[number], string> = {
  q: "Search",
  ...FACET_LABELS,
  sort: "Sort",
  after: "Page",
  limit: "Cases per page",
};

export const SORT_LABELS: Record<CaseSort, string> = {
  relevance: "Best match (when searching)",
  recent: "Latest stage first",
  opened: "Most recently opened first",
  reference: "Case number",
  title: "Title, A to Z",
};

const UK_FACET_LABELS: Record<CaseFacet, string> = {
  forum: "Форум",
  situation: "Ситуація",
  crime: "Злочин",
  mode: "Форма участі",
  accused: "Категорія обвинуваченого",
  level: "Рівень відповідальності",
  stage: "Стадія",
  year: "Рік відкриття",
};

const UK_PARAMETER_LABELS: Record<(typeof CASE_LIST_PARAMETERS)[number], string> = {
  q: "Пошук",
  ...UK_FACET_LABELS,
  sort: "Сортування",
  after: "Сторінка",
  limit: "Справ на сторінці",
};

const UK_SORT_LABELS: Record<CaseSort, string> = {
  relevance: "Найкращі збіги (під час пошуку)",
  recent: "Спочатку остання стадія",
  opened: "Спочатку нещодавно відкриті",
  reference: "Номер справи",
  title: "Назва, від А до Я",
};

/** The facets' names in a language ("Mode of liability", "Форма участі"). */
export const facetLabels = (locale: Locale = "en"): Record<CaseFacet, string> => (locale === "uk" ? UK_FACET_LABELS : FACET_LABELS);
/** The parameters' names in a language ("Cases per page", "Справ на сторінці"). */
export const parameterLabels = (locale: Locale = "en"): Record<(typeof CASE_LIST_PARAMETERS)[number], string> => (locale === "uk" ? UK_PARAMETER_LABELS : PARAMETER_LABELS);
/** The orders' names in a language ("Latest stage first", "Спочатку остання стадія"). */
export const sortLabels = (locale: Locale = "en"): Record<CaseSort, string> => (locale === "uk" ? UK_SORT_LABELS : SORT_LABELS);

/** One value of a facet: `value` goes in the URL, `label` is read; `short` where a list needs less. */
export type FacetOption = { value: string; label: string; short?: string };
export type CaseListOptions = Record<CaseFacet, readonly FacetOption[]>;

/** Where a page starts: after the row with these sort-key values and this id. */
export type CaseCursor =
  | { sort: "relevance"; rank: number; date: IsoDate; id: string }
  | { sort: "recent" | "opened"; date: IsoDate; id: string }
  | { sort: "reference"; reference: string | null; id: string }
  | { sort: "title"; title: string; id: string };

export type CaseListQuery = {
  /** The search text as typed (trimmed, spaces collapsed); null when there is nothing to search. */
  q: string | null;
  forum: string[];
  situation: string[];
  crime: string[];
  mode: string[];
  accused: string[];
  level: string[];
  stage: CaseStage[];
  year: number[];
  /** The order in force: `relevance` only when there is a search text. */
  sort: CaseSort;
  after: CaseCursor | null;
  limit: number;
};

export type CaseListIssue = {
  param: string;
  /** The value as it appeared in the URL. */
  received: string;
  message: string;
  allowedHeading: string;
  allowed: readonly FacetOption[];
};

export type RawQuery = Record<string, string | readonly string[] | undefined>;

// ---------------------------------------------------------------------------------------------
// Stages in URLs: lower-case kebab (`warrant-or-notice-of-suspicion`), like every other slug.

const STAGES = Object.keys(CASE_STAGE_LABELS) as CaseStage[];

export function stageSlug(stage: CaseStage): string {
  return stage.toLowerCase().replace(/_/g, "-");
}

export function stageFromSlug(slug: string): CaseStage | null {
  return STAGES.find((s) => stageSlug(s) === slug) ?? null;
}

/** The stage facet's values, in the order a case moves through them. */
export const STAGE_OPTIONS: readonly FacetOption[] = STAGES.map((s) => ({ value: stageSlug(s), label: CASE_STAGE_LABELS[s] }));

export function emptyCaseListQuery(): CaseListQuery {
  return { q: null, forum: [], situation: [], crime: [], mode: [], accused: [], level: [], stage: [], year: [], sort: "recent", after: null, limit: PAGE_SIZE };
}

/** The order a query gets when none is asked for: best match when searching, else latest stage. */
export function defaultSort(q: string | null): CaseSort {
  return q ? "relevance" : "recent";
}

// ---------------------------------------------------------------------------------------------
// Cursors: base64url of JSON [sort, …key, id]. Opaque to clients, checked on the way back in.

export function encodeCursor(cursor: CaseCursor): string {
  const key =
    cursor.sort === "relevance" ? [cursor.rank, cursor.date]
    : cursor.sort === "reference" ? [cursor.reference]
    : cursor.sort === "title" ? [cursor.title]
    : [cursor.date];
  return toBase64Url(JSON.stringify([cursor.sort, ...key, cursor.id]));
}

const MAX_CURSOR_LENGTH = 2048;
const isId = (v: unknown): v is string => typeof v === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(v);
const isText = (v: unknown): v is string => typeof v === "string" && v.length <= 1000;
const isDate = (v: unknown): v is IsoDate => typeof v === "string" && isIsoDate(v);

/** The cursor in `text`, when it is one this list issued for `sort`; null otherwise. */
export function decodeCursor(text: string, sort: CaseSort): CaseCursor | null {
  if (text.length > MAX_CURSOR_LENGTH) return null;
  const value = fromBase64UrlJson(text);
  if (!Array.isArray(value) || value[0] !== sort) return null;
  const [, ...rest] = value as unknown[];
  const id = rest.at(-1);
  if (!isId(id)) return null;
  switch (sort) {
    case "relevance": {
      const [rank, date] = rest;
      const ok = rest.length === 3 && typeof rank === "number" && Number.isFinite(rank) && rank >= 0 && isDate(date);
      return ok ? { sort, rank: rank as number, date: date as IsoDate, id } : null;
    }
    case "recent":
    case "opened":
      return rest.length === 2 && isDate(rest[0]) ? { sort, date: rest[0], id } : null;
    case "reference":
      return rest.length === 2 && (rest[0] === null || isText(rest[0])) ? { sort, reference: rest[0] as string | null, id } : null;
    case "title":
      return rest.length === 2 && isText(rest[0]) ? { sort, title: rest[0], id } : null;
  }
}

// ---------------------------------------------------------------------------------------------
// Reading the parameters.

type Mode = "page" | "api";

const parameterOptions = (locale: Locale): readonly FacetOption[] => CASE_LIST_PARAMETERS.map((p) => ({ value: p, label: parameterLabels(locale)[p] }));
const sortOptions = (locale: Locale): readonly FacetOption[] => CASE_SORTS.map((s) => ({ value: s, label: sortLabels(locale)[s] }));

/** The headings of a notice's list of what is allowed, in a language. */
const ALLOWED_HEADINGS: Record<Locale, { values: string; parameters: string; filters: string; years: string }> = {
  en: { values: "Allowed values", parameters: "Parameters", filters: "Filters of the case list", years: "Years in which tracked cases opened" },
  uk: { values: "Допустимі значення", parameters: "Параметри", filters: "Фільтри переліку справ", years: "Роки, у яких відкрито справи, що відстежуються" },
};

/** The stages' options with their names in a language (the other facets' values are recorded names). */
const stageOptionsIn = (options: readonly FacetOption[], locale: Locale): readonly FacetOption[] =>
  locale === "en" ? options : options.map((o) => { const stage = stageFromSlug(o.value); return stage ? { ...o, label: labelsIn(locale).caseStage[stage] } : o; });

function valuesOf(raw: string | readonly string[] | undefined): string[] {
  if (raw === undefined) return [];
  return (typeof raw === "string" ? [raw] : raw).map((v) => v.trim()).filter((v) => v !== "");
}

/** The search text as it is kept: spaces collapsed, at most MAX_SEARCH_LENGTH characters. */
function cleanSearch(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * `locale` words the notices' lists (their headings, the parameters', orders' and stages' names);
 * the messages stay English, for lib/core/message-texts.ts to translate where they are shown.
 */
function read(params: RawQuery, options: CaseListOptions, mode: Mode, locale: Locale = "en"): { query: CaseListQuery; issues: CaseListIssue[] } {
  const headings = ALLOWED_HEADINGS[locale];
  const PARAMETER_OPTIONS = parameterOptions(locale);
  const SORT_OPTIONS = sortOptions(locale);
  const query = emptyCaseListQuery();
  const issues: CaseListIssue[] = [];
  const strict = mode === "api";
  const issue = (param: string, received: string, message: string, allowed: readonly FacetOption[] = [], allowedHeading = headings.values) =>
    issues.push({ param, received, message, allowed, allowedHeading });

  const known: readonly string[] = mode === "api" ? CASE_LIST_PARAMETERS : CASE_LIST_PARAMETERS.filter((p) => p !== "limit");
  for (const name of Object.keys(params)) {
    if (known.includes(name) || valuesOf(params[name]).length === 0) continue;
    if (name === "limit") {
      issue(name, valuesOf(params[name]).join(", "), `“limit” is for the API; the page shows ${PAGE_SIZE} cases at a time, so it was ignored.`);
    } else if (strict) {
      issue(name, valuesOf(params[name]).join(", "), `Unknown parameter "${name}". Allowed parameters: ${CASE_LIST_PARAMETERS.join(", ")}.`, PARAMETER_OPTIONS, headings.parameters);
    } else {
      issue(name, valuesOf(params[name]).join(", "), `“${name}” is not a filter of the case list; it was ignored.`, PARAMETER_OPTIONS, headings.filters);
    }
  }

  /** The single value of a parameter that takes one; a repeat is refused (API) or its first kept (page). */
  const single = (name: string): string | undefined => {
    const values = valuesOf(params[name]);
    if (values.length > 1) {
      issue(
        name,
        values.join(", "),
        strict ? `Give "${name}" once, not ${values.length} times.` : `“${name}” was given ${values.length} times; only the first, “${values[0]}”, is used.`,
      );
    }
    return values[0];
  };

  // Search text.
  const q = single("q");
  if (q !== undefined) {
    let text = cleanSearch(q);
    if (text.length > MAX_SEARCH_LENGTH) {
      if (strict) {
        issue("q", `${text.slice(0, 40)}…`, `"q" must be at most ${MAX_SEARCH_LENGTH} characters; it has ${text.length}.`);
        text = "";
      } else {
        issue("q", `${text.slice(0, 40)}…`, `The search is longer than ${MAX_SEARCH_LENGTH} characters; only the first ${MAX_SEARCH_LENGTH} were searched.`);
        text = text.slice(0, MAX_SEARCH_LENGTH).trim();
      }
    }
    if (text !== "" && searchTerms(text).length === 0) {
      issue("q", text, strict ? `"q" must contain at least one letter or digit.` : `“${text}” has no letters or digits to search for; the search was ignored.`);
      text = "";
    }
    if (text !== "") query.q = text;
  }

  // Facets: every valid value is kept; each unknown one is named.
  for (const facet of CASE_FACETS) {
    const values = valuesOf(params[facet]);
    const allowed = facet === "stage" ? stageOptionsIn(options.stage, locale) : options[facet];
    for (const raw of values) {
      if (facet === "year") {
        const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
        if (!(year >= MIN_YEAR && year <= MAX_YEAR)) {
          issue(
            facet,
            raw,
            strict ? `"year" must be a four-digit year from ${MIN_YEAR} to ${MAX_YEAR}; "${raw}" is not.` : `“${raw}” is not a year (four digits, such as 2024); it was ignored.`,
            allowed,
            headings.years,
          );
        } else if (!query.year.includes(year)) {
          query.year.push(year);
        }
        continue;
      }
      const value = facet === "stage" ? raw.toLowerCase().replace(/_/g, "-") : raw.toLowerCase();
      if (!allowed.some((o) => o.value === value)) {
        issue(
          facet,
          raw,
          strict
            ? `Unknown value "${raw}" for "${facet}". Allowed: ${allowed.map((o) => o.value).join(", ")}.`
            : `“${raw}” is not a recorded ${FACET_LABELS[facet].toLowerCase()}; it was ignored.`,
          allowed,
        );
        continue;
      }
      if (facet === "stage") {
        const stage = stageFromSlug(value)!;
        if (!query.stage.includes(stage)) query.stage.push(stage);
      } else if (!query[facet].includes(value)) {
        query[facet].push(value);
      }
    }
  }

  // A company has no level of responsibility: with only legal persons asked for, a level would
  // match nothing, so it is set aside (the page) or refused (the API).
  if (query.level.length > 0 && query.accused.length > 0 && query.accused.every((a) => a === LEGAL_PERSON)) {
    issue(
      "level",
      query.level.join(", "),
      strict
        ? `"level" does not apply to a legal person (accused=${LEGAL_PERSON}); leave it out.`
        : "A level of responsibility does not apply to a legal person; this filter was ignored.",
    );
    query.level = [];
  }

  // Sort: best match only means something with a search; without one it is the latest stage.
  const sort = single("sort");
  query.sort = defaultSort(query.q);
  if (sort !== undefined) {
    const value = sort.toLowerCase();
    if (!(CASE_SORTS as readonly string[]).includes(value)) {
      issue(
        "sort",
        sort,
        strict ? `Unknown value "${sort}" for "sort". Allowed: ${CASE_SORTS.join(", ")}.` : `“${sort}” is not a way to sort the list; it is sorted by ${SORT_LABELS[query.sort].toLowerCase()}.`,
        SORT_OPTIONS,
      );
    } else if (value !== "relevance" || query.q !== null) {
      query.sort = value as CaseSort;
    }
  }

  // Page size (API only).
  if (strict) {
    const limit = single("limit");
    if (limit !== undefined) {
      const n = /^\d{1,3}$/.test(limit) ? Number(limit) : NaN;
      if (n >= 1 && n <= MAX_LIMIT) query.limit = n;
      else issue("limit", limit, `"limit" must be a whole number from 1 to ${MAX_LIMIT}.`);
    }
  }

  // Cursor: only one this list issued for the order in force.
  const after = single("after");
  if (after !== undefined) {
    const cursor = decodeCursor(after, query.sort);
    if (cursor) query.after = cursor;
    else {
      issue(
        "after",
        after.length > 40 ? `${after.slice(0, 40)}…` : after,
        strict
          ? `"after" is not a cursor this list issued for sort=${query.sort}; use the "next" address of a previous answer, or leave it out for the first page.`
          : "The link to this page of results is damaged or was made for another order; the list starts again from the first page.",
      );
    }
  }

  for (const facet of CASE_FACETS) (query[facet] as (string | number)[]).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { query, issues };
}

/** The page's reading: bad values are set aside, each with an issue for the notice. */
export function readCaseListQuery(params: RawQuery, options: CaseListOptions, locale: Locale = "en"): { query: CaseListQuery; issues: CaseListIssue[] } {
  return read(params, options, "page", locale);
}

/** The API's reading: any bad parameter refuses the request, each named. */
export function parseCaseListQuery(params: RawQuery, options: CaseListOptions): ParseResult<CaseListQuery> {
  const { query, issues } = read(params, options, "api");
  if (issues.length === 0) return { ok: true, value: query };
  const errors: ParameterError[] = issues.map((i) => ({
    parameter: i.param,
    message: i.message,
    ...(i.allowed.length > 0 ? { allowed: i.allowed.map((o) => o.value) } : {}),
  }));
  return { ok: false, errors };
}

// ---------------------------------------------------------------------------------------------
// Writing it back: shareable addresses and words.

/** True when the query narrows the list (a search or any facet). */
export function isFiltered(query: CaseListQuery): boolean {
  return query.q !== null || CASE_FACETS.some((f) => query[f].length > 0);
}

/**
 * The query string of a search, in a fixed order with sorted values and without the page
 * (`after`, `limit`): the same search always gives the same string. A saved search ("follow this
 * search") stores it, so two ways of asking the same thing are one saved search.
 */
export function canonicalCaseListSearch(query: CaseListQuery): string {
  const out = new URLSearchParams();
  if (query.q) out.append("q", query.q);
  for (const facet of CASE_FACETS) {
    const values = facet === "stage" ? query.stage.map(stageSlug) : query[facet].map(String);
    for (const value of [...values].sort()) out.append(facet, value);
  }
  if (query.sort !== defaultSort(query.q)) out.append("sort", query.sort);
  return out.toString();
}

/** The list's address for a query, optionally at a page (a cursor) and with an API page size. */
export function caseListHref(base: string, query: CaseListQuery, page: { after?: string | null; limit?: number } = {}): string {
  const search = new URLSearchParams(canonicalCaseListSearch(query));
  if (page.limit !== undefined && page.limit !== PAGE_SIZE) search.append("limit", String(page.limit));
  if (page.after) search.append("after", page.after);
  const text = search.toString();
  return text ? `${base}?${text}` : base;
}

const DESCRIPTION_ORDER: readonly CaseFacet[] = ["crime", "mode", "accused", "level", "forum", "situation", "stage", "year"];

const DESCRIPTION_WORDS: Record<Locale, { or: string; openedIn: (years: string) => string; text: (q: string) => string; textLabelled: (q: string) => string }> = {
  en: { or: "or", openedIn: (years) => `opened in ${years}`, text: (q) => `text “${q}”`, textLabelled: (q) => `Text: “${q}”` },
  uk: { or: "або", openedIn: (years) => `відкрито у ${years} р.`, text: (q) => `текст «${q}»`, textLabelled: (q) => `Текст: «${q}»` },
};

/**
 * The search in words. Short ("War crimes · ICC · text “Putin”") names a saved search; labelled
 * ("Crime: War crimes · Forum: International Criminal Court · Text: “Putin”") says on the list
 * what was applied. Several values of a facet read "A or B". Empty for the unfiltered list. In
 * Ukrainian the facets, the stages and the joining words are Ukrainian; the other values are the
 * recorded names ("Злочин: War crimes або Genocide · Стадія: Судовий розгляд").
 */
export function describeCaseListQuery(query: CaseListQuery, options: CaseListOptions, style: { labelled?: boolean } = {}, locale: Locale = "en"): string {
  const labelled = style.labelled ?? false;
  const words = DESCRIPTION_WORDS[locale];
  const facets = facetLabels(locale);
  const parts: string[] = [];
  for (const facet of DESCRIPTION_ORDER) {
    const values = facet === "stage" ? query.stage.map(stageSlug) : query[facet].map(String);
    if (values.length === 0) continue;
    const shown = facet === "stage" ? stageOptionsIn(options.stage, locale) : options[facet];
    const names = values.map((v) => {
      const option = shown.find((o) => o.value === v);
      return (labelled ? option?.label : (option?.short ?? option?.label)) ?? v;
    });
    const joined = names.join(` ${words.or} `);
    if (labelled) parts.push(`${facets[facet]}: ${joined}`);
    else parts.push(facet === "year" ? words.openedIn(joined) : joined);
  }
  if (query.q) parts.push(labelled ? words.textLabelled(query.q) : words.text(query.q));
  return parts.join(" · ");
}
