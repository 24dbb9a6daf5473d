import { describe, expect, it } from "vitest";
import type { IsoDate } from "./dates";
import {
  indexTranslations,
  isTranslatableField,
  namesIn,
  pickText,
  plainShown,
  shownField,
  type ShownText,
  type StoredTranslation,
  otherLanguageAmong,
  writtenIn,
} from "./translations";

const source = { slug: "criminal-code-of-ukraine", title: "Criminal Code of Ukraine (Law No. 2341-III of 5 April 2001)", url: "https://zakon.rada.gov.ua/laws/show/2341-14" };
const official: StoredTranslation = { locale: "uk", state: "OFFICIAL", text: "Екоцид", source, sourceLocator: "Стаття 441", translatedBy: null, translatedOn: null };
const translated: StoredTranslation = { locale: "uk", state: "TRANSLATED", text: "Воєнні злочини", source: null, sourceLocator: null, translatedBy: "tracker team", translatedOn: "2026-12-04" };
const missing: StoredTranslation = { locale: "uk", state: "MISSING", text: null, source: null, sourceLocator: null, translatedBy: null, translatedOn: null };
const empty: StoredTranslation = { ...translated, text: "  " };
const english: StoredTranslation = { locale: "en", state: "TRANSLATED", text: "Verkhovna Rada", source: null, sourceLocator: null, translatedBy: "A. Analyst", translatedOn: "2026-12-01" };

const none = { source: null, sourceLocator: null, translatedBy: null, translatedOn: null };

describe("pickText", () => {
  it.each<[string, { text: string | null; locale: string }, StoredTranslation[], string, ShownText | null]>([
    ["the recorded text in its own language", { text: "War crimes", locale: "en" }, [translated], "en",
      { text: "War crimes", lang: "en", missing: false, state: "RECORDED", ...none }],
    ["a translation into the wanted language", { text: "War crimes", locale: "en" }, [translated], "uk",
      { text: "Воєнні злочини", lang: "uk", missing: false, state: "TRANSLATED", source: null, sourceLocator: null, translatedBy: "tracker team", translatedOn: "2026-12-04" }],
    ["an official text, with its source", { text: "Ecocide", locale: "en" }, [official], "uk",
      { text: "Екоцид", lang: "uk", missing: false, state: "OFFICIAL", source, sourceLocator: "Стаття 441", translatedBy: null, translatedOn: null }],
    ["no row: the recorded text, marked missing", { text: "Direct commission", locale: "en" }, [], "uk",
      { text: "Direct commission", lang: "en", missing: true, state: "MISSING", ...none }],
    ["a MISSING row: the same", { text: "Direct commission", locale: "en" }, [missing], "uk",
      { text: "Direct commission", lang: "en", missing: true, state: "MISSING", ...none }],
    ["an empty text counts as missing", { text: "War crimes", locale: "en" }, [empty], "uk",
      { text: "War crimes", lang: "en", missing: true, state: "MISSING", ...none }],
    ["another language's row is not used", { text: "War crimes", locale: "en" }, [english], "uk",
      { text: "War crimes", lang: "en", missing: true, state: "MISSING", ...none }],
    ["a record written in Ukrainian, read in English", { text: "Верховна Рада", locale: "uk" }, [english], "en",
      { text: "Verkhovna Rada", lang: "en", missing: false, state: "TRANSLATED", source: null, sourceLocator: null, translatedBy: "A. Analyst", translatedOn: "2026-12-01" }],
    ["a record written in Ukrainian, read in English, untranslated", { text: "Верховна Рада", locale: "uk" }, [], "en",
      { text: "Верховна Рада", lang: "uk", missing: true, state: "MISSING", ...none }],
    ["an empty optional field without translation", { text: null, locale: "en" }, [], "uk", null],
    ["an empty optional field read in its own language", { text: null, locale: "en" }, [], "en", null],
    ["an empty optional field with a translation", { text: null, locale: "en" }, [translated], "uk",
      { text: "Воєнні злочини", lang: "uk", missing: false, state: "TRANSLATED", source: null, sourceLocator: null, translatedBy: "tracker team", translatedOn: "2026-12-04" }],
  ])("%s", (_name, recorded, rows, wanted, expected) => {
    expect(pickText(recorded, rows, wanted)).toEqual(expected);
  });

  it("keeps no source on a translated text and no translator on an official one", () => {
    const mixed: StoredTranslation = { ...translated, source, sourceLocator: "x" };
    expect(pickText({ text: "War crimes", locale: "en" }, [mixed], "uk")).toMatchObject({ state: "TRANSLATED", source: null, sourceLocator: null });
    const mixedOfficial: StoredTranslation = { ...official, translatedBy: "someone", translatedOn: "2026-12-04" };
    expect(pickText({ text: "Ecocide", locale: "en" }, [mixedOfficial], "uk")).toMatchObject({ state: "OFFICIAL", translatedBy: null, translatedOn: null });
  });
});

