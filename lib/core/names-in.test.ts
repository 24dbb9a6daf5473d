import { describe, expect, it } from "vitest";
import { provisionNumberUk, ruleViewIn, type Namer } from "./names-in";
import type { RuleView } from "./views";

describe("provisionNumberUk", () => {
  it.each([
    ["Article 12(3)", "стаття 12(3)"],
    ["Article 8(2)(b)(iv)", "стаття 8(2)(b)(iv)"],
    ["Article 15 bis(5)", "стаття 15 bis(5)"],
    ["Article 31-1", "стаття 31-1"],
    ["Article 5(2) (1998 text)", "стаття 5(2) (редакція 1998 року)"],
    ["Paragraph 1", "пункт 1"],
    ["Paragraphs 51, 54 and 58", "пункти 51, 54 і 58"],
    ["Section XIV-1", "розділ XIV-1"],
    // Another form stays as recorded rather than be guessed.
    ["Rule 77", "Rule 77"],
  ])("%s → %s", (number, uk) => {
    expect(provisionNumberUk(number)).toBe(uk);
  });
});

describe("ruleViewIn", () => {
  it("renames a rule's forum, scope and provision by slug, and leaves the rest as recorded", () => {
    const names: Record<string, string> = { "crime:war-crimes": "Воєнні злочини", "forum:icc": "Міжнародний кримінальний суд", "instrument:rome-statute": "Римський статут" };
    const words: Namer = (kind, slug, recorded) => names[`${kind}:${slug}`] ?? (kind === "provisionNumber" ? provisionNumberUk(recorded) : `${recorded} (англійською)`);
    const rule = {
      slug: "r",
      summary: "A summary.",
      forum: { slug: "icc", name: "International Criminal Court", shortName: "ICC" },
      situation: null,
      crimes: [{ slug: "war-crimes", name: "War crimes" }],
      accusedKinds: [],
      levels: [],
      modes: [],
      provision: { slug: "rs-art-8", number: "Article 8", heading: "War crimes", summary: "Defines war crimes.", url: null, instrument: { slug: "rome-statute", title: "Rome Statute", shortTitle: "Rome Statute", url: null } },
    } as unknown as RuleView;
    const shown = ruleViewIn(words, rule);
    expect(shown.forum).toMatchObject({ name: "Міжнародний кримінальний суд", shortName: "ICC (англійською)" });
    expect(shown.crimes).toEqual([{ slug: "war-crimes", name: "Воєнні злочини" }]);
    expect(shown.provision).toMatchObject({ number: "стаття 8", heading: "War crimes (англійською)", instrument: { shortTitle: "Римський статут", title: "Rome Statute" } });
    expect(shown.summary).toBe("A summary.");
    expect(rule.crimes[0]!.name).toBe("War crimes");
  });
});
