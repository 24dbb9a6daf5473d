import { describe, expect, it } from "vitest";
import * as data from "@/prisma/seed/reference-data";
import { seededForums, seededPolicies, seededRules } from "@/tests/support/seed-rules";
import { parseConduct } from "./conduct";
import { aroundMilestone, buildMatrix, caseCountKey, categories, matrixChanges, type MatrixAxes } from "./matrix";

const axes: MatrixAxes = {
  crimes: data.crimes.map((c) => c.slug),
  accusedKinds: data.accusedKinds.map((k) => k.slug),
  levels: data.levels.map((l) => l.slug),
  forums: seededForums,
};
const conductOf = (text: string) => {
  const parsed = parseConduct(text, "2026-12-03");
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};
const matrix = (asOf: string, caseCounts?: Map<string, number>, conduct?: string) =>
  buildMatrix({ axes, rules: seededRules, asOf, situation: "ukraine", mode: "direct", caseCounts, conduct: conduct ? conductOf(conduct) : null });
const row = (m: ReturnType<typeof matrix>, crime: string, accused: string, level: string | null) =>
  m.rows.find((r) => r.crime === crime && r.accused === accused && r.level === level)!;

describe("the complementarity matrix", () => {
  it("has one row per crime and level for natural persons, and one per crime for legal persons", () => {
    expect(categories(axes)).toHaveLength(5 * (4 + 1));
    expect(matrix("2025-11-01").rows.every((r) => r.cells.length === 3)).toBe(true);
  });

  // Conduct in March 2025, asked on 1 November 2025.
  it.each([
    ["war-crimes", "natural", "direct-perpetrator", ["covers", "excluded", "covers"], false],
    ["war-crimes", "natural", "top-leadership", ["covers", "excluded", "conditional"], false],
    ["aggression", "natural", "top-leadership", ["excluded", "conditional", "conditional"], false],
    ["war-crimes", "legal", null, ["excluded", "excluded", "conditional"], false],
    ["ecocide", "natural", "field-grade", ["excluded", "excluded", "covers"], false],
    ["genocide", "legal", null, ["excluded", "excluded", "unknown"], false],
    ["aggression", "natural", "field-grade", ["excluded", "excluded", "conditional"], false],
  ] as const)("%s / %s / %s, conduct March 2025: %o, gap %s", (crime, accused, level, statuses, gap) => {
    const r = row(matrix("2025-11-01", undefined, "2025-03"), crime, accused, level);
    expect(r.cells.map((c) => c.status)).toEqual(statuses);
    expect(r.gap).toBe(gap);
  });

  it("a gap is a row every forum excludes by a recorded rule: ecocide by command responsibility", () => {
    const m = buildMatrix({ axes, rules: seededRules, asOf: "2025-11-01", situation: "ukraine", mode: "command-responsibility", conduct: conductOf("2025-03") });
    const gaps = m.rows.filter((r) => r.gap).map((r) => `${r.crime}/${r.accused}/${r.level}`);
    // Article 31-1 does not list ecocide, whatever the accused's level: the immunity question never arises.
    expect(gaps).toEqual(["ecocide/natural/top-leadership", "ecocide/natural/senior-command", "ecocide/natural/field-grade", "ecocide/natural/direct-perpetrator"]);
    // "No rule recorded" never makes a gap.
    expect(m.rows.filter((r) => r.cells.some((c) => c.status === "unknown")).every((r) => !r.gap)).toBe(true);
  });

  it("without a conduct date, a cell whose forum reaches only some conduct is conditional and says which periods", () => {
    const cell = row(matrix("2025-11-01"), "war-crimes", "natural", "field-grade").cells[0]!;
    expect(cell.status).toBe("conditional");
    expect(cell.periods.map((p) => [p.from, p.to, p.status])).toEqual([
      [null, "2013-11-20", "excluded"],
      ["2013-11-21", null, "covers"],
    ]);
    expect(cell.conditions[0]).toMatchObject({ kind: "CASE_FACT", rule: null });
  });

  it("marks, beside each cell, the policies that send the category to that forum, and the policies naming no forum on the row", () => {
    const m = buildMatrix({ axes, rules: seededRules, asOf: "2025-11-01", situation: "ukraine", mode: "direct", policies: seededPolicies });
    const top = row(m, "war-crimes", "natural", "top-leadership");
    expect(top.cells.map((c) => c.policies)).toEqual([["icc-top-leadership"], [], []]);
    const fieldGrade = row(m, "war-crimes", "natural", "field-grade");
    expect(fieldGrade.cells.map((c) => c.policies)).toEqual([[], [], ["ukraine-down-the-chain"]]);
    expect(fieldGrade.policies).toEqual(["field-grade-priority"]);
    // Policy never changes a status.
    expect(m.rows.map((r) => r.cells.map((c) => c.status))).toEqual(matrix("2025-11-01").rows.map((r) => r.cells.map((c) => c.status)));
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

  it("the Rome Statute's entry into force for Ukraine changes no status: conduct from 2014 was already reached, and aggression stays excluded", () => {
    expect(changesAround("rome-statute-in-force-for-ukraine-2025").filter((c) => c.forum === "icc")).toEqual([]);
  });

  it("the second Article 12(3) declaration changes which conduct the ICC reaches, though the status stays conditional", () => {
    const changes = changesAround("ukraine-article-12-3-declaration-2015").filter((c) => c.crime === "war-crimes" && c.level === "field-grade" && c.mode === "direct");
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ forum: "icc", before: "conditional", after: "conditional" });
    expect(changes[0]!.reachBefore).toContain("excluded: conduct from 23 February 2014 onwards");
    expect(changes[0]!.reachAfter).toBe("excluded: conduct up to 20 November 2013; covers: conduct from 21 November 2013 onwards");
  });

  it("the October 2024 amendment makes domestic command responsibility conditional (on the conduct's date) instead of excluded", () => {
    const changes = changesAround("ukraine-criminal-code-amendments-2024").filter((c) => c.mode === "command-responsibility" && c.crime === "war-crimes");
    expect(changes.length).toBe(4);
    expect(changes.every((c) => c.forum === "ukraine-domestic" && c.before === "excluded" && c.after === "conditional")).toBe(true);
  });

  it("given a conduct date, a milestone's changes are those for that conduct: command responsibility for 2022 conduct changes nothing", () => {
    const m = data.milestones.find((x) => x.slug === "ukraine-criminal-code-amendments-2024")!;
    const { before, after } = aroundMilestone({ date: `${m.date}-01`, precision: "MONTH" });
    const changes = matrixChanges({ axes, rules: seededRules, before, after, situations: ["ukraine"], modes: ["command-responsibility"], conduct: conductOf("2022-03") });
    expect(changes.filter((c) => c.forum === "ukraine-domestic")).toEqual([]);
  });

  it("a milestone that opens no rule changes nothing", () => {
    expect(changesAround("alaska-summit-2025")).toEqual([]);
  });
});
