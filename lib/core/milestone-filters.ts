/**
 * The milestone timeline's filters, read from the URL (`/milestones?track=accountability&forum=icc`).
 * Pure: the allowed values come from the caller (the database's tracks, types and forums), so the
 * rules here can be tested without a server. A bad value never fails the page: it becomes an
 * issue the page shows, and that one filter is ignored.
 */
import { z } from "zod";
import { formatPartialDate, isIsoDate, parsePartialDate, periodOf, type IsoDate } from "./dates";
import { fromBase64UrlJson, toBase64Url } from "./base64url";
import type { Locale } from "./locales";

/** The filters chosen from a list (the database's tracks, types, forums and years). */
export const CHOICE_PARAMS = ["track", "type", "forum", "year"] as const;
export type ChoiceParam = (typeof CHOICE_PARAMS)[number];

/** The filters typed in: words to search for, and a period (from, to) besides the year. */
export const TYPED_PARAMS = ["q", "from", "to"] as const;

/** Every filter, in the order the URL, the export and the feed write them. */
export const FILTER_PARAMS = [...CHOICE_PARAMS, ...TYPED_PARAMS] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

/** One choice of a filter: `value` is what goes in the URL, `label` what a person reads. */
export type FilterOption = { value: string; label: string };

export type FilterOptions = Record<ChoiceParam, FilterOption[]>;

export type MilestoneFilters = {
  track?: string;
  type?: string;
  forum?: string;
  year?: number;
  /** Words that must each appear in the title, the description, what it changed, or a source's title or passage. */
  q?: string;
  /** A day, month or year (2024-10-25, 2024-10, 2024), as given: from its first day. */
  from?: string;
  /** Likewise, to its last day. */
  to?: string;
};

/** The longest search the timeline takes: a few words, not a document. */
export const MAX_SEARCH_LENGTH = 200;

/** The words of a search, each to be found somewhere in a milestone (case and accents as typed). */
export function searchWords(q: string): string[] {
  return q.split(/\s+/).filter((w) => w !== "");
}

/** The days a from/to filter spans: from the first day of `from`'s period to the last day of `to`'s. */
export function dateRangeOf(filters: Pick<MilestoneFilters, "from" | "to">): { from: IsoDate | null; to: IsoDate | null } {
  const start = filters.from ? parsePartialDate(filters.from) : null;
  const end = filters.to ? parsePartialDate(filters.to) : null;
  return { from: start ? periodOf(start).start : null, to: end ? periodOf(end).end : null };
}

export type FilterIssue = {
  param: FilterParam;
  /** The value as it appeared in the URL. */
  received: string;
  message: string;
  /** The values the parameter accepts (for `year`: the years that have milestones). */
  allowed: FilterOption[];
};

/** What Next passes a page as `searchParams`. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

export const FILTER_LABELS: Record<FilterParam, string> = {
  track: "Track",
  type: "Type",
  forum: "Forum",
  year: "Year",
  q: "Words",
  from: "From",
  to: "To",
};

const UK_FILTER_LABELS: Record<FilterParam, string> = {
  track: "Напрям",
  type: "Тип",
  forum: "Форум",
  year: "Рік",
  q: "Слова",
  from: "Від",
  to: "До",
};

/** The filters' names in a language ("Track", "Напрям"). */
export const filterLabels = (locale: Locale = "en"): Record<FilterParam, string> => (locale === "uk" ? UK_FILTER_LABELS : FILTER_LABELS);

// Years outside this range are typos, not history the tracker could hold.
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** The filter schema for a given set of allowed values. Each field is optional. */
export function milestoneFilterSchema(options: FilterOptions) {
  const slugOf = (param: Exclude<ChoiceParam, "year">) => {
    const values = options[param].map((o) => o.value);
    return z
      .string()
      .refine((v) => values.includes(v), { message: `is not a known ${FILTER_LABELS[param].toLowerCase()}` });
  };
  return z.object({
    track: slugOf("track").optional(),
    type: slugOf("type").optional(),
    forum: slugOf("forum").optional(),
    year: z
      .string()
      .regex(/^\d{4}$/, { message: "must be a four-digit year" })
      .transform(Number)
      .refine((y) => y >= MIN_YEAR && y <= MAX_YEAR, { message: `must be between ${MIN_YEAR} and ${MAX_YEAR}` })
      .optional(),
  });
}

/**
 * Reads the filters from the URL's parameters. Empty values (the form's "Any") mean no filter;
 * slugs are compared case-insensitively; a parameter given twice keeps its first value and says so.
 * Unknown parameters are ignored.
 */
