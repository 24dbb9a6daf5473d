import { describe, expect, it } from "vitest";
import { seededForums, seededRules } from "@/tests/support/seed-rules";
import { describeValidity, evaluate, NO_RULE_RECORDED, timing, type Profile, type Status } from "./jurisdiction";

const profile = (overrides: Partial<Profile>): Profile => ({
  crime: "war-crimes",
  accused: "natural",
  level: "direct-perpetrator",
  mode: "direct",
  situation: "ukraine",
  asOf: "2025-11-01",
  ...overrides,
});

function answer(p: Partial<Profile>) {
  const result = evaluate(profile(p), seededForums, seededRules);
  const byForum = Object.fromEntries(result.forums.map((f) => [f.forum.slug, f]));
  return { result, byForum, status: (forum: string) => byForum[forum]!.status, rules: (forum: string) => byForum[forum]!.reasons.map((r) => r.rule) };
}

type Row = [string, Partial<Profile>, { icc: Status; "special-tribunal": Status; "ukraine-domestic": Status; gap: boolean }];

// What the posts state, profile by profile (DOMAIN.md; prisma/seed/reference-data.ts).
const table: Row[] = [
  ["war crimes by a direct perpetrator today", {}, { icc: "covers", "special-tribunal": "excluded", "ukraine-domestic": "covers", gap: false }],
  ["aggression by the top leadership today: the aggression gap", { crime: "aggression", level: "top-leadership" }, { icc: "conditional", "special-tribunal": "conditional", "ukraine-domestic": "conditional", gap: true }],
  ["aggression by the top leadership before the tribunal agreement (24 June 2025)", { crime: "aggression", level: "top-leadership", asOf: "2025-06-24" }, { icc: "conditional", "special-tribunal": "excluded", "ukraine-domestic": "conditional", gap: true }],
  ["aggression by the top leadership in 2024, before Ukraine joined the ICC", { crime: "aggression", level: "top-leadership", asOf: "2024-06-01" }, { icc: "excluded", "special-tribunal": "excluded", "ukraine-domestic": "conditional", gap: true }],
  ["aggression in 2010, before the ICC's aggression jurisdiction was activated", { crime: "aggression", level: "top-leadership", asOf: "2010-01-01" }, { icc: "excluded", "special-tribunal": "excluded", "ukraine-domestic": "conditional", gap: true }],
  ["aggression by a senior commander today", { crime: "aggression", level: "senior-command" }, { icc: "conditional", "special-tribunal": "conditional", "ukraine-domestic": "conditional", gap: true }],
  ["aggression by a field-grade officer today", { crime: "aggression", level: "field-grade" }, { icc: "conditional", "special-tribunal": "excluded", "ukraine-domestic": "conditional", gap: true }],
  ["war crimes by a company today", { accused: "legal", level: null }, { icc: "excluded", "special-tribunal": "excluded", "ukraine-domestic": "conditional", gap: true }],
  ["war crimes by a company in 2010, before criminal-law measures against legal entities", { accused: "legal", level: null, asOf: "2010-01-01" }, { icc: "excluded", "special-tribunal": "excluded", "ukraine-domestic": "excluded", gap: true }],
  ["genocide by a company today", { crime: "genocide", accused: "legal", level: null }, { icc: "excluded", "special-tribunal": "excluded", "ukraine-domestic": "excluded", gap: true }],
  ["ecocide by a natural person today", { crime: "ecocide" }, { icc: "excluded", "special-tribunal": "excluded", "ukraine-domestic": "covers", gap: false }],
  ["war crimes on 31 December 2024 (Article 12(3) declarations)", { asOf: "2024-12-31" }, { icc: "covers", "special-tribunal": "excluded", "ukraine-domestic": "covers", gap: false }],
  ["war crimes on 1 January 2025 (State Party)", { asOf: "2025-01-01" }, { icc: "covers", "special-tribunal": "excluded", "ukraine-domestic": "covers", gap: false }],
  ["war crimes in 2010, before Ukraine accepted the ICC", { asOf: "2010-01-01" }, { icc: "excluded", "special-tribunal": "excluded", "ukraine-domestic": "covers", gap: false }],
  ["command responsibility in September 2024", { mode: "command-responsibility", level: "senior-command", asOf: "2024-09-15" }, { icc: "covers", "special-tribunal": "excluded", "ukraine-domestic": "excluded", gap: false }],
  ["command responsibility during October 2024", { mode: "command-responsibility", level: "senior-command", asOf: "2024-10-15" }, { icc: "covers", "special-tribunal": "excluded", "ukraine-domestic": "conditional", gap: false }],
  ["command responsibility after October 2024: prospective only", { mode: "command-responsibility", level: "senior-command", asOf: "2024-11-01" }, { icc: "covers", "special-tribunal": "excluded", "ukraine-domestic": "conditional", gap: false }],
  ["crimes against humanity in domestic courts, June 2024", { crime: "crimes-against-humanity", asOf: "2024-06-01" }, { icc: "covers", "special-tribunal": "excluded", "ukraine-domestic": "excluded", gap: false }],
  ["crimes against humanity in domestic courts, 2025", { crime: "crimes-against-humanity", asOf: "2025-06-01" }, { icc: "covers", "special-tribunal": "excluded", "ukraine-domestic": "conditional", gap: false }],
  ["war crimes in Sudan today", { situation: "sudan" }, { icc: "conditional", "special-tribunal": "excluded", "ukraine-domestic": "excluded", gap: true }],
];

