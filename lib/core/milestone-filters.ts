/**
 * The milestone timeline's filters, read from the URL (`/milestones?track=accountability&forum=icc`).
 * Pure: the allowed values come from the caller (the database's tracks, types and forums), so the
 * rules here can be tested without a server. A bad value never fails the page: it becomes an
 * issue the page shows, and that one filter is ignored.
 */
import { z } from "zod";

export const FILTER_PARAMS = ["track", "type", "forum", "year"] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

/** One choice of a filter: `value` is what goes in the URL, `label` what a person reads. */
export type FilterOption = { value: string; label: string };

export type FilterOptions = Record<FilterParam, FilterOption[]>;

export type MilestoneFilters = {
  track?: string;
  type?: string;
  forum?: string;
  year?: number;
};

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
};

// Years outside this range are typos, not history the tracker could hold.
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** The filter schema for a given set of allowed values. Each field is optional. */
export function milestoneFilterSchema(options: FilterOptions) {
  const slugOf = (param: Exclude<FilterParam, "year">) => {
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
    const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map((v) => v.trim());
    const first = values.find((v) => v !== "");
    if (first === undefined) continue;
    if (values.filter((v) => v !== "").length > 1) {
      issues.push({
        param,
        received: values.filter((v) => v !== "").join(", "),
        message: `“${param}” was given more than once; only the first value, “${first}”, is used.`,
        allowed: options[param],
      });
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
        allowed: options[param],
      });
      continue;
    }
    if (param === "year") filters.year = result.data as number;
    else filters[param] = result.data as string;
  }
  return { filters, issues };
}

/** True when the URL carries an empty filter (`type=`), which the page redirects away from. */
export function hasEmptyFilterParams(params: RawSearchParams): boolean {
  return FILTER_PARAMS.some((param) => {
    const raw = params[param];
    if (raw === undefined) return false;
    const values = Array.isArray(raw) ? raw : [raw];
    return values.some((v) => v.trim() === "");
  });
}

/**
 * The query string for a set of parameters with the empty ones dropped, keeping every non-empty
 * value (valid or not) so that a notice about a bad value survives the redirect.
 */
export function withoutEmptyParams(params: RawSearchParams): string {
  const out = new URLSearchParams();
  for (const [key, raw] of Object.entries(params)) {
    if (raw === undefined) continue;
    for (const value of Array.isArray(raw) ? raw : [raw]) {
      if (value.trim() !== "") out.append(key, value);
    }
  }
  return out.toString();
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
