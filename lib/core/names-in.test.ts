import { describe, expect, it } from "vitest";
import { answerIn, policyViewIn, provisionNumberUk, ruleViewIn, type Namer } from "./names-in";
import type { Answer } from "./jurisdiction";
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
  it("renames a rule's forum, scope, provision, summary and condition by slug, and leaves the rest as recorded", () => {
    const names: Record<string, string> = { "crime:war-crimes": "Воєнні злочини", "forum:icc": "Міжнародний кримінальний суд", "instrument:rome-statute": "Римський статут", "ruleCondition:r": "Якщо держава прийняла юрисдикцію." };
    const words: Namer = (kind, slug, recorded) => names[`${kind}:${slug}`] ?? (kind === "provisionNumber" ? provisionNumberUk(recorded) : `${recorded} (англійською)`);
    const rule = {
      slug: "r",
      summary: "A summary.",
      condition: "If the state accepted jurisdiction.",
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
    // A summary left untranslated reads in English, marked; a translated condition in Ukrainian.
    expect(shown.summary).toBe("A summary. (англійською)");
    expect(shown.condition).toBe("Якщо держава прийняла юрисдикцію.");
    expect(rule.crimes[0]!.name).toBe("War crimes");
    expect(rule.summary).toBe("A summary.");
  });
});

describe("the rules' and policies' sentences in the language", () => {
  const names: Record<string, string> = { "ruleSummary:icc-art-5": "Суд має юрисдикцію щодо найтяжчих злочинів.", "policyStatement:top-leadership": "Вищих посадовців судить МКС." };
  const words: Namer = (kind, slug, recorded) => names[`${kind}:${slug}`] ?? `${recorded} (англійською)`;

  it("gives a policy's statement in the language", () => {
    const policy = { slug: "top-leadership", statement: "The top leadership goes to the ICC.", forum: null, situation: null, crimes: [], accusedKinds: [], levels: [] } as unknown as Parameters<typeof policyViewIn>[1];
    expect(policyViewIn(words, policy).statement).toBe("Вищих посадовців судить МКС.");
  });

  it("gives an answer's reasons, conditions and policies in the language, and leaves the engine's own sentences alone", () => {
    const answer = {
      forums: [
        {
          forum: { slug: "icc", name: "МКС" },
          status: "conditional",
          reasons: [
            { rule: "icc-art-5", effect: "COVERS", summary: "The Court has jurisdiction over the most serious crimes.", provision: null, source: null },
            { rule: "icc-art-12-3", effect: "CONDITIONAL", summary: "Jurisdiction by declaration.", condition: "If a declaration was lodged.", provision: null, source: null },
            { rule: null, effect: null, summary: "Жодного правила не записано.", provision: null, source: null },
          ],
          conditions: [{ kind: "DECLARATION", text: "If a declaration was lodged.", rule: "icc-art-12-3" }],
          periods: [],
        },
      ],
      policy: [{ slug: "top-leadership", statement: "The top leadership goes to the ICC." }],
    } as unknown as Answer;
    const shown = answerIn(words, answer);
    const [covers, conditional, none] = shown.forums[0]!.reasons;
    expect(covers!.summary).toBe("Суд має юрисдикцію щодо найтяжчих злочинів.");
    expect(conditional).toMatchObject({ summary: "Jurisdiction by declaration. (англійською)", condition: "If a declaration was lodged. (англійською)" });
    expect(none!.summary).toBe("Жодного правила не записано.");
    expect(shown.forums[0]!.conditions[0]!.text).toBe("If a declaration was lodged. (англійською)");
    expect(shown.policy[0]!.statement).toBe("Вищих посадовців судить МКС.");
    expect(answer.policy[0]!.statement).toBe("The top leadership goes to the ICC.");
  });
});
