import { describe, expect, it } from "vitest";
import { seededForums, seededRules } from "@/tests/support/seed-rules";
import { parseConduct } from "./conduct";
import { coverageOverTime, describeCoverageOverTime, endWords, forumCoverageOverTime, periodDatesWords, statusOnDay, type CoverageQuestion } from "./coverage-over-time";
import { formatPartialDate, parsePartialDate } from "./dates";
import { evaluateForum, type Rule } from "./jurisdiction";

const conduct = (text: string) => {
  const parsed = parseConduct(text, "2030-12-31");
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};

const natural = { accused: "natural", situation: "ukraine" } as const;
const QUESTIONS: Record<string, CoverageQuestion> = {
  commanderNoConduct: { ...natural, crime: "war-crimes", level: "field-grade", mode: "command-responsibility", conduct: null },
  maidan: { ...natural, crime: "war-crimes", level: "top-leadership", mode: "direct", conduct: conduct("2014-01") },
  aggression2022: { ...natural, crime: "aggression", level: "top-leadership", mode: "direct", conduct: conduct("2022-02-24") },
  commanderOctober: { ...natural, crime: "war-crimes", level: "field-grade", mode: "command-responsibility", conduct: conduct("2024-10") },
  companyEcocide: { accused: "legal", situation: "ukraine", crime: "ecocide", level: null, mode: "direct", conduct: null },
  warCrimesNoConduct: { ...natural, crime: "war-crimes", level: "top-leadership", mode: "direct", conduct: null },
  sudan: { accused: "natural", situation: "sudan", crime: "war-crimes", level: "senior-command", mode: "direct", conduct: conduct("2023-05") },
};

const forum = (slug: string) => seededForums.find((f) => f.slug === slug)!;

/** A forum's periods as one line each: status, dates in words, opening and closing milestones. */
function lines(question: CoverageQuestion, forumSlug: string): string[] {
  return forumCoverageOverTime(forum(forumSlug), question, seededRules).periods.map(
    (p) => `${p.status}: ${periodDatesWords(p)} [${p.openedBy.map((m) => m.slug).join(", ") || "-"} → ${p.closedBy.map((m) => m.slug).join(", ") || "-"}]`,
  );
}

describe("forumCoverageOverTime, on the seeded rules", () => {
  it.each([
    {
      name: "the ICC for Maidan conduct: excluded until Ukraine's first declaration, covered from it",
      question: "maidan",
      forum: "icc",
      periods: [
        "excluded: From January 2014 to 16 April 2014 [- → ukraine-article-12-3-declaration-2014]",
        "covers: From 17 April 2014 [ukraine-article-12-3-declaration-2014 → -]",
      ],
    },
    {
      name: "the Special Tribunal for aggression in 2022: excluded until the agreement of 25 June 2025, conditional since",
      question: "aggression2022",
      forum: "special-tribunal",
      periods: [
        "excluded: From 24 February 2022 to 24 June 2025 [- → special-tribunal-agreement-2025]",
        "conditional: From 25 June 2025 [special-tribunal-agreement-2025 → -]",
      ],
    },
    {
      name: "the ICC for aggression: excluded throughout, whichever rule excludes it",
      question: "aggression2022",
      forum: "icc",
      periods: ["excluded: From 24 February 2022 [- → -]"],
    },
    {
      name: "Ukraine's courts for a commander, any conduct: no command responsibility before the October 2024 amendment, said to the month",
      question: "commanderNoConduct",
      forum: "ukraine-domestic",
      periods: [
        "unknown: Until 31 August 2001 [- → criminal-code-of-ukraine-in-force-2001]",
        "excluded: From 1 September 2001 to October 2024 [criminal-code-of-ukraine-in-force-2001 → ukraine-criminal-code-amendments-2024]",
        "conditional: From October 2024 [ukraine-criminal-code-amendments-2024 → -]",
      ],
    },
    {
      name: "Ukraine's courts for a commander's conduct in October 2024: a stretch inside the month, never an invented day",
      question: "commanderOctober",
      forum: "ukraine-domestic",
      periods: [
        "excluded: In October 2024 (the day is not known) [- → ukraine-criminal-code-amendments-2024]",
        "conditional: From October 2024 [ukraine-criminal-code-amendments-2024 → -]",
      ],
    },
    {
      name: "the ICC and a company: no rule before the Rome Statute, excluded from its entry into force",
      question: "companyEcocide",
      forum: "icc",
      periods: ["unknown: Until 30 June 2002 [- → rome-statute-in-force-2002]", "excluded: From 1 July 2002 [rome-statute-in-force-2002 → -]"],
    },
    {
      name: "the ICC in Darfur: the referral's conditional coverage began before the conduct, so one period",
      question: "sudan",
      forum: "icc",
      periods: ["conditional: From May 2023 [- → -]"],
    },
  ])("$name", ({ question, forum: forumSlug, periods }) => {
    expect(lines(QUESTIONS[question]!, forumSlug)).toEqual(periods);
  });

  it("marks the first period as starting at the conduct, when a conduct is given", () => {
    const coverage = forumCoverageOverTime(forum("icc"), QUESTIONS.maidan!, seededRules);
    expect(coverage.periods[0]!.startsAtConduct).toBe(true);
    expect(coverage.periods[1]!.startsAtConduct).toBeUndefined();
    expect(forumCoverageOverTime(forum("icc"), QUESTIONS.warCrimesNoConduct!, seededRules).periods.some((p) => p.startsAtConduct)).toBe(false);
  });

  it("names the rules behind each period", () => {
    const [before, after] = forumCoverageOverTime(forum("icc"), QUESTIONS.maidan!, seededRules).periods;
    expect(before!.rules).toEqual(["icc-ukraine-no-acceptance-before-2014"]);
    expect(after!.rules).toEqual(["icc-ukraine-article-12-3"]);
  });
});

