import { describe, expect, it } from "vitest";
import { seededForums, seededPolicies, seededRules } from "@/tests/support/seed-rules";
import { parseConduct } from "./conduct";
import { describeConduct, describeConductAsked, describePeriod, describeValidity, evaluate, NO_RULE_RECORDED, noRuleRecorded, timing, type Profile, type Rule, type Status } from "./jurisdiction";

const TODAY = "2026-12-03";

type Question = Partial<Omit<Profile, "conduct">> & { conduct?: string };

const profile = ({ conduct, ...overrides }: Question): Profile => {
  const base = { crime: "war-crimes", accused: "natural", level: "direct-perpetrator", mode: "direct", situation: "ukraine", asOf: TODAY, ...overrides };
  const parsed = conduct ? parseConduct(conduct, base.asOf) : null;
  if (parsed && !parsed.ok) throw new Error(parsed.message);
  return { ...base, conduct: parsed?.ok ? parsed.value : null };
};

function answer(q: Question) {
  const result = evaluate(profile(q), seededForums, seededRules, seededPolicies);
  const byForum = Object.fromEntries(result.forums.map((f) => [f.forum.slug, f]));
  return {
    result,
    byForum,
    status: (forum: string) => byForum[forum]!.status,
    rules: (forum: string) => byForum[forum]!.reasons.map((r) => r.rule),
    kinds: (forum: string) => byForum[forum]!.conditions.map((c) => c.kind),
  };
}

type Expected = { icc: Status; "special-tribunal": Status; "ukraine-domestic": Status; gap: boolean };
type Row = [string, Question, Expected];

const statuses = (q: Question) => {
  const { result, status } = answer(q);
  return { icc: status("icc"), "special-tribunal": status("special-tribunal"), "ukraine-domestic": status("ukraine-domestic"), gap: result.gap };
};

