import { describe, expect, it } from "vitest";
import { fieldErrors } from "./field-errors";
import { parseForm } from "@/lib/web/form-submission";
import { futureHappenedProblem, isWebUrl, milestoneInputSchema, milestoneSlug } from "./milestone-input";

const valid = {
  title: "Ukraine ratifies the Rome Statute",
  description: "The Verkhovna Rada ratified the Rome Statute.",
  date: "2024-08-21",
  track: "accountability",
  type: "ratification",
  sources: [{ title: "A post", url: "https://example.org/post" }],
};

describe("milestoneInputSchema accepts", () => {
  it("a milestone with defaults for what it leaves out", () => {
    expect(milestoneInputSchema.parse(valid)).toMatchObject({
      whatChanged: null,
      situation: null,
      forums: [],
      rules: [],
      opens: [],
      closes: [],
      expectedVersion: null,
      date: { date: "2024-08-21", precision: "DAY" },
      sources: [{ title: "A post", url: "https://example.org/post", publisher: null, locator: null }],
    });
  });

  it.each([
    ["2024-10", { date: "2024-10-01", precision: "MONTH" }],
    ["2024", { date: "2024-01-01", precision: "YEAR" }],
    ["2024-02-29", { date: "2024-02-29", precision: "DAY" }],
  ])("the date %s with the precision it is written in", (date, expected) => {
    expect(milestoneInputSchema.parse({ ...valid, date }).date).toEqual(expected);
  });

  it("an existing source by slug, and a new source without a URL", () => {
    const parsed = milestoneInputSchema.parse({ ...valid, sources: [{ slug: "rome-statute-text", locator: "Article 12" }, { title: "A printed book" }] });
    expect(parsed.sources).toEqual([
      { slug: "rome-statute-text", title: null, url: null, publisher: null, locator: "Article 12", document: null, page: null },
      { title: "A printed book", url: null, publisher: null, locator: null, document: null, page: null },
    ]);
  });
});

describe("milestoneInputSchema refuses, naming the field", () => {
  it.each([
    ["an empty title", { title: "  " }, "title"],
    ["a missing description", { description: undefined }, "description"],
    ["an impossible day", { date: "2025-02-30" }, "date"],
    ["a thirteenth month", { date: "2025-13" }, "date"],
    ["a date in words", { date: "October 2024" }, "date"],
    ["the year 0000", { date: "0000" }, "date"],
    ["a month of the year 0000", { date: "0000-06" }, "date"],
    ["a day of the year 0000", { date: "0000-01-01" }, "date"],
    ["a missing date", { date: undefined }, "date"],
    ["a track that is not a slug", { track: "The Track" }, "track"],
    ["no track chosen", { track: "" }, "track"],
    ["a forum listed twice", { forums: ["icc", "icc"] }, "forums"],
    ["no source", { sources: [] }, "sources"],
    ["a source without a title", { sources: [{ url: "https://example.org" }] }, "sources.0.title"],
    ["a source URL that is not a web address", { sources: [{ title: "T", url: "example.org/post" }] }, "sources.0.url"],
    ["a javascript: URL", { sources: [{ title: "T", url: "javascript:alert(1)" }] }, "sources.0.url"],
    ["a second source with a bad URL", { sources: [{ title: "T" }, { title: "U", url: "ftp://example.org" }] }, "sources.1.url"],
    ["a referenced source that also gives a title", { sources: [{ slug: "rome-statute-text", title: "Renamed" }] }, "sources.0.title"],
    ["the same source twice", { sources: [{ slug: "a-source" }, { slug: "a-source" }] }, "sources"],
    ["an unknown field in a source", { sources: [{ title: "T", colour: "red" }] }, "sources.0"],
    ["a rule both opened and closed", { opens: ["r-one"], closes: ["r-one"] }, "closes"],
    ["a version that is not a number", { expectedVersion: "2" }, "expectedVersion"],
    ["a version of zero", { expectedVersion: 0 }, "expectedVersion"],
    ["an unknown field", { colour: "red" }, "input"],
  ])("%s", (_name, change, field) => {
    const result = milestoneInputSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    const errors = fieldErrors(result.error!);
    if (change && "track" in change && change.track === "") expect(errors.filter((e) => e.parameter === "track").map((e) => e.message)).toEqual(["track is required: choose one"]);
    expect(errors.map((e) => e.parameter)).toContain(field);
    for (const e of errors) expect(e.message.startsWith(e.parameter)).toBe(true);
  });
});

