import { describe, expect, it } from "vitest";
import { formatPartialDate } from "./dates";
import {
  dateRangeOf,
  decodeMilestoneCursor,
  describeFilters,
  encodeMilestoneCursor,
  filterLabels,
  filtersToQuery,
  filterValueLabel,
  hasFilters,
  pageLabels,
  parseMilestoneFilters,
  parseTimelinePage,
  timelineHref,
  type MilestoneCursor,
  type PageParam,
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
    expect(issue?.allowed).toEqual(options[param as keyof typeof options]);
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
  it.each<[MilestoneFilters, string, boolean]>([
    [{}, "", false],
    [{ year: 2025, track: "accountability" }, "track=accountability&year=2025", true],
    [{ forum: "icc", type: "ratification" }, "type=ratification&forum=icc", true],
  ])("%o as a query: %j", (filters, query, any) => {
    expect(filtersToQuery(filters)).toBe(query);
    expect(hasFilters(filters)).toBe(any);
  });
});

describe("timeline cursors", () => {
  it.each<[string, MilestoneCursor]>([
    ["a plain title", { date: "2025-06-01", title: "ICC warrant", id: "cmabc123" }],
    ["a title with quotes, commas and non-Latin letters", { date: "2024-01-01", title: "Закон “про” ICC, 2024 — \"ok\"", id: "c_1-x" }],
    ["an empty title", { date: "1999-12-31", title: "", id: "x" }],
  ])("%s goes there and back", (_name, cursor) => {
    const text = encodeMilestoneCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeMilestoneCursor(text)).toEqual(cursor);
  });

  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  it.each<[string, string]>([
    ["not base64url", "not a cursor!"],
    ["base64 but not JSON", Buffer.from("hello").toString("base64url")],
    ["an object", b64({ date: "2025-06-01", title: "x", id: "a" })],
    ["two keys", b64(["2025-06-01", "a"])],
    ["four keys", b64(["2025-06-01", "t", "a", "b"])],
    ["a case list cursor", b64(["recent", "2025-06-01", "a"])],
    ["an impossible date", b64(["2025-02-30", "t", "a"])],
    ["a date that is a number", b64([20250601, "t", "a"])],
    ["a title that is not text", b64(["2025-06-01", 7, "a"])],
    ["an id with spaces", b64(["2025-06-01", "t", "a b"])],
    ["an empty id", b64(["2025-06-01", "t", ""])],
    ["a title too long", b64(["2025-06-01", "t".repeat(2001), "a"])],
    ["invalid UTF-8", Buffer.from([0x5b, 0x22, 0xff, 0x22, 0x5d]).toString("base64url")],
  ])("refuses %s", (_name, text) => {
    expect(decodeMilestoneCursor(text)).toBeNull();
  });
});

describe("parseTimelinePage", () => {
  const cursor: MilestoneCursor = { date: "2025-06-01", title: "A title", id: "cm1" };
  const after = encodeMilestoneCursor(cursor);

  it.each<[string, RawSearchParams, { limit: number; after: MilestoneCursor | null }]>([
    ["no parameters: the first page of 100", {}, { limit: 100, after: null }],
    ["a limit", { limit: "5" }, { limit: 5, after: null }],
    ["the smallest limit", { limit: "1" }, { limit: 1, after: null }],
    ["the largest limit", { limit: "500" }, { limit: 500, after: null }],
    ["a limit with spaces", { limit: " 20 " }, { limit: 20, after: null }],
    ["empty values mean the default", { limit: "", after: "" }, { limit: 100, after: null }],
    ["a cursor", { after }, { limit: 100, after: cursor }],
    ["a cursor and a limit", { after, limit: "250" }, { limit: 250, after: cursor }],
    ["the filters are not its business", { track: "nope", year: "abc" }, { limit: 100, after: null }],
  ])("%s", (_name, params, expected) => {
    for (const mode of ["page", "api"] as const) {
      const { page, issues } = parseTimelinePage(params, mode);
      expect(page).toEqual(expected);
      expect(issues).toEqual([]);
    }
  });

  it.each<[string, RawSearchParams, PageParam, RegExp]>([
    ["a limit of 0", { limit: "0" }, "limit", /1 to 500/],
    ["a limit of 501", { limit: "501" }, "limit", /1 to 500/],
    ["a limit that is not a number", { limit: "abc" }, "limit", /1 to 500/],
    ["a negative limit", { limit: "-5" }, "limit", /1 to 500/],
    ["a fractional limit", { limit: "2.5" }, "limit", /1 to 500/],
    ["a huge limit", { limit: "1000000" }, "limit", /1 to 500/],
    ["a damaged cursor", { after: "garbage!" }, "after", /./],
    ["a cursor cut short", { after: after.slice(0, -3) }, "after", /./],
    ["a limit given twice", { limit: ["5", "6"] }, "limit", /more than once/],
  ])("%s: the page sets it aside with a notice, the API refuses it by name", (_name, params, param, message) => {
    const lenient = parseTimelinePage(params, "page");
    expect(lenient.page.after).toBeNull();
    if (param === "limit" && !Array.isArray(params.limit)) expect(lenient.page.limit).toBe(100);
    expect(lenient.issues.map((i) => i.param)).toEqual([param]);
    expect(lenient.issues[0]?.message).toMatch(message);

    const strict = parseTimelinePage(params, "api");
    expect(strict.issues.map((i) => i.param)).toEqual([param]);
    expect(strict.issues[0]?.message).toMatch(new RegExp(`“${param}”`));
  });

  it("the page says in plain words that a damaged link starts again from the most recent milestones", () => {
    const { issues } = parseTimelinePage({ after: "garbage!" }, "page");
    expect(issues[0]?.message).toMatch(/damaged.*most recent/);
    expect(issues[0]?.received).toBe("garbage!");
  });

  it("a long damaged cursor is quoted cut short", () => {
    const { issues } = parseTimelinePage({ after: "x".repeat(100) }, "page");
    expect(issues[0]?.received).toBe(`${"x".repeat(40)}…`);
  });

  it("reports a bad limit and a bad cursor together", () => {
    const { issues } = parseTimelinePage({ limit: "0", after: "nope!" }, "api");
    expect(issues.map((i) => i.param)).toEqual(["limit", "after"]);
  });
});