// The legal audit's section C (shared/reviews/legal-audit.md), each answer as a careful lawyer
// gives it. Where the audit asked "as of" a date about conduct, the conduct is given too.
const auditC: Row[] = [
  ["C1 aggression by the top leadership, 2025: the ICC is excluded (Art 15 bis(5)), not conditional on Russia joining",
    { crime: "aggression", level: "top-leadership", asOf: "2025-07-01", conduct: "2025-03" },
    { icc: "excluded", "special-tribunal": "conditional", "ukraine-domestic": "conditional", gap: false }],
  ["C2 war crimes in 2014 asked as of 1 May 2014: only the first declaration's conduct, up to 22 February 2014",
    { level: "senior-command", asOf: "2014-05-01", conduct: "2014-01" },
    { icc: "covers", "special-tribunal": "excluded", "ukraine-domestic": "covers", gap: false }],
  ["C2 Donbas conduct of mid-2014 asked as of 1 January 2015: no declaration reached it yet",
    { level: "senior-command", asOf: "2015-01-01", conduct: "2014-06" },
    { icc: "excluded", "special-tribunal": "excluded", "ukraine-domestic": "covers", gap: false }],
  ["C3 genocide by command responsibility in 2010: excluded at home, the mode did not exist",
    { crime: "genocide", level: "senior-command", mode: "command-responsibility", asOf: "2010-01-01", conduct: "2009" },
    { icc: "excluded", "special-tribunal": "excluded", "ukraine-domestic": "excluded", gap: true }],
  ["C4 genocide by command responsibility, conduct in 2025: Article 31-1 reaches it",
    { crime: "genocide", level: "senior-command", mode: "command-responsibility", asOf: "2025-07-01", conduct: "2025-03" },
    { icc: "covers", "special-tribunal": "excluded", "ukraine-domestic": "covers", gap: false }],
  ["C4 genocide by command responsibility, conduct in 2022 asked today: non-retroactivity excludes it at home",
    { crime: "genocide", level: "senior-command", mode: "command-responsibility", conduct: "2022-03" },
    { icc: "covers", "special-tribunal": "excluded", "ukraine-domestic": "excluded", gap: false }],
  ["C5 ecocide by command responsibility, 2015: excluded everywhere (a gap)",
    { crime: "ecocide", level: "senior-command", mode: "command-responsibility", asOf: "2015-01-01", conduct: "2014-12" },
    { icc: "excluded", "special-tribunal": "excluded", "ukraine-domestic": "excluded", gap: true }],
  ["C5 ecocide by command responsibility, 2025: Article 31-1 does not list Article 441",
    { crime: "ecocide", level: "senior-command", mode: "command-responsibility", asOf: "2025-07-01", conduct: "2025-03" },
    { icc: "excluded", "special-tribunal": "excluded", "ukraine-domestic": "excluded", gap: true }],
  ["C6 aggression by command responsibility, 2020: excluded at home, the mode did not exist",
    { crime: "aggression", level: "senior-command", mode: "command-responsibility", asOf: "2020-01-01", conduct: "2019" },
    { icc: "excluded", "special-tribunal": "excluded", "ukraine-domestic": "excluded", gap: true }],
  ["C6 aggression by command responsibility, conduct in 2025: conditional at home under Article 31-1",
    { crime: "aggression", level: "senior-command", mode: "command-responsibility", asOf: "2026-01-01", conduct: "2025-06" },
    { icc: "excluded", "special-tribunal": "conditional", "ukraine-domestic": "conditional", gap: false }],
  ["C7 war crimes by the top leadership: conditional at home (personal immunity of the serving troika)",
    { level: "top-leadership", asOf: "2025-07-01", conduct: "2023" },
    { icc: "covers", "special-tribunal": "excluded", "ukraine-domestic": "conditional", gap: false }],
  ["C7 genocide by the top leadership: conditional at home too",
    { crime: "genocide", level: "top-leadership", asOf: "2025-07-01", conduct: "2023" },
    { icc: "covers", "special-tribunal": "excluded", "ukraine-domestic": "conditional", gap: false }],
  ["C8 aggression by the top leadership at the Special Tribunal: conditional (not operational; serving leaders not triable)",
    { crime: "aggression", level: "top-leadership", asOf: "2025-07-01", conduct: "2022-02" },
    { icc: "excluded", "special-tribunal": "conditional", "ukraine-domestic": "conditional", gap: false }],
  ["C9 aggression by the top leadership through command responsibility: ICC excluded; the tribunal conditional and doubtful",
    { crime: "aggression", level: "top-leadership", mode: "command-responsibility", asOf: "2025-07-01", conduct: "2025-02" },
    { icc: "excluded", "special-tribunal": "conditional", "ukraine-domestic": "conditional", gap: false }],
  ["C10 war crimes in Sudan: the ICC only for Darfur; the tracker records nothing for Ukraine's courts",
    { situation: "sudan", level: "senior-command", asOf: "2025-07-01", conduct: "2025-05" },
    { icc: "conditional", "special-tribunal": "excluded", "ukraine-domestic": "unknown", gap: false }],
  ["C11 aggression by a company: the ICC excluded (Art 25(1)); for Ukraine's courts no rule is recorded, so no gap",
    { crime: "aggression", accused: "legal", level: null, asOf: "2025-07-01", conduct: "2025" },
    { icc: "excluded", "special-tribunal": "unknown", "ukraine-domestic": "unknown", gap: false }],
  ["C11 genocide by a company: the same",
    { crime: "genocide", accused: "legal", level: null, asOf: "2025-07-01", conduct: "2025" },
    { icc: "excluded", "special-tribunal": "excluded", "ukraine-domestic": "unknown", gap: false }],
  ["C12 war crimes by a field-grade officer: both courts have jurisdiction (admissibility is the ICC's note)",
    { level: "field-grade", asOf: "2025-07-01", conduct: "2025-02" },
    { icc: "covers", "special-tribunal": "excluded", "ukraine-domestic": "covers", gap: false }],
];

