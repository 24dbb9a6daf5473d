import { describe, expect, it } from "vitest";
import * as data from "@/prisma/seed/reference-data";
import { seededForums, seededRules } from "@/tests/support/seed-rules";
import { parsePartialDate } from "./dates";
import { aroundMilestone, matrixChanges, type MatrixAxes } from "./matrix";
import { attributeChanges } from "./milestone-impact";

const axes: MatrixAxes = {
  crimes: data.crimes.map((c) => c.slug),
  accusedKinds: data.accusedKinds.map((k) => k.slug),
  levels: data.levels.map((l) => l.slug),
  forums: seededForums,
};

function impact(slug: string) {
  const m = data.milestones.find((x) => x.slug === slug)!;
  const { before, after } = aroundMilestone(parsePartialDate(m.date)!);
  const situations = m.situation ? [m.situation as string] : data.situations.map((s) => s.slug);
  const changes = matrixChanges({ axes, rules: seededRules, before, after, situations, modes: data.modes.map((x) => x.slug) });
  return attributeChanges({ changes, rules: seededRules, before, after, milestone: slug });
}

describe("which matrix changes are a milestone's own", () => {
  it("the second Article 12(3) declaration: every ICC change is its own", () => {
    const changes = impact("ukraine-article-12-3-declaration-2015");
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => c.forum === "icc" && c.fromThisMilestone)).toBe(true);
    expect(changes[0]!.causes).toEqual([
      { rule: "icc-ukraine-between-the-declarations", boundary: "closed", milestone: { slug: "ukraine-article-12-3-declaration-2015", title: expect.any(String) } },
      { rule: "icc-ukraine-article-12-3-2015", boundary: "opened", milestone: { slug: "ukraine-article-12-3-declaration-2015", title: expect.any(String) } },
    ]);
  });

  it("the October 2024 amendments (known to the month): their own changes", () => {
    const changes = impact("ukraine-criminal-code-amendments-2024");
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => c.fromThisMilestone)).toBe(true);
  });

  it("a milestone of September 2024 changes nothing: the amendments of October 2024 may not yet apply on 1 October", () => {
    const changes = impact("ecocide-proposal-2024");
    expect(changes.some((c) => c.fromThisMilestone)).toBe(false);
    expect(changes.filter((c) => c.forum === "ukraine-domestic")).toEqual([]);
  });

  it("a milestone known to the year: changes by other milestones of that year are told apart", () => {
    const changes = impact("ukraine-legal-entities-measures-2014");
    const own = changes.filter((c) => c.fromThisMilestone);
    const others = changes.filter((c) => !c.fromThisMilestone);
    expect(own.map((c) => `${c.crime}/${c.accused}/${c.forum}`)).toContain("war-crimes/legal/ukraine-domestic");
    expect(others.flatMap((c) => c.causes.map((x) => x.milestone?.slug))).toContain("ukraine-article-12-3-declaration-2014");
  });

  it("the Special Tribunal agreement opens its leadership cells", () => {
    const changes = impact("special-tribunal-agreement-2025");
    const opened = changes.filter((c) => c.after === "conditional").map((c) => `${c.level}/${c.mode}`);
    expect(opened).toEqual([
      "top-leadership/direct",
      "senior-command/direct",
      "top-leadership/command-responsibility",
      "senior-command/command-responsibility",
      "top-leadership/ordering",
      "senior-command/ordering",
    ]);
    // For a company the tracker records no rule of the tribunal: "no rule recorded", not a gap.
    expect(changes.filter((c) => c.accused === "legal").every((c) => c.after === "unknown")).toBe(true);
    expect(changes.every((c) => c.fromThisMilestone && c.forum === "special-tribunal")).toBe(true);
  });
});