/** Every day from `from` to `to`. */
function* days(from: string, to: string) {
  const d = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  for (; d <= end; d.setUTCDate(d.getUTCDate() + 1)) yield d.toISOString().slice(0, 10);
}

describe("the periods agree with the engine on every day", () => {
  // The chart's promise: at any "as of" day, the status drawn is the engine's answer for that day.
  it.each(Object.entries(QUESTIONS))("%s", (_name, question) => {
    const start = question.conduct ? question.conduct.from.date : "1999-01-01";
    for (const f of seededForums) {
      const coverage = forumCoverageOverTime(f, question, seededRules);
      const mismatches: string[] = [];
      for (const day of days(start < "1999-01-01" ? start : "1999-01-01", "2027-12-31")) {
        const drawn = statusOnDay(coverage, day);
        if (question.conduct && day < start) {
          if (drawn !== null) mismatches.push(`${day}: drawn before the conduct`);
          continue;
        }
        const engine = evaluateForum(f, { ...question, asOf: day }, seededRules).status;
        if (drawn !== engine) mismatches.push(`${day}: drawn ${drawn}, engine ${engine}`);
        if (mismatches.length > 5) break;
      }
      expect(mismatches, f.slug).toEqual([]);
    }
  });
});

describe("dates said as precisely as known", () => {
  const base: Rule = {
    slug: "r",
    forum: "f",
    situation: null,
    effect: "COVERS",
    summary: "s",
    condition: null,
    conditionKind: null,
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
    provision: { slug: "p", label: "p", url: null },
    source: { slug: "s", title: "s", url: null, locator: null },
  };
  const question: CoverageQuestion = { crime: "c", accused: "a", level: null, mode: "m", situation: "x", conduct: null };
  const f = { slug: "f", name: "Forum" };
  const opened = { slug: "m1", title: "Opening" };
  const closed = { slug: "m2", title: "Closing" };
  const rule = (validFrom: string | null, validTo: string | null): Rule => ({
    ...base,
    validFrom: validFrom ? parsePartialDate(validFrom) : null,
    validTo: validTo ? parsePartialDate(validTo) : null,
    openedBy: validFrom ? opened : null,
    closedBy: validTo ? closed : null,
  });

  it.each([
    { name: "a rule known to the day", rules: [rule("2025-01-01", null)], periods: ["unknown: Until 31 December 2024", "covers: From 1 January 2025"] },
    {
      name: "a start known to the month: in doubt during it, in force from it",
      rules: [rule("2024-10", null)],
      periods: ["unknown: Until September 2024", "conditional: In October 2024 (the day is not known)", "covers: From October 2024"],
    },
    {
      name: "an end known to the year",
      rules: [rule("2001-09-01", "2010")],
      periods: ["unknown: Until 31 August 2001", "covers: From 1 September 2001 to 2010", "conditional: In 2010 (the day is not known)", "unknown: From 2011"],
    },
    { name: "a rule with no dates", rules: [rule(null, null)], periods: ["covers: At every date recorded"] },
    { name: "no rule", rules: [], periods: ["unknown: At every date recorded"] },
  ])("$name", ({ rules, periods }) => {
    const coverage = forumCoverageOverTime(f, question, rules);
    expect(coverage.periods.map((p) => `${p.status}: ${periodDatesWords(p)}`)).toEqual(periods);
  });

  it("the day before a boundary known to the month is said as a month too: 'September 2024', not '30 September 2024'", () => {
    const [before] = forumCoverageOverTime(f, question, [rule("2024-10", null)]).periods;
    expect(before!.to!.day).toBe("2024-09-30");
    expect(endWords(before!.to, "to")).toBe("September 2024");
  });

  it("names the milestones that open and close each period", () => {
    const periods = forumCoverageOverTime(f, question, [rule("2001-09-01", "2010-06-30")]).periods;
    expect(periods.map((p) => [p.openedBy.map((m) => m.slug), p.closedBy.map((m) => m.slug)])).toEqual([
      [[], ["m1"]],
      [["m1"], ["m2"]],
      [["m2"], []],
    ]);
  });

  it.each([
    { from: null, to: null, words: "At every date recorded" },
    { from: { day: "2002-07-01", shown: { date: "2002-07-01", precision: "DAY" } }, to: null, words: "From 1 July 2002" },
    { from: null, to: { day: "2002-06-30", shown: { date: "2002-06-30", precision: "DAY" } }, words: "Until 30 June 2002" },
    { from: { day: "2024-10-01", shown: { date: "2024-10-01", precision: "DAY" } }, to: { day: "2024-10-01", shown: { date: "2024-10-01", precision: "DAY" } }, words: "On 1 October 2024" },
  ] as const)("periodDatesWords: $words", ({ from, to, words }) => {
    expect(periodDatesWords({ from, to })).toBe(words);
  });
});

