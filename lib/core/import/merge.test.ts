import { describe, expect, it } from "vitest";
import { keepAbsentAccusedFields, keepAbsentCaseFields, sameAccusedFields, sameCase, sameSet, type AccusedWrite, type CaseWrite, type ChargeWrite } from "./merge";

const charge = (over: Partial<ChargeWrite> = {}): ChargeWrite => ({
  accused: "ivanov",
  crime: "war-crimes",
  mode: "direct",
  provisionCited: "article 8(2)(a)(vii)",
  provision: null,
  description: null,
  knowledgeStandard: null,
  failedDuties: [],
  ...over,
});

/** What the tracker holds: every optional field filled. */
const current: CaseWrite = {
  reference: "ICC-01/22-01/23",
  title: "Prosecutor v. Ivanov",
  summary: "The current summary.",
  lang: "en",
  translations: { uk: { summary: "Чинний короткий виклад.", title: "Прокурор проти Іванова" } },
  forum: "icc",
  situation: "ukraine",
  accused: [{ slug: "ivanov" }],
  charges: [
    charge({ provision: "rome-statute-8-2-a-vii", description: "Deportation of children.", mode: "command-responsibility", knowledgeStandard: "KNEW", failedDuties: ["PREVENT", "REPRESS"] }),
    charge({ crime: "crimes-against-humanity", provisionCited: "article 7(1)(d)", provision: "rome-statute-7-1-d", description: "Forcible transfer." }),
  ],
  sources: [
    { slug: "icc-press-release", locator: "para. 2" },
    { slug: "icc-warrant", locator: "p. 4" },
  ],
  milestones: ["icc-warrant-2023"],
  isSynthetic: true,
};

/** What a narrow file gives: the optional fields it does not give read as empty. */
const bare: CaseWrite = {
  reference: null,
  title: "Prosecutor v. Ivanov (new title)",
  summary: null,
  lang: "en",
  // Both texts given: what the file says is what the case holds.
  translations: { uk: { summary: "Новий короткий виклад.", title: "Прокурор проти Іванова (нова назва)" } },
  forum: "icc",
  situation: "ukraine",
  accused: [{ slug: "ivanov" }],
  charges: [
    charge({ mode: "command-responsibility" }),
    charge({ crime: "crimes-against-humanity", provisionCited: "article 7(1)(d)" }),
  ],
  sources: [
    { slug: "icc-warrant", locator: null },
    { slug: "new-source", locator: null },
  ],
  milestones: [],
  isSynthetic: false,
};

const ALL_FIELDS = ["reference", "summary", "isSynthetic", "milestones", "sources", "sources.locator", "charges.provision", "charges.description", "charges.knowledgeStandard", "charges.failedDuties"];
const allBut = (...absent: string[]) => new Set(ALL_FIELDS.filter((f) => !absent.includes(f)));

describe("keepAbsentCaseFields: a field the file gives is the file's", () => {
  it("every field present: the file's case as it is", () => {
    // Milestone links are only added to: the tracker's stay beside the file's (none here).
    expect(keepAbsentCaseFields(current, bare, new Set(ALL_FIELDS))).toEqual({ ...bare, milestones: current.milestones });
  });

  it("milestones given are added to the case's, never put in their place", () => {
    const next = { ...bare, milestones: ["another", "icc-warrant-2023"] };
    expect(keepAbsentCaseFields(current, next, new Set(ALL_FIELDS)).milestones).toEqual(["icc-warrant-2023", "another"]);
  });

  it("does not change its arguments", () => {
    const before = structuredClone(current);
    const nextBefore = structuredClone(bare);
    keepAbsentCaseFields(current, bare, new Set());
    expect(current).toEqual(before);
    expect(bare).toEqual(nextBefore);
  });

  it("required fields (title, forum, situation, accused) always come from the file", () => {
    const next = { ...bare, forum: "special-tribunal", situation: "other", accused: [{ slug: "petrov" }] };
    const kept = keepAbsentCaseFields(current, next, new Set());
    expect(kept).toMatchObject({ title: next.title, forum: "special-tribunal", situation: "other", accused: [{ slug: "petrov" }] });
  });
});