export function parseMilestoneFilters(
  params: RawSearchParams,
  options: FilterOptions,
): { filters: MilestoneFilters; issues: FilterIssue[] } {
  const schema = milestoneFilterSchema(options);
  const filters: MilestoneFilters = {};
  const issues: FilterIssue[] = [];

  for (const param of FILTER_PARAMS) {
    const raw = params[param];
    const allowed = (CHOICE_PARAMS as readonly string[]).includes(param) ? options[param as ChoiceParam] : [];
    const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map((v) => v.trim());
    const first = values.find((v) => v !== "");
    if (first === undefined) continue;
    if (values.filter((v) => v !== "").length > 1) {
      issues.push({
        param,
        received: values.filter((v) => v !== "").join(", "),
        message: `“${param}” was given more than once; only the first value, “${first}”, is used.`,
        allowed,
      });
    }
    if (param === "q" || param === "from" || param === "to") {
      const message = typedFilterProblem(param, first);
      if (message) issues.push({ param, received: first, message: `“${param}=${first}” ${message}; this filter was ignored.`, allowed });
      else filters[param] = param === "q" ? searchWords(first).join(" ") : first;
      continue;
    }
    const candidate = param === "year" ? first : first.toLowerCase();
    // Each field is checked on its own so that one bad value leaves the others in force.
    const result = schema.shape[param].safeParse(candidate);
    if (!result.success) {
      const reason = result.error.issues[0]?.message ?? "is not allowed";
      issues.push({
        param,
        received: first,
        message: `“${param}=${first}” ${reason}; this filter was ignored.`,
        allowed,
      });
      continue;
    }
    if (param === "year") filters.year = result.data as number;
    else filters[param] = result.data as string;
  }
  // A period that ends before it begins matches nothing: say so rather than show an empty timeline.
  const range = dateRangeOf(filters);
  if (range.from && range.to && range.to < range.from) {
    issues.push({ param: "to", received: filters.to!, message: `“to=${filters.to}” is before “from=${filters.from}”; the period was ignored.`, allowed: [] });
    delete filters.from;
    delete filters.to;
  }
  return { filters, issues };
}

/** Why a typed filter's value cannot be used, or null. */
function typedFilterProblem(param: "q" | "from" | "to", value: string): string | null {
  if (param === "q") return value.length > MAX_SEARCH_LENGTH ? `is longer than ${MAX_SEARCH_LENGTH} characters` : value.includes("\u0000") ? "holds a NUL character" : null;
  const date = parsePartialDate(value);
  if (!date) return "is not a date: write a day, a month or a year (2024-10-25, 2024-10 or 2024)";
  const year = Number(value.slice(0, 4));
  return year < MIN_YEAR || year > MAX_YEAR ? `must be between ${MIN_YEAR} and ${MAX_YEAR}` : null;
}

/**
 * A filter's value as a person reads it: the choice's label (as recorded), the words in quotes
 * (“…”, «…» in Ukrainian), the period in words ("October 2024", "жовтень 2024 р.").
 */
export function filterValueLabel(param: FilterParam, value: string, options: FilterOptions, locale: Locale = "en"): string {
  if (param === "q") return locale === "uk" ? `«${value}»` : `“${value}”`;
  if (param === "from" || param === "to") {
    const date = parsePartialDate(value);
    return date ? formatPartialDate(date, locale) : value;
  }
  return options[param].find((o) => o.value === value)?.label ?? value;
}

/**
 * The filters applied, in words: "Track: Accountability · Words: “tribunal” · From: October 2024";
 * "Напрям: Accountability · Слова: «tribunal» · Від: жовтень 2024 р.".
 */
export function describeFilters(filters: MilestoneFilters, options: FilterOptions, params: readonly FilterParam[] = FILTER_PARAMS, locale: Locale = "en"): string {
  const labels = filterLabels(locale);
  return params
    .filter((p) => filters[p] !== undefined)
    .map((p) => `${labels[p]}: ${filterValueLabel(p, String(filters[p]), options, locale)}`)
    .join(" · ");
}

/** The query string of a set of valid filters, in a fixed order: shareable and stable. */
export function filtersToQuery(filters: MilestoneFilters): string {
  const out = new URLSearchParams();
  for (const param of FILTER_PARAMS) {
    const value = filters[param];
    if (value !== undefined) out.set(param, String(value));
  }
  return out.toString();
}

export function hasFilters(filters: MilestoneFilters): boolean {
  return FILTER_PARAMS.some((param) => filters[param] !== undefined);
}

// ---------------------------------------------------------------------------------------------
// Pages of the timeline (decision 008's keyset pages, applied to milestones).

/** The parameters that choose a page of the timeline rather than narrow it. */
export const PAGE_PARAMS = ["limit", "after"] as const;
export type PageParam = (typeof PAGE_PARAMS)[number];

