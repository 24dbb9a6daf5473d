import { describe, expect, it } from "vitest";
import {
  canonicalCaseListSearch,
  caseListHref,
  decodeCursor,
  describeCaseListQuery,
  emptyCaseListQuery,
  encodeCursor,
  facetLabels,
  isFiltered,
  parameterLabels,
  parseCaseListQuery,
  readCaseListQuery,
  SORT_LABELS,
  sortLabels,
  STAGE_OPTIONS,
  stageFromSlug,
  stageSlug,
  type CaseCursor,
  type CaseListOptions,
  type CaseListQuery,
  type RawQuery,
} from "./case-list-query";

const opt = (...values: string[]) => values.map((value) => ({ value, label: value.toUpperCase() }));
const options: CaseListOptions = {
  forum: [
    { value: "icc", label: "International Criminal Court", short: "ICC" },
    { value: "special-tribunal", label: "Special Tribunal", short: "Special Tribunal" },
    { value: "ukraine-domestic", label: "Ukrainian national courts", short: "Ukrainian courts" },
  ],
  situation: opt("ukraine", "sudan"),
  crime: [
    { value: "war-crimes", label: "War crimes" },
    { value: "genocide", label: "Genocide" },
    { value: "aggression", label: "Crime of aggression" },
  ],
  mode: opt("direct", "command-responsibility"),
  accused: [
    { value: "natural", label: "Natural person" },
    { value: "legal", label: "Legal person" },
  ],
  level: opt("top-leadership", "field-grade"),
  stage: STAGE_OPTIONS,
  year: opt("2022", "2024"),
};

const query = (patch: Partial<CaseListQuery>): CaseListQuery => ({ ...emptyCaseListQuery(), ...patch });

describe("stages in URLs", () => {
  it("are lower-case kebab and read back", () => {
    expect(stageSlug("WARRANT_OR_NOTICE_OF_SUSPICION")).toBe("warrant-or-notice-of-suspicion");
    expect(stageFromSlug("warrant-or-notice-of-suspicion")).toBe("WARRANT_OR_NOTICE_OF_SUSPICION");
    expect(stageFromSlug("WARRANT")).toBeNull();
    expect(STAGE_OPTIONS.map((o) => o.value)).toContain("confirmation-or-indictment");
  });
});

describe("reading the case list's parameters (page and API alike)", () => {
  it.each<[string, RawQuery, Partial<CaseListQuery>]>([
    ["nothing: every case, latest stage first", {}, {}],
    ["a matrix cell", { forum: "ukraine-domestic", crime: "war-crimes", accused: "natural", level: "field-grade", mode: "direct", situation: "ukraine" }, {
      forum: ["ukraine-domestic"], crime: ["war-crimes"], accused: ["natural"], level: ["field-grade"], mode: ["direct"], situation: ["ukraine"],
    }],
    ["a facet given twice, as either value, sorted and without repeats", { crime: ["war-crimes", "genocide", "war-crimes"] }, { crime: ["genocide", "war-crimes"] }],
    ["a search, ordered by best match", { q: "  Путін   ICC " }, { q: "Путін ICC", sort: "relevance" }],
    ["a search with another order", { q: "Putin", sort: "title" }, { q: "Putin", sort: "title" }],
    ["best match without a search, as the latest stage", { sort: "relevance" }, { sort: "recent" }],
    ["stages and years", { stage: ["trial", "WARRANT_OR_NOTICE_OF_SUSPICION"], year: ["2024", "2022"] }, { stage: ["TRIAL", "WARRANT_OR_NOTICE_OF_SUSPICION"], year: [2022, 2024] }],
    ["a year no case opened in (it matches nothing, but it is a year)", { year: "1999" }, { year: [1999] }],
    ["slugs in capitals", { forum: "ICC", sort: "Opened" }, { forum: ["icc"], sort: "opened" }],
    ["empty values as nothing (the form's empty fields)", { q: "", forum: "", sort: "", after: "" }, {}],
    ["a legal person without a level", { accused: "legal" }, { accused: ["legal"] }],
    ["a level with both kinds of accused", { accused: ["legal", "natural"], level: "field-grade" }, { accused: ["legal", "natural"], level: ["field-grade"] }],
  ])("reads %s", (_name, params, expected) => {
    expect(readCaseListQuery(params, options)).toEqual({ query: query(expected), issues: [] });
    expect(parseCaseListQuery(params, options)).toEqual({ ok: true, value: query(expected) });
  });

  it("reads a cursor issued for the order in force", () => {
    const cursor: CaseCursor = { sort: "title", title: "Prosecutor v. X", id: "c1" };
    const { query: read, issues } = readCaseListQuery({ sort: "title", after: encodeCursor(cursor) }, options);
    expect(issues).toEqual([]);
    expect(read.after).toEqual(cursor);
  });

  it("reads a page size on the API only", () => {
    expect(parseCaseListQuery({ limit: "100" }, options)).toEqual({ ok: true, value: query({ limit: 100 }) });
    const { query: read, issues } = readCaseListQuery({ limit: "100" }, options);
    expect(read.limit).toBe(25);
    expect(issues.map((i) => i.param)).toEqual(["limit"]);
  });
});