describe("the legal audit's section C, as a careful lawyer answers", () => {
  it.each(auditC)("%s", (_name, q, expected) => {
    expect(statuses(q)).toEqual(expected);
  });

  it("C1: the ICC's exclusion cites Article 15 bis(5) and names the routes in its summary, not as a condition", () => {
    const icc = answer({ crime: "aggression", level: "top-leadership", asOf: "2025-07-01", conduct: "2025-03" }).byForum.icc!;
    expect(icc.reasons.map((r) => [r.rule, r.provision?.slug])).toEqual([["icc-aggression-russia-not-a-party", "rs-art-15-bis-5"]]);
    expect(icc.reasons[0]!.summary).toMatch(/15 ter/);
    expect(icc.reasons[0]!.condition).toBeUndefined();
    expect(icc.conditions).toEqual([]);
  });

  it("C5: the exclusion of ecocide by command responsibility rests on Article 31-1", () => {
    const home = answer({ crime: "ecocide", level: "senior-command", mode: "command-responsibility", asOf: "2025-07-01", conduct: "2025-03" }).byForum["ukraine-domestic"]!;
    expect(home.reasons.map((r) => [r.rule, r.provision?.slug])).toEqual([["ukraine-ecocide-no-command-responsibility", "cc-ua-command-responsibility"]]);
  });

  it("C7: the immunity condition is a fact about the accused, citing the ICJ's Arrest Warrant judgment", () => {
    const home = answer({ level: "top-leadership", asOf: "2025-07-01", conduct: "2023" }).byForum["ukraine-domestic"]!;
    expect(home.conditions.map((c) => c.kind)).toEqual(["CASE_FACT"]);
    expect(home.conditions[0]!.text).toMatch(/head of state, head of government or minister for foreign affairs/);
    expect(home.reasons[0]!.source?.slug).toBe("icj-arrest-warrant-2002");
  });

  it("C8: the Special Tribunal's two conditions, each with its kind", () => {
    const st = answer({ crime: "aggression", level: "top-leadership", asOf: "2025-07-01", conduct: "2022-02" }).byForum["special-tribunal"]!;
    expect(st.conditions.map((c) => [c.kind, c.rule])).toEqual([
      ["NOT_OPERATIONAL", "special-tribunal-leadership-aggression"],
      ["CASE_FACT", "special-tribunal-serving-leaders"],
    ]);
  });

  it("C12: every ICC answer that covers carries the Article 17 admissibility note", () => {
    const icc = answer({ level: "field-grade", asOf: "2025-07-01", conduct: "2025-02" }).byForum.icc!;
    expect(icc.note?.provision.slug).toBe("rs-art-17");
    expect(icc.note?.text).toMatch(/not admissibility/);
    expect(answer({ level: "field-grade", asOf: "2025-07-01", conduct: "2025-02" }).byForum["ukraine-domestic"]!.note).toBeUndefined();
    expect(answer({ crime: "ecocide" }).byForum.icc!.note).toBeUndefined();
  });
});

