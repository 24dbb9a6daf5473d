/**
 * The case list's filters, read from the URL. Lenient, like the milestone filters: the list is
 * for browsing, so a value the tracker does not know is set aside with a notice that names the
 * parameter and lists what it accepts, and the other filters still apply.
 */
import { LEGAL_PERSON } from "./profile-query";

export const CASE_FILTER_PARAMS = ["forum", "crime", "accused", "level", "mode", "situation"] as const;
export type CaseFilterParam = (typeof CASE_FILTER_PARAMS)[number];

export const CASE_FILTER_LABELS: Record<CaseFilterParam, string> = {
  forum: "Forum",
  crime: "Crime",
  accused: "Kind of accused",
  level: "Level of responsibility",
  mode: "Mode of liability",
  situation: "Situation",
};

export type CaseFilters = Partial<Record<CaseFilterParam, string>>;
export type CaseFilterOption = { value: string; label: string };
export type CaseFilterOptions = Record<CaseFilterParam, CaseFilterOption[]>;
export type CaseFilterIssue = { param: string; received: string; message: string; allowed: CaseFilterOption[] };

type RawSearchParams = Record<string, string | string[] | undefined>;

export function parseCaseFilters(params: RawSearchParams, options: CaseFilterOptions): { filters: CaseFilters; issues: CaseFilterIssue[] } {
  const filters: CaseFilters = {};
  const issues: CaseFilterIssue[] = [];
  for (const [name, raw] of Object.entries(params)) {
    if (raw === undefined) continue;
    const values = (typeof raw === "string" ? [raw] : raw).map((v) => v.trim());
    if (!(CASE_FILTER_PARAMS as readonly string[]).includes(name)) {
      issues.push({
        param: name,
        received: values.join(", "),
        message: `“${name}” is not a filter of the case list; it was ignored.`,
        allowed: CASE_FILTER_PARAMS.map((p) => ({ value: p, label: CASE_FILTER_LABELS[p] })),
      });
      continue;
    }
    const param = name as CaseFilterParam;
    const nonEmpty = values.filter((v) => v !== "");
    if (nonEmpty.length === 0) continue;
    if (nonEmpty.length > 1) {
      issues.push({ param, received: nonEmpty.join(", "), message: "Give this filter once; it was ignored.", allowed: options[param] });
      continue;
    }
    const value = nonEmpty[0]!;
    if (!options[param].some((o) => o.value === value)) {
      issues.push({ param, received: value, message: `“${value}” is not a recorded value; this filter was ignored.`, allowed: options[param] });
      continue;
    }
    filters[param] = value;
  }
  // A company has no level of responsibility: the level would match nothing, so it is set aside.
  if (filters.accused === LEGAL_PERSON && filters.level) {
    issues.push({
      param: "level",
      received: filters.level,
      message: "A level of responsibility does not apply to a legal person; this filter was ignored.",
      allowed: [],
    });
    delete filters.level;
  }
  return { filters, issues };
}
