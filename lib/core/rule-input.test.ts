import { describe, expect, it } from "vitest";
import { fieldErrors } from "./field-errors";
import { ruleInputSchema } from "./rule-input";

const valid = {
  slug: "icc-example",
  forum: "icc",
  effect: "COVERS",
  summary: "An example rule.",
  crimes: ["war-crimes"],
  validFrom: "2025-01-01",
  provision: "rs-art-12-2-a",
  source: "rome-statute-text",
};

describe("ruleInputSchema accepts", () => {
  it("a rule with defaults for what it leaves out", () => {
    const parsed = ruleInputSchema.parse(valid);
    expect(parsed).toMatchObject({
      situation: null, condition: null, conditionKind: null, accusedKinds: [], validFrom: { date: "2025-01-01", precision: "DAY" }, validTo: null,
      conductFrom: null, conductTo: null, expectedVersion: null,
    });
  });

  it("a conditional rule with its condition and the kind of condition", () => {
    const parsed = ruleInputSchema.parse({ ...valid, effect: "CONDITIONAL", condition: "Once the Tribunal operates.", conditionKind: "NOT_OPERATIONAL" });
    expect(parsed).toMatchObject({ effect: "CONDITIONAL", conditionKind: "NOT_OPERATIONAL" });
  });

  it("the conduct reached, to the day, month or year, on one side or both", () => {
    const parsed = ruleInputSchema.parse({ ...valid, conductFrom: "2013-11-21", conductTo: "2014-02-22" });
    expect(parsed.conductFrom).toEqual({ date: "2013-11-21", precision: "DAY" });
    expect(parsed.conductTo).toEqual({ date: "2014-02-22", precision: "DAY" });
    expect(ruleInputSchema.parse({ ...valid, conductFrom: "2014-02" }).conductFrom).toEqual({ date: "2014-02-01", precision: "MONTH" });
    expect(ruleInputSchema.parse({ ...valid, conductTo: "2014" }).conductTo).toEqual({ date: "2014-01-01", precision: "YEAR" });
    // Within one period both ways: conduct reached in February 2014 and up to 22 February.
    expect(ruleInputSchema.safeParse({ ...valid, conductFrom: "2014-02", conductTo: "2014-02-22" }).success).toBe(true);
  });

  it("conduct reached before the rule is in force (a declaration accepting past conduct)", () => {
    expect(ruleInputSchema.safeParse({ ...valid, validFrom: "2014-04-17", conductFrom: "2013-11-21", conductTo: "2014-02-22" }).success).toBe(true);
  });

  it("dates known to the month or the year", () => {
    const parsed = ruleInputSchema.parse({ ...valid, validFrom: "2024-10", validTo: "2030" });
    expect(parsed.validFrom).toEqual({ date: "2024-10-01", precision: "MONTH" });
    expect(parsed.validTo).toEqual({ date: "2030-01-01", precision: "YEAR" });
  });
});

describe("ruleInputSchema refuses, naming the field", () => {
  it.each([
    ["a conditional rule without its condition", { effect: "CONDITIONAL" }, "condition"],
    ["a condition on a rule that covers", { condition: "if it rains" }, "condition"],
    ["a conditional rule without the kind of its condition", { effect: "CONDITIONAL", condition: "Once it operates." }, "conditionKind"],
    ["a kind of condition on a rule that covers", { conditionKind: "CASE_FACT" }, "conditionKind"],
    ["a kind of condition on a rule that excludes", { effect: "EXCLUDES", conditionKind: "NOT_OPERATIONAL" }, "conditionKind"],
    ["an unknown kind of condition", { effect: "CONDITIONAL", condition: "If so.", conditionKind: "LAW_CHANGES" }, "conditionKind"],
    ["conduct reached that ends before it begins", { conductFrom: "2014-02-23", conductTo: "2014-02-22" }, "conductTo"],
    ["conduct reached that ends in a year before it begins", { conductFrom: "2014-01", conductTo: "2013" }, "conductTo"],
    ["a malformed conduct date", { conductFrom: "21/11/2013" }, "conductFrom"],
    ["an impossible conduct date", { conductTo: "2014-02-30" }, "conductTo"],
    ["an unknown effect", { effect: "MAYBE" }, "effect"],
    ["an impossible date", { validFrom: "2025-02-30" }, "validFrom"],
    ["an end before the start", { validFrom: "2025-01-01", validTo: "2024-12" }, "validTo"],
    ["a slug with spaces", { forum: "the icc" }, "forum"],
    ["a crime listed twice", { crimes: ["genocide", "genocide"] }, "crimes"],
    ["an empty summary", { summary: "  " }, "summary"],
    ["an unknown field", { colour: "red" }, "input"],
  ])("%s", (_name, change, field) => {
    const result = ruleInputSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrors(result.error).map((e) => e.parameter)).toContain(field);
  });
});

describe("the kind of condition's messages", () => {
  it("list the three kinds with their labels, on a missing and on an unknown kind", () => {
    const kinds = "CASE_FACT (“A fact about the case”), NOT_OPERATIONAL (“The forum is not yet operational”), DATE_PRECISION (“A date known only to the month or year”)";
    const missing = ruleInputSchema.safeParse({ ...valid, effect: "CONDITIONAL", condition: "If so." });
    expect(missing.success ? [] : fieldErrors(missing.error)).toEqual([
      { parameter: "conditionKind", message: `conditionKind is required for a conditional rule: say what the condition turns on, one of ${kinds}` },
    ]);
    const unknown = ruleInputSchema.safeParse({ ...valid, effect: "CONDITIONAL", condition: "If so.", conditionKind: "LAW_CHANGES" });
    expect(unknown.success ? [] : fieldErrors(unknown.error)).toEqual([{ parameter: "conditionKind", message: `conditionKind must be one of ${kinds}` }]);
  });

  it("name conductTo, not validTo, for a reversed conduct period", () => {
    const result = ruleInputSchema.safeParse({ ...valid, conductFrom: "2014", conductTo: "2013-12-31" });
    expect(result.success ? [] : fieldErrors(result.error)).toEqual([{ parameter: "conductTo", message: "conductTo is before conductFrom" }]);
  });
});