describe("keepAbsentCaseFields: each case field left out keeps the tracker's value", () => {
  it.each<[string, Partial<CaseWrite>]>([
    ["reference", { reference: current.reference }],
    ["summary", { summary: current.summary }],
    ["isSynthetic", { isSynthetic: true }],
    ["milestones", { milestones: ["icc-warrant-2023"] }],
    ["sources", { sources: current.sources }],
    // Sources given without locators: the file's sources, each with the locator it had (none for a new one).
    ["sources.locator", { sources: [{ slug: "icc-warrant", locator: "p. 4" }, { slug: "new-source", locator: null }] }],
  ])("%s left out", (field, kept) => {
    expect(keepAbsentCaseFields(current, bare, allBut(field))).toEqual({ ...bare, milestones: current.milestones, ...kept });
  });

  it("sources left out: the locators too, whatever sources.locator says", () => {
    expect(keepAbsentCaseFields(current, bare, allBut("sources")).sources).toEqual(current.sources);
    expect(keepAbsentCaseFields(current, bare, allBut("sources", "sources.locator")).sources).toEqual(current.sources);
  });

  it("sources.locator left out keeps the file's own locators out: the tracker's win", () => {
    const next = { ...bare, sources: [{ slug: "icc-press-release", locator: "typed, but the column is absent" }] };
    expect(keepAbsentCaseFields(current, next, allBut("sources.locator")).sources).toEqual([{ slug: "icc-press-release", locator: "para. 2" }]);
  });

  it("every case field left out at once", () => {
    const kept = keepAbsentCaseFields(current, bare, allBut("reference", "summary", "isSynthetic", "milestones", "sources"));
    expect(kept).toEqual({ ...bare, reference: current.reference, summary: current.summary, isSynthetic: true, milestones: current.milestones, sources: current.sources });
  });

  // Every combination of the five case-level fields: each absent one is the tracker's, each present one the file's.
  const CASE_LEVEL = ["reference", "summary", "isSynthetic", "milestones", "sources"] as const;
  const combinations = Array.from({ length: 1 << CASE_LEVEL.length }, (_, mask) => CASE_LEVEL.filter((_f, i) => mask & (1 << i)));
  it.each(combinations.map((absent) => [absent.join(", ") || "(none)", absent] as const))("absent: %s", (_name, absent) => {
    const kept = keepAbsentCaseFields(current, bare, allBut(...absent));
    // Milestones: the tracker's either way (left out, or added to: the file here gives none).
    for (const field of CASE_LEVEL) expect(kept[field]).toEqual(field === "milestones" || (absent as readonly string[]).includes(field) ? current[field] : bare[field]);
    expect(kept.charges).toEqual(bare.charges);
  });
});

