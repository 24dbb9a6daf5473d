import { describe, expect, it } from "vitest";
import * as data from "@/prisma/seed/reference-data";
import { seededForums, seededRules } from "@/tests/support/seed-rules";
import { aroundMilestone, buildMatrix, caseCountKey, categories, matrixChanges, type MatrixAxes } from "./matrix";

const axes: MatrixAxes = {
  crimes: data.crimes.map((c) => c.slug),
  accusedKinds: data.accusedKinds.map((k) => k.slug),
  levels: data.levels.map((l) => l.slug),
  forums: seededForums,
};
const matrix = (asOf: string, caseCounts?: Map<string, number>) =>
  buildMatrix({ axes, rules: seededRules, asOf, situation: "ukraine", mode: "direct", caseCounts });
const row = (m: ReturnType<typeof matrix>, crime: string, accused: string, level: string | null) =>
  m.rows.find((r) => r.crime === crime && r.accused === accused && r.level === level)!;

describe("the complementarity matrix", () => {
  it("has one row per crime and level for natural persons, and one per crime for legal persons", () => {
    expect(categories(axes)).toHaveLength(5 * (4 + 1));
    expect(matrix("2025-11-01").rows.every((r) => r.cells.length === 3)).toBe(true);
  });

  it.each([
    ["war-crimes", "natural", "direct-perpetrator", ["covers", "excluded", "covers"], false],
    ["aggression", "natural", "top-leadership", ["conditional", "conditional", "conditional"], true],
    ["war-crimes", "legal", null, ["excluded", "excluded", "conditional"], true],
    ["ecocide", "natural", "field-grade", ["excluded", "excluded", "covers"], false],
    ["genocide", "legal", null, ["excluded", "excluded", "excluded"], true],
  ] as const)("%s / %s / %s today: %o, gap %s", (crime, accused, level, statuses, gap) => {
    const r = row(matrix("2025-11-01"), crime, accused, level);
    expect(r.cells.map((c) => c.status)).toEqual(statuses);
    expect(r.gap).toBe(gap);
  });

  it("puts each tracked case count in its cell and sums the row", () => {
    const counts = new Map([
      [caseCountKey("ukraine-domestic", { crime: "war-crimes", accused: "natural", level: "direct-perpetrator" }), 7],
      [caseCountKey("icc", { crime: "war-crimes", accused: "natural", level: "direct-perpetrator" }), 2],
    ]);
    const r = row(matrix("2025-11-01", counts), "war-crimes", "natural", "direct-perpetrator");
    expect(r.cells.map((c) => c.caseCount)).toEqual([2, 0, 7]);
    expect(r.caseCount).toBe(9);
  });
});

describe("what a milestone changed", () => {
  const changesAround = (slug: string) => {
    const m = data.milestones.find((x) => x.slug === slug)!;
    const [y, mo, d] = m.date.split("-");
    const precision = d ? "DAY" : mo ? "MONTH" : "YEAR";
    const date = `${y}-${mo ?? "01"}-${d ?? "01"}`;
    const { before, after } = aroundMilestone({ date, precision });
    return matrixChanges({ axes, rules: seededRules, before, after, situations: ["ukraine"], modes: ["direct", "command-responsibility"] });
  };

  it("compares the day before and the day after, or the whole period when only the month is known", () => {
    expect(aroundMilestone({ date: "2025-01-01", precision: "DAY" })).toEqual({ before: "2024-12-31", after: "2025-01-02" });
    expect(aroundMilestone({ date: "2024-10-01", precision: "MONTH" })).toEqual({ before: "2024-09-30", after: "2024-11-01" });
  });

  it("the Rome Statute's entry into force for Ukraine turns ICC aggression from excluded to conditional", () => {
    const changes = changesAround("rome-statute-in-force-for-ukraine-2025");
    const icc = changes.filter((c) => c.forum === "icc");
    expect(icc.length).toBeGreaterThan(0);
    expect(icc.every((c) => c.crime === "aggression" && c.before === "excluded" && c.after === "conditional")).toBe(true);
  });

  it("the October 2024 amendment makes domestic command responsibility conditional instead of excluded", () => {
    const changes = changesAround("ukraine-criminal-code-amendments-2024").filter((c) => c.mode === "command-responsibility" && c.crime === "war-crimes");
    expect(changes.length).toBe(4);
    expect(changes.every((c) => c.forum === "ukraine-domestic" && c.before === "excluded" && c.after === "conditional")).toBe(true);
  });

  it("a milestone that opens no rule changes nothing", () => {
    expect(changesAround("alaska-summit-2025")).toEqual([]);
  });
});
