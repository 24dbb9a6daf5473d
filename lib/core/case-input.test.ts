import { describe, expect, it } from "vitest";
import { parseForm } from "@/lib/web/form-submission";
import { fieldErrors } from "./field-errors";
import { slugFromWords } from "./input-fields";
import {
  caseInputSchema,
  KNOWLEDGE_STANDARD_LABELS,
  KNOWLEDGE_STANDARDS,
  stageChangeInputSchema,
  withAccusedNamed,
  withStageSource,
} from "./case-input";

const valid = {
  reference: "ICC-01/22-01/23",
  title: "Prosecutor v. Example",
  forum: "icc",
  situation: "ukraine",
  accused: [{ key: "a1", name: "Ivan Example", nameUkrainian: "Іван Приклад", kind: "natural", rank: "Colonel", level: "field-grade" }],
  charges: [
    {
      accused: "a1",
      crime: "war-crimes",
      mode: "command-responsibility",
      provisionCited: "Article 8(2)(b)(ii) and Article 28 of the Rome Statute",
      knowledgeStandard: "SHOULD_HAVE_KNOWN",
      failedDuties: ["PREVENT", "REPRESS"],
    },
  ],
  sources: [{ title: "A press release", url: "https://example.org/press", locator: "First paragraph" }],
  initialStage: { stage: "WARRANT_OR_NOTICE_OF_SUSPICION", date: "2024-03" },
};

const paths = (input: unknown) => {
  const parsed = caseInputSchema.safeParse(input);
  return parsed.success ? [] : fieldErrors(parsed.error).map((e) => e.parameter).sort();
};

describe("caseInputSchema accepts", () => {
  it("a case with a new accused, a command-responsibility charge and defaults for what it leaves out", () => {
    expect(caseInputSchema.parse(valid)).toMatchObject({
      reference: "ICC-01/22-01/23",
      summary: null,
      milestones: [],
      isSynthetic: false,
      expectedVersion: null,
      accused: [{ key: "a1", name: "Ivan Example", nameUkrainian: "Іван Приклад", kind: "natural", rank: "Colonel", level: "field-grade", description: null }],
      charges: [{ accused: "a1", knowledgeStandard: "SHOULD_HAVE_KNOWN", failedDuties: ["PREVENT", "REPRESS"], description: null }],
      initialStage: { stage: "WARRANT_OR_NOTICE_OF_SUSPICION", date: { date: "2024-03-01", precision: "MONTH" }, inAbsentia: false, note: null, source: null },
    });
  });

  it.each([
    ["no public case number (null)", { reference: null }, null],
    ["no public case number (empty)", { reference: "  " }, null],
    ["no public case number (left out)", { reference: undefined }, null],
  ])("%s", (_what, change, reference) => {
    expect(caseInputSchema.parse({ ...valid, ...change }).reference).toBe(reference);
  });

  it("an existing accused by slug, a charge against every accused, a legal person without rank or level", () => {
    const parsed = caseInputSchema.parse({
      ...valid,
      accused: [{ slug: "ivan-example" }, { key: "firm", name: "Example LLC", kind: "legal" }],
      charges: [
        { crime: "ecocide", mode: "direct", provisionCited: "Article 441 of the Criminal Code of Ukraine" },
        { accused: "ivan-example", crime: "war-crimes", mode: "command-responsibility", provisionCited: "Article 438" },
      ],
    });
    expect(parsed.accused[0]).toEqual({ slug: "ivan-example", name: null, nameUkrainian: null, rank: null, level: null, description: null });
    expect(parsed.charges[0]).toMatchObject({ accused: null, knowledgeStandard: null, failedDuties: [] });
    // Command responsibility with the knowledge standard not stated in the source.
    expect(parsed.charges[1]).toMatchObject({ accused: "ivan-example", knowledgeStandard: null, failedDuties: [] });
  });

  it.each(["KNEW", "SHOULD_HAVE_KNOWN", "CONSCIOUSLY_DISREGARDED"])("the knowledge standard %s on a command-responsibility charge (Article 28(a) and (b))", (standard) => {
    const parsed = caseInputSchema.parse({ ...valid, charges: [{ ...valid.charges[0], knowledgeStandard: standard }] });
    expect(parsed.charges[0]!.knowledgeStandard).toBe(standard);
  });

  it("names every knowledge standard in words, the civilian superior's of Article 28(b) included", () => {
    expect(KNOWLEDGE_STANDARDS.map((k) => KNOWLEDGE_STANDARD_LABELS[k])).toEqual([
      "Knew",
      "Should have known",
      "Knew, or consciously disregarded information which clearly indicated it",
    ]);
  });

  it("no sources (the case page says none is recorded)", () => {
    expect(caseInputSchema.parse({ ...valid, sources: undefined }).sources).toEqual([]);
  });
});