/** Every parameter the timeline and its API read: the filters, then the page. */
export const TIMELINE_PARAMS = [...FILTER_PARAMS, ...PAGE_PARAMS] as const;

export const PAGE_LABELS: Record<PageParam, string> = {
  limit: "Milestones per page",
  after: "Page",
};

/** The page parameters' names in a language. */
export const pageLabels = (locale: Locale = "en"): Record<PageParam, string> => (locale === "uk" ? { limit: "Подій на сторінці", after: "Сторінка" } : PAGE_LABELS);

export const TIMELINE_PAGE_SIZE = 100;
export const MAX_TIMELINE_LIMIT = 500;

/**
 * Where a page starts: after the milestone with this date, title and id, in the timeline's order
 * (date newest first, then title, then id: two milestones may share a date and a title).
 */
export type MilestoneCursor = { date: IsoDate; title: string; id: string };

export type TimelinePage = { limit: number; after: MilestoneCursor | null };

export type PageIssue = {
  param: PageParam;
  /** The value as it appeared in the URL (a long cursor is cut short). */
  received: string;
  message: string;
};

/** base64url of JSON `[date, title, id]`: opaque to clients, checked on the way back in. */
export function encodeMilestoneCursor(cursor: MilestoneCursor): string {
  return toBase64Url(JSON.stringify([cursor.date, cursor.title, cursor.id]));
}

// Titles are at most 300 characters when logged; imports and older rows get some headroom.
const MAX_CURSOR_TITLE = 2000;
const MAX_CURSOR_LENGTH = 4 * MAX_CURSOR_TITLE;

/** The cursor in `text` when it is one the timeline issued; null otherwise. */
export function decodeMilestoneCursor(text: string): MilestoneCursor | null {
  if (text.length > MAX_CURSOR_LENGTH) return null;
  const value = fromBase64UrlJson(text);
  if (!Array.isArray(value) || value.length !== 3) return null;
  const [date, title, id] = value as unknown[];
  if (typeof date !== "string" || !isIsoDate(date)) return null;
  if (typeof title !== "string" || title.length > MAX_CURSOR_TITLE) return null;
  if (typeof id !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  return { date, title, id };
}

/**
 * Reads `limit` and `after`. For the page (`lenient`), a bad value is set aside with an issue and
 * the first page of the default size is shown; the API refuses the request with the same issues.
 */
export function parseTimelinePage(params: RawSearchParams, mode: "page" | "api"): { page: TimelinePage; issues: PageIssue[] } {
  const page: TimelinePage = { limit: TIMELINE_PAGE_SIZE, after: null };
  const issues: PageIssue[] = [];
  const first = (param: PageParam): string | undefined => {
    const raw = params[param];
    const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map((v) => v.trim()).filter((v) => v !== "");
    if (values.length > 1) {
      issues.push({
        param,
        received: values.join(", "),
        message:
          mode === "api"
            ? `“${param}” was given more than once; give it once.`
            : `“${param}” was given more than once; only the first value is used.`,
      });
      if (mode === "api") return undefined;
    }
    return values[0];
  };

  const limit = first("limit");
  if (limit !== undefined) {
    const n = /^\d{1,3}$/.test(limit) ? Number(limit) : NaN;
    if (n >= 1 && n <= MAX_TIMELINE_LIMIT) page.limit = n;
    else
      issues.push({
        param: "limit",
        received: limit,
        message:
          mode === "api"
            ? `“limit” must be a whole number from 1 to ${MAX_TIMELINE_LIMIT}.`
            : `“limit=${limit}” must be a whole number from 1 to ${MAX_TIMELINE_LIMIT}; ${TIMELINE_PAGE_SIZE} milestones are shown.`,
      });
  }

  const after = first("after");
  if (after !== undefined) {
    const cursor = decodeMilestoneCursor(after);
    if (cursor) page.after = cursor;
    else
      issues.push({
        param: "after",
        received: after.length > 40 ? `${after.slice(0, 40)}…` : after,
        message:
          mode === "api"
            ? `“after” is not a position the timeline issued; use the “next” address of a previous answer, or leave it out for the first page.`
            : "The link to this page of the timeline is damaged; the timeline starts again from the most recent milestones.",
      });
  }
  return { page, issues };
}

/**
 * The address of a page of the timeline (or its API) for these filters: the filters in their
 * fixed order, then `limit` when it is not the default, then `after`.
 */
export function timelineHref(base: string, filters: MilestoneFilters, page: { limit?: number; after?: string | null } = {}): string {
  const search = new URLSearchParams(filtersToQuery(filters));
  if (page.limit !== undefined && page.limit !== TIMELINE_PAGE_SIZE) search.set("limit", String(page.limit));
  if (page.after) search.set("after", page.after);
  const text = search.toString();
  return text ? `${base}?${text}` : base;
}