describe("keepAbsentCaseFields: charge details left out come from the same charge", () => {
  const [cr, cah] = current.charges as [ChargeWrite, ChargeWrite];

  it.each<[string, (keyof ChargeWrite)[]]>([
    ["charges.provision", ["provision"]],
    ["charges.description", ["description"]],
    ["charges.knowledgeStandard", ["knowledgeStandard"]],
    ["charges.failedDuties", ["failedDuties"]],
  ])("%s left out", (field, details) => {
    const kept = keepAbsentCaseFields(current, bare, allBut(field));
    bare.charges.forEach((given, i) => {
      const expected = { ...given };
      for (const d of details) (expected as Record<string, unknown>)[d] = current.charges[i]![d];
      expect(kept.charges[i]).toEqual(expected);
    });
  });

  it("every detail left out: the tracker's charges, in the file's order", () => {
    const next = { ...bare, charges: [bare.charges[1]!, bare.charges[0]!] };
    const kept = keepAbsentCaseFields(current, next, allBut("charges.provision", "charges.description", "charges.knowledgeStandard", "charges.failedDuties"));
    expect(kept.charges).toEqual([cah, cr]);
  });

  it("some details left out, others given: each from its side", () => {
    const next = { ...bare, charges: [charge({ mode: "command-responsibility", description: "The file's description.", knowledgeStandard: "SHOULD_HAVE_KNOWN" })] };
    const kept = keepAbsentCaseFields(current, next, allBut("charges.provision", "charges.failedDuties"));
    expect(kept.charges).toEqual([charge({ mode: "command-responsibility", provision: cr.provision, description: "The file's description.", knowledgeStandard: "SHOULD_HAVE_KNOWN", failedDuties: ["PREVENT", "REPRESS"] })]);
  });

  it.each<[string, Partial<ChargeWrite>]>([
    ["another accused", { accused: "petrov" }],
    ["against every accused (null)", { accused: null }],
    ["another crime", { crime: "genocide" }],
    ["another mode", { mode: "direct" }],
    ["another citation", { provisionCited: "article 8(2)(b)(viii)" }],
  ])("a charge with no match (%s) keeps its own details", (_what, over) => {
    const own = charge({ mode: "command-responsibility", ...over, description: "Its own." });
    const kept = keepAbsentCaseFields(current, { ...bare, charges: [own] }, allBut("charges.description", "charges.provision"));
    expect(kept.charges).toEqual([own]);
  });

  it("two identical charges each lend their details once, in order", () => {
    const first = charge({ description: "First.", provision: "p-1" });
    const second = charge({ description: "Second.", provision: "p-2" });
    const tracker = { ...current, charges: [first, second] };
    const given = charge();
    const kept = keepAbsentCaseFields(tracker, { ...bare, charges: [given, given, given] }, allBut("charges.description", "charges.provision"));
    // The third has no current charge left to lend: it keeps its own (empty) details.
    expect(kept.charges).toEqual([first, second, given]);
  });

  it("a charge matched once is not matched again by a later identical one", () => {
    const tracker = { ...current, charges: [charge({ description: "Only one." })] };
    const kept = keepAbsentCaseFields(tracker, { ...bare, charges: [charge(), charge({ crime: "genocide" }), charge()] }, allBut("charges.description"));
    expect(kept.charges.map((c) => c.description)).toEqual(["Only one.", null, null]);
  });

  it("every detail given: the charges are the file's even where one matches", () => {
    expect(keepAbsentCaseFields(current, bare, new Set(ALL_FIELDS)).charges).toEqual(bare.charges);
  });
});

const accused: AccusedWrite = { name: "Ivan Ivanov", nameOriginal: "Іван Іванов", kindId: "kind-natural", rank: "Colonel", levelId: "level-senior", description: "Commander." };
const accusedBare: AccusedWrite = { name: "Ivan Ivanov (new)", nameOriginal: null, kindId: "kind-legal", rank: null, levelId: null, description: null };
const ACCUSED_PATHS: [keyof AccusedWrite, string][] = [
  ["name", "accused.name"],
  ["nameOriginal", "accused.nameUkrainian"],
  ["kindId", "accused.kind"],
  ["rank", "accused.rank"],
  ["levelId", "accused.level"],
  ["description", "accused.description"],
];

describe("keepAbsentAccusedFields", () => {
  it("every field present: the file's", () => {
    expect(keepAbsentAccusedFields(accused, accusedBare, new Set(ACCUSED_PATHS.map(([, p]) => p)))).toEqual(accusedBare);
  });

  it("no field present: the tracker's", () => {
    expect(keepAbsentAccusedFields(accused, accusedBare, new Set())).toEqual(accused);
  });

  it.each(ACCUSED_PATHS)("%s (read from %s) left out keeps the tracker's", (field, path) => {
    const present = new Set(ACCUSED_PATHS.map(([, p]) => p).filter((p) => p !== path));
    expect(keepAbsentAccusedFields(accused, accusedBare, present)).toEqual({ ...accusedBare, [field]: accused[field] });
  });

  it("a case field of the same name does not count (summary is not accused.description)", () => {
    expect(keepAbsentAccusedFields(accused, accusedBare, new Set(["name", "description", "rank"]))).toEqual(accused);
  });
});