describe("the page sets a bad value aside and says so; the API refuses it", () => {
  it.each<[string, RawQuery, string, Partial<CaseListQuery>, number]>([
    ["an unknown forum beside a known one", { forum: ["ictr", "icc"], crime: "genocide" }, "forum", { forum: ["icc"], crime: ["genocide"] }, 3],
    ["an unknown crime", { crime: "piracy" }, "crime", {}, 3],
    ["an unknown stage", { stage: "sentencing" }, "stage", {}, STAGE_OPTIONS.length],
    ["a year that is not one", { year: "20x4" }, "year", {}, 2],
    ["a year out of range", { year: "0999" }, "year", {}, 2],
    ["an unknown parameter", { colour: "red", forum: "icc" }, "colour", { forum: ["icc"] }, 12],
    ["an unknown sort", { sort: "newest", q: "Putin" }, "sort", { q: "Putin", sort: "relevance" }, 5],
    ["a search with nothing to search for", { q: "&& !! ::" }, "q", {}, 0],
    ["a level for a legal person", { accused: "legal", level: "field-grade" }, "level", { accused: ["legal"] }, 0],
    ["a damaged cursor", { after: "not-a-cursor" }, "after", {}, 0],
    ["a cursor made for another order", { after: encodeCursor({ sort: "title", title: "A", id: "c1" }) }, "after", {}, 0],
  ])("%s", (_name, params, param, kept, allowed) => {
    const { query: read, issues } = readCaseListQuery(params, options);
    expect(read).toEqual(query(kept));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.param).toBe(param);
    expect(issues[0]!.message).toBeTruthy();
    expect(issues[0]!.allowed).toHaveLength(allowed);

    const parsed = parseCaseListQuery(params, options);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors.map((e) => e.parameter)).toEqual([param]);
      expect(parsed.errors[0]!.message).toContain(`"${param}"`);
    }
  });

  it("names the forum's allowed values in the API's message", () => {
    const parsed = parseCaseListQuery({ forum: "ictr" }, options);
    expect(parsed).toEqual({
      ok: false,
      errors: [{ parameter: "forum", message: 'Unknown value "ictr" for "forum". Allowed: icc, special-tribunal, ukraine-domestic.', allowed: ["icc", "special-tribunal", "ukraine-domestic"] }],
    });
  });

  it("keeps the first of a repeated search on the page, refuses it on the API", () => {
    const { query: read, issues } = readCaseListQuery({ q: ["Putin", "Shoigu"] }, options);
    expect(read.q).toBe("Putin");
    expect(issues[0]!.message).toContain("only the first, “Putin”");
    expect(parseCaseListQuery({ q: ["Putin", "Shoigu"] }, options)).toMatchObject({ ok: false, errors: [{ parameter: "q" }] });
  });

  it("cuts a long search on the page, refuses it on the API", () => {
    const long = "word ".repeat(60);
    const { query: read, issues } = readCaseListQuery({ q: long }, options);
    expect(read.q!.length).toBeLessThanOrEqual(200);
    expect(issues.map((i) => i.param)).toEqual(["q"]);
    expect(parseCaseListQuery({ q: long }, options)).toMatchObject({ ok: false, errors: [{ parameter: "q" }] });
  });

  it("refuses a bad page size on the API", () => {
    for (const limit of ["0", "101", "ten", "2.5", "-1"]) {
      expect(parseCaseListQuery({ limit }, options)).toMatchObject({ ok: false, errors: [{ parameter: "limit" }] });
    }
  });

  it("names every bad parameter at once", () => {
    const parsed = parseCaseListQuery({ forum: "ictr", crime: "piracy", colour: "red", limit: "0" }, options);
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.parameter).sort()).toEqual(["colour", "crime", "forum", "limit"]);
  });
});

