import { describe, expect, it } from "vitest";
import { checkXml } from "@/tests/support/xml-check";
import { buildMilestoneFeed, entryId, entrySummary, type FeedMilestone } from "./atom";

const milestone = (over: Partial<FeedMilestone> = {}): FeedMilestone => ({
  id: "cm0abc",
  slug: "icc-ratification",
  title: "Ukraine ratifies the Rome Statute & its amendments",
  description: "The Verkhovna Rada voted <for> ratification.",
  whatChanged: "The ICC's jurisdiction becomes treaty-based.",
  date: { date: "2024-10-01", precision: "MONTH" },
  status: "HAPPENED",
  track: { slug: "accountability", name: "Accountability" },
  type: { slug: "ratification", name: "Ratification" },
  situation: null,
  forums: [{ slug: "icc", name: "International Criminal Court" }],
  firstSourceTitle: `"Ukraine and the ICC" – seed post`,
  isSynthetic: false,
  createdAt: "2025-01-02T10:00:00.000Z",
  updatedAt: "2025-03-04T12:30:00.000Z",
  ...over,
});

const feed = (milestones: FeedMilestone[], query = "") =>
  buildMilestoneFeed({ origin: "https://tracker.example.org", query, filterDescription: query ? "Track: Accountability" : "", milestones, now: "2026-01-01T00:00:00.000Z" });

describe("the milestone feed", () => {
  it("is well-formed Atom with escaped text, a stable id and the record's timestamps", () => {
    const xml = feed([milestone(), milestone({ id: "cm0def", slug: "b", title: "Second", updatedAt: "2025-02-01T00:00:00.000Z" })]);
    const { problems, elements } = checkXml(xml);
    expect(problems).toEqual([]);
    expect(elements[0]).toMatchObject({ name: "feed", attributes: { xmlns: "http://www.w3.org/2005/Atom" } });
    const titles = elements.filter((e) => e.name === "title").map((e) => e.text);
    expect(titles).toEqual(["Milestones · Accountability tracker", "Ukraine ratifies the Rome Statute & its amendments", "Second"]);
    expect(xml).toContain("Rome Statute &amp; its amendments");
    expect(xml).toContain("voted &lt;for&gt; ratification");
    expect(elements.filter((e) => e.name === "id").map((e) => e.text)).toEqual([
      "https://tracker.example.org/milestones/feed.xml",
      "tag:tracker.example.org,2025:milestone:cm0abc",
      "tag:tracker.example.org,2025:milestone:cm0def",
    ]);
    // The feed's updated is its newest entry's.
    expect(elements.filter((e) => e.name === "updated").map((e) => e.text)).toEqual([
      "2025-03-04T12:30:00.000Z",
      "2025-03-04T12:30:00.000Z",
      "2025-02-01T00:00:00.000Z",
    ]);
    expect(elements.find((e) => e.name === "published")?.text).toBe("2025-01-02T10:00:00.000Z");
    expect(elements.find((e) => e.name === "link" && e.attributes.rel === "alternate" && e.attributes.href?.endsWith("/icc-ratification"))).toBeDefined();
  });

  it("carries the filters in the self and alternate links", () => {
    const xml = feed([milestone()], "track=accountability&forum=icc");
    const links = checkXml(xml).elements.filter((e) => e.name === "link").slice(0, 2);
    expect(links.map((l) => [l.attributes.rel, l.attributes.href])).toEqual([
      ["self", "https://tracker.example.org/milestones/feed.xml?track=accountability&forum=icc"],
      ["alternate", "https://tracker.example.org/milestones?track=accountability&forum=icc"],
    ]);
    expect(xml).toContain("feed.xml?track=accountability&amp;forum=icc");
    expect(checkXml(xml).elements.find((e) => e.name === "title")?.text).toBe("Milestones (Track: Accountability) · Accountability tracker");
  });

  it("summarises the date at its precision, track, type, forums, description, change and first source", () => {
    expect(entrySummary(milestone())).toBe(
      [
        "October 2024 · Accountability · Ratification",
        "Forums: International Criminal Court",
        "",
        "The Verkhovna Rada voted <for> ratification.",
        "",
        "What it changed: The ICC's jurisdiction becomes treaty-based.",
        "",
        `Source: "Ukraine and the ICC" – seed post`,
      ].join("\n"),
    );
    expect(entrySummary(milestone({ date: { date: "1998-01-01", precision: "YEAR" }, forums: [], whatChanged: null, firstSourceTitle: null }))).toBe(
      "1998 · Accountability · Ratification\n\nThe Verkhovna Rada voted <for> ratification.",
    );
    expect(entrySummary(milestone({ date: { date: "2025-06-25", precision: "DAY" } }))).toMatch(/^25 June 2025 · /);
  });

  it("names the situation a milestone belongs to, in the summary and as a category", () => {
    const sudan = milestone({ situation: { slug: "sudan", name: "Sudan" } });
    expect(entrySummary(sudan).split("\n")[0]).toBe("October 2024 · Situation: Sudan · Accountability · Ratification");
    const categories = checkXml(feed([sudan])).elements.filter((e) => e.name === "category");
    expect(categories[0]?.attributes).toEqual({ term: "sudan", label: "Situation: Sudan" });
    // A milestone tied to no situation says nothing of one.
    const labels = checkXml(feed([milestone()])).elements.filter((e) => e.name === "category").map((e) => e.attributes.label ?? "");
    expect(labels.filter((l) => l.startsWith("Situation"))).toEqual([]);
  });

  it("marks demo data in the title and summary", () => {
    const xml = feed([milestone({ isSynthetic: true })]);
    expect(xml).toContain("<title type=\"text\">[Demo] Ukraine ratifies");
    expect(xml).toContain("Demo data, not a fact.");
  });

  it("an empty feed is still valid, updated at the caller's clock", () => {
    const { problems, elements } = checkXml(feed([]));
    expect(problems).toEqual([]);
    expect(elements.filter((e) => e.name === "entry")).toHaveLength(0);
    expect(elements.find((e) => e.name === "updated")?.text).toBe("2026-01-01T00:00:00.000Z");
  });

  it("entry ids do not depend on the slug", () => {
    expect(entryId("http://localhost:3000", "abc")).toBe("tag:localhost,2025:milestone:abc");
  });
});