describe("an index of many records", () => {
  const rows = [
    { entityType: "CrimeCategory", entityId: "c1", field: "name", ...translated },
    { entityType: "CrimeCategory", entityId: "c2", field: "name", ...missing },
    { entityType: "Forum", entityId: "c1", field: "name", ...official },
  ];
  const index = indexTranslations(rows);

  it.each<[string, string, string, string, string]>([
    ["CrimeCategory", "c1", "uk", "War crimes", "Воєнні злочини"],
    ["CrimeCategory", "c1", "en", "War crimes", "War crimes"],
    ["CrimeCategory", "c2", "uk", "Direct commission", "Direct commission"],
    ["CrimeCategory", "c3", "uk", "Genocide", "Genocide"],
    ["Forum", "c1", "uk", "Ecocide", "Екоцид"],
  ])("%s %s in %s", (entity, id, wanted, recorded, expected) => {
    expect(shownField(index, entity as "CrimeCategory", id, "name", recorded, wanted).text).toBe(expected);
  });

  it("shows a record written in Ukrainian as written, and its English translation or the Ukrainian marked", () => {
    const english = { locale: "en", state: "TRANSLATED" as const, text: "Notice of suspicion served", source: null, sourceLocator: null, translatedBy: "A. Analyst", translatedOn: "2026-12-04" as IsoDate };
    const own = indexTranslations([{ entityType: "Milestone", entityId: "m1", field: "title", ...english }]);
    expect(shownField(own, "Milestone", "m1", "title", "Вручено підозру", "uk", "uk")).toMatchObject({ text: "Вручено підозру", lang: "uk", missing: false, state: "RECORDED" });
    expect(shownField(own, "Milestone", "m1", "title", "Вручено підозру", "en", "uk")).toMatchObject({ text: "Notice of suspicion served", lang: "en", state: "TRANSLATED", translatedBy: "A. Analyst" });
    expect(shownField(own, "Milestone", "m2", "title", "Вручено підозру", "en", "uk")).toMatchObject({ text: "Вручено підозру", lang: "uk", missing: true });
  });

  it("names a list in a language, keeping each recorded name", () => {
    const items = [
      { id: "c1", slug: "war-crimes", name: "War crimes" },
      { id: "c2", slug: "other", name: "Other" },
    ];
    expect(namesIn(index, "CrimeCategory", items, "uk").map((n) => [n.slug, n.name, n.shown.text, n.shown.missing])).toEqual([
      ["war-crimes", "War crimes", "Воєнні злочини", false],
      ["other", "Other", "Other", true],
    ]);
  });
});

describe("plainShown and isTranslatableField", () => {
  it.each<[ShownText, string]>([
    [pickText({ text: "Direct commission", locale: "en" }, [], "uk")!, "Direct commission (англійською)"],
    [pickText({ text: "War crimes", locale: "en" }, [translated], "uk")!, "Воєнні злочини"],
  ])("%o", (shown, expected) => {
    expect(plainShown(shown, "англійською")).toBe(expected);
  });

  it.each([
    ["Forum", "name", true],
    ["Milestone", "whatChanged", true],
    ["Forum", "slug", false],
    ["Case", "title", true],
    ["Case", "reference", false],
    ["Annotation", "body", true],
    ["toString", "name", false],
  ])("%s.%s: %s", (entity, field, expected) => {
    expect(isTranslatableField(entity, field)).toBe(expected);
  });
});

describe("writtenIn", () => {
  it.each([
    ["President of the Russian Federation", "en"],
    ["Президент Російської Федерації", "uk"],
    ["Article 8(2)(a)(vii) of the Rome Statute", "en"],
    ["Стаття 438 КК України (Article 438)", "uk"],
    ["ст. 438 Criminal Code of Ukraine", "en"],
    ["8(2)(a)(vii)", "en"],
    ["", "en"],
  ] as const)("%j is read as %s", (text, language) => {
    expect(writtenIn(text)).toBe(language);
  });
});

describe("otherLanguageAmong", () => {
  it("names the first text's language that is not the page's, skipping empty ones", () => {
    expect(otherLanguageAmong([null, "Президент", "President"], "uk")).toBe("en");
    expect(otherLanguageAmong(["Президент", undefined], "uk")).toBeNull();
    expect(otherLanguageAmong(["President", "Президент"], "en")).toBe("uk");
    expect(otherLanguageAmong([], "en")).toBeNull();
  });
});