describe("which forum covers which crime", () => {
  it.each(table)("%s", (_name, p, expected) => {
    const { result, status } = answer(p);
    expect({
      icc: status("icc"),
      "special-tribunal": status("special-tribunal"),
      "ukraine-domestic": status("ukraine-domestic"),
      gap: result.gap,
    }).toEqual(expected);
  });
});

describe("answers explain themselves", () => {
  it("the ICC and aggression: conditional on Russia joining, citing Article 15 bis(5)", () => {
    const icc = answer({ crime: "aggression", level: "top-leadership" }).byForum.icc!;
    expect(icc.reasons).toHaveLength(1);
    expect(icc.reasons[0]).toMatchObject({
      rule: "icc-aggression-russia-not-a-party",
      effect: "CONDITIONAL",
      provision: { slug: "rs-art-15-bis-5" },
      source: { slug: "pilpg-one-year-rome-statute" },
    });
    expect(icc.reasons[0]!.condition).toMatch(/Russia, became a State Party/);
  });

  it("the ICC and companies: natural persons only, Article 25(1), even where another rule would cover", () => {
    const icc = answer({ accused: "legal", level: null }).byForum.icc!;
    expect(icc.reasons.map((r) => [r.rule, r.provision?.slug])).toEqual([["icc-natural-persons-only", "rs-art-25-1"]]);
  });

  it("the change at 1 January 2025 adds membership to the declarations as the ICC's basis", () => {
    expect(answer({ asOf: "2024-12-31" }).rules("icc")).toEqual(["icc-ukraine-article-12-3"]);
    expect(answer({ asOf: "2025-01-01" }).rules("icc")).toEqual(["icc-ukraine-article-12-3", "icc-ukraine-state-party"]);
    expect(answer({ asOf: "2025-01-01" }).byForum.icc!.reasons.map((r) => r.provision?.slug)).toEqual(["rs-art-12-3", "rs-art-12-2-a"]);
  });

  it("the ICC and aggression before 17 July 2018: jurisdiction not yet activated", () => {
    expect(answer({ crime: "aggression", level: "top-leadership", asOf: "2018-07-16" }).rules("icc")).toEqual(["icc-aggression-deferred"]);
    expect(answer({ crime: "aggression", level: "top-leadership", asOf: "2018-07-17" }).rules("icc")).toEqual(["icc-aggression-neither-state-a-party"]);
  });

  it("ecocide: Article 441 at home, not a Rome Statute crime at the ICC", () => {
    const a = answer({ crime: "ecocide" });
    expect(a.byForum["ukraine-domestic"]!.reasons.map((r) => r.provision?.slug)).toEqual(["cc-ua-art-441"]);
    expect(a.byForum.icc!.reasons.map((r) => r.provision?.slug)).toEqual(["rs-art-5"]);
  });

  it("the Special Tribunal: aggression only, leadership only", () => {
    expect(answer({}).rules("special-tribunal")).toEqual(["special-tribunal-aggression-only"]);
    expect(answer({ crime: "aggression", level: "direct-perpetrator" }).rules("special-tribunal")).toEqual(["special-tribunal-leadership-only"]);
    expect(answer({ crime: "aggression", level: "top-leadership" }).rules("special-tribunal")).toEqual(["special-tribunal-leadership-aggression"]);
    expect(answer({ crime: "aggression", level: "top-leadership" }).byForum["special-tribunal"]!.reasons[0]!.condition).toMatch(/operational/);
  });

  it("command responsibility in October 2024 is uncertain to the day, and says so", () => {
    const domestic = answer({ mode: "command-responsibility", level: "senior-command", asOf: "2024-10-15" }).byForum["ukraine-domestic"]!;
    expect(domestic.reasons.map((r) => r.rule).sort()).toEqual(["ukraine-command-responsibility", "ukraine-no-command-responsibility-before-2024"]);
    for (const reason of domestic.reasons) expect(reason.uncertainDate).toMatch(/October 2024, day not known/);
  });

  it("a forum no rule reaches is excluded with the reason 'no applicable rule'", () => {
    const st = answer({ situation: "sudan" }).byForum["special-tribunal"]!;
    expect(st.reasons).toEqual([{ rule: null, effect: null, summary: NO_RULE_RECORDED, provision: null, source: null }]);
  });

  it("is deterministic", () => {
    expect(evaluate(profile({}), seededForums, seededRules)).toEqual(evaluate(profile({}), seededForums, seededRules));
  });
});

