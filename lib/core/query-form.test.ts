import { describe, expect, it } from "vitest";
import { parseProfileQuery, type Vocabulary } from "./profile-query";
import { parseConduct } from "./conduct";
import { addressWithoutEmpty, conductFieldMessage, fieldMessage, fieldValue, formRefusals, hasEmpty, inFieldOrder, labelsOf, toQueryString, withoutEmpty, type FieldLabels, type RawParams } from "./query-form";

const vocabulary: Vocabulary = {
  crimes: ["war-crimes", "aggression"],
  accusedKinds: ["natural", "legal"],
  levels: ["top-leadership", "field-grade"],
  modes: ["direct", "command-responsibility"],
  situations: ["ukraine", "sudan"],
};
const labels: FieldLabels = {
  crime: { label: "Crime", noun: "a crime" },
  accused: { label: "Kind of accused", noun: "a kind of accused" },
  level: { label: "Level", noun: "a level of responsibility" },
  conduct: { label: "Date of the conduct", noun: "a date of conduct" },
  asOf: { label: "As of", noun: "a date" },
};

describe("form parameters", () => {
  it("drops the fields a form sent empty, keeping the rest", () => {
    const params = { crime: "war-crimes", accused: "legal", level: "", asOf: " ", mode: ["", "direct"], x: undefined };
    expect(withoutEmpty(params)).toEqual({ crime: "war-crimes", accused: "legal", mode: "direct" });
    expect(hasEmpty(params)).toBe(true);
    expect(hasEmpty({ crime: "war-crimes" })).toBe(false);
  });

  it("writes a query string in the form's order, repeated values kept", () => {
    expect(toQueryString({ asOf: "2025-01-01", zeta: ["1", "2"], crime: "aggression" }, ["crime", "asOf"])).toBe(
      "crime=aggression&asOf=2025-01-01&zeta=1&zeta=2",
    );
  });

  it("shows the first of repeated values in a field", () => {
    expect(fieldValue({ crime: ["aggression", "war-crimes"] }, "crime")).toBe("aggression");
    expect(fieldValue({}, "crime")).toBe("");
  });
});

describe("fieldMessage says the parser's refusal for a person", () => {
  const messageFor = (params: Record<string, string | string[]>, parameter: string) => {
    const result = parseProfileQuery(params, vocabulary, "2026-11-22");
    if (result.ok) throw new Error("expected a refusal");
    const error = result.errors.find((e) => e.parameter === parameter)!;
    return fieldMessage(error, params, labels);
  };

  it.each([
    ["a missing crime", { accused: "natural", level: "field-grade" }, "crime", "Choose a crime."],
    ["an unknown crime", { crime: "piracy", accused: "natural", level: "field-grade" }, "crime", "“piracy” is not one of the recorded choices. Choose a crime from the list."],
    ["a missing level", { crime: "aggression", accused: "natural" }, "level", "Choose a level of responsibility."],
    ["a level for a legal person", { crime: "aggression", accused: "legal", level: "field-grade" }, "level", "A level of responsibility does not apply to a legal person (a company). Choose “Not applicable”, or choose a natural person."],
    ["a bad date", { crime: "aggression", accused: "legal", asOf: "2025-02-30" }, "asOf", "“2025-02-30” is not a calendar date. Enter a date written YYYY-MM-DD, for example 2025-06-24."],
    ["a conduct that is no date", { crime: "aggression", accused: "legal", conduct: "March 2022" }, "conduct", "“March 2022” is not a date of conduct. Write a day, a month or a year (2022-03-15, 2022-03 or 2022), or a period FROM/TO (2022-02-24/2023-03-09)."],
    ["a conduct with two slashes", { crime: "aggression", accused: "legal", conduct: "2022/2023/2024" }, "conduct", "“2022/2023/2024” is not a date of conduct. Write a day, a month or a year (2022-03-15, 2022-03 or 2022), or a period FROM/TO (2022-02-24/2023-03-09)."],
    ["a conduct period backwards", { crime: "aggression", accused: "legal", conduct: "2023/2022-03" }, "conduct", "“2023/2022-03” ends before it begins. Write the earlier date first, FROM/TO: for example 2022-02-24/2023-03-09."],
    ["a conduct after the as-of date", { crime: "aggression", accused: "legal", conduct: "2025-07", asOf: "2025-06-24" }, "conduct", "The conduct (“2025-07”) begins after the “As of” date: the law in force on a day cannot reach conduct that had not yet happened. Move “As of” later, or the conduct earlier."],
    ["a repeated crime", { crime: ["aggression", "war-crimes"], accused: "legal" }, "crime", "The address gives a crime 2 times (aggression, war-crimes); choose one."],
  ])("%s", (_name, params, parameter, expected) => {
    expect(messageFor(params, parameter)).toBe(expected);
  });

  it("says a parameter the form does not have is not part of the question", () => {
    expect(messageFor({ crime: "aggression", accused: "legal", colour: "red" }, "colour")).toBe(
      "“colour” is not part of the question, so the address cannot be answered as it stands. Remove it from the address, or start again.",
    );
  });

  it("orders refusals as the form's fields, unknown parameters last", () => {
    const errors = [{ parameter: "colour" }, { parameter: "asOf" }, { parameter: "crime" }, { parameter: "level" }];
    expect(inFieldOrder(errors, labels).map((e) => e.parameter)).toEqual(["crime", "level", "asOf", "colour"]);
  });
});

