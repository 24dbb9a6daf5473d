import { describe, expect, it } from "vitest";
import { benchLines, caseSlugs, escapeHtml } from "./lines";

describe("caseSlugs", () => {
  it("spreads 50 cases over the dataset, from its first", () => {
    const slugs = caseSlugs(200_000);
    expect(slugs).toHaveLength(50);
    expect(new Set(slugs).size).toBe(50);
    expect(slugs[0]).toBe("synthetic-case-1");
    expect(slugs[1]).toBe("synthetic-case-4001");
    expect(slugs.at(-1)).toBe("synthetic-case-196001");
  });

  it("takes every case of a dataset smaller than that", () => {
    expect(caseSlugs(3)).toEqual(["synthetic-case-1", "synthetic-case-2", "synthetic-case-3"]);
  });
});

describe("escapeHtml", () => {
  it("escapes as React writes text into a page", () => {
    expect(escapeHtml(`Tom & Jerry's "case" <1>`)).toBe("Tom &amp; Jerry&#x27;s &quot;case&quot; &lt;1&gt;");
  });
});

describe("benchLines", () => {
  it("names the issue's lines, each with requests to rotate over", () => {
    const lines = benchLines(5000);
    expect(lines.map((l) => l.name)).toEqual([
      "case list", "case list, one broad word", "coverage matrix", "case page", "milestone timeline", "jurisdiction API",
      "case list page", "coverage page", "case page (HTML)", "milestone timeline page",
    ]);
    for (const line of lines) expect(line.probes.length).toBeGreaterThan(1);
    // Two facets and a text query on every case list request: two words on the line.
    for (const line of lines.slice(0, 2)) {
      for (const probe of line.probes) expect(new URL(probe.path, "http://x").searchParams.toString()).toMatch(/^forum=[\w-]+&crime=[\w-]+&q=\w/);
    }
    for (const probe of lines[0]!.probes) expect(new URL(probe.path, "http://x").searchParams.get("q")).toMatch(/^\w+ \w+$/);
  });
});