describe("checkXml (the test helper) catches broken XML", () => {
  it.each([
    ["<a><b></a></b>"],
    ["<a>x & y</a>"],
    ["<a>1 < 2</a>"],
    ["<a href=x/>"],
    ["<a/><b/>"],
    ["<a>"],
  ])("%s", (xml) => {
    expect(checkXml(xml).problems.length).toBeGreaterThan(0);
  });
});

describe("an expected milestone in the feed", () => {
  it("says it is expected, in the title and the summary, and what it would change", () => {
    const m = milestone({ status: "EXPECTED", date: { date: "2027-03-01", precision: "MONTH" } });
    expect(feed([m])).toContain("<title type=\"text\">Expected: Ukraine ratifies");
    expect(entrySummary(m)).toMatch(/^Expected March 2027 · Accountability · Ratification/);
    expect(entrySummary(m)).toContain("What it would change: The ICC's jurisdiction");
  });
});

describe("the milestone feed in Ukrainian", () => {
  it("has its own words and dates in Ukrainian, the records' texts as recorded", () => {
    const m = milestone({ status: "EXPECTED", date: { date: "2027-03-01", precision: "MONTH" } });
    const xml = buildMilestoneFeed({ origin: "https://tracker.example.org", query: "", filterDescription: "", milestones: [m], now: "2026-01-01T00:00:00.000Z", locale: "uk" });
    expect(checkXml(xml).problems).toEqual([]);
    expect(checkXml(xml).elements.find((e) => e.name === "title")?.text).toBe("Події · Трекер відповідальності");
    expect(xml).toContain("<title type=\"text\">Очікується: Ukraine ratifies");
    expect(entrySummary(m, "uk")).toMatch(/^Очікується: березень 2027 р\. · Accountability · Ratification/);
    expect(entrySummary(m, "uk")).toContain("Що це змінило б: The ICC's jurisdiction");
  });
});
