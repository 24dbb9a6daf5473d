import { describe, expect, it } from "vitest";
import { fieldErrors, ruleInputSchema } from "./rule-input";

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
    expect(parsed).toMatchObject({ situation: null, condition: null, accusedKinds: [], validFrom: { date: "2025-01-01", precision: "DAY" }, validTo: null, expectedVersion: null });
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
