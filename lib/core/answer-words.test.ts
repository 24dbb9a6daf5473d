import { describe, expect, it } from "vitest";
import { conductPhrase, conductWords, headline, listWords, periodsSummary, periodWords, reachLines, shortPeriodWords, whenWords } from "./answer-words";
import { parseConduct } from "./conduct";
import type { Conduct, ConductPeriod, ForumAnswer, Status } from "./jurisdiction";

const conduct = (text: string): Conduct => {
  const parsed = parseConduct(text, "2026-12-03");
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};

const FORUM_NAMES: Record<string, string> = {
  icc: "International Criminal Court",
  "special-tribunal": "Special Tribunal for the Crime of Aggression against Ukraine",
  "ukraine-domestic": "Ukrainian national courts",
};

function forums(statuses: Record<string, Status>): ForumAnswer[] {
  return Object.entries(statuses).map(([slug, status]) => ({
    forum: { slug, name: FORUM_NAMES[slug]! },
    status,
    reasons: [],
    conditions: [],
    periods: [],
  }));
}

describe("the two dates in words", () => {
  it.each([
    ["2022-03-15", "on 15 March 2022", "15 March 2022"],
    ["2022-03", "in March 2022", "March 2022"],
    ["2022", "in 2022", "2022"],
    ["2022-02-24/2023-03", "from 24 February 2022 to March 2023", "24 February 2022 to March 2023"],
  ])("conduct %s reads “%s” in a sentence and “%s” in the question", (text, phrase, words) => {
    expect(conductPhrase(conduct(text))).toBe(phrase);
    expect(conductWords(conduct(text))).toBe(words);
  });

  it("says plainly when no conduct was given", () => {
    expect(conductWords(null)).toBe("Not given (all conduct up to the as-of date)");
    expect(whenWords("2026-12-03", null)).toBe("As of 3 December 2026, for conduct at any time up to that day");
    expect(whenWords("2026-12-03", conduct("2024-10"))).toBe("As of 3 December 2026, for conduct in October 2024");
  });

  it("lists names as a sentence does", () => {
    expect(listWords([])).toBe("");
    expect(listWords(["A"])).toBe("A");
    expect(listWords(["A", "B"])).toBe("A and B");
    expect(listWords(["A", "B", "C"])).toBe("A, B and C");
  });
});

describe("periods of conduct in words", () => {
  const periods: ConductPeriod[] = [
    { from: null, to: "2013-11-20", status: "excluded", rules: [] },
    { from: "2013-11-21", to: null, status: "covers", rules: ["icc-art-12-3"] },
  ];

  it("names each stretch as a row says it, and all of them in one line", () => {
    expect(periods.map((p) => periodWords(p))).toEqual(["Conduct up to 20 November 2013", "Conduct from 21 November 2013 onwards"]);
    expect(periodsSummary(periods)).toBe("Conduct up to 20 November 2013: Excluded; conduct from 21 November 2013 onwards: Covers");
  });

  it.each([
    [{ from: null, to: "2013-11-20" }, "to 20 Nov 2013"],
    [{ from: "2013-11-21", to: null }, "from 21 Nov 2013"],
    [{ from: "2013-11-21", to: "2014-02-22" }, "21 Nov 2013 – 22 Feb 2014"],
    [{ from: "2014-02-23", to: "2014-02-23" }, "23 Feb 2014"],
    [{ from: null, to: null }, "any time"],
  ])("where room is short, %j reads “%s”", (period, words) => {
    expect(shortPeriodWords(period)).toBe(words);
  });

  it("reads a matrix change's reach back into its periods, with the statuses' labels", () => {
    const withUnknown: ConductPeriod[] = [...periods, { from: "2014-02-23", to: "2014-02-23", status: "unknown", rules: [] }];
    expect(reachLines(withUnknown)).toEqual([
      { status: "excluded", period: "Conduct up to 20 November 2013" },
      { status: "covers", period: "Conduct from 21 November 2013 onwards" },
      { status: "unknown", period: "Conduct on 23 February 2014" },
    ]);
    expect(reachLines([])).toEqual([]);
    expect(reachLines(withUnknown, { run: true }).map((l) => l.period)).toEqual([
      "Conduct up to 20 November 2013",
      "from 21 November 2013 onwards",
      "on 23 February 2014",
    ]);
  });

});