describe("formRefusals gives a refused question's problems for the summary and for each field", () => {
  it("says each for a person, in the form's order, unknown parameters last, and keeps the first refusal of a field beside it", () => {
    const params = { colour: "red", level: "field-grade", accused: "legal" };
    const result = parseProfileQuery(params, vocabulary, "2026-11-22");
    if (result.ok) throw new Error("expected a refusal");
    const { problems, byField } = formRefusals(result.errors, params, labels);
    expect(problems.map((p) => p.parameter)).toEqual(["crime", "level", "colour"]);
    expect(byField).toEqual({
      crime: "Choose a crime.",
      level: "A level of responsibility does not apply to a legal person (a company). Choose “Not applicable”, or choose a natural person.",
    });
    expect(labelsOf(labels)).toMatchObject({ crime: "Crime", level: "Level" });
  });

  it("says them in Ukrainian for a Ukrainian reader", () => {
    const params = { colour: "red", level: "field-grade", accused: "legal" };
    const result = parseProfileQuery(params, vocabulary, "2026-11-22");
    if (result.ok) throw new Error("expected a refusal");
    const { problems, byField } = formRefusals(result.errors, params, labels, "uk");
    expect(byField).toEqual({
      crime: "Виберіть злочин.",
      level: "Рівень відповідальності не застосовується до юридичної особи (компанії). Виберіть «Не застосовується» або фізичну особу.",
    });
    expect(problems.at(-1)!.message).toBe("«colour» не є частиною запитання, тож на адресу в такому вигляді відповісти неможливо. Вилучіть цей параметр з адреси або почніть спочатку.");
  });
});

describe("conductFieldMessage names the day the conduct cannot begin after as the page calls it", () => {
  it("on a milestone's page, the day after the milestone", () => {
    const refused = parseConduct("2025-02", "2025-01-02");
    if (refused.ok) throw new Error("expected a refusal");
    expect(conductFieldMessage("2025-02", refused.message, { day: "2 January 2025, the day after the milestone", remedy: "Choose conduct that began by then." })).toBe(
      "The conduct (“2025-02”) begins after 2 January 2025, the day after the milestone: the law in force on a day cannot reach conduct that had not yet happened. Choose conduct that began by then.",
    );
  });
});

describe("addressWithoutEmpty", () => {
  it.each<[RawParams, Record<string, string>, boolean, string | null]>([
    [{}, {}, true, null],
    [{ track: "accountability" }, {}, true, null],
    [{ track: "accountability", type: "", year: "" }, {}, true, "/page?track=accountability"],
    [{ year: "abc", forum: " " }, {}, true, "/page?year=abc"],
    [{ forum: ["", "icc"] }, {}, true, "/page?forum=icc"],
    [{ q: "" }, {}, true, "/page"],
    // A date the form left empty is pinned, so that a shared link gives the same answer tomorrow.
    [{ crime: "war-crimes", asOf: "" }, { asOf: "2025-06-01" }, true, "/page?crime=war-crimes&asOf=2025-06-01"],
    [{ situation: "" }, { asOf: "2025-06-01" }, true, "/page?asOf=2025-06-01"],
    [{ situation: "" }, { asOf: "2025-06-01" }, false, "/page"],
    [{ asOf: "2024-01-01", crime: "" }, { asOf: "2025-06-01" }, true, "/page?asOf=2024-01-01"],
  ])("%o pinned %o (pin when empty: %s) → %s", (params, pinned, pinIfEmpty, address) => {
    expect(addressWithoutEmpty("/page", params, ["crime", "asOf"], pinned, { pinIfEmpty })).toBe(address);
  });
});
