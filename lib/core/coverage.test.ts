import { describe, expect, it } from "vitest";
import { coverageToday, type CoverageRule } from "./coverage";

const icc = { slug: "icc", name: "International Criminal Court", shortName: "ICC", sortOrder: 1 };
const ua = { slug: "ukraine-domestic", name: "Ukrainian national courts", shortName: "Ukrainian courts", sortOrder: 3 };
const ukraine = { slug: "ukraine", name: "Ukraine" };
const sudan = { slug: "sudan", name: "Sudan" };
const day = (date: string) => ({ date, precision: "DAY" as const });

const rules: CoverageRule[] = [
  // In force, names the crime.
  { effect: "COVERS", forum: ua, situation: ukraine, crimeSlugs: ["ecocide"], validity: { from: day("2001-09-01"), to: null } },
  // Names no crime: applies to every crime.
  { effect: "EXCLUDES", forum: icc, situation: null, crimeSlugs: [], validity: { from: day("2002-07-01"), to: null } },
  { effect: "EXCLUDES", forum: icc, situation: null, crimeSlugs: ["ecocide"], validity: { from: day("2002-07-01"), to: null } },
  // Historical: ignored.
  { effect: "COVERS", forum: icc, situation: ukraine, crimeSlugs: ["war-crimes"], validity: { from: day("2014-04-17"), to: day("2024-12-31") } },
  { effect: "COVERS", forum: icc, situation: ukraine, crimeSlugs: ["war-crimes"], validity: { from: day("2025-01-01"), to: null } },
  { effect: "CONDITIONAL", forum: icc, situation: sudan, crimeSlugs: ["war-crimes"], validity: { from: day("2005-03-31"), to: null } },
  // Not yet in force: ignored.
  { effect: "COVERS", forum: icc, situation: null, crimeSlugs: ["ecocide"], validity: { from: day("2030-01-01"), to: null } },
];

describe("coverageToday", () => {
  const today = "2026-01-15";

  it("lists the forums with a covering or conditional rule in force, by forum order", () => {
    expect(coverageToday(rules, "war-crimes", today, ["COVERS", "CONDITIONAL"])).toEqual([
      {
        forum: { slug: "icc", name: "International Criminal Court", shortName: "ICC" },
        effects: [
          { effect: "COVERS", situations: [ukraine] },
          { effect: "CONDITIONAL", situations: [sudan] },
        ],
      },
    ]);
  });

  it("ignores rules not yet in force", () => {
    const result = coverageToday(rules, "ecocide", today, ["COVERS", "CONDITIONAL"]);
    expect(result.map((r) => r.forum.slug)).toEqual(["ukraine-domestic"]);
  });

  it("counts rules with an empty crime list for every crime, once per situation", () => {
    expect(coverageToday(rules, "ecocide", today, ["EXCLUDES"])).toEqual([
      { forum: { slug: "icc", name: "International Criminal Court", shortName: "ICC" }, effects: [{ effect: "EXCLUDES", situations: [null] }] },
    ]);
  });

  it("sees the historical rule on a date when it held", () => {
    const result = coverageToday(rules, "war-crimes", "2020-01-01", ["COVERS"]);
    expect(result[0]?.effects).toEqual([{ effect: "COVERS", situations: [ukraine] }]);
  });
});
