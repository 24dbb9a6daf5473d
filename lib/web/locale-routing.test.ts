import { describe, expect, it } from "vitest";
import { isLocalizedAddress, LOCALE_HEADER, PAGE_PATH_HEADER, pageLocaleHeaders } from "./locale-routing";

describe("which addresses live under a language", () => {
  it.each([
    ["/", true],
    ["/cases", true],
    ["/milestones/feed.xml", true],
    ["/cases/export.csv", true],
    ["/uk/cases", true],
    ["/api/v1/cases", false],
    ["/api", false],
    ["/_next/static/x.js", false],
    ["/icon.svg", false],
    ["/favicon.ico", false],
  ])("%s: %s", (path, expected) => expect(isLocalizedAddress(path)).toBe(expected));

  it("tells the page its language and its address without it, from the address", () => {
    expect(new Map(pageLocaleHeaders("/uk/cases", "?q=x"))).toEqual(new Map([[LOCALE_HEADER, "uk"], [PAGE_PATH_HEADER, "/cases?q=x"]]));
    expect(new Map(pageLocaleHeaders("/en", ""))).toEqual(new Map([[LOCALE_HEADER, "en"], [PAGE_PATH_HEADER, "/"]]));
  });
});