describe("two dates: the conduct each rule reaches, beside when it is in force", () => {
  it("the first Article 12(3) declaration reaches conduct from 21 November 2013 to 22 February 2014 only", () => {
    const at = (conduct: string) => answer({ asOf: "2015-01-01", conduct }).status("icc");
    expect(at("2013-11-20")).toBe("excluded");
    expect(at("2013-11-21")).toBe("covers");
    expect(at("2014-02-22")).toBe("covers");
    expect(at("2014-02-23")).toBe("excluded");
  });

  it("the second declaration (8 September 2015) reaches conduct from 20 February 2014 onwards", () => {
    expect(answer({ asOf: "2015-09-07", conduct: "2014-06" }).status("icc")).toBe("excluded");
    expect(answer({ asOf: "2015-09-08", conduct: "2014-06" }).rules("icc")).toEqual(["icc-ukraine-article-12-3-2015"]);
    expect(answer({ asOf: "2022-03-31", conduct: "2022-03" }).status("icc")).toBe("covers");
  });

  it("membership from 1 January 2025 reaches conduct from that day; earlier conduct rests on the declarations", () => {
    expect(answer({ conduct: "2025-02" }).rules("icc")).toEqual(["icc-ukraine-article-12-3-2015", "icc-ukraine-state-party"]);
    expect(answer({ conduct: "2024-12-31" }).rules("icc")).toEqual(["icc-ukraine-article-12-3-2015"]);
    expect(answer({ asOf: "2024-12-31", conduct: "2024-06" }).rules("icc")).toEqual(["icc-ukraine-article-12-3-2015"]);
  });

  it("conduct before any declaration or before the Statute is excluded by a rule, not 'no rule recorded'", () => {
    expect(answer({ conduct: "2010" }).rules("icc")).toEqual(["icc-ukraine-before-the-declarations"]);
    expect(answer({ conduct: "2001" }).rules("icc")).toEqual(["icc-no-conduct-before-the-statute", "icc-ukraine-before-the-declarations"]);
    expect(answer({ conduct: "2010" }).status("icc")).toBe("excluded");
  });

  it("command responsibility at home reaches only conduct after the amendment took effect (non-retroactivity), whatever the as-of date", () => {
    const q = { level: "senior-command", mode: "command-responsibility" } as const;
    expect(answer({ ...q, conduct: "2024-09" }).status("ukraine-domestic")).toBe("excluded");
    expect(answer({ ...q, conduct: "2024-10" }).status("ukraine-domestic")).toBe("conditional");
    expect(answer({ ...q, conduct: "2024-10" }).kinds("ukraine-domestic")).toEqual(["DATE_PRECISION", "DATE_PRECISION"]);
    expect(answer({ ...q, conduct: "2024-11" }).status("ukraine-domestic")).toBe("covers");
    expect(answer({ ...q, conduct: "2022-03" }).rules("ukraine-domestic")).toEqual(["ukraine-command-responsibility-not-retroactive"]);
  });

  it("a conduct period that straddles a boundary is conditional on when the conduct took place, and says so", () => {
    const a = answer({ asOf: "2015-01-01", conduct: "2014" });
    expect(a.status("icc")).toBe("conditional");
    expect(a.byForum.icc!.conditions[0]).toMatchObject({ kind: "CASE_FACT", rule: null });
    expect(a.byForum.icc!.conditions[0]!.text).toMatch(/^The conduct given \(2014\) spans periods/);
    expect(a.byForum.icc!.periods.map((p) => [p.from, p.to, p.status])).toEqual([
      ["2014-01-01", "2014-02-22", "covers"],
      ["2014-02-23", "2014-12-31", "excluded"],
    ]);
    // Conduct over 2014 asked today: both declarations together reach all of it.
    expect(answer({ conduct: "2014" }).status("icc")).toBe("covers");
    // A period FROM/TO.
    expect(answer({ asOf: "2015-01-01", conduct: "2013-12-01/2014-02-22" }).status("icc")).toBe("covers");
  });

  it("without a conduct date the answer shows, per forum, which conduct periods it reaches, rather than guessing", () => {
    const icc = answer({}).byForum.icc!;
    expect(icc.status).toBe("conditional");
    expect(icc.periods.map((p) => [p.from, p.to, p.status])).toEqual([
      [null, "2013-11-20", "excluded"],
      ["2013-11-21", null, "covers"],
    ]);
    expect(icc.conditions[0]!.text).toMatch(/^Depends on when the conduct took place: conduct up to 20 November 2013: excluded; conduct from 21 November 2013 onwards: covered\./);
    // A forum whose rules set no conduct limit has one period.
    expect(answer({}).byForum["ukraine-domestic"]!.periods).toEqual([{ from: null, to: null, status: "covers", rules: ["ukraine-war-crimes-direct"] }]);
  });

  it("the reasons say the conduct each rule reaches", () => {
    const icc = answer({ asOf: "2015-01-01", conduct: "2014-01" }).byForum.icc!;
    expect(icc.reasons[0]!.conduct).toBe("Conduct from 21 November 2013 to 22 February 2014");
    expect(describeConduct({ conductFrom: { date: "2024-10-01", precision: "MONTH" }, conductTo: null })).toBe("Conduct from October 2024 onwards");
    expect(describeConduct({ conductFrom: null, conductTo: null })).toBeNull();
  });
});

