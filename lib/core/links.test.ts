import { describe, expect, it } from "vitest";
import { parseCoverageQuery } from "./coverage-query";
import type { Profile } from "./jurisdiction";
import { casesHref, coverageHref, matrixRowId, whichForumHref } from "./links";
import { parseProfileQuery } from "./profile-query";

const vocabulary = {
  crimes: ["war-crimes", "aggression"],
  accusedKinds: ["natural", "legal"],
  levels: ["top-leadership"],
  modes: ["direct"],
  situations: ["ukraine"],
};

describe("links", () => {
  it.each<Profile>([
    { crime: "aggression", accused: "natural", level: "top-leadership", mode: "direct", situation: "ukraine", asOf: "2025-06-24", conduct: null },
    { crime: "war-crimes", accused: "legal", level: null, mode: "direct", situation: "ukraine", asOf: "2025-01-02", conduct: null },
    {
      crime: "war-crimes",
      accused: "natural",
      level: "top-leadership",
      mode: "direct",
      situation: "ukraine",
      asOf: "2026-12-03",
      conduct: { from: { date: "2022-03-01", precision: "MONTH" }, to: { date: "2022-03-01", precision: "MONTH" } },
    },
    {
      crime: "war-crimes",
      accused: "natural",
      level: "top-leadership",
      mode: "direct",
      situation: "ukraine",
      asOf: "2026-12-03",
      conduct: { from: { date: "2022-02-24", precision: "DAY" }, to: { date: "2023-01-01", precision: "YEAR" } },
    },
  ])("a which-forum link the strict parser reads back to the same profile: %j", (profile) => {
    const href = whichForumHref(profile);
    expect(href.startsWith("/which-forum?")).toBe(true);
    const params = Object.fromEntries(new URLSearchParams(href.split("?")[1]));
    expect(parseProfileQuery(params, vocabulary, "2026-11-22")).toEqual({ ok: true, value: profile });
  });

  it("writes the conduct as the API takes it, before the as-of date, and leaves it out when none was given", () => {
    const base = { crime: "war-crimes", accused: "natural", level: "direct-perpetrator", mode: "direct", situation: "ukraine", asOf: "2026-12-03" };
    expect(whichForumHref({ ...base, conduct: null })).toBe(
      "/which-forum?crime=war-crimes&accused=natural&level=direct-perpetrator&mode=direct&situation=ukraine&asOf=2026-12-03",
    );
    const march = { date: "2022-03-01", precision: "MONTH" } as const;
    expect(whichForumHref({ ...base, conduct: { from: march, to: march } })).toBe(
      "/which-forum?crime=war-crimes&accused=natural&level=direct-perpetrator&mode=direct&situation=ukraine&conduct=2022-03&asOf=2026-12-03",
    );
  });

  it("sends no level for a legal person's cases", () => {
    expect(casesHref({ forum: "ukraine-domestic", crime: "war-crimes", accused: "legal", level: null, mode: "direct", situation: "ukraine" })).toBe(
      "/cases?forum=ukraine-domestic&crime=war-crimes&accused=legal&mode=direct&situation=ukraine",
    );
  });

  it("names the matrix and its rows", () => {
    expect(coverageHref({ asOf: "2025-01-02", situation: "ukraine", mode: "direct" })).toBe("/coverage?asOf=2025-01-02&situation=ukraine&mode=direct");
    expect(coverageHref({ asOf: "2025-01-02", situation: "ukraine", mode: "direct", conduct: null, policy: false })).toBe(
      "/coverage?asOf=2025-01-02&situation=ukraine&mode=direct",
    );
    expect(matrixRowId({ crime: "aggression", accused: "natural", level: "top-leadership" })).toBe("row-aggression-natural-top-leadership");
    expect(matrixRowId({ crime: "aggression", accused: "legal", level: null })).toBe("row-aggression-legal");
  });

  it.each([
    { conduct: null, policy: false },
    { conduct: { from: { date: "2022-03-01", precision: "MONTH" as const }, to: { date: "2022-03-01", precision: "MONTH" as const } }, policy: true },
    { conduct: { from: { date: "2013-11-21", precision: "DAY" as const }, to: { date: "2014-02-22", precision: "DAY" as const } }, policy: false },
  ])("a matrix link the strict parser reads back to the same question: %j", ({ conduct, policy }) => {
    const href = coverageHref({ asOf: "2026-12-03", situation: "ukraine", mode: "direct", conduct, policy });
    const params = Object.fromEntries(new URLSearchParams(href.split("?")[1]));
    expect(parseCoverageQuery(params, { situations: ["ukraine"], modes: ["direct"] }, "2026-12-04")).toEqual({
      ok: true,
      value: { asOf: "2026-12-03", situation: "ukraine", mode: "direct", conduct, policy },
    });
  });
});