describe("timelineHref", () => {
  it.each<[MilestoneFilters, { limit?: number; after?: string | null }, string]>([
    [{}, {}, "/milestones"],
    [{}, { limit: 100 }, "/milestones"],
    [{}, { limit: 5 }, "/milestones?limit=5"],
    [{ year: 2024, track: "accountability" }, { after: "abc" }, "/milestones?track=accountability&year=2024&after=abc"],
    [{ forum: "icc" }, { limit: 5, after: "abc" }, "/milestones?forum=icc&limit=5&after=abc"],
    [{}, { after: null }, "/milestones"],
  ])("%o with %o: %s", (filters, page, href) => {
    expect(timelineHref("/milestones", filters, page)).toBe(href);
  });
});

describe("the typed filters: words, and a period", () => {
  it.each([
    ["words, their spaces tidied", { q: "  rome   statute " }, { q: "rome statute" }, []],
    ["a month to a year", { from: "2024-10", to: "2025" }, { from: "2024-10", to: "2025" }, []],
    ["a day alone", { from: "2024-10-25" }, { from: "2024-10-25" }, []],
    ["no date", { from: "October 2024" }, {}, ["from"]],
    ["an impossible day", { to: "2025-02-30" }, {}, ["to"]],
    ["a year out of range", { from: "1066" }, {}, ["from"]],
    ["a period that ends before it begins", { from: "2025", to: "2024-12" }, {}, ["to"]],
    ["words too long", { q: "x".repeat(201) }, {}, ["q"]],
  ])("%s", (_name, params, expected, issueParams) => {
    const { filters, issues } = parseMilestoneFilters(params, options);
    expect(filters).toEqual(expected);
    expect(issues.map((i) => i.param)).toEqual(issueParams);
    for (const issue of issues) expect(issue.message).toMatch(/ignored/);
  });

  it("the period's days, and the filters in words and in the address", () => {
    expect(dateRangeOf({ from: "2024-10", to: "2024" })).toEqual({ from: "2024-10-01", to: "2024-12-31" });
    expect(dateRangeOf({})).toEqual({ from: null, to: null });
    expect(filtersToQuery({ track: "accountability", q: "rome statute", from: "2024-10" })).toBe("track=accountability&q=rome+statute&from=2024-10");
    expect(describeFilters({ track: "accountability", q: "rome", from: "2024-10" }, options)).toBe("Track: Accountability · Words: “rome” · From: October 2024");
  });
});

describe("the filters in Ukrainian", () => {
  it.each<[MilestoneFilters, string]>([
    [{ track: "accountability", q: "rome", from: "2024-10" }, "Напрям: Accountability · Слова: «rome» · Від: жовтень 2024 р."],
    [{ to: "2024-10-25", year: 2024 }, "Рік: 2024 · До: 25 жовтня 2024 р."],
    [{ from: "2022" }, `Від: ${formatPartialDate({ date: "2022-01-01", precision: "YEAR" }, "uk")}`],
    [{}, ""],
  ])("%j reads “%s”", (filters, words) => {
    expect(describeFilters(filters, options, undefined, "uk")).toBe(words);
  });

  it("names the filters and the page's parameters; English is unchanged", () => {
    expect(filterLabels("uk").track).toBe("Напрям");
    expect(pageLabels("uk").limit).toBe("Подій на сторінці");
    expect(filterValueLabel("q", "rome", options)).toBe("“rome”");
    expect(filterValueLabel("q", "rome", options, "uk")).toBe("«rome»");
  });
});