describe("sameAccusedFields", () => {
  it("the same fields", () => expect(sameAccusedFields(accused, { ...accused })).toBe(true));
  it.each(ACCUSED_PATHS.map(([f]) => f))("%s differs", (field) => {
    expect(sameAccusedFields(accused, { ...accused, [field]: accusedBare[field] })).toBe(false);
  });
});

describe("sameSet", () => {
  it.each<[string[], string[], boolean]>([
    [[], [], true],
    [["a"], ["a"], true],
    [["a", "b"], ["b", "a"], true],
    [["a", "b"], ["a"], false],
    [["a"], ["b"], false],
    [["a", "a"], ["a", "b"], false],
    [["a", "b"], ["a", "a"], false],
    [["a", "a", "b"], ["a", "b", "b"], false],
    // Joined with NUL, so members cannot run into each other.
    [["a,b"], ["a", "b"], false],
    [["ab", "c"], ["a", "bc"], false],
  ])("%j and %j: %s", (a, b, expected) => {
    expect(sameSet(a, b)).toBe(expected);
    expect(sameSet(b, a)).toBe(expected);
  });
});

describe("sameCase", () => {
  const copy = () => structuredClone(current);

  it("a copy is the same", () => expect(sameCase(current, copy())).toBe(true));

  it.each<[string, Partial<CaseWrite>, Partial<CaseWrite>]>([
    ["the accused in another order", { accused: [{ slug: "ivanov" }, { slug: "petrov" }] }, { accused: [{ slug: "petrov" }, { slug: "ivanov" }] }],
    ["the sources in another order", {}, { sources: [...current.sources].reverse() }],
    ["the milestones in another order", { milestones: ["a", "b"] }, { milestones: ["b", "a"] }],
    ["a charge's failed duties in another order", {}, { charges: [{ ...current.charges[0]!, failedDuties: ["REPRESS", "PREVENT"] }, current.charges[1]!] }],
  ])("the same with %s", (_what, overA, overB) => {
    const a = { ...copy(), ...overA };
    const b = { ...copy(), ...overB };
    expect(sameCase(a, b)).toBe(true);
    expect(sameCase(b, a)).toBe(true);
  });

  it.each<[string, (c: CaseWrite) => void]>([
    ["reference", (c) => (c.reference = null)],
    ["title", (c) => (c.title = "Another")],
    ["summary", (c) => (c.summary = null)],
    ["forum", (c) => (c.forum = "special-tribunal")],
    ["situation", (c) => (c.situation = "other")],
    ["isSynthetic", (c) => (c.isSynthetic = false)],
    ["lang", (c) => (c.lang = "uk")],
    ["a translation's text", (c) => (c.translations = { uk: { ...c.translations.uk, title: "Інша назва" } })],
    ["a translation less", (c) => (c.translations = { uk: { title: c.translations.uk!.title! } })],
    ["a translation more", (c) => (c.translations = { ...c.translations, en: { title: "Again" } })],
    ["an accused more", (c) => c.accused.push({ slug: "petrov" })],
    ["another accused", (c) => (c.accused = [{ slug: "petrov" }])],
    ["a source more", (c) => c.sources.push({ slug: "other", locator: null })],
    ["a source's locator", (c) => (c.sources[0]!.locator = "para. 3")],
    ["a source's locator removed", (c) => (c.sources[0]!.locator = null)],
    ["a milestone more", (c) => c.milestones.push("another")],
    ["no milestones", (c) => (c.milestones = [])],
    ["the charges in another order", (c) => c.charges.reverse()],
    ["a charge more", (c) => c.charges.push(charge({ crime: "genocide" }))],
    ["a charge less", (c) => c.charges.pop()],
    ["a charge's accused", (c) => (c.charges[0]!.accused = null)],
    ["a charge's crime", (c) => (c.charges[0]!.crime = "genocide")],
    ["a charge's mode", (c) => (c.charges[0]!.mode = "direct")],
    ["a charge's citation", (c) => (c.charges[0]!.provisionCited = "article 25")],
    ["a charge's provision", (c) => (c.charges[0]!.provision = null)],
    ["a charge's description", (c) => (c.charges[0]!.description = "Other.")],
    ["a charge's knowledge standard", (c) => (c.charges[0]!.knowledgeStandard = "SHOULD_HAVE_KNOWN")],
    ["a charge's failed duties", (c) => (c.charges[0]!.failedDuties = ["PREVENT"])],
    ["a charge's failed duty repeated instead of another", (c) => (c.charges[0]!.failedDuties = ["PREVENT", "PREVENT"])],
  ])("differs when %s differs", (_what, change) => {
    const changed = copy();
    change(changed);
    expect(sameCase(current, changed)).toBe(false);
    expect(sameCase(changed, current)).toBe(false);
  });

  it("a source with no locator and one with an empty locator are the same", () => {
    const a = { ...copy(), sources: [{ slug: "s", locator: null }] };
    const b = { ...copy(), sources: [{ slug: "s", locator: "" }] };
    expect(sameCase(a, b)).toBe(true);
  });

  it("what keepAbsentCaseFields keeps from a narrow file of the same case is the same case", () => {
    const narrow: CaseWrite = { ...bare, title: current.title, translations: {}, charges: bare.charges, sources: [] };
    const kept = keepAbsentCaseFields(current, narrow, new Set());
    expect(sameCase(current, kept)).toBe(true);
  });
});

