import { describe, expect, it } from "vitest";
import { element, escapeXml } from "./xml";

describe("escapeXml", () => {
  it("escapes the five XML special characters", () => {
    expect(escapeXml(`Tom & Jerry <b>"bold"</b> 'quoted'`)).toBe("Tom &amp; Jerry &lt;b&gt;&quot;bold&quot;&lt;/b&gt; &apos;quoted&apos;");
  });

  it("escapes an ampersand that already looks like an entity (no double-decoding tricks)", () => {
    expect(escapeXml("&amp; &#x3C;")).toBe("&amp;amp; &amp;#x3C;");
  });

  it("keeps tabs, newlines, typographic quotes and non-Latin text; drops forbidden control characters", () => {
    expect(escapeXml("a\tb\nc\r“Україна” – §8 bis")).toBe("a\tb\nc\r“Україна” – §8 bis");
    expect(escapeXml("nul\u0000 bell\u0007 esc\u001b")).toBe("nul bell esc");
  });

  it("keeps surrogate pairs and drops lone surrogates", () => {
    expect(escapeXml("⚖️ 𝔄")).toBe("⚖️ 𝔄");
    expect(escapeXml("a\uD800b\uDC00c")).toBe("abc");
  });
});

describe("element", () => {
  it("escapes attributes and text, and leaves out undefined attributes", () => {
    expect(element("link", { rel: "self", href: "/x?a=1&b=2", type: undefined })).toBe(`<link rel="self" href="/x?a=1&amp;b=2"/>`);
    expect(element("title", { type: "text" }, "Rome Statute <Art. 8 bis>")).toBe(`<title type="text">Rome Statute &lt;Art. 8 bis&gt;</title>`);
  });
});