describe("helpers", () => {
  it("isWebUrl accepts http(s) only", () => {
    expect(isWebUrl("https://example.org/a?b=c")).toBe(true);
    expect(isWebUrl("http://example.org")).toBe(true);
    expect(isWebUrl("mailto:a@example.org")).toBe(false);
    expect(isWebUrl("https://exa mple.org")).toBe(false);
  });

  it("milestoneSlug: title words and the year", () => {
    expect(milestoneSlug("Ukraine ratifies the Rome Statute", 2024)).toBe("ukraine-ratifies-the-rome-statute-2024");
    expect(milestoneSlug("Résolution 2025", 2025)).toBe("resolution-2025");
    expect(milestoneSlug("???", 2025)).toBe("milestone-2025");
    // A Ukrainian title is transliterated (it gave "milestone-2025" before).
    expect(milestoneSlug("Верховна Рада ухвалила закон про Спеціальний трибунал", 2025)).toBe("verkhovna-rada-ukhvalyla-zakon-pro-spetsialnyi-trybunal-2025");
    expect(milestoneSlug("Україна ратифікувала Римський статут 2024", 2024)).toBe("ukraina-ratyfikuvala-rymskyi-statut-2024");
  });

  it("a posted form is read by the same schema: empty source rows dropped, errors named by the row shown again", () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ title: " T ", description: "D", date: "2026-10", track: "accountability", type: "ratification", situation: "", expectedVersion: "3", milestone: "the-edited-one" })) form.set(k, v);
    form.append("forums", "icc");
    form.append("forums", "special-tribunal");
    form.set("sources[0].title", "");
    form.set("sources[0].url", "");
    form.set("sources[1].title", "A source");
    form.set("sources[1].url", "https://example.org");
    form.set("sources[2].slug", "recorded-source");
    form.set("sources[2].remove", "on");
    form.append("opens", "some-rule");
    const read = parseForm(form, milestoneInputSchema, { rows: ["sources"] });
    expect(read.status).toBe("success");
    if (read.status !== "success") return;
    expect(read.value).toMatchObject({ title: "T", forums: ["icc", "special-tribunal"], situation: null, expectedVersion: 3, opens: ["some-rule"], closes: [] });
    expect(read.value.sources).toEqual([{ title: "A source", url: "https://example.org", publisher: null, locator: null, document: null, page: null }]);

    form.set("sources[1].url", "example.org");
    form.set("date", "");
    const refused = parseForm(form, milestoneInputSchema, { rows: ["sources"] });
    expect(refused.status).toBe("error");
    // The second row typed is the first row shown again (the empty one is dropped).
    expect(refused.reply().error).toEqual({ "sources[0].url": ["must be a web address starting with http:// or https://"], date: ["is required: write it YYYY-MM-DD, YYYY-MM or YYYY"] });
    expect(refused.reply().initialValue).toMatchObject({ title: " T ", sources: [{ title: "A source", url: "example.org" }] });
  });
});

describe("a milestone marked happened cannot be dated after today; an expected one can", () => {
  it.each([
    ["happened yesterday", "HAPPENED", { date: "2026-12-02", precision: "DAY" }, false],
    ["happened today", "HAPPENED", { date: "2026-12-03", precision: "DAY" }, false],
    ["happened this month (month precision)", "HAPPENED", { date: "2026-12-01", precision: "MONTH" }, false],
    ["happened this year (year precision)", "HAPPENED", { date: "2026-01-01", precision: "YEAR" }, false],
    ["happened tomorrow", "HAPPENED", { date: "2026-12-04", precision: "DAY" }, true],
    ["happened next month", "HAPPENED", { date: "2027-01-01", precision: "MONTH" }, true],
    ["expected next year", "EXPECTED", { date: "2027-01-01", precision: "YEAR" }, false],
    ["expected, its date passed (still expected until marked)", "EXPECTED", { date: "2025-01-01", precision: "YEAR" }, false],
  ] as const)("%s", (_name, status, date, refused) => {
    const problem = futureHappenedProblem(status, date, "2026-12-03");
    expect(problem !== null).toBe(refused);
    if (problem) expect(problem).toContain("Mark it expected");
  });

  it("reads the status in either case, happened when left out", () => {
    const base = { title: "T", description: "D", date: "2027", track: "accountability", type: "ratification", sources: [{ title: "S", url: "https://example.org" }] };
    expect(milestoneInputSchema.parse(base).status).toBe("HAPPENED");
    expect(milestoneInputSchema.parse({ ...base, status: "expected" }).status).toBe("EXPECTED");
    expect(milestoneInputSchema.safeParse({ ...base, status: "maybe" }).success).toBe(false);
  });
});