describe("keepAbsentCaseFields: the language and the texts in other languages (decision 042)", () => {
  const given = (translations: CaseWrite["translations"], over: Partial<CaseWrite> = {}): CaseWrite => ({ ...bare, translations, ...over });

  it("a text the file leaves out stays; a text it gives replaces the case's; an empty one removes it", () => {
    expect(keepAbsentCaseFields(current, given({}), new Set()).translations).toEqual(current.translations);
    expect(keepAbsentCaseFields(current, given({ uk: { title: "Нова назва" } }), new Set()).translations).toEqual({ uk: { summary: current.translations.uk!.summary, title: "Нова назва" } });
    expect(keepAbsentCaseFields(current, given({ uk: { summary: null } }), new Set()).translations).toEqual({ uk: { title: current.translations.uk!.title } });
    expect(keepAbsentCaseFields(current, given({ uk: { summary: null, title: null } }), new Set()).translations).toEqual({});
  });

  it("a language left out keeps the case's; one given is the file's, and the case then holds no text in it beside its own", () => {
    const ukrainian = { ...current, lang: "uk", translations: { en: { title: "Prosecutor v. Ivanov" } } };
    expect(keepAbsentCaseFields(ukrainian, given({}), new Set()).lang).toBe("uk");
    expect(keepAbsentCaseFields(ukrainian, given({}), new Set(["lang"])).lang).toBe("en");
    expect(keepAbsentCaseFields(current, given({}, { lang: "uk" }), new Set(["lang"]))).toMatchObject({ lang: "uk", translations: {} });
  });

  it("re-reading what the file gave over what it wrote is the same case", () => {
    const written = keepAbsentCaseFields(current, given({ uk: { title: "Нова назва", summary: null } }), new Set());
    expect(sameCase(written, keepAbsentCaseFields(written, given({ uk: { title: "Нова назва", summary: null } }), new Set()))).toBe(true);
  });
});