describe("caseInputSchema refuses, naming the field", () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ["a blank title and no forum", { title: " ", forum: "" }, ["forum", "title"]],
    ["no accused", { accused: [] }, ["accused", "charges.0.accused"]],
    ["no charge", { charges: [] }, ["charges"]],
    [
      "a knowledge standard and failed duties on a direct charge",
      { charges: [{ ...valid.charges[0], mode: "direct" }] },
      ["charges.0.failedDuties", "charges.0.knowledgeStandard"],
    ],
    [
      "every problem at once: a direct charge with a knowledge standard, no provision, and a legal person with a level and no name",
      { accused: [{ key: "a1", kind: "legal", level: "field-grade" }], charges: [{ ...valid.charges[0], mode: "direct", provisionCited: "", failedDuties: [] }] },
      ["accused.0.level", "accused.0.name", "charges.0.knowledgeStandard", "charges.0.provisionCited"],
    ],
    ["an unknown knowledge standard", { charges: [{ ...valid.charges[0], knowledgeStandard: "GUESSED" }] }, ["charges.0.knowledgeStandard"]],
    [
      "the civilian superior's standard on a direct charge",
      { charges: [{ ...valid.charges[0], mode: "direct", knowledgeStandard: "CONSCIOUSLY_DISREGARDED", failedDuties: [] }] },
      ["charges.0.knowledgeStandard"],
    ],
    ["a failed duty twice", { charges: [{ ...valid.charges[0], failedDuties: ["PREVENT", "PREVENT"] }] }, ["charges.0.failedDuties"]],
    ["an unknown failed duty", { charges: [{ ...valid.charges[0], failedDuties: ["PUNISH"] }] }, ["charges.0.failedDuties.0"]],
    ["a charge against someone not among the accused", { charges: [{ ...valid.charges[0], accused: "someone-else" }] }, ["charges.0.accused"]],
    ["a charge without a provision", { charges: [{ ...valid.charges[0], provisionCited: "" }] }, ["charges.0.provisionCited"]],
    ["a new accused without name or kind", { accused: [{ key: "a1" }] }, ["accused.0.kind", "accused.0.name"]],
    ["a legal person with a rank and a level", { accused: [{ key: "a1", name: "Example LLC", kind: "legal", rank: "Colonel", level: "field-grade" }] }, ["accused.0.level", "accused.0.rank"]],
    ["an existing accused with a name beside its slug", { accused: [{ slug: "ivan-example", name: "Ivan" }], charges: [{ ...valid.charges[0], accused: null }] }, ["accused.0.name"]],
    ["the same accused twice", { accused: [{ slug: "ivan-example" }, { slug: "ivan-example" }], charges: [{ ...valid.charges[0], accused: null }] }, ["accused.1.slug"]],
    ["two new accused with one key", { accused: [valid.accused[0], { ...valid.accused[0], name: "Another" }] }, ["accused.1.key"]],
    ["an unknown kind of accused", { accused: [{ ...valid.accused[0], kind: "company" }] }, ["accused.0.kind"]],
    ["a source without a title and with a bad address", { sources: [{ url: "javascript:alert(1)" }] }, ["sources.0.title", "sources.0.url"]],
    ["an unknown stage and an impossible date", { initialStage: { stage: "HEARING", date: "2024-02-30" } }, ["initialStage.date", "initialStage.stage"]],
    ["a stage dated in the year 0000", { initialStage: { stage: "WARRANT_OR_NOTICE_OF_SUSPICION", date: "0000" } }, ["initialStage.date"]],
    ["an unknown field", { judge: "X" }, ["input"]],
    ["a version that is not a number", { expectedVersion: "2" }, ["expectedVersion"]],
  ])("%s", (_what, change, expected) => {
    expect(paths({ ...valid, ...change })).toEqual(expected);
  });

  it.each([
    ["left out", { date: "2024" }, /is required: choose the stage/],
    ["unknown", { stage: "HEARING", date: "2024" }, /must be one of "PRELIMINARY_EXAMINATION"/],
  ])("a stage %s is refused in words a form can show", (_what, initialStage, message) => {
    const parsed = caseInputSchema.safeParse({ ...valid, initialStage });
    const errors = parsed.success ? [] : fieldErrors(parsed.error).filter((e) => e.parameter === "initialStage.stage");
    expect(errors.map((e) => e.message).join(" ")).toMatch(message);
  });

  it("says why knowledge and duties are refused, in words", () => {
    const parsed = caseInputSchema.safeParse({ ...valid, charges: [{ ...valid.charges[0], mode: "direct" }] });
    const messages = parsed.success ? [] : fieldErrors(parsed.error).map((e) => e.message);
    expect(messages.join(" ")).toMatch(/knowledge standard applies only to command responsibility/);
  });
});

