import { describe, expect, it } from "vitest";
import {
  filtersToQuery,
  hasEmptyFilterParams,
  hasFilters,
  parseMilestoneFilters,
  withoutEmptyParams,
  type FilterOptions,
  type FilterParam,
  type MilestoneFilters,
  type RawSearchParams,
} from "./milestone-filters";

const options: FilterOptions = {
  track: [
    { value: "accountability", label: "Accountability" },
    { value: "security-guarantees", label: "Security guarantees" },
  ],
  type: [
    { value: "ratification", label: "Ratification" },
    { value: "code-amendment", label: "Code amendment" },
  ],
  forum: [
    { value: "icc", label: "International Criminal Court" },
    { value: "ukraine-domestic", label: "Ukrainian national courts" },
  ],
  year: [
    { value: "2025", label: "2025" },
    { value: "2024", label: "2024" },
  ],
};

describe("parseMilestoneFilters: accepted values", () => {
  it.each<[string, RawSearchParams, MilestoneFilters]>([
    ["no parameters", {}, {}],
    ["one track", { track: "accountability" }, { track: "accountability" }],
    [
      "every filter",
      { track: "accountability", type: "ratification", forum: "icc", year: "2024" },
      { track: "accountability", type: "ratification", forum: "icc", year: 2024 },
    ],
    ["empty values mean any", { track: "", type: "", forum: "", year: "" }, {}],
    ["blank values mean any", { track: "  ", year: " " }, {}],
    ["surrounding spaces are trimmed", { forum: " icc ", year: " 2025 " }, { forum: "icc", year: 2025 }],
    ["slugs are case-insensitive", { track: "Accountability", forum: "ICC" }, { track: "accountability", forum: "icc" }],
    ["a well-formed year without milestones still filters", { year: "2019" }, { year: 2019 }],
    ["unknown parameters are ignored", { utm_source: "mail", page: "2" }, {}],
    ["an array keeps its first non-empty value", { forum: ["", "icc"] }, { forum: "icc" }],
  ])("%s", (_name, params, expected) => {
    const { filters, issues } = parseMilestoneFilters(params, options);
    expect(filters).toEqual(expected);
    expect(issues).toEqual([]);
  });
});

describe("parseMilestoneFilters: refused values become issues, and only that filter is ignored", () => {
  it.each<[string, RawSearchParams, MilestoneFilters, FilterParam, string, RegExp]>([
    ["a year that is not a number", { year: "abc" }, {}, "year", "abc", /four-digit year/],
    ["a two-digit year", { year: "25" }, {}, "year", "25", /four-digit year/],
    ["a year with a decimal point", { year: "2025.0" }, {}, "year", "2025.0", /four-digit year/],
    ["a negative year", { year: "-2025" }, {}, "year", "-2025", /four-digit year/],
    ["a year out of range", { year: "0999" }, {}, "year", "0999", /between 1900 and 2100/],
    ["an unknown track", { track: "nope" }, {}, "track", "nope", /not a known track/],
    ["an unknown type", { type: "coup" }, {}, "type", "coup", /not a known type/],
    ["an unknown forum", { forum: "ictY" }, {}, "forum", "ictY", /not a known forum/],
    [
      "a bad year next to a good forum",
      { year: "abc", forum: "icc" },
      { forum: "icc" },
      "year",
      "abc",
      /four-digit year/,
    ],
    [
      "a bad track next to good type and year",
      { track: "nope", type: "ratification", year: "2024" },
      { type: "ratification", year: 2024 },
      "track",
      "nope",
      /not a known track/,
    ],
  ])("%s", (_name, params, expected, param, received, message) => {
    const { filters, issues } = parseMilestoneFilters(params, options);
    expect(filters).toEqual(expected);
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    expect(issue?.param).toBe(param);
    expect(issue?.received).toBe(received);
    expect(issue?.message).toMatch(message);
    expect(issue?.message).toMatch(/ignored/);
    // The notice lists what the parameter accepts.
    expect(issue?.allowed).toEqual(options[param]);
  });

  it("reports every bad parameter, not only the first", () => {
    const { filters, issues } = parseMilestoneFilters({ track: "nope", year: "abc", forum: "mars" }, options);
    expect(filters).toEqual({});
    expect(issues.map((i) => i.param)).toEqual(["track", "forum", "year"]);
  });

  it("a parameter given twice keeps the first value and says so", () => {
    const { filters, issues } = parseMilestoneFilters({ track: ["accountability", "security-guarantees"] }, options);
    expect(filters).toEqual({ track: "accountability" });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/more than once/);
  });
});

describe("URL helpers", () => {
  it.each<[RawSearchParams, boolean, string]>([
    [{}, false, ""],
    [{ track: "accountability" }, false, "track=accountability"],
    [{ track: "accountability", type: "", year: "" }, true, "track=accountability"],
    [{ year: "abc", forum: " " }, true, "year=abc"],
    [{ forum: ["", "icc"] }, true, "forum=icc"],
  ])("%o: has empty %s, cleaned to %j", (params, empty, cleaned) => {
    expect(hasEmptyFilterParams(params)).toBe(empty);
    expect(withoutEmptyParams(params)).toBe(cleaned);
  });

  it.each<[MilestoneFilters, string, boolean]>([
    [{}, "", false],
    [{ year: 2025, track: "accountability" }, "track=accountability&year=2025", true],
    [{ forum: "icc", type: "ratification" }, "type=ratification&forum=icc", true],
  ])("%o as a query: %j", (filters, query, any) => {
    expect(filtersToQuery(filters)).toBe(query);
    expect(hasFilters(filters)).toBe(any);
  });
});