describe("cursors", () => {
  const cursors: CaseCursor[] = [
    { sort: "relevance", rank: 0.0607927106320858, date: "2024-10-25", id: "cm1abc" },
    { sort: "recent", date: "2025-01-01", id: "cm2" },
    { sort: "opened", date: "2022-03-02", id: "cm3" },
    { sort: "reference", reference: "ICC-01/22", id: "cm4" },
    { sort: "reference", reference: null, id: "cm5" },
    { sort: "title", title: "Справа Львової-Бєлової", id: "cm6" },
  ];
  it.each(cursors)("round-trips %o exactly", (cursor) => {
    const text = encodeCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text, cursor.sort)).toEqual(cursor);
  });

  const b64 = (value: unknown) => btoa(JSON.stringify(value)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  it.each([
    ["not base64url", "a+b/c=", "recent"],
    ["not JSON", b64("x").slice(1), "recent"],
    ["another sort", b64(["recent", "2025-01-01", "id"]), "opened"],
    ["a date that is not one", b64(["recent", "2025-02-30", "id"]), "recent"],
    ["a missing id", b64(["recent", "2025-01-01"]), "recent"],
    ["an id with SQL in it", b64(["recent", "2025-01-01", "x' or 1=1"]), "recent"],
    ["a negative rank", b64(["relevance", -1, "2025-01-01", "id"]), "relevance"],
    ["a rank that is text", b64(["relevance", "1", "2025-01-01", "id"]), "relevance"],
    ["an extra key", b64(["title", "A", "B", "id"]), "title"],
    ["a reference that is a number", b64(["reference", 5, "id"]), "reference"],
    ["an object", b64({ sort: "recent" }), "recent"],
    ["an enormous value", "A".repeat(5000), "recent"],
  ] as const)("refuses %s", (_name, text, sort) => {
    expect(decodeCursor(text, sort)).toBeNull();
  });
});

describe("writing a search back", () => {
  it("gives one canonical string for the same search however it was asked", () => {
    const a = readCaseListQuery({ crime: ["war-crimes", "genocide"], forum: "icc", q: " Putin ", sort: "relevance", after: "", year: ["2024", "2022"] }, options).query;
    const b = readCaseListQuery({ year: ["2022", "2024"], q: "Putin", forum: "ICC", crime: ["genocide", "war-crimes"] }, options).query;
    expect(canonicalCaseListSearch(a)).toBe("q=Putin&forum=icc&crime=genocide&crime=war-crimes&year=2022&year=2024");
    expect(canonicalCaseListSearch(b)).toBe(canonicalCaseListSearch(a));
  });

  it("keeps the sort only when it is not the default, and never the page", () => {
    expect(canonicalCaseListSearch(query({ sort: "title", stage: ["TRIAL"], after: { sort: "title", title: "A", id: "x" }, limit: 50 }))).toBe("stage=trial&sort=title");
    expect(canonicalCaseListSearch(query({ q: "Putin", sort: "recent" }))).toBe("q=Putin&sort=recent");
    expect(canonicalCaseListSearch(query({}))).toBe("");
  });

  it("reads back what it wrote", () => {
    const q = query({ q: "Львова-Бєлова", crime: ["war-crimes"], accused: ["natural"], stage: ["ARREST_OR_SURRENDER"], year: [2023], sort: "opened" });
    const params = Object.fromEntries(new URLSearchParams(canonicalCaseListSearch(q)));
    expect(readCaseListQuery(params, options)).toEqual({ query: q, issues: [] });
  });

  it("builds the list's addresses with a page", () => {
    expect(caseListHref("/cases", query({}))).toBe("/cases");
    expect(caseListHref("/cases", query({ forum: ["icc"] }), { after: "abc" })).toBe("/cases?forum=icc&after=abc");
    expect(caseListHref("/api/v1/cases", query({ forum: ["icc"] }), { after: "abc", limit: 10 })).toBe("/api/v1/cases?forum=icc&limit=10&after=abc");
  });

  it("says the search in words", () => {
    const q = query({ q: "Putin", crime: ["war-crimes"], forum: ["icc"] });
    expect(describeCaseListQuery(q, options)).toBe("War crimes · ICC · text “Putin”");
    expect(describeCaseListQuery(q, options, { labelled: true })).toBe("Crime: War crimes · Forum: International Criminal Court · Text: “Putin”");
    const many = query({ crime: ["genocide", "war-crimes"], accused: ["legal"], stage: ["TRIAL"], year: [2024] });
    expect(describeCaseListQuery(many, options)).toBe("Genocide or War crimes · Legal person · Trial · opened in 2024");
    expect(describeCaseListQuery(many, options, { labelled: true })).toBe(
      "Crime: Genocide or War crimes · Kind of accused: Legal person · Stage: Trial · Year opened: 2024",
    );
    expect(describeCaseListQuery(query({}), options)).toBe("");
  });

  it("knows a filtered list from the whole list", () => {
    expect(isFiltered(query({}))).toBe(false);
    expect(isFiltered(query({ sort: "title" }))).toBe(false);
    expect(isFiltered(query({ year: [2024] }))).toBe(true);
    expect(isFiltered(query({ q: "x" }))).toBe(true);
  });
});