describe("coverageOverTime", () => {
  it("starts at the conduct when one is given, else at the first boundary of any forum", () => {
    expect(coverageOverTime(QUESTIONS.maidan!, seededForums, seededRules).start).toBe("2014-01-01");
    expect(coverageOverTime(QUESTIONS.commanderNoConduct!, seededForums, seededRules).start).toBe("2001-09-01");
  });

  it("answers every forum, in the order given", () => {
    expect(coverageOverTime(QUESTIONS.maidan!, seededForums, seededRules).forums.map((f) => f.forum.slug)).toEqual(seededForums.map((f) => f.slug));
  });
});

describe("describeCoverageOverTime", () => {
  it("says each forum's periods in order", () => {
    const coverage = coverageOverTime(QUESTIONS.maidan!, seededForums.filter((f) => f.slug === "icc"), seededRules);
    expect(describeCoverageOverTime(coverage)).toBe("International Criminal Court: excluded from January 2014 to 16 April 2014; covers from 17 April 2014.");
  });
});

describe("in Ukrainian", () => {
  const day = (date: string) => ({ date, precision: "DAY" as const });
  const month = (date: string) => ({ date, precision: "MONTH" as const });
  const end = (shown: { date: string; precision: "DAY" | "MONTH" }) => ({ day: shown.date, shown });

  it.each<[Parameters<typeof periodDatesWords>[0], string, string]>([
    [{ from: end(month("2024-10-01")), to: end(month("2024-10-01")) }, "У жовтні 2024 р. (день невідомий)", "In October 2024 (the day is not known)"],
    [{ from: end(day("2024-10-25")), to: end(day("2024-10-25")) }, "25 жовтня 2024 р.", "On 25 October 2024"],
    [{ from: end(day("2002-07-01")), to: end(day("2014-02-22")) }, "З 1 липня 2002 р. до 22 лютого 2014 р.", "From 1 July 2002 to 22 February 2014"],
    [{ from: end(month("2014-01-01")), to: end(day("2014-04-16")) }, "З січня 2014 р. до 16 квітня 2014 р.", "From January 2014 to 16 April 2014"],
    [{ from: null, to: end(day("2014-02-22")) }, "До 22 лютого 2014 р.", "Until 22 February 2014"],
    [{ from: end(day("2002-07-01")), to: null }, "З 1 липня 2002 р.", "From 1 July 2002"],
    [{ from: null, to: null }, "На кожну записану дату", "At every date recorded"],
  ])("periodDatesWords %j: “%s”", (period, uk, en) => {
    expect(periodDatesWords(period, "uk")).toBe(uk);
    expect(periodDatesWords(period)).toBe(en);
  });

  it("an open end, and a date as formatPartialDate says it", () => {
    expect(endWords(null, "from", "uk")).toBe("Початок не записано");
    expect(endWords(null, "to", "uk")).toBe("Кінець не записано");
    expect(endWords(null, "to")).toBe("No end recorded");
    expect(endWords(end(month("2024-10-01")), "from", "uk")).toBe(formatPartialDate(month("2024-10-01"), "uk"));
  });

  it("the chart's description, forum by forum", () => {
    const coverage = {
      start: "2002-07-01",
      forums: [
        {
          forum: { slug: "icc", name: "International Criminal Court" },
          periods: [
            { status: "excluded" as const, from: end(month("2014-01-01")), to: end(day("2014-04-16")), openedBy: [], closedBy: [], rules: [] },
            { status: "covers" as const, from: end(day("2014-04-17")), to: null, openedBy: [], closedBy: [], rules: [] },
          ],
        },
      ],
    };
    expect(describeCoverageOverTime(coverage, "uk")).toBe("International Criminal Court: виключено з січня 2014 р. до 16 квітня 2014 р.; охоплює з 17 квітня 2014 р.");
    expect(describeCoverageOverTime(coverage)).toBe("International Criminal Court: excluded from January 2014 to 16 April 2014; covers from 17 April 2014.");
  });
});
