import { describe, expect, it } from "vitest";
import { ruleInputSchema } from "./rule-input";
import { parseForm } from "@/lib/web/form-submission";
import { errorsByField, messageInFormWords } from "./rule-form";
import { localizeMessage } from "./message-texts";

function formData(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [k, v] of entries) form.append(k, v);
  return form;
}

describe("the rule form, read by ruleInputSchema", () => {
  const base: [string, string][] = [["slug", "a-rule"], ["forum", "icc"], ["summary", "Covers it."], ["provision", "p"], ["source", "s"]];
  const read = (entries: [string, string][]) => parseForm(formData(entries), ruleInputSchema);

  it("reads ticked boxes as lists, empty optional fields as none, the version as a number", () => {
    const submission = read([...base, ["effect", "COVERS"], ["crimes", "aggression"], ["crimes", "genocide"], ["accusedKinds", "natural"], ["condition", ""], ["validFrom", "2025-06"], ["expectedVersion", "3"], ["situation", ""]]);
    expect(submission.status).toBe("success");
    expect(submission.status === "success" && submission.value).toMatchObject({
      crimes: ["aggression", "genocide"],
      accusedKinds: ["natural"],
      levels: [],
      situation: null,
      condition: null,
      validFrom: { date: "2025-06-01", precision: "MONTH" },
      validTo: null,
      sourceLocator: null,
      expectedVersion: 3,
    });
  });

  it("reads the kind of condition and the conduct reached", () => {
    const submission = read([...base, ["effect", "CONDITIONAL"], ["condition", "Once it operates."], ["conditionKind", "NOT_OPERATIONAL"], ["conductFrom", "2013-11-21"], ["conductTo", "2014-02"]]);
    expect(submission.status === "success" && { kind: submission.value.conditionKind, to: submission.value.conductTo }).toEqual({ kind: "NOT_OPERATIONAL", to: { date: "2014-02-01", precision: "MONTH" } });
  });

  it("refuses, naming each field, in the words the form has always used", () => {
    const empty = read([["slug", ""], ["forum", ""], ["effect", "COVERS"], ["summary", "  "], ["provision", "p"], ["source", "s"], ["expectedVersion", "two"]]);
    expect(empty.status).toBe("error");
    expect(empty.reply().error).toEqual({
      slug: ["must be a slug: lower-case words joined by hyphens"],
      forum: ["must be a slug: lower-case words joined by hyphens"],
      summary: ["is required"],
      expectedVersion: [expect.any(String)],
    });
    // The checks across fields, once every field reads.
    const across = read([...base, ["effect", "CONDITIONAL"], ["validFrom", "2025"], ["validTo", "2024-12"]]);
    expect(across.reply().error).toEqual({
      condition: [expect.stringContaining("is required for a conditional rule")],
      conditionKind: [expect.stringContaining("is required for a conditional rule")],
      validTo: ["is before validFrom"],
    });
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

  it("names the fields by the form's Ukrainian labels in a message said in Ukrainian", () => {
    const uk: Record<string, string> = { validFrom: "Чинне з", validTo: "Чинне до", conditionKind: "Вид умови" };
    const words = (message: string) => messageInFormWords(localizeMessage(message, "uk"), "uk", (field) => uk[field] ?? field);
    expect(words("validTo is before validFrom")).toBe("«Чинне до» раніше за початок дії правила («Чинне з»)");
    const result = ruleInputSchema.safeParse({ slug: "a", forum: "icc", effect: "CONDITIONAL", summary: "S.", condition: "If so.", provision: "p", source: "s" });
    const message = result.success ? "" : result.error.issues.find((i) => i.path[0] === "conditionKind")!.message;
    expect(words(`conditionKind ${message}`)).toMatch(/^«Вид умови» обов’язкове поле для правила з умовою: вкажіть, від чого залежить умова, одне зі значень «[^»“”]+», «[^»“”]+», «[^»“”]+»$/);
  });
});
