import { describe, expect, it } from "vitest";
import { MAX_SEARCH_TERMS, searchTerms, spellings, toTsQuery } from "./search-query";

describe("toTsQuery", () => {
  it.each([
    ["an English name", "Putin", "'putin':*"],
    ["a prefix", "Pu", "'pu':*"],
    ["several words, AND-ed", "Putin  ICC", "'putin':* & 'icc':*"],
    ["a name in Ukrainian, as its key", "Путін", "'putin':*"],
    ["a name in Ukrainian typed in capitals", "ПУТІН", "'putin':*"],
    ["a name in Russian, as the Ukrainian one", "Путин", "'putin':*"],
    ["a Ukrainian word without its ending", "депортацію", "'deportatsi':*"],
    ["ґ as г, and a name's ending dropped", "Ґанна", "'hann':*"],
    ["a hyphenated Ukrainian name, as its parts or whole", "Львова-Бєлова", "(('lvov':* & 'belov':*) | 'lvova-belova':*)"],
    ["Ukrainian letters Є, І, Ї, Ґ", "ЄВГЕН ҐАНОК ЇЖАК", "'evhen':* & 'hanok':* & 'izhak':*"],
    ["a case number, as its numbers or whole (as Postgres's parser reads it)", "ICC-01/22", "(('icc':* & '01':* & '22':*) | 'icc-01/22':*)"],
    ["a case number in brackets, without them", "(ICC-01/22),", "(('icc':* & '01':* & '22':*) | 'icc-01/22':*)"],
    ["a provision", "Article 8(2)(a)", "'article':* & (('8':* & '2':* & 'a':*) | '8(2)(a':*)"],
    ["a repeated word once", "war WAR crimes", "'war':* & 'crimes':*"],
    ["an apostrophe inside a word, left out", "O'Brien Мар’яна", "'obren':* & 'marian':*"],
    ["apostrophes around a word, which are quotes", "'Putin' ’Shoigu’", "'putin':* & 'shoihu':*"],
    ["mixed scripts, one key (and the Cyrillic one's stem)", "Shoigu Шойгу", "'shoihu':* & 'shoih':*"],
    ["letters outside ASCII and Cyrillic, in each case a C database may keep", "Łódź", "('łódź':* | 'Łódź':* | 'ŁÓDŹ':*)"],
    ["combining marks alone, which are no word", "\u0301-\u0300 Putin", "'putin':*"],
    ["a NUL or other control character, as a space (Postgres cannot take U+0000)", "ICC-01\u0000/22\u0007x", "(('icc':* & '01':*) | 'icc-01':*) & '22':* & 'x':*"],
  ])("reads %s", (_name, text, expected) => {
    expect(toTsQuery(text)).toBe(expected);
  });

  it.each([
    ["operators", "a & !b | c:*", "'a':* & 'b':* & 'c':*"],
    ["a phrase operator and weights", "a <-> b:AB", "'a':* & (('b':* & 'ab':*) | 'b:ab':*)"],
    ["quotes", `"Putin" 'or' 1=1`, "'putin':* & 'or':* & '1':*"],
    ["a quote that would close the operand", "x' | 'y", "'x':* & 'i':*"],
    ["an apostrophe pair inside a word", "a''b", "(('a':* & 'b':*) | 'ab':*)"],
    ["a backslash inside a piece", "a\\b", "(('a':* & 'b':*) | 'a\\\\b':*)"],
    ["operators inside a piece", "a&!b|c", "(('a':* & 'b':* & 'c':*) | 'a&!b|c':*)"],
    ["backslashes", "a\\' \\\\b", "'a':* & 'b':*"],
    ["SQL", "'; drop table \"Case\"; --", "'drop':* & 'table':* & 'case':*"],
    ["parentheses", "(a | b) & !(c)", "'a':* & 'b':* & 'c':*"],
  ])("keeps %s out of the query syntax", (_name, text, expected) => {
    expect(toTsQuery(text)).toBe(expected);
  });

  it.each([
    ["nothing", ""],
    ["null", null],
    ["spaces", "   "],
    ["only punctuation and operators", "& | ! :* ( ) ' ’ ʼ -- /"],
    ["only symbols", "★ → € %"],
  ])("returns null for %s", (_name, text) => {
    expect(toTsQuery(text)).toBeNull();
  });

  it.each([
    ["a key of ASCII letters (Postgres lower-cases ASCII under any character type)", "putin", ["putin"]],
    ["a number", "2024", ["2024"]],
    ["a key with letters outside ASCII", "łódź", ["łódź", "Łódź", "ŁÓDŹ"]],
  ])("spells %s every way the index may hold it", (_name, key, forms) => {
    expect(spellings(key)).toEqual(forms);
  });

  it("asks a name with any apostrophe as one term", () => {
    for (const name of ["Мар'яна", "Марʼяна", "Мар’яна", "Мар`яна"]) expect(toTsQuery(name)).toBe("'marian':*");
  });

  it("keeps at most MAX_SEARCH_TERMS words", () => {
    const text = Array.from({ length: 40 }, (_, i) => `w${i}`).join(" ");
    expect(searchTerms(text)).toHaveLength(MAX_SEARCH_TERMS);
    expect(toTsQuery(text)!.split(" & ")).toHaveLength(MAX_SEARCH_TERMS);
    expect(toTsQuery(`${"ab-".repeat(30)}c`)!.match(/'ab':\*/g)).toHaveLength(1);
  });
});