describe("timing at the edges of a rule's validity", () => {
  const day = (date: string) => ({ date, precision: "DAY" as const });
  const month = (date: string) => ({ date, precision: "MONTH" as const });
  const none = { openedBy: null, closedBy: null };
  it.each([
    ["the first day", { validFrom: day("2025-01-01"), validTo: null }, "2025-01-01", "in-force"],
    ["the day before", { validFrom: day("2025-01-01"), validTo: null }, "2024-12-31", "not-yet"],
    ["the last day", { validFrom: null, validTo: day("2024-12-31") }, "2024-12-31", "in-force"],
    ["the day after", { validFrom: null, validTo: day("2024-12-31") }, "2025-01-01", "expired"],
    ["the first day of a month-precise start", { validFrom: month("2024-10-01"), validTo: null }, "2024-10-01", "uncertain"],
    ["inside a month-precise start", { validFrom: month("2024-10-01"), validTo: null }, "2024-10-15", "uncertain"],
    ["the last day of a month-precise start", { validFrom: month("2024-10-01"), validTo: null }, "2024-10-31", "in-force"],
    ["after a month-precise start", { validFrom: month("2024-10-01"), validTo: null }, "2024-11-01", "in-force"],
    ["before a month-precise end", { validFrom: null, validTo: month("2024-10-01") }, "2024-09-30", "in-force"],
    ["the first day of a month-precise end", { validFrom: null, validTo: month("2024-10-01") }, "2024-10-01", "in-force"],
    ["inside a month-precise end", { validFrom: null, validTo: month("2024-10-01") }, "2024-10-15", "uncertain"],
    ["the last day of a month-precise end", { validFrom: null, validTo: month("2024-10-01") }, "2024-10-31", "uncertain"],
    ["after a month-precise end", { validFrom: null, validTo: month("2024-10-01") }, "2024-11-01", "expired"],
  ] as const)("%s", (_name, validity, asOf, expected) => {
    expect(timing({ ...validity, ...none }, asOf).state).toBe(expected);
  });

  it.each([
    [{ validFrom: { date: "2025-01-01", precision: "DAY" as const }, validTo: null }, "From 1 January 2025"],
    [{ validFrom: { date: "2001-09-01", precision: "DAY" as const }, validTo: { date: "2024-10-01", precision: "MONTH" as const } }, "From 1 September 2001 until October 2024"],
    [{ validFrom: null, validTo: null }, "No start or end date recorded"],
  ])("describes %o as %s", (validity, words) => {
    expect(describeValidity(validity)).toBe(words);
  });
});