describe("honest statuses", () => {
  it("a forum no rule reaches is 'unknown' (no rule recorded), never excluded and never a gap", () => {
    const home = answer({ crime: "genocide", accused: "legal", level: null }).byForum["ukraine-domestic"]!;
    expect(home.status).toBe("unknown");
    expect(home.reasons).toEqual([{ rule: null, effect: null, summary: NO_RULE_RECORDED, provision: null, source: null }]);
    expect(home.conditions).toEqual([]);
  });

  it("a gap is a profile every forum excludes by a recorded rule", () => {
    const gap = answer({ crime: "ecocide", level: "senior-command", mode: "command-responsibility", conduct: "2025-03" });
    expect(gap.result.gap).toBe(true);
    expect(gap.result.forums.every((f) => f.reasons.every((r) => r.rule !== null))).toBe(true);
  });

  it("a hypothetical change of law is never a condition: no seeded conditional rule turns on a state acceding or a treaty changing", () => {
    for (const rule of seededRules.filter((r) => r.effect === "CONDITIONAL")) {
      expect(rule.conditionKind, rule.slug).not.toBeNull();
      expect(rule.condition, rule.slug).not.toMatch(/became a State Party|if .* acced|amended to/i);
    }
  });

  it("the Special Tribunal did not exist before 25 June 2025: excluded, with that reason", () => {
    const a = answer({ crime: "aggression", level: "top-leadership", asOf: "2025-06-24", conduct: "2022-02" });
    expect(a.rules("special-tribunal")).toEqual(["special-tribunal-before-the-agreement"]);
    expect(a.status("special-tribunal")).toBe("excluded");
  });

  it("the ICC and companies: natural persons only, Article 25(1)", () => {
    const icc = answer({ accused: "legal", level: null, conduct: "2025-02" }).byForum.icc!;
    expect(icc.reasons.map((r) => [r.rule, r.provision?.slug])).toEqual([["icc-natural-persons-only", "rs-art-25-1"]]);
  });

  it("crimes against humanity at home: only conduct after Article 442-1 took effect", () => {
    expect(answer({ crime: "crimes-against-humanity", conduct: "2022-03" }).rules("ukraine-domestic")).toEqual(["ukraine-crimes-against-humanity-not-retroactive"]);
    expect(answer({ crime: "crimes-against-humanity", conduct: "2025-01" }).byForum["ukraine-domestic"]!.reasons.map((r) => r.provision?.slug)).toEqual(["cc-ua-art-442-1"]);
  });

  it("every provision a reason cites links to its official text where the tracker records one", () => {
    const icc = answer({ conduct: "2025-02" }).byForum.icc!;
    expect(icc.reasons.every((r) => r.provision?.url === "https://www.icc-cpi.int/sites/default/files/RS-Eng.pdf" || r.provision?.slug === "rs-art-12-3")).toBe(true);
    expect(answer({ conduct: "2025-02" }).byForum["ukraine-domestic"]!.reasons[0]!.provision?.url).toBe("https://zakon.rada.gov.ua/laws/show/2341-14");
  });

  it("is deterministic", () => {
    expect(evaluate(profile({}), seededForums, seededRules)).toEqual(evaluate(profile({}), seededForums, seededRules));
  });
});

