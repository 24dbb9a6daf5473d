import { describe, expect, it } from "vitest";
import { nameKey, namesMatch, queryKey, searchKey, stemUkrainian } from "./search-normal";
import { transliterate } from "./transliteration";

describe("searchKey", () => {
  it.each([
    ["Ukrainian", "Путін", "putin"],
    ["Russian", "Путин", "putin"],
    ["English", "Putin", "putin"],
    ["lower case", "путін", "putin"],
    ["capitals", "ПУТІН", "putin"],
    ["the official transliteration", "Volodymyr", "volodimir"],
    ["the typewriter apostrophe", "Мар'яна", "mariana"],
    ["the typographic apostrophe", "Мар’яна", "mariana"],
    ["the modifier-letter apostrophe", "Марʼяна", "mariana"],
    ["the backtick", "Мар`яна", "mariana"],
    ["ґ as г", "Ґанна", "hanna"],
    ["г", "Ганна", "hanna"],
    ["є, Russian е and the Latin ie alike", "Бєлова Белова Bielova Belova", "belova belova belova belova"],
    ["doubled i (Zelenskyy, Зеленський, Зеленский)", "Zelenskyy Зеленський Зеленский Zelensky", "zelenski zelenski zelenski zelenski"],
    ["зг and its official zgh", "Згурський Zghurskyi", "zhurski zhurski"],
    ["Russian letters", "Кадыров Kadyrov Шойгу Shoigu", "kadirov kadirov shoihu shoihu"],
    ["a decomposed й", "Сергі\u0438\u0306", "serhi"],
    ["a case number, punctuation kept", "ICC-01/22", "icc-01/22"],
    ["a hyphenated name", "Львова-Бєлова", "lvova-belova"],
    ["digits", "ст. 438", "st. 438"],
  ])("reads %s", (_name, text, key) => {
    expect(searchKey(text)).toBe(key);
  });

  it.each(["Путін", "Зеленський", "Львова-Бєлова", "Марʼяна", "Згурський", "Юрій", "Євген", "Київ", "Шойгу", "Щербина", "Ґалаґан"])(
    "gives %s the key of its official transliteration",
    (name) => {
      expect(searchKey(transliterate(name))).toBe(searchKey(name));
    },
  );
});

describe("stemUkrainian and queryKey", () => {
  it.each([
    ["депортація", "депортаці"],
    ["депортації", "депортаці"],
    ["депортацію", "депортаці"],
    ["депортацією", "депортаці"],
    ["депортацій", "депортац"],
    ["депортация", "депортац"],
    ["Путіна", "путін"],
    ["дітей", "діте"],
    ["суд", "суд"],
    ["суду", "суду"],
    ["Putin", "putin"],
    ["deportation", "deportation"],
    ["мар’яну", "мар’ян"],
  ])("%s → %s", (word, stem) => {
    expect(stemUkrainian(word)).toBe(stem);
  });

  it("asks every form of «депортація» as one prefix of the document's key", () => {
    const document = searchKey("депортація");
    for (const form of ["депортація", "депортації", "депортацію", "депортацією", "депортацій", "Депортация"]) {
      expect(document.startsWith(queryKey(form)), form).toBe(true);
    }
  });
});

describe("nameKey", () => {
  it.each([
    ["Vladimir Putin", "Putin Vladimir"],
    ["Володимир Путін", "Volodymyr Putin"],
    ["Путин Владимир", "Vladimir Putin"],
    ["Марія Львова-Бєлова", "Maria Lvova-Belova"],
  ])("%s is %s", (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it("tells different people apart", () => {
    expect(nameKey("Vladimir Putin")).not.toBe(nameKey("Sergei Shoigu"));
    expect(nameKey("Putin")).not.toBe(nameKey("Vladimir Putin"));
  });
});

describe("namesMatch", () => {
  const putin = ["Vladimir Putin", "Володимир Путін", "Poutine"];

  it("finds a person by any spelling of any of their names, cut short, in any case and word order", () => {
    for (const q of ["Путин", "путін", "PUTIN", "poutine", "put", "Путина", "путин владимир", "Vlad"]) expect(namesMatch(q, putin), q).toBe(true);
  });

  it("needs every word typed, and finds everyone for an empty search", () => {
    expect(namesMatch("Putin Shoigu", putin)).toBe(false);
    expect(namesMatch("Shoigu", putin)).toBe(false);
    expect(namesMatch("  ", putin)).toBe(true);
    expect(namesMatch("Дем'янчук", ["Dem’ianchuk", null])).toBe(true);
  });
});
