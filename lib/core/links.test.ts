import { describe, expect, it } from "vitest";
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
  it.each([
    { crime: "aggression", accused: "natural", level: "top-leadership", mode: "direct", situation: "ukraine", asOf: "2025-06-24" },
    { crime: "war-crimes", accused: "legal", level: null, mode: "direct", situation: "ukraine", asOf: "2025-01-02" },
  ])("a which-forum link the strict parser reads back to the same profile: %j", (profile) => {
    const href = whichForumHref(profile);
    expect(href.startsWith("/which-forum?")).toBe(true);
    const params = Object.fromEntries(new URLSearchParams(href.split("?")[1]));
    expect(parseProfileQuery(params, vocabulary, "2026-11-22")).toEqual({ ok: true, value: { ...profile, conduct: null } });
  });

  it("sends no level for a legal person's cases", () => {
    expect(casesHref({ forum: "ukraine-domestic", crime: "war-crimes", accused: "legal", level: null, mode: "direct", situation: "ukraine" })).toBe(
      "/cases?forum=ukraine-domestic&crime=war-crimes&accused=legal&mode=direct&situation=ukraine",
    );
  });

  it("names the matrix and its rows", () => {
    expect(coverageHref({ asOf: "2025-01-02", situation: "ukraine", mode: "direct" })).toBe("/coverage?asOf=2025-01-02&situation=ukraine&mode=direct");
    expect(matrixRowId({ crime: "aggression", accused: "natural", level: "top-leadership" })).toBe("row-aggression-natural-top-leadership");
    expect(matrixRowId({ crime: "aggression", accused: "legal", level: null })).toBe("row-aggression-legal");
  });
});
