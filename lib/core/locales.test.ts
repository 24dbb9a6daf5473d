import { describe, expect, it } from "vitest";
import { isLocale, localeOfPath, localizedPath, withoutLocale } from "./locales";

describe("addresses and their language", () => {
  it.each([
    ["/uk/cases", "uk"],
    ["/en", "en"],
    ["/en?x=1", null], // a path, not an address with a query: callers split the query first
    ["/cases", null],
    ["/ukraine", null],
    ["/", null],
  ])("%s names %s", (path, locale) => expect(localeOfPath(path)).toBe(locale));

  it.each([
    ["uk", "/", "/uk"],
    ["uk", "/cases?q=x&forum=icc", "/uk/cases?q=x&forum=icc"],
    ["en", "/milestones/feed.xml", "/en/milestones/feed.xml"],
    ["en", "/?a=1", "/en?a=1"],
  ] as const)("in %s, %s is %s", (locale, rest, expected) => expect(localizedPath(locale, rest)).toBe(expected));

  it.each([
    ["/uk/cases?q=x", "/cases?q=x"],
    ["/uk", "/"],
    ["/en?x=1", "/?x=1"],
    ["/cases", "/cases"],
    ["/ukraine/x", "/ukraine/x"],
  ])("%s without its language is %s", (address, expected) => expect(withoutLocale(address)).toBe(expected));

  it("knows only its two languages", () => {
    expect(["uk", "en", "ru", "UK", "", null].map(isLocale)).toEqual([true, true, false, false, false, false]);
  });
});