describe("stageChangeInputSchema", () => {
  it("needs the version the user saw", () => {
    const parsed = stageChangeInputSchema.safeParse({ stage: "TRIAL", date: "2025-02" });
    expect(parsed.success ? [] : fieldErrors(parsed.error).map((e) => e.parameter)).toEqual(["expectedVersion"]);
  });

  it("reads a change with a source", () => {
    expect(stageChangeInputSchema.parse({ stage: "TRIAL", date: "2025-02", inAbsentia: true, source: { slug: "icc-situation-ukraine", locator: "p. 2" }, expectedVersion: 3 })).toEqual({
      stage: "TRIAL",
      date: { date: "2025-02-01", precision: "MONTH" },
      inAbsentia: true,
      note: null,
      source: { slug: "icc-situation-ukraine", title: null, url: null, publisher: null, locator: "p. 2" },
      expectedVersion: 3,
    });
  });
});

describe("slugFromWords", () => {
  // Latin words give the slugs they gave before transliteration came in: addresses stay stable.
  it.each([
    ["Prosecutor v. Ivanov", "prosecutor-v-ivanov"],
    ["  Łukasz — Café  ", "ukasz-cafe"],
    ["O'Brien’s case, 2nd (revised)", "o-brien-s-case-2nd-revised"],
    ["Ukraine ratifies the Rome Statute — Résolution № 5 über Ärzte", "ukraine-ratifies-the-rome-statute-resolution-no-5-uber-arzte"],
    ["A very long title that goes on and on well past the sixty characters a slug may have", "a-very-long-title-that-goes-on-and-on-well-past-the-sixty-ch"],
    ["???", "accused"],
  ])("Latin: %s → %s", (words, slug) => {
    expect(slugFromWords(words, "accused")).toBe(slug);
  });

  // Cyrillic is transliterated by the official Ukrainian system, not dropped for the fallback.
  it.each([
    ["an accused's name", "Іван Приклад", "ivan-pryklad"],
    ["a hyphenated name with the modifier-letter apostrophe", "Марʼяна Львова-Бєлова", "mariana-lvova-bielova"],
    ["the same name with the typewriter apostrophe", "Мар'яна Львова-Бєлова", "mariana-lvova-bielova"],
    ["a Ukrainian case title", "Справа про обстріл Мар'янки", "sprava-pro-obstril-marianky"],
    ["a case title in capitals", "ПРОКУРОР ПРОТИ ЩЕРБАКА", "prokuror-proty-shcherbaka"],
    ["mixed Latin and Cyrillic", "ICC v. Путін", "icc-v-putin"],
    ["a name as Russian sources spell it (the tracker's choice)", "Путин", "putyn"],
    ["decomposed й", "Олексіи\u0306", "oleksii"],
  ])("%s: %s → %s", (_what, words, slug) => {
    expect(slugFromWords(words, "accused")).toBe(slug);
  });
});

