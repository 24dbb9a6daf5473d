/**
 * The Atom feed of milestones over real HTTP: the production build, served by npm start's code
 * path on a fresh, seeded Postgres database. Checks well-formedness, the filters, the links and
 * that a bad filter is a 400 naming the parameter, never a 500.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";
import { startTrackerServer, type TrackerServer } from "@/tests/support/tracker-server";
import { checkXml } from "@/tests/support/xml-check";


let testDb: TestDatabase;
let server: TrackerServer | undefined;
let base = "";
let publicBase = "";

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_feed");
  server = await startTrackerServer(testDb.url);
  base = server.url;
  // Absolute links in the feed use NEXTAUTH_URL, which the server is given as its own address.
  publicBase = server.url;
}, 900_000);

afterAll(async () => {
  await server?.stop();
  await testDb?.drop();
}, 60_000);

async function feed(query = "") {
  const response = await fetch(`${base}/milestones/feed.xml${query}`);
  const text = await response.text();
  return { status: response.status, type: response.headers.get("content-type") ?? "", text };
}

function entries(xml: string) {
  const { problems, elements } = checkXml(xml);
  expect(problems).toEqual([]);
  const out: { id: string; title: string; categories: string[]; summary: string; link: string }[] = [];
  let current: (typeof out)[number] | null = null;
  for (const el of elements) {
    if (el.name === "entry") {
      current = { id: "", title: "", categories: [], summary: "", link: "" };
      out.push(current);
    } else if (current) {
      if (el.name === "id") current.id = el.text;
      if (el.name === "title") current.title = el.text;
      if (el.name === "summary") current.summary = el.text;
      if (el.name === "category") current.categories.push(`${el.attributes.scheme?.split("?")[1] ?? ""}${el.attributes.term}`);
      if (el.name === "link") current.link = el.attributes.href ?? "";
    }
  }
  return { entries: out, elements };
}

describe("GET /milestones/feed.xml", () => {
  it("is well-formed Atom with every live milestone (up to 50), stable ids and absolute links", async () => {
    const response = await feed();
    expect(response.status).toBe(200);
    expect(response.type).toBe("application/atom+xml; charset=utf-8");
    expect(response.text.startsWith(`<?xml version="1.0" encoding="utf-8"?>`)).toBe(true);
    const { entries: all, elements } = entries(response.text);
    expect(elements[0]!.name).toBe("feed");
    const client = new pg.Client({ connectionString: testDb.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: string }>(`select count(*) as n from "Milestone" where "deletedAt" is null`);
      expect(all).toHaveLength(Math.min(50, Number(rows[0]!.n)));
    } finally {
      await client.end();
    }
    expect(all.length).toBeGreaterThan(5);
    const authority = new URL(publicBase).hostname.replace(/\./g, "\\.");
    expect(all.every((e) => new RegExp(`^tag:${authority},2025:milestone:\\w+$`).test(e.id))).toBe(true);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    expect(all.every((e) => e.link.startsWith(`${publicBase}/milestones/`))).toBe(true);
    const self = elements.find((e) => e.name === "link" && e.attributes.rel === "self");
    expect(self?.attributes.href).toBe(`${publicBase}/milestones/feed.xml`);
    // Dates at their precision: no summary invents a day for a month- or year-precise date.
    expect(all.every((e) => /^(\d{1,2} )?([A-Z][a-z]+ )?\d{4} · /.test(e.summary))).toBe(true);
    // Each entry names its situation: the seeded Sudan milestone says Sudan, in a category and its summary.
    const sudan = all.filter((e) => e.categories.includes("sudan"));
    expect(sudan.length).toBeGreaterThan(0);
    expect(sudan.every((e) => e.summary.split("\n")[0]!.includes(" · Situation: Sudan · "))).toBe(true);
    // The entry's page exists.
    const page = await fetch(all[0]!.link.replace(publicBase, base));
    expect(page.status).toBe(200);
  });

  it("filters by track and forum, keeping the filters in the self and alternate links", async () => {
    const response = await feed("?track=accountability&forum=icc");
    expect(response.status).toBe(200);
    const { entries: some, elements } = entries(response.text);
    expect(some.length).toBeGreaterThan(0);
    expect(some.every((e) => e.categories.includes("track=accountability") && e.categories.includes("forum=icc"))).toBe(true);
    const all = entries((await feed()).text).entries;
    expect(some.length).toBeLessThan(all.length);
    const links = elements.filter((e) => e.name === "link").slice(0, 2).map((e) => [e.attributes.rel, e.attributes.href]);
    expect(links).toEqual([
      ["self", `${publicBase}/milestones/feed.xml?track=accountability&forum=icc`],
      ["alternate", `${publicBase}/milestones?track=accountability&forum=icc`],
    ]);
    // Case and surrounding spaces are forgiven, as on the timeline.
    expect(entries((await feed("?track=%20Accountability")).text).entries.length).toBeGreaterThan(0);
  });

  it.each([
    ["an unknown track", "?track=piracy", "track", "accountability"],
    ["an unknown forum", "?forum=ictr", "forum", "icc"],
    ["a repeated track", "?track=accountability&track=sanctions", "track", "accountability"],
  ])("400 for %s, naming the parameter and the allowed values", async (_name, query, parameter, allowed) => {
    const response = await feed(query);
    expect(response.status).toBe(400);
    expect(response.type).toContain("text/plain");
    expect(response.text).toContain(`(${parameter})`);
    expect(response.text).toContain(`Allowed values for "${parameter}"`);
    expect(response.text).toContain(allowed);
  });

  it.each(["?track=%00", `?forum=${"x".repeat(5000)}`, "?track=%27%3B%20drop%20table%20%22Milestone%22%3B--", "?=&&&", "?colour=red&year=abc"])(
    "never a 500: %s",
    async (query) => {
      const response = await feed(query);
      expect(response.status).toBeLessThan(500);
      expect(response.text).not.toMatch(/prisma|at Object\.|node_modules|SELECT /i);
    },
  );

  it("applies every filter of the timeline, the words and the period too, and names a bad one", async () => {
    const found = entries((await feed("?q=warrants&from=2023&to=2023")).text).entries;
    expect(found.length).toBeGreaterThan(0);
    expect(entries((await feed("?q=zzznowhere")).text).entries).toHaveLength(0);
    const refused = await feed("?from=October%202024");
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("(from)");
  });

  it("the timeline links the feed for its filters", async () => {
    const html = await (await fetch(`${base}/milestones?track=accountability&forum=icc`)).text();
    expect(html).toContain(`href="/en/milestones/feed.xml?track=accountability&amp;forum=icc"`);
    expect(html).toContain(`<link rel="alternate" type="application/atom+xml" href="${publicBase}/en/milestones/feed.xml?track=accountability&amp;forum=icc"`);
  });
});
