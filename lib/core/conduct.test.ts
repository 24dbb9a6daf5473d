import { describe, expect, it } from "vitest";
import { formatConductParameter, parseConduct } from "./conduct";

const AS_OF = "2026-12-03";

describe("the date of the conduct, as the API and the forms take it", () => {
  it.each([
    ["2022-03-15", { from: { date: "2022-03-15", precision: "DAY" }, to: { date: "2022-03-15", precision: "DAY" } }],
    ["2022-03", { from: { date: "2022-03-01", precision: "MONTH" }, to: { date: "2022-03-01", precision: "MONTH" } }],
    ["2022", { from: { date: "2022-01-01", precision: "YEAR" }, to: { date: "2022-01-01", precision: "YEAR" } }],
    ["2022-02-24/2023-03", { from: { date: "2022-02-24", precision: "DAY" }, to: { date: "2023-03-01", precision: "MONTH" } }],
    [" 2014 ", { from: { date: "2014-01-01", precision: "YEAR" }, to: { date: "2014-01-01", precision: "YEAR" } }],
  ])("reads %s", (text, value) => {
    expect(parseConduct(text, AS_OF)).toEqual({ ok: true, value });
  });

  it.each([
    ["2022-13", /YYYY-MM-DD, YYYY-MM or YYYY/],
    ["2022-02-30", /is not/],
    ["March 2022", /is not/],
    ["2022/", /is not/],
    ["2020/2021/2022", /more than one/],
    ["2023/2022", /ends \(2022\) before it begins \(2023\)/],
    ["2027-01", /begins after "asOf"/],
  ])("refuses %s, naming the parameter", (text, message) => {
    const result = parseConduct(text, AS_OF);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/^"conduct"/);
      expect(result.message).toMatch(message);
    }
  });

  it("conduct in the year of the as-of date is accepted (it may have happened by then)", () => {
    expect(parseConduct("2026", AS_OF).ok).toBe(true);
  });

  it.each(["2022-03", "2022-02-24/2023-03", "2014"])("writes %s back as it was given", (text) => {
    const parsed = parseConduct(text, AS_OF);
    expect(parsed.ok && formatConductParameter(parsed.value)).toBe(text);
  });
});