describe("the form", () => {
  function form(entries: [string, string][]): FormData {
    const f = new FormData();
    for (const [k, v] of entries) f.append(k, v);
    return f;
  }

  const read = (entries: [string, string][]) => parseForm(form(entries), caseInputSchema, { rows: ["accused", "charges", "sources"], prepare: withAccusedNamed });

  it("drops removed and empty rows, renumbers the rest and keeps each charge with its accused", () => {
    const submission = read([
      ["title", "A case"],
      ["reference", ""],
      ["forum", "ukraine-domestic"],
      ["situation", "ukraine"],
      ["case", "the-edited-case"],
      ["accused[0].key", "new-accused-1"],
      ["accused[0].name", "Removed person"],
      ["accused[0].kind", "natural"],
      ["accused[0].remove", "on"],
      ["accused[1].slug", "ivan-example"],
      ["accused[2].key", "new-accused-3"],
      ["accused[2].name", "Example LLC"],
      ["accused[2].kind", "legal"],
      // A new row in which a recorded accused was then chosen: sent as that accused.
      ["accused[3].key", "new-accused-4"],
      ["accused[3].slug", "olga-example"],
      ["accused[4].key", "new-accused-5"],
      ["accused[4].name", ""],
      ["charges[0].accused", "new-accused-3"],
      ["charges[0].crime", "ecocide"],
      ["charges[0].mode", "direct"],
      ["charges[0].provisionCited", "Article 441"],
      ["charges[1].accused", ""],
      ["charges[1].crime", ""],
      ["charges[2].accused", "ivan-example"],
      ["charges[2].crime", "war-crimes"],
      ["charges[2].mode", "command-responsibility"],
      ["charges[2].provisionCited", "Article 438"],
      ["charges[2].knowledgeStandard", "CONSCIOUSLY_DISREGARDED"],
      ["charges[2].failedDuties", "PREVENT"],
      ["charges[2].failedDuties", "SUBMIT_TO_AUTHORITIES"],
      ["charges[3].accused", "new-accused-1"],
      ["charges[3].crime", "war-crimes"],
      ["charges[4].accused", "new-accused-4"],
      ["charges[4].crime", "genocide"],
      ["charges[4].mode", "direct"],
      ["charges[4].provisionCited", "Article 442"],
      ["sources[0].title", ""],
      ["sources[1].title", "A source"],
      ["initialStage.stage", "TRIAL"],
      ["initialStage.date", "2025-03"],
      ["initialStage.inAbsentia", "on"],
      ["isSynthetic", "on"],
    ]);
    expect(submission.status).toBe("error");
    // The schema names the charge whose accused row was removed (the fourth charge typed is the third sent).
    expect(Object.keys(submission.reply().error ?? {}).sort()).toEqual(["charges[2].accused", "charges[2].mode", "charges[2].provisionCited"]);
    expect(submission.reply().error?.["charges[2].accused"]?.[0]).toContain('"(a removed accused)" is not among them');
    expect(submission.reply().initialValue).toMatchObject({
      accused: [{ slug: "ivan-example" }, { key: "new-accused-3", name: "Example LLC", kind: "legal" }, { slug: "olga-example" }],
      charges: [{ accused: "new-accused-3" }, { accused: "ivan-example" }, { accused: "(a removed accused)" }, { accused: "olga-example" }],
      sources: [{ title: "A source" }],
    });
  });

  it("reads the rest as the API's input: lists, booleans, none for empty, the version as a number", () => {
    const submission = read([
      ["title", "A case"],
      ["reference", ""],
      ["forum", "ukraine-domestic"],
      ["situation", "ukraine"],
      ["accused[0].key", "new-accused-1"],
      ["accused[0].name", "Example LLC"],
      ["accused[0].kind", "legal"],
      ["accused[0].level", ""],
      ["charges[0].accused", "new-accused-1"],
      ["charges[0].crime", "war-crimes"],
      ["charges[0].mode", "command-responsibility"],
      ["charges[0].provisionCited", "Article 438"],
      ["charges[0].failedDuties", "PREVENT"],
      ["charges[0].provision", ""],
      ["milestones", "a-milestone"],
      ["initialStage.stage", "TRIAL"],
      ["initialStage.date", "2025-03"],
      ["initialStage.inAbsentia", "on"],
      ["isSynthetic", "on"],
      ["expectedVersion", "4"],
    ]);
    expect(submission.status).toBe("success");
    expect(submission.status === "success" && submission.value).toMatchObject({
      reference: null,
      accused: [{ key: "new-accused-1", name: "Example LLC", kind: "legal", level: null }],
      charges: [{ accused: "new-accused-1", knowledgeStandard: null, failedDuties: ["PREVENT"], provision: null }],
      sources: [],
      milestones: ["a-milestone"],
      initialStage: { stage: "TRIAL", date: { date: "2025-03-01", precision: "MONTH" }, inAbsentia: true, note: null, source: null },
      isSynthetic: true,
      expectedVersion: 4,
    });
  });

  it("reads the stage form, with a recorded source, a new one or none", () => {
    const stage = (entries: [string, string][]) => parseForm(form(entries), stageChangeInputSchema, { prepare: withStageSource });
    // A recorded source is cited with its passage only: a title typed beside it is not sent.
    const recorded = stage([["stage", "CLOSED"], ["date", "2025"], ["note", "Discontinued."], ["expectedVersion", "2"], ["source.slug", "icc-situation-ukraine"], ["source.title", "typed"], ["source.locator", "p. 3"]]);
    expect(recorded.status === "success" ? recorded.value : recorded.error).toMatchObject({
      stage: "CLOSED",
      date: { date: "2025-01-01", precision: "YEAR" },
      inAbsentia: false,
      note: "Discontinued.",
      source: { slug: "icc-situation-ukraine", locator: "p. 3" },
      expectedVersion: 2,
    });
    expect(recorded.status === "success" ? recorded.value.source?.title : "refused").toBeNull();
    const none = stage([["stage", "TRIAL"], ["date", "2025"], ["source.slug", ""], ["source.title", ""], ["expectedVersion", "2"]]);
    expect(none.status === "success" ? none.value : none.error).toMatchObject({ source: null, inAbsentia: false });
    const locatorOnly = stage([["stage", "TRIAL"], ["date", "2025"], ["source.locator", "p. 3"], ["expectedVersion", "2"]]);
    expect(locatorOnly.status === "error" ? Object.keys(locatorOnly.error ?? {}) : []).toEqual(["source.title"]);
  });
});