describe("the headline says four statuses honestly", () => {
  const asOf = "2026-12-03";

  it("covered, with the conditional, the silent and the excluded forums named", () => {
    const h = headline({
      asOf,
      conduct: conduct("2022-03"),
      gap: false,
      forums: forums({ icc: "covers", "special-tribunal": "excluded", "ukraine-domestic": "covers" }),
    });
    expect(h.tone).toBe("covered");
    expect(h.main).toBe("As of 3 December 2026, for conduct in March 2022: covered by the International Criminal Court and the Ukrainian national courts.");
    expect(h.details).toEqual(["Excluded by a recorded rule: the Special Tribunal for the Crime of Aggression against Ukraine."]);

    const mixed = headline({ asOf, conduct: null, gap: false, forums: forums({ icc: "conditional", "special-tribunal": "unknown", "ukraine-domestic": "covers" }) });
    expect(mixed.main).toBe("As of 3 December 2026, for conduct at any time up to that day: covered by the Ukrainian national courts.");
    expect(mixed.details[0]).toBe("Also, only if conditions hold: the International Criminal Court. The conditions are listed below.");
    expect(mixed.details[1]).toMatch(/^No rule recorded for the Special Tribunal for the Crime of Aggression against Ukraine: .* not a finding that this forum cannot try it, and not an impunity gap\.$/);
  });

  it("an impunity gap only when every forum is excluded by a recorded rule", () => {
    const h = headline({ asOf, conduct: null, gap: true, forums: forums({ icc: "excluded", "special-tribunal": "excluded", "ukraine-domestic": "excluded" }) });
    expect(h.tone).toBe("gap");
    expect(h.main).toContain("This is an impunity gap.");
  });

  it.each<[string, Record<string, Status>, string]>([
    ["conditional only", { icc: "conditional", "special-tribunal": "excluded", "ukraine-domestic": "conditional" }, "conditional"],
    ["excluded and silent", { icc: "excluded", "special-tribunal": "excluded", "ukraine-domestic": "unknown" }, "silent"],
    ["silent everywhere", { icc: "unknown", "special-tribunal": "unknown", "ukraine-domestic": "unknown" }, "silent"],
  ])("%s is no impunity gap", (_name, statuses, tone) => {
    const h = headline({ asOf, conduct: null, gap: false, forums: forums(statuses) });
    expect(h.tone).toBe(tone);
    expect(h.main).not.toContain("This is an impunity gap");
    if (tone === "silent") {
      expect(h.main).toContain("not an impunity gap");
      expect(h.details.join(" ")).toContain("No rule recorded for");
    } else {
      expect(h.main).toContain("conditions apply");
      expect(h.details[0]).toBe("Only if conditions hold: the International Criminal Court and the Ukrainian national courts. The conditions are listed below.");
    }
  });

  it("names several silent forums in the plural", () => {
    const h = headline({ asOf, conduct: null, gap: false, forums: forums({ icc: "excluded", "special-tribunal": "unknown", "ukraine-domestic": "unknown" }) });
    expect(h.details[0]).toContain("not a finding that these forums cannot try it");
  });
});

