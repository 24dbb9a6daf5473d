import { describe, expect, it } from "vitest";
import { accusedWords, asReportedBy, byEffect, firstSentence, formatCount, listOrAny, nameOf, plural, provisionLabel, provisionTitle, scopeSummary } from "./labels";

describe("firstSentence", () => {
  it.each([
    ["The world’s only permanent international criminal court, in The Hague. Ukraine deposited…", "The world’s only permanent international criminal court, in The Hague."],
    ["Charged under Article 8(2)(b)(iv). Not a crime.", "Charged under Article 8(2)(b)(iv)."],
    ["One sentence only.", "One sentence only."],
    ["No full stop", "No full stop"],
    // A full stop not followed by a capital (an abbreviation, a decimal) does not end the sentence.
    ["Signed at Strasbourg, approx. two pages. Then more.", "Signed at Strasbourg, approx. two pages."],
  ])("%j", (text, expected) => {
    expect(firstSentence(text)).toBe(expected);
  });
});

describe("provision and scope words", () => {
  it.each([
    [{ number: "Article 25(1)", instrument: { shortTitle: "Rome Statute" } }, "Rome Statute, Article 25(1)"],
    [{ number: null, instrument: { shortTitle: "Special Tribunal Agreement" } }, "Special Tribunal Agreement"],
  ])("provisionLabel %o", (provision, expected) => {
    expect(provisionLabel(provision)).toBe(expected);
  });

  it.each([
    [{ number: "Article 441", heading: "Ecocide", instrument: { shortTitle: "Criminal Code of Ukraine" } }, "Criminal Code of Ukraine, Article 441"],
    [{ number: null, heading: "Command responsibility", instrument: { shortTitle: "Criminal Code of Ukraine" } }, "Criminal Code of Ukraine: Command responsibility"],
  ])("provisionTitle %o", (provision, expected) => {
    expect(provisionTitle(provision)).toBe(expected);
  });

  it.each([
    [{ situation: null, accusedKinds: [], levels: [], modes: [] }, "Every situation · any accused"],
    [{ situation: { name: "Ukraine" }, accusedKinds: [{ name: "Natural person" }], levels: [{ name: "Top leadership" }], modes: [] }, "Situation: Ukraine · Natural person · Top leadership"],
    [{ situation: null, accusedKinds: [{ name: "Legal person" }], levels: [], modes: [] }, "Every situation · Legal person"],
  ])("scopeSummary %o", (rule, expected) => {
    expect(scopeSummary(rule)).toBe(expected);
  });

  it("lists names, or says any for the empty list", () => {
    expect(listOrAny([])).toBe("any");
    expect(listOrAny([{ name: "War crimes" }, { name: "Genocide" }])).toBe("War crimes, Genocide");
  });

  it("pluralises", () => {
    expect(plural(1, "rule")).toBe("1 rule");
    expect(plural(0, "rule")).toBe("0 rules");
    expect(plural(3, "milestone")).toBe("3 milestones");
    expect(plural(200_002, "case")).toBe("200,002 cases");
    expect(formatCount(10_027)).toBe("10,027");
  });

  it("orders rules covers, conditional, excludes, keeping ties in place", () => {
    const rules = [
      { effect: "EXCLUDES" as const, n: 1 },
      { effect: "COVERS" as const, n: 2 },
      { effect: "CONDITIONAL" as const, n: 3 },
      { effect: "COVERS" as const, n: 4 },
    ];
    expect(byEffect(rules).map((r) => r.n)).toEqual([2, 4, 3, 1]);
  });
});

describe("case categories in words", () => {
  const names = {
    accusedKinds: [
      { slug: "natural", name: "Natural person" },
      { slug: "legal", name: "Legal person" },
    ],
    levels: [{ slug: "field-grade", name: "Field-grade officers" }],
  };
  it.each([
    ["natural", "field-grade", "Natural person, field-grade officers"],
    ["legal", null, "Legal person"],
    ["state", null, "state"],
  ] as const)("%s / %s: %s", (accused, level, expected) => {
    expect(accusedWords(accused, level, names)).toBe(expected);
  });

  it("names a slug, or gives the slug back when the name is not loaded", () => {
    expect(nameOf(names.levels, "field-grade")).toBe("Field-grade officers");
    expect(nameOf(names.levels, "unknown")).toBe("unknown");
  });
});

describe("asReportedBy", () => {
  const report = { kind: "OTHER" as const, publisher: "Example News", title: "A report" };
  it.each<[string, Parameters<typeof asReportedBy>[0], string | null]>([
    ["one secondary source", [report], "As reported by Example News"],
    ["the title when no publisher is named", [{ ...report, publisher: null }], "As reported by A report"],
    ["several, each named once", [report, { ...report, title: "Another" }, { ...report, publisher: "Second Paper" }, { ...report, publisher: "Third" }], "As reported by Example News, Second Paper and Third"],
    ["none when an official source backs it", [report, { kind: "OFFICIAL", publisher: "International Criminal Court", title: "Warrant" }], null],
    ["none when a seed post backs it", [report, { kind: "SEED_POST", publisher: "PILPG", title: "Post" }], null],
    ["none without sources", [], null],
    ["demo data left out", [report, { kind: "SYNTHETIC", publisher: null, title: "Demo" }], "As reported by Example News"],
  ])("%s", (_what, citations, expected) => {
    expect(asReportedBy(citations)).toBe(expected);
  });
});