describe("policy beside law", () => {
  it("shows the complementarity split for the profile, marked as policy or recommendation, without changing a status", () => {
    const top = answer({ level: "top-leadership", conduct: "2023" });
    expect(top.result.policy.map((p) => [p.slug, p.kind, p.forum])).toEqual([["icc-top-leadership", "POLICY", "icc"]]);
    const withoutPolicy = evaluate(profile({ level: "top-leadership", conduct: "2023" }), seededForums, seededRules, []);
    expect(withoutPolicy.forums).toEqual(top.result.forums);
    expect(answer({ level: "field-grade" }).result.policy.map((p) => p.slug)).toEqual(["ukraine-down-the-chain", "field-grade-priority"]);
    expect(answer({ accused: "legal", level: null }).result.policy.map((p) => [p.slug, p.kind])).toEqual([["companies-to-domestic-courts", "RECOMMENDATION"]]);
  });
});

// The engine's semantics on rules made for the purpose: independent of the seeded law.
describe("the engine on its own rules", () => {
  const rule = (r: Partial<Rule> & Pick<Rule, "slug" | "effect">): Rule => ({
    forum: "f",
    situation: null,
    summary: r.slug,
    condition: r.effect === "CONDITIONAL" ? "if so" : null,
    conditionKind: r.effect === "CONDITIONAL" ? "CASE_FACT" : null,
    crimes: [],
    accusedKinds: [],
    levels: [],
    modes: [],
    validFrom: null,
    validTo: null,
    conductFrom: null,
    conductTo: null,
    openedBy: null,
    closedBy: null,
    provision: { slug: "p", label: "P", url: null },
    source: { slug: "s", title: "S", url: null, locator: null },
    ...r,
  });
  const forum = [{ slug: "f", name: "F" }];
  const ask = (rules: Rule[], q: Question = {}) => evaluate(profile(q), forum, rules).forums[0]!;
  const day = (date: string) => ({ date, precision: "DAY" as const });
  const month = (date: string) => ({ date, precision: "MONTH" as const });

  it.each<[string, Rule[], Question, Status]>([
    ["no rule: unknown", [], {}, "unknown"],
    ["an exclusion wins over a cover", [rule({ slug: "c", effect: "COVERS" }), rule({ slug: "x", effect: "EXCLUDES" })], {}, "excluded"],
    ["a cover wins over a condition", [rule({ slug: "c", effect: "COVERS" }), rule({ slug: "k", effect: "CONDITIONAL" })], {}, "covers"],
    ["a condition alone", [rule({ slug: "k", effect: "CONDITIONAL" })], {}, "conditional"],
    ["a cover whose conduct reach misses the conduct: unknown", [rule({ slug: "c", effect: "COVERS", conductFrom: day("2020-01-01") })], { conduct: "2019" }, "unknown"],
    ["a cover over part of the conduct asked: conditional", [rule({ slug: "c", effect: "COVERS", conductFrom: day("2020-01-01") })], { conduct: "2019/2020" }, "conditional"],
    ["an exclusion whose month-precise end is uncertain, alone: unknown", [rule({ slug: "x", effect: "EXCLUDES", conductTo: month("2024-10-01") })], { conduct: "2024-10-15" }, "unknown"],
    ["a cover from a month-precise start, conduct in that month: conditional", [rule({ slug: "c", effect: "COVERS", conductFrom: month("2024-10-01") })], { conduct: "2024-10-31" }, "conditional"],
    ["the same, conduct the next day: covers", [rule({ slug: "c", effect: "COVERS", conductFrom: month("2024-10-01") })], { conduct: "2024-11-01" }, "covers"],
    ["a day-precise conduct boundary is exact", [rule({ slug: "c", effect: "COVERS", conductTo: day("2014-02-22") })], { conduct: "2014-02-22" }, "covers"],
  ])("%s", (_name, rules, q, expected) => {
    expect(ask(rules, q).status).toBe(expected);
  });

  it("merges adjacent stretches of the same status into one period", () => {
    const rules = [
      rule({ slug: "a", effect: "COVERS", conductFrom: day("2013-11-21"), conductTo: day("2014-02-22") }),
      rule({ slug: "b", effect: "COVERS", conductFrom: day("2014-02-20") }),
    ];
    expect(ask(rules).periods).toEqual([
      { from: null, to: "2013-11-20", status: "unknown", rules: [] },
      { from: "2013-11-21", to: null, status: "covers", rules: ["a", "b"] },
    ]);
  });

  it("refuses to place conduct after the as-of date (the parser does); the engine answers unknown with no periods", () => {
    expect(parseConduct("2027", TODAY)).toMatchObject({ ok: false });
    const f = evaluate({ ...profile({}), asOf: "2020-01-01", conduct: { from: day("2021-01-01"), to: day("2021-01-01") } }, forum, [rule({ slug: "c", effect: "COVERS" })]).forums[0]!;
    expect(f).toMatchObject({ status: "unknown", periods: [] });
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

describe("the engine's words in Ukrainian (its data unchanged)", () => {
  const uk = (q: Question) => {
    const result = evaluate(profile(q), seededForums, seededRules, seededPolicies, "uk");
    return Object.fromEntries(result.forums.map((f) => [f.forum.slug, f]));
  };
  const strip = (f: ReturnType<typeof evaluate>["forums"][number]) => ({ status: f.status, periods: f.periods, rules: f.reasons.map((r) => r.rule), kinds: f.conditions.map((c) => c.kind) });

  it.each<[string, Question]>([
    ["no conduct given", {}],
    ["conduct in 2014, asked in 2015", { asOf: "2015-01-01", conduct: "2014" }],
    ["command responsibility, October 2024", { level: "senior-command", mode: "command-responsibility", conduct: "2024-10" }],
    ["genocide by a legal person", { crime: "genocide", accused: "legal", level: null }],
  ])("%s: the same statuses, periods, rules and kinds of condition as in English", (_name, q) => {
    const en = answer(q).result.forums.map(strip);
    expect(Object.values(uk(q)).map(strip)).toEqual(en);
  });

  it.each<[string, Question, string, string]>([
    [
      "without a conduct date",
      {},
      "icc",
      "Залежить від того, коли вчинено діяння: діяння, вчинене до 20 листопада 2013 р. включно: виключено; діяння, вчинене починаючи з 21 листопада 2013 р.: охоплює. Зазначте дату діяння, щоб отримати одну відповідь.",
    ],
    [
      "conduct over a year that straddles a boundary",
      { asOf: "2015-01-01", conduct: "2014" },
      "icc",
      "Зазначене діяння (2014 р.) охоплює періоди, до яких правила застосовуються по-різному: діяння, вчинене з 1 січня 2014 р. до 22 лютого 2014 р.: охоплює; діяння, вчинене з 23 лютого 2014 р. до 31 грудня 2014 р.: виключено.",
    ],
    [
      "a boundary known only to the month",
      { level: "senior-command", mode: "command-responsibility", conduct: "2024-10" },
      "ukraine-domestic",
      "Правило поширюється на діяння, вчинене до жовтня 2024 р. включно; джерела вказують лише місяць, а не день",
    ],
  ])("the condition, %s", (_name, q, forum, text) => {
    expect(uk(q)[forum]!.conditions[0]!.text).toBe(text);
  });

  it("the reasons say validity, reach and an uncertain date in Ukrainian", () => {
    const icc = uk({ asOf: "2015-01-01", conduct: "2014-01" }).icc!;
    expect(icc.reasons[0]!.conduct).toBe("Діяння, вчинене з 21 листопада 2013 р. до 22 лютого 2014 р.");
    expect(icc.reasons[0]!.validity).toBe("З 17 квітня 2014 р.");
    const home = uk({ level: "senior-command", mode: "command-responsibility", conduct: "2024-10" })["ukraine-domestic"]!;
    expect(home.reasons.map((r) => r.uncertainDate)).toEqual([
      "Правило поширюється на діяння, вчинене до жовтня 2024 р. включно; джерела вказують лише місяць, а не день",
      "Правило поширюється на діяння, вчинене з жовтня 2024 р.; джерела вказують лише місяць, а не день",
    ]);
    expect(uk({ crime: "genocide", accused: "legal", level: null })["ukraine-domestic"]!.reasons[0]!.summary).toBe(noRuleRecorded("uk"));
    // English, asked again after Ukrainian, is still English (the words are cached per language).
    expect(answer({ asOf: "2015-01-01", conduct: "2014-01" }).byForum.icc!.reasons[0]!.conduct).toBe("Conduct from 21 November 2013 to 22 February 2014");
  });

  it.each<[Parameters<typeof describeConduct>[0], string | null]>([
    [{ conductFrom: { date: "2002-07-01", precision: "DAY" }, conductTo: null }, "Діяння, вчинене починаючи з 1 липня 2002 р."],
    [{ conductFrom: null, conductTo: { date: "2014-02-01", precision: "MONTH" } }, "Діяння, вчинене до лютого 2014 р. включно"],
    [{ conductFrom: { date: "2013-11-21", precision: "DAY" }, conductTo: { date: "2014", precision: "YEAR" } }, "Діяння, вчинене з 21 листопада 2013 р. до 2014 р."],
    [{ conductFrom: null, conductTo: null }, null],
  ])("describeConduct %j in Ukrainian: %s", (rule, words) => {
    expect(describeConduct(rule, "uk")).toBe(words);
  });

  it.each<[Parameters<typeof describePeriod>[0], string, string]>([
    [{ from: null, to: "2013-11-20" }, "діяння, вчинене до 20 листопада 2013 р. включно", "conduct up to 20 November 2013"],
    [{ from: "2013-11-21", to: null }, "діяння, вчинене починаючи з 21 листопада 2013 р.", "conduct from 21 November 2013 onwards"],
    [{ from: "2014-02-23", to: "2014-02-23" }, "діяння, вчинене 23 лютого 2014 р.", "conduct on 23 February 2014"],
    [{ from: "2013-11-21", to: "2014-02-22" }, "діяння, вчинене з 21 листопада 2013 р. до 22 лютого 2014 р.", "conduct from 21 November 2013 to 22 February 2014"],
    [{ from: null, to: null }, "діяння, вчинене будь-коли", "conduct at any time"],
  ])("describePeriod %j: “%s”", (period, ukWords, enWords) => {
    expect(describePeriod(period, "uk")).toBe(ukWords);
    expect(describePeriod(period)).toBe(enWords);
  });

  it.each<[string, string, string]>([
    ["2022-03", "березень 2022 р.", "March 2022"],
    ["2022-02-24/2023-03", "з 24 лютого 2022 р. до березня 2023 р.", "24 February 2022 to March 2023"],
  ])("describeConductAsked %s", (text, ukWords, enWords) => {
    const parsed = parseConduct(text, TODAY);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(describeConductAsked(parsed.value, "uk")).toBe(ukWords);
    expect(describeConductAsked(parsed.value)).toBe(enWords);
  });

  it("the validity's uncertain boundary in Ukrainian", () => {
    const rule = { validFrom: { date: "2024-10-01", precision: "MONTH" as const }, validTo: null, openedBy: null, closedBy: null };
    expect(timing(rule, "2024-10-15", "uk").uncertainDate).toBe("Правило набуло чинності: жовтень 2024 р., день невідомий");
    expect(timing(rule, "2024-10-15").uncertainDate).toBe("The rule began: October 2024, day not known");
    expect(timing({ ...rule, validFrom: null, validTo: rule.validFrom }, "2024-10-15", "uk").uncertainDate).toBe("Правило втратило чинність: жовтень 2024 р., день невідомий");
  });
});
