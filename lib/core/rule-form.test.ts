import { describe, expect, it } from "vitest";
import { ruleInputSchema } from "./rule-input";
import { emptyRuleFormValues, errorsByField, messageInFormWords, ruleFormValues, ruleInputFromForm } from "./rule-form";

function formData(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [k, v] of entries) form.append(k, v);
  return form;
}

describe("the rule form's values", () => {
  it("reads text fields and ticked boxes, empty when missing", () => {
    const values = ruleFormValues(formData([["slug", "a-rule"], ["crimes", "aggression"], ["crimes", "genocide"], ["levels", ""]]));
    expect(values.slug).toBe("a-rule");
    expect(values.summary).toBe("");
    expect(values.crimes).toEqual(["aggression", "genocide"]);
    expect(values.levels).toEqual([]);
    expect(values.modes).toEqual([]);
  });

  it("gives saveRule null for empty optional fields and a number for the version", () => {
    const input = ruleInputFromForm({
      ...emptyRuleFormValues(),
      slug: "a-rule", forum: "icc", effect: "COVERS", summary: "Covers it.", provision: "p", source: "s",
      condition: "  ", validFrom: "2025-06", expectedVersion: "3",
    });
    expect(input).toMatchObject({ situation: null, condition: null, validFrom: "2025-06", validTo: null, openedBy: null, sourceLocator: null, expectedVersion: 3 });
    const parsed = ruleInputSchema.safeParse(input);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.validFrom).toEqual({ date: "2025-06-01", precision: "MONTH" });
  });

  it("passes the kind of condition and the conduct reached, empty as null", () => {
    const base = { ...emptyRuleFormValues(), slug: "a-rule", forum: "icc", summary: "Conditional.", provision: "p", source: "s" };
    const conditional = ruleInputFromForm({ ...base, effect: "CONDITIONAL", condition: "Once it operates.", conditionKind: "NOT_OPERATIONAL", conductFrom: "2013-11-21", conductTo: "2014-02" });
    expect(conditional).toMatchObject({ conditionKind: "NOT_OPERATIONAL", conductFrom: "2013-11-21", conductTo: "2014-02" });
    const parsed = ruleInputSchema.safeParse(conditional);
    expect(parsed.success && { kind: parsed.data.conditionKind, to: parsed.data.conductTo }).toEqual({ kind: "NOT_OPERATIONAL", to: { date: "2014-02-01", precision: "MONTH" } });
    expect(ruleInputFromForm({ ...base, effect: "COVERS" })).toMatchObject({ conditionKind: null, conductFrom: null, conductTo: null });
  });

  it("reads the kind of condition and the conduct dates from the posted form", () => {
    const values = ruleFormValues(formData([["conditionKind", "CASE_FACT"], ["conductFrom", "2013-11-21"]]));
    expect(values).toMatchObject({ conditionKind: "CASE_FACT", conductFrom: "2013-11-21", conductTo: "" });
  });

  it("leaves the version out of a new rule and passes a malformed one on for the schema to refuse", () => {
    expect(ruleInputFromForm(emptyRuleFormValues()).expectedVersion).toBeNull();
    expect(ruleInputFromForm({ ...emptyRuleFormValues(), expectedVersion: "two" }).expectedVersion).toBe("two");
  });
});

describe("field errors on the form", () => {
  it("groups errors by field, list items under their list, unknown parameters under the form", () => {
    expect(
      errorsByField([
        { parameter: "condition", message: "condition is required" },
        { parameter: "crimes.1", message: "crimes.1 must be a slug" },
        { parameter: "input", message: "unknown field(s): x" },
        { parameter: "condition", message: "a second" },
      ]),
    ).toEqual({ condition: ["condition is required", "a second"], crimes: ["crimes.1 must be a slug"], form: ["unknown field(s): x"] });
  });

  it("names fields by their labels, never rewriting ordinary words", () => {
    expect(messageInFormWords("validTo is before validFrom")).toBe("“Valid until” is before “Valid from”");
    expect(messageInFormWords("condition is required for a conditional rule: say under which condition the forum would have jurisdiction")).toBe(
      "“Condition” is required for a conditional rule: say under which condition the forum would have jurisdiction",
    );
    expect(messageInFormWords("crimes.0 must be a slug")).toBe("“Crimes” must be a slug");
    expect(messageInFormWords("openedBy: no such milestone: x.")).toBe("“Opened by milestone”: no such milestone: x.");
    expect(messageInFormWords("conductTo is before conductFrom")).toBe("“Conduct until” is before “Conduct from”");
  });

  it("names the kinds of condition by the labels the form offers", () => {
    const result = ruleInputSchema.safeParse({ slug: "a", forum: "icc", effect: "CONDITIONAL", summary: "S.", condition: "If so.", provision: "p", source: "s" });
    const message = result.success ? "" : result.error.issues.find((i) => i.path[0] === "conditionKind")!.message;
    expect(messageInFormWords(`conditionKind ${message}`)).toBe(
      "“Kind of condition” is required for a conditional rule: say what the condition turns on, one of “A fact about the case”, “The forum is not yet operational”, “A date known only to the month or year”",
    );
  });
});