describe("the same words in Ukrainian", () => {
  it.each([
    ["2022-03-15", "15 березня 2022 р.", "15 березня 2022 р."],
    ["2022-03", "у березні 2022 р.", "березень 2022 р."],
    ["2022", "у 2022 р.", "2022 р."],
    ["2022-02-24/2023-03", "з 24 лютого 2022 р. до березня 2023 р.", "з 24 лютого 2022 р. до березня 2023 р."],
  ])("conduct %s reads “%s” in a sentence and “%s” in the question", (text, phrase, words) => {
    expect(conductPhrase(conduct(text), "uk")).toBe(phrase);
    expect(conductWords(conduct(text), "uk")).toBe(words);
  });

  it.each<[string, string]>([
    ["none", "Станом на 3 грудня 2026 р., щодо діяння, вчиненого будь-коли до цього дня"],
    ["2024-10", "Станом на 3 грудня 2026 р., щодо діяння, вчиненого у жовтні 2024 р."],
    ["2022-03-15", "Станом на 3 грудня 2026 р., щодо діяння, вчиненого 15 березня 2022 р."],
  ])("both dates, conduct %s: “%s”", (text, words) => {
    expect(whenWords("2026-12-03", text === "none" ? null : conduct(text), "uk")).toBe(words);
  });

  it("says plainly when no conduct was given, and lists names with «та»", () => {
    expect(conductWords(null, "uk")).toBe("Не вказано (усі діяння до дати «станом на»)");
    expect(listWords(["A"], "uk")).toBe("A");
    expect(listWords(["A", "B", "C"], "uk")).toBe("A, B та C");
  });

  const periods: ConductPeriod[] = [
    { from: null, to: "2013-11-20", status: "excluded", rules: [] },
    { from: "2013-11-21", to: null, status: "covers", rules: ["icc-art-12-3"] },
    { from: "2014-02-23", to: "2014-02-23", status: "unknown", rules: [] },
  ];

  it("names each stretch of conduct, in a row, a tooltip and a run", () => {
    expect(periods.map((p) => periodWords(p, "uk"))).toEqual([
      "Діяння, вчинене до 20 листопада 2013 р. включно",
      "Діяння, вчинене починаючи з 21 листопада 2013 р.",
      "Діяння, вчинене 23 лютого 2014 р.",
    ]);
    expect(periodsSummary(periods.slice(0, 2), "uk")).toBe("Діяння, вчинене до 20 листопада 2013 р. включно: Виключено; діяння, вчинене починаючи з 21 листопада 2013 р.: Охоплює");
    expect(reachLines(periods, { run: true }, "uk").map((l) => l.period)).toEqual([
      "Діяння, вчинене до 20 листопада 2013 р. включно",
      "починаючи з 21 листопада 2013 р.",
      "23 лютого 2014 р.",
    ]);
  });

  it.each([
    [{ from: null, to: "2013-11-20" }, "до 20 лист. 2013"],
    [{ from: "2013-11-21", to: null }, "з 21 лист. 2013"],
    [{ from: "2013-11-21", to: "2014-02-22" }, "21 лист. 2013 – 22 лют. 2014"],
    [{ from: null, to: null }, "будь-коли"],
  ])("where room is short, %j reads “%s”", (period, words) => {
    expect(shortPeriodWords(period, "uk")).toBe(words);
  });

  it.each<[string, Record<string, Status>, boolean, string, string]>([
    [
      "covered",
      { icc: "covers", "special-tribunal": "excluded", "ukraine-domestic": "covers" },
      false,
      "covered",
      "Станом на 3 грудня 2026 р., щодо діяння, вчиненого будь-коли до цього дня: профіль охоплює юрисдикція таких форумів: International Criminal Court та Ukrainian national courts.",
    ],
    ["conditional", { icc: "conditional", "special-tribunal": "excluded", "ukraine-domestic": "conditional" }, false, "conditional", "Станом на 3 грудня 2026 р., щодо діяння, вчиненого будь-коли до цього дня: жоден форум не охоплює цей профіль безумовно; діють умови."],
    ["gap", { icc: "excluded", "special-tribunal": "excluded", "ukraine-domestic": "excluded" }, true, "gap", "Станом на 3 грудня 2026 р., щодо діяння, вчиненого будь-коли до цього дня: жоден форум не може розглянути справу з цим профілем. Це прогалина безкарності."],
    ["silent", { icc: "unknown", "special-tribunal": "excluded", "ukraine-domestic": "unknown" }, false, "silent", "Станом на 3 грудня 2026 р., щодо діяння, вчиненого будь-коли до цього дня: жоден форум не записано як здатний розглянути справу з цим профілем, але це не прогалина безкарності."],
  ])("the headline, %s", (_name, statuses, gap, tone, main) => {
    const h = headline({ asOf: "2026-12-03", conduct: null, gap, forums: forums(statuses) }, "uk");
    expect(h.tone).toBe(tone);
    expect(h.main).toBe(main);
    if (tone === "silent") expect(h.details[0]).toContain("а не висновок, що ці форуми не можуть розглянути справу, і не прогалина безкарності");
    if (tone === "gap") expect(h.details).toEqual(["Кожен форум виключено записаним правилом; правило кожного форуму та його джерело наведено нижче."]);
  });
});
