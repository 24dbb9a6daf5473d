import { describe, expect, it } from "vitest";
import { parseProfileQuery, type Vocabulary } from "./profile-query";

const vocabulary: Vocabulary = {
  crimes: ["war-crimes", "crimes-against-humanity", "genocide", "aggression", "ecocide"],
  accusedKinds: ["natural", "legal"],
  levels: ["top-leadership", "senior-command", "field-grade", "direct-perpetrator"],
  modes: ["direct", "command-responsibility"],
  situations: ["ukraine", "sudan"],
};
const today = "2026-11-22";
const parse = (query: Record<string, string | string[]>) => parseProfileQuery(query, vocabulary, today);

describe("parseProfileQuery accepts", () => {
  it.each([
    [
      "a full profile",
      { crime: "aggression", accused: "natural", level: "top-leadership", mode: "direct", situation: "ukraine", asOf: "2025-06-25" },
      { crime: "aggression", accused: "natural", level: "top-leadership", mode: "direct", situation: "ukraine", asOf: "2025-06-25", conduct: null },
    ],
    [
      "the date of the conduct beside the as-of date",
      { crime: "war-crimes", accused: "natural", level: "field-grade", conduct: "2022-03", asOf: "2025-06-25" },
      {
        crime: "war-crimes",
        accused: "natural",
        level: "field-grade",
        mode: "direct",
        situation: "ukraine",
        asOf: "2025-06-25",
        conduct: { from: { date: "2022-03-01", precision: "MONTH" }, to: { date: "2022-03-01", precision: "MONTH" } },
      },
    ],
    [
      "defaults for mode, situation and date",
      { crime: "war-crimes", accused: "natural", level: "field-grade" },
      { crime: "war-crimes", accused: "natural", level: "field-grade", mode: "direct", situation: "ukraine", asOf: today, conduct: null },
    ],
    [
      "a legal person without a level",
      { crime: "war-crimes", accused: "legal" },
      { crime: "war-crimes", accused: "legal", level: null, mode: "direct", situation: "ukraine", asOf: today, conduct: null },
    ],
  ])("%s", (_name, query, expected) => {
    expect(parse(query)).toEqual({ ok: true, value: expected });
  });

  // The conduct is a second date: when the conduct took place, read against asOf (the law in force).
  const profile = { crime: "war-crimes", accused: "natural", level: "direct-perpetrator" };
  it.each([
    ["a day", "2022-03-15", { from: { date: "2022-03-15", precision: "DAY" }, to: { date: "2022-03-15", precision: "DAY" } }],
    ["a month", "2022-03", { from: { date: "2022-03-01", precision: "MONTH" }, to: { date: "2022-03-01", precision: "MONTH" } }],
    ["a year", "2014", { from: { date: "2014-01-01", precision: "YEAR" }, to: { date: "2014-01-01", precision: "YEAR" } }],
    ["a period of two precisions", "2022-02-24/2023-03", { from: { date: "2022-02-24", precision: "DAY" }, to: { date: "2023-03-01", precision: "MONTH" } }],
    ["conduct on the day of asOf", "2025-06-25", { from: { date: "2025-06-25", precision: "DAY" }, to: { date: "2025-06-25", precision: "DAY" } }],
    ["a period that runs past asOf", "2025-06/2026", { from: { date: "2025-06-01", precision: "MONTH" }, to: { date: "2026-01-01", precision: "YEAR" } }],
  ])("conduct as %s (%s)", (_name, conduct, expected) => {
    const result = parse({ ...profile, conduct, asOf: "2025-06-25" });
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ asOf: "2025-06-25", conduct: expected }) });
  });
});

describe("parseProfileQuery refuses, naming the parameter", () => {
  it.each([
    ["a missing crime", { accused: "natural", level: "field-grade" }, "crime", true],
    ["an unknown crime", { crime: "piracy", accused: "natural", level: "field-grade" }, "crime", true],
    ["an unknown kind of accused", { crime: "genocide", accused: "state", level: "field-grade" }, "accused", true],
    ["a missing level for a natural person", { crime: "genocide", accused: "natural" }, "level", true],
    ["a level for a legal person", { crime: "genocide", accused: "legal", level: "field-grade" }, "level", false],
    ["an unknown mode", { crime: "genocide", accused: "natural", level: "field-grade", mode: "aiding" }, "mode", true],
    ["an unknown situation", { crime: "genocide", accused: "natural", level: "field-grade", situation: "mars" }, "situation", true],
    ["an impossible date", { crime: "genocide", accused: "natural", level: "field-grade", asOf: "2025-02-30" }, "asOf", false],
    ["a date in another format", { crime: "genocide", accused: "natural", level: "field-grade", asOf: "25/06/2025" }, "asOf", false],
    ["an unknown parameter", { crime: "genocide", accused: "natural", level: "field-grade", colour: "red" }, "colour", true],
    ["a repeated parameter", { crime: ["genocide", "aggression"], accused: "natural", level: "field-grade" }, "crime", true],
    ["a conduct that is not a date", { crime: "genocide", accused: "natural", level: "field-grade", conduct: "March 2022" }, "conduct", false],
    ["a conduct with an impossible day", { crime: "genocide", accused: "natural", level: "field-grade", conduct: "2022-02-30" }, "conduct", false],
    ["a conduct with an open end", { crime: "genocide", accused: "natural", level: "field-grade", conduct: "2022-02-24/" }, "conduct", false],
    ["a conduct of three dates", { crime: "genocide", accused: "natural", level: "field-grade", conduct: "2014/2022/2023" }, "conduct", false],
    ["a conduct period that ends before it begins", { crime: "genocide", accused: "natural", level: "field-grade", conduct: "2023/2022-03" }, "conduct", false],
    ["a conduct after asOf", { crime: "genocide", accused: "natural", level: "field-grade", conduct: "2025-06-26", asOf: "2025-06-25" }, "conduct", false],
    ["a conduct whose month begins after asOf", { crime: "genocide", accused: "natural", level: "field-grade", conduct: "2025-07", asOf: "2025-06-25" }, "conduct", false],
    ["a repeated conduct", { crime: "genocide", accused: "natural", level: "field-grade", conduct: ["2022", "2023"] }, "conduct", false],
    ["a malformed conduct date", { crime: "genocide", accused: "natural", level: "field-grade", conduct: "spring 2022" }, "conduct", false],
    ["conduct after the as-of date", { crime: "genocide", accused: "natural", level: "field-grade", asOf: "2024-01-01", conduct: "2025" }, "conduct", false],
    ["a reversed conduct period", { crime: "genocide", accused: "natural", level: "field-grade", conduct: "2023/2022" }, "conduct", false],
  ])("%s", (_name, query, parameter, listsAllowed) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const error = result.errors.find((e) => e.parameter === parameter);
    expect(error, JSON.stringify(result.errors)).toBeDefined();
    expect(error!.message).toContain(`"${parameter}"`);
    expect(Boolean(error!.allowed?.length)).toBe(listsAllowed);
  });

  it("says why a conduct after asOf cannot be answered", () => {
    const result = parse({ crime: "genocide", accused: "natural", level: "field-grade", conduct: "2025-07", asOf: "2025-06-25" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ parameter: "conduct", message: expect.stringMatching(/"conduct" \(2025-07\) begins after "asOf" \(2025-06-25\)/) }]);
  });

  it("reports every bad parameter at once", () => {
    const result = parse({ crime: "piracy", accused: "state" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.parameter).sort()).toEqual(["accused", "crime", "level"]);
  });
});