describe("in Ukrainian", () => {
  const options: CaseListOptions = {
    forum: [{ value: "icc", label: "International Criminal Court", short: "ICC" }],
    situation: [{ value: "ukraine", label: "Ukraine" }],
    crime: [
      { value: "war-crimes", label: "War crimes" },
      { value: "genocide", label: "Genocide" },
    ],
    mode: [],
    accused: [{ value: "legal", label: "Legal person" }],
    level: [],
    stage: STAGE_OPTIONS,
    year: [],
  };
  const query = (patch: Partial<CaseListQuery>): CaseListQuery => ({ ...emptyCaseListQuery(), ...patch });

  it.each<[string, Partial<CaseListQuery>, string, string]>([
    ["facets, stages, years and text", { q: "Путін", crime: ["genocide", "war-crimes"], stage: ["TRIAL"], year: [2024] }, "Genocide або War crimes · Судовий розгляд · відкрито у 2024 р. · текст «Путін»", "Злочин: Genocide або War crimes · Стадія: Судовий розгляд · Рік відкриття: 2024 · Текст: «Путін»"],
    ["a forum's short name when short", { forum: ["icc"], accused: ["legal"] }, "Legal person · ICC", "Категорія обвинуваченого: Legal person · Форум: International Criminal Court"],
    ["two stages", { stage: ["INVESTIGATION", "TRIAL"] }, "Розслідування або Судовий розгляд", "Стадія: Розслідування або Судовий розгляд"],
    ["nothing", {}, "", ""],
  ])("describeCaseListQuery, %s", (_name, patch, short, labelled) => {
    expect(describeCaseListQuery(query(patch), options, {}, "uk")).toBe(short);
    expect(describeCaseListQuery(query(patch), options, { labelled: true }, "uk")).toBe(labelled);
  });

  it("keeps the English as it was", () => {
    const q = query({ q: "Putin", crime: ["genocide", "war-crimes"], stage: ["TRIAL"], year: [2024], forum: ["icc"] });
    expect(describeCaseListQuery(q, options)).toBe("Genocide or War crimes · ICC · Trial · opened in 2024 · text “Putin”");
    expect(describeCaseListQuery(q, options, { labelled: true }, "en")).toBe("Crime: Genocide or War crimes · Forum: International Criminal Court · Stage: Trial · Year opened: 2024 · Text: “Putin”");
  });

  it.each<[string, Record<string, string>, string, string]>([
    ["an unknown parameter", { colour: "red" }, "Фільтри переліку справ", "Справ на сторінці"],
    ["a bad year", { year: "24" }, "Роки, у яких відкрито справи, що відстежуються", ""],
    ["an unknown stage", { stage: "verdict" }, "Допустимі значення", "Судовий розгляд"],
    ["an unknown order", { sort: "colour" }, "Допустимі значення", "Спочатку остання стадія"],
  ])("a notice's list in Ukrainian: %s", (_name, params, heading, oneLabel) => {
    const [issue] = readCaseListQuery(params, options, "uk").issues;
    expect(issue!.allowedHeading).toBe(heading);
    if (oneLabel) expect(issue!.allowed.map((o) => o.label)).toContain(oneLabel);
    // The message stays English: the page translates it with localizeMessage.
    expect(issue!.message).toBe(readCaseListQuery(params, options).issues[0]!.message);
  });

  it("names facets, parameters and orders", () => {
    expect(facetLabels("uk").mode).toBe("Форма участі");
    expect(parameterLabels("uk").limit).toBe("Справ на сторінці");
    expect(sortLabels("uk").title).toBe("Назва, від А до Я");
    expect(sortLabels()).toBe(SORT_LABELS);
  });
});
