import { describe, expect, it } from "vitest";
import { transliterate } from "./transliteration";

describe("transliterate: the examples of the resolution (No. 55 of 27 January 2010)", () => {
  it.each([
    ["Алушта", "Alushta"],
    ["Борщагівка", "Borshchahivka"],
    ["Вінниця", "Vinnytsia"],
    ["Гадяч", "Hadiach"],
    ["Ґалаґан", "Galagan"],
    ["Згурський", "Zghurskyi"],
    ["Єнакієве", "Yenakiieve"],
    ["Житомир", "Zhytomyr"],
    ["Їжакевич", "Yizhakevych"],
    ["Кадиївка", "Kadyivka"],
    ["Йосипівка", "Yosypivka"],
    ["Стрий", "Stryi"],
    ["Олексій", "Oleksii"],
    ["Київ", "Kyiv"],
    ["Харків", "Kharkiv"],
    ["Щербухи", "Shcherbukhy"],
    ["Юрій", "Yurii"],
    ["Корюківка", "Koriukivka"],
    ["Яготин", "Yahotyn"],
    ["Костянтин", "Kostiantyn"],
    ["Знам'янка", "Znamianka"],
    ["Феодосія", "Feodosiia"],
    ["Рівне", "Rivne"],
    ["Ульяна", "Uliana"],
    ["Згорани", "Zghorany"],
  ])("%s → %s", (cyrillic, latin) => {
    expect(transliterate(cyrillic)).toBe(latin);
  });
});

describe("transliterate: the rules", () => {
  it.each([
    // Word starts: є ї й ю я are ye yi y yu ya at the start of a word, ie i i iu ia elsewhere.
    ["at the start of the text", "явір", "yavir"],
    ["inside a word", "Маяк", "Maiak"],
    ["after a space", "нова ялинка", "nova yalynka"],
    ["after a hyphen", "Ярмолинці-Юрівка", "Yarmolyntsi-Yurivka"],
    ["after punctuation", "(Ярослав),Юлія.Євген«Їжак»", "(Yaroslav),Yuliia.Yevhen«Yizhak»"],
    ["after a digit", "5-й", "5-y"],
    ["after a line break", "ні\nЙосип", "ni\nYosyp"],
    ["after ь, not a word start", "Ульяна", "Uliana"],
    // зг is zgh anywhere in a word; з and г apart are z and h.
    ["зг inside a word", "розгін", "rozghin"],
    ["з and г in different words", "з гори", "z hory"],
    // The apostrophe: omitted inside a Cyrillic word, in all three spellings, not making a word start.
    ["typewriter apostrophe", "Мар'яна", "Mariana"],
    ["right single quotation mark", "Мар’яна", "Mariana"],
    ["modifier letter apostrophe", "Марʼяна", "Mariana"],
    ["apostrophe before ю", "п'ю", "piu"],
    ["quotes around a word are kept", "'Ярослав'", "'Yaroslav'"],
    ["apostrophes in Latin text are kept", "O'Brien’s", "O'Brien’s"],
    // Case: kept; a capital in an all-capital word gives all capitals.
    ["title case", "Щербухи", "Shcherbukhy"],
    ["all capitals", "ЮРІЙ", "YURII"],
    ["all capitals with a multi-letter capital last", "КИЇВ-ЖИТОМИР ЧАЩ", "KYIV-ZHYTOMYR CHASHCH"],
    ["all capitals with зг and an apostrophe", "ЗГУРСЬКИЙ МАРʼЯНА", "ZGHURSKYI MARIANA"],
    ["a capital letter alone", "Я", "Ya"],
    ["a capital initial", "Ю. Щ. Шевченко", "Yu. Shch. Shevchenko"],
    // Decomposed й and ї (a letter and a combining mark) read as the composed letters.
    ["decomposed й and ї", "Киі\u0308в Стрии\u0306", "Kyiv Stryi"],
    // The tracker's own choice for Russian letters (not the official system).
    ["ы э ъ ё (tracker's choice)", "Ёлкин объём Эры выход", "Yolkyn obiom Ery vykhod"],
    // Everything else passes through unchanged.
    ["Latin text", "Prosecutor v. Ivanov — Café, 2025!", "Prosecutor v. Ivanov — Café, 2025!"],
    ["mixed Latin and Cyrillic", "ICC: ордер на арешт Путіна (17 March 2023)", "ICC: order na aresht Putina (17 March 2023)"],
    ["other Cyrillic letters", "ў ђ", "ў ђ"],
    ["empty", "", ""],
  ])("%s: %s → %s", (_rule, cyrillic, latin) => {
    expect(transliterate(cyrillic)).toBe(latin);
  });

  it("the issue's example title", () => {
    expect(transliterate("Верховна Рада ухвалила закон про Спеціальний трибунал")).toBe("Verkhovna Rada ukhvalyla zakon pro Spetsialnyi trybunal");
  });
});
