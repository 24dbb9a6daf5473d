import { describe, expect, it } from "vitest";
import { parseCoverageQuery, type CoverageVocabulary } from "./coverage-query";

const vocabulary: CoverageVocabulary = { situations: ["ukraine", "sudan"], modes: ["direct", "command-responsibility"] };
const today = "2026-11-22";
const parse = (query: Record<string, string | string[] | undefined>) => parseCoverageQuery(query, vocabulary, today);

const defaults = { conduct: null, policy: false };

describe("parseCoverageQuery accepts", () => {
  it.each([
    ["no parameter: today, Ukraine, direct commission", {}, { asOf: today, situation: "ukraine", mode: "direct", conduct: null, policy: false }],
    ["a date only", { asOf: "2024-12-31" }, { asOf: "2024-12-31", situation: "ukraine", mode: "direct", conduct: null, policy: false }],
    [
      "every parameter",
      { asOf: "2025-01-02", situation: "sudan", mode: "command-responsibility", conduct: "2022/2024-06", policy: "on" },
      {
        asOf: "2025-01-02",
        situation: "sudan",
        mode: "command-responsibility",
        conduct: { from: { date: "2022-01-01", precision: "YEAR" }, to: { date: "2024-06-01", precision: "MONTH" } },
        policy: true,
      },
    ],
    ["a leap day", { asOf: "2024-02-29" }, { asOf: "2024-02-29", situation: "ukraine", mode: "direct", conduct: null, policy: false }],
    ["surrounding spaces", { asOf: " 2025-06-25 ", mode: " direct" }, { asOf: "2025-06-25", situation: "ukraine", mode: "direct", conduct: null, policy: false }],
    ["an absent (undefined) value as missing", { asOf: undefined }, { asOf: today, situation: "ukraine", mode: "direct", conduct: null, policy: false }],
  ])("%s", (_name, query, expected) => {
    expect(parse(query)).toEqual({ ok: true, value: { ...defaults, ...expected } });
  });

  it.each([
    ["policy on", { policy: "on" }, { policy: true }],
    ["policy off", { policy: "off" }, { policy: false }],
    ["a conduct month", { conduct: "2022-03" }, { conduct: { from: { date: "2022-03-01", precision: "MONTH" }, to: { date: "2022-03-01", precision: "MONTH" } } }],
    ["a conduct period", { conduct: "2013-11-21/2014-02-22", asOf: "2015-01-01" }, { asOf: "2015-01-01", conduct: { from: { date: "2013-11-21", precision: "DAY" }, to: { date: "2014-02-22", precision: "DAY" } } }],
  ])("%s", (_name, query, expected) => {
    expect(parse(query)).toEqual({ ok: true, value: { asOf: today, situation: "ukraine", mode: "direct", ...defaults, ...expected } });
  });
});

describe("parseCoverageQuery refuses, naming the parameter", () => {
  it.each([
    ["an impossible date", { asOf: "2025-02-30" }, "asOf", false],
    ["a date in another format", { asOf: "31/12/2024" }, "asOf", false],
    ["a month without a day", { asOf: "2025-01" }, "asOf", false],
    ["an empty date", { asOf: "" }, "asOf", false],
    ["an unknown situation", { situation: "mars" }, "situation", true],
    ["an unknown mode", { mode: "aiding" }, "mode", true],
    ["a repeated date", { asOf: ["2025-01-01", "2025-01-02"] }, "asOf", false],
    ["a repeated situation", { situation: ["ukraine", "sudan"] }, "situation", true],
    ["an unknown parameter", { crime: "aggression" }, "crime", true],
    ["a parameter in the wrong case", { asof: "2025-01-01" }, "asof", true],
    ["a policy that is neither on nor off", { policy: "maybe" }, "policy", true],
    ["a repeated policy", { policy: ["on", "off"] }, "policy", true],
    ["a conduct that is not a date", { conduct: "spring 2022" }, "conduct", false],
    ["a conduct after asOf", { conduct: "2025", asOf: "2024-12-31" }, "conduct", false],
    ["a repeated conduct", { conduct: ["2022", "2023"] }, "conduct", false],
    ["a malformed conduct date", { conduct: "March 2022" }, "conduct", false],
    ["conduct after the as-of date", { asOf: "2024-01-01", conduct: "2024-02" }, "conduct", false],
    ["a repeated conduct date", { conduct: ["2022", "2023"] }, "conduct", false],
  ])("%s", (_name, query, parameter, listsAllowed) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const error = result.errors.find((e) => e.parameter === parameter);
    expect(error, JSON.stringify(result.errors)).toBeDefined();
    expect(error!.message).toContain(`"${parameter}"`);
    expect(Boolean(error!.allowed?.length)).toBe(listsAllowed);
  });

  it("lists the allowed values of a refused list parameter", () => {
    const result = parse({ situation: "mars" });
    expect(result).toEqual({
      ok: false,
      errors: [{ parameter: "situation", message: 'Unknown value for "situation". Allowed: ukraine, sudan.', allowed: ["ukraine", "sudan"] }],
    });
  });

  it("lists the allowed parameter names for an unknown one", () => {
    const result = parse({ colour: "red" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.allowed).toEqual(["conduct", "asOf", "situation", "mode", "policy"]);
  });

  it("reports every bad parameter at once", () => {
    const result = parse({ asOf: "tomorrow", situation: "mars", mode: "aiding", colour: "red" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.parameter).sort()).toEqual(["asOf", "colour", "mode", "situation"]);
  });
});
