/**
 * The JSON API over real HTTP: the production build, served by npm start's code path on a fresh,
 * seeded Postgres database. A question has two dates: when the conduct took place (`conduct`) and
 * the architecture in force (`asOf`). Answers carry one of four statuses per forum, the rules,
 * conditions and periods of conduct they rest on, and the complementarity split beside them (policy,
 * never jurisdiction); a bad parameter is a 400 that names it (and lists the allowed values) and
 * writes nothing; nothing a client sends makes a 500. The pages that read the same parameters
 * answer 200 with the error shown next to the field.
 *
 * Statuses named here rest on the seeded reference data (prisma/seed/reference-data.ts); the
 * comparisons between the two endpoints and the shape checks hold whatever the data.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import type { coverageSchema, jurisdictionSchema } from "@/lib/server/openapi/schemas";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";
import { startTrackerServer, type TrackerServer } from "@/tests/support/tracker-server";


let testDb: TestDatabase;
let server: TrackerServer | undefined;
let base = "";


beforeAll(async () => {
  testDb = await createTestDatabase("tracker_api");
  server = await startTrackerServer(testDb.url);
  base = server.url;
}, 900_000);

afterAll(async () => {
  await server?.stop();
  await testDb?.drop();
}, 60_000);

type ApiError = { error: { code: string; message: string; errors: { parameter: string; message: string; allowed?: string[] }[] } };
type JurisdictionBody = z.output<typeof jurisdictionSchema>;
type CoverageBody = z.output<typeof coverageSchema>;

async function get(pathAndQuery: string) {
  const response = await fetch(`${base}${pathAndQuery}`);
  const text = await response.text();
  return { status: response.status, type: response.headers.get("content-type") ?? "", text, json: () => JSON.parse(text) as unknown };
}

async function answer(query: string): Promise<JurisdictionBody> {
  const response = await get(`/api/jurisdiction?${query}`);
  expect(response.status, response.text.slice(0, 500)).toBe(200);
  return response.json() as JurisdictionBody;
}

async function matrix(query: string): Promise<CoverageBody> {
  const response = await get(`/api/coverage?${query}`);
  expect(response.status, response.text.slice(0, 500)).toBe(200);
  return response.json() as CoverageBody;
}

const statuses = (body: JurisdictionBody) => Object.fromEntries(body.forums.map((f) => [f.forum, f.status]));
const forumOf = (body: JurisdictionBody, slug: string) => body.forums.find((f) => f.forum === slug)!;

/** The rows of every table of the database: a refused request must leave them as they were. */
async function rowCounts(): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: testDb.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ t: string; n: string }>(`
      SELECT table_name AS t,
             (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM public.%I', table_name), false, true, '')))[1]::text AS n
        FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`);
    return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
  } finally {
    await client.end();
  }
}

/** A 400 in the shared error shape naming exactly these parameters, with no answer beside it, that wrote nothing. */
async function expectRefused(address: string, parameters: string[]): Promise<ApiError> {
  const before = await rowCounts();
  const response = await get(address);
  expect(response.status, response.text.slice(0, 500)).toBe(400);
  expect(response.type).toContain("application/json");
  const body = response.json() as ApiError;
  expect(Object.keys(body)).toEqual(["error"]);
  expect(body.error.code).toBe("invalid_input");
  expect(body.error.errors.map((e) => e.parameter).sort()).toEqual([...parameters].sort());
  for (const e of body.error.errors) expect(e.message).toContain(`"${e.parameter}"`);
  expect(await rowCounts()).toEqual(before);
  return body;
}

const DIRECT_PERPETRATOR = "crime=war-crimes&accused=natural&level=direct-perpetrator";

describe("GET /api/jurisdiction", () => {
  it("war crimes by a direct perpetrator in March 2022: the ICC and Ukraine's courts cover, the Special Tribunal is excluded, no gap", async () => {
    const body = await answer(`${DIRECT_PERPETRATOR}&conduct=2022-03`);
    expect(body.conduct).toBe("2022-03");
    expect(body.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.profile).toEqual({ crime: "war-crimes", accused: "natural", level: "direct-perpetrator", mode: "direct", situation: "ukraine" });
    expect(statuses(body)).toEqual({ icc: "covers", "special-tribunal": "excluded", "ukraine-domestic": "covers" });
    expect(body.gap).toBe(false);
    // One period each: the month asked about, with the rules behind it.
    for (const f of body.forums) {
      expect(f.periods).toEqual([{ from: "2022-03-01", to: "2022-03-31", status: f.status, rules: expect.any(Array) }]);
      expect(f.periods[0]!.rules.length).toBeGreaterThan(0);
      expect(f.conditions).toEqual([]);
    }
    // A covering ICC carries its note: jurisdiction is not admissibility (Article 17).
    const icc = forumOf(body, "icc");
    expect(icc.note?.provision.label).toMatch(/Article 17/);
    expect(forumOf(body, "special-tribunal").note).toBeUndefined();
    // Every reason cites its provision with the official text's address, and its source.
    for (const r of body.forums.flatMap((f) => f.reasons)) {
      expect(r.provision).toMatchObject({ slug: expect.any(String), label: expect.any(String) });
      expect("url" in r.provision!).toBe(true);
      expect(r.source!.title.length).toBeGreaterThan(0);
    }
  });

  it("the same without a conduct date: the ICC is conditional on when the conduct took place, period by period", async () => {
    const body = await answer(DIRECT_PERPETRATOR);
    expect(body.conduct).toBeNull();
    expect(statuses(body)).toEqual({ icc: "conditional", "special-tribunal": "excluded", "ukraine-domestic": "covers" });
    expect(body.gap).toBe(false);
    const icc = forumOf(body, "icc");
    expect(icc.periods.map(({ from, to, status }) => ({ from, to, status }))).toEqual([
      { from: null, to: "2013-11-20", status: "excluded" },
      { from: "2013-11-21", to: null, status: "covers" },
    ]);
    // The condition is the date of the conduct: a fact of the case, stated by no single rule.
    expect(icc.conditions).toEqual([{ kind: "CASE_FACT", text: expect.stringMatching(/when the conduct took place/), rule: null }]);
    // Each period's rules are among the reasons, which say what conduct each rule reaches.
    const reasons = new Map(icc.reasons.map((r) => [r.rule, r]));
    for (const p of icc.periods) for (const rule of p.rules) expect(reasons.has(rule), rule).toBe(true);
    expect(icc.reasons.some((r) => r.conduct !== undefined)).toBe(true);
  });

  it.each([
    ["a day", "2022-03-15", "2022-03-15", "2022-03-15"],
    ["a month", "2022-03", "2022-03-01", "2022-03-31"],
    ["a year", "2022", "2022-01-01", "2022-12-31"],
    ["a period", "2022-02-24/2023-03", "2022-02-24", "2023-03-31"],
  ])("conduct as %s (%s): answered for that conduct, echoed as given", async (_name, conduct, from, to) => {
    const body = await answer(`${DIRECT_PERPETRATOR}&conduct=${encodeURIComponent(conduct)}`);
    expect(body.conduct).toBe(conduct);
    expect(statuses(body)).toEqual({ icc: "covers", "special-tribunal": "excluded", "ukraine-domestic": "covers" });
    for (const f of body.forums) expect(f.periods.map((p) => [p.from, p.to])).toEqual([[from, to]]);
  });

  it("a conduct period astride the ICC's first reach (21 November 2013): conditional, with a period on each side", async () => {
    const body = await answer(`${DIRECT_PERPETRATOR}&conduct=${encodeURIComponent("2013-06/2014")}`);
    expect(body.conduct).toBe("2013-06/2014");
    const icc = forumOf(body, "icc");
    expect(icc.status).toBe("conditional");
    expect(icc.periods.map(({ from, to, status }) => ({ from, to, status }))).toEqual([
      { from: "2013-06-01", to: "2013-11-20", status: "excluded" },
      { from: "2013-11-21", to: "2014-12-31", status: "covers" },
    ]);
    expect(icc.conditions.map((c) => c.kind)).toEqual(["CASE_FACT"]);
  });

  it("genocide by a company: excluded at the ICC, no rule recorded for Ukraine's courts, and that silence is no gap", async () => {
    const body = await answer("crime=genocide&accused=legal");
    expect(body.profile.level).toBeNull();
    expect(statuses(body)).toMatchObject({ icc: "excluded", "ukraine-domestic": "unknown" });
    expect(body.gap).toBe(false);
    const domestic = forumOf(body, "ukraine-domestic");
    expect(domestic.reasons).toEqual([{ rule: null, effect: null, summary: expect.stringMatching(/^No rule recorded/), provision: null, source: null }]);
    expect(domestic.periods.every((p) => p.status === "unknown" && p.rules.length === 0)).toBe(true);
    expect(forumOf(body, "icc").reasons.map((r) => r.rule)).toContain("icc-natural-persons-only");
  });

  it("aggression by the top leadership as of 1 July 2025: the ICC is excluded, Russia not being a party", async () => {
    const body = await answer("crime=aggression&accused=natural&level=top-leadership&mode=direct&situation=ukraine&asOf=2025-07-01");
    expect(body.asOf).toBe("2025-07-01");
    const icc = forumOf(body, "icc");
    expect(icc.status).toBe("excluded");
    expect(icc.reasons.map((r) => r.rule)).toContain("icc-aggression-russia-not-a-party");
    expect(icc.note).toBeUndefined();
    // A conditional forum says what each condition turns on.
    for (const f of body.forums.filter((f) => f.status === "conditional")) {
      expect(f.conditions.length).toBeGreaterThan(0);
      for (const c of f.conditions) expect(["CASE_FACT", "NOT_OPERATIONAL", "DATE_PRECISION"]).toContain(c.kind);
    }
    expect(body.gap).toBe(body.forums.every((f) => f.status === "excluded"));
  });

  it("carries the complementarity split beside the law: policy, each with its source, that changes no status", async () => {
    const body = await answer(`${DIRECT_PERPETRATOR}&conduct=2022-03`);
    expect(body.policy.length).toBeGreaterThan(0);
    const forums = body.forums.map((f) => f.forum);
    for (const p of body.policy) {
      expect(["POLICY", "RECOMMENDATION"]).toContain(p.kind);
      expect(p.forum === null || forums.includes(p.forum)).toBe(true);
      expect(p.crimes.length === 0 || p.crimes.includes("war-crimes")).toBe(true);
      expect(p.levels.length === 0 || p.levels.includes("direct-perpetrator")).toBe(true);
      expect(p.source.title.length).toBeGreaterThan(0);
    }
    // The posts send direct perpetrators to Ukraine's courts.
    expect(body.policy.some((p) => p.forum === "ukraine-domestic")).toBe(true);
  });

  it.each([
    ["a missing crime", "accused=natural&level=top-leadership", "crime", true],
    ["an unknown crime", "crime=piracy&accused=natural&level=top-leadership", "crime", true],
    ["a bad asOf", "crime=aggression&accused=natural&level=top-leadership&asOf=2025-02-30", "asOf", false],
    ["an unknown parameter", "crime=aggression&accused=natural&level=top-leadership&colour=red", "colour", true],
    ["a level for a company", "crime=war-crimes&accused=legal&level=top-leadership", "level", false],
    ["a repeated parameter", "crime=aggression&crime=genocide&accused=natural&level=top-leadership", "crime", true],
  ])("400 for %s, naming the parameter", async (_name, query, parameter, listsAllowed) => {
    const response = await get(`/api/jurisdiction?${query}`);
    expect(response.status).toBe(400);
    expect(response.type).toContain("application/json");
    const body = response.json() as ApiError;
    expect(body.error.code).toBe("invalid_input");
    const error = body.error.errors.find((e) => e.parameter === parameter);
    expect(error, response.text).toBeDefined();
    expect(error!.message).toContain(`"${parameter}"`);
    expect(Boolean(error!.allowed?.length)).toBe(listsAllowed);
    if (parameter === "crime" && listsAllowed) expect(error!.allowed).toContain("aggression");
  });

  it.each([
    ["a conduct in words", "conduct=March%202022"],
    ["a conduct with an impossible day", "conduct=2022-02-30"],
    ["a conduct period with no end", "conduct=2022-02-24%2F"],
    ["a conduct period that ends before it begins", "conduct=2023%2F2022-03"],
    ["a conduct after asOf", "conduct=2025-07&asOf=2025-06-30"],
    ["a repeated conduct", "conduct=2022&conduct=2023"],
  ])("400 for %s, naming conduct, on both addresses, writing nothing", async (_name, query) => {
    for (const path of ["/api/jurisdiction", "/api/v1/jurisdiction"]) await expectRefused(`${path}?${DIRECT_PERPETRATOR}&${query}`, ["conduct"]);
  });

  it("says why a conduct after asOf cannot be answered", async () => {
    const body = await expectRefused(`/api/jurisdiction?${DIRECT_PERPETRATOR}&conduct=2025-07&asOf=2025-06-30`, ["conduct"]);
    expect(body.error.errors[0]!.message).toMatch(/begins after "asOf" \(2025-06-30\)/);
  });
});

describe("GET /api/coverage", () => {
  it("the matrix: 25 rows by 3 forums, four statuses, case counts that add up, gaps only where every forum excludes", async () => {
    const body = await matrix("asOf=2025-07-01");
    expect(body).toMatchObject({ asOf: "2025-07-01", conduct: null, situation: "ukraine", mode: "direct" });
    expect(body.forums.map((f) => f.slug)).toEqual(["icc", "special-tribunal", "ukraine-domestic"]);
    expect(body.forums.find((f) => f.slug === "icc")!.coversNote?.provision.label).toMatch(/Article 17/);
    expect(body.rows).toHaveLength(25);
    expect(body.rows.every((r) => r.cells.length === 3)).toBe(true);
    const row = (crime: string, accused: string, level: string | null) => body.rows.find((r) => r.crime === crime && r.accused === accused && r.level === level)!;
    for (const r of body.rows) {
      expect(r.caseCount).toBe(r.cells.reduce((n, c) => n + c.caseCount, 0));
      expect(r.gap, `${r.crime} ${r.accused} ${r.level}`).toBe(r.cells.every((c) => c.status === "excluded"));
      for (const c of r.cells) expect(c.conditions.length > 0).toBe(c.status === "conditional");
    }
    // The ICC's warrant for Putin (war crimes, top leadership) is among the tracked cases.
    expect(row("war-crimes", "natural", "top-leadership").cells[0]!.caseCount).toBeGreaterThanOrEqual(1);
    // No rule recorded is the tracker's silence: such a row is never a gap.
    const silent = row("genocide", "legal", null);
    expect(silent.cells.map((c) => c.status)).toContain("unknown");
    expect(silent.gap).toBe(false);
    expect(row("aggression", "natural", "top-leadership").cells[0]).toMatchObject({ forum: "icc", status: "excluded", rules: expect.arrayContaining(["icc-aggression-russia-not-a-party"]) });
    expect(row("war-crimes", "legal", null).cells[0]).toMatchObject({ forum: "icc", status: "excluded", rules: expect.arrayContaining(["icc-natural-persons-only"]) });
    // Without policy=on, no policy is sent.
    expect("policies" in body).toBe(false);
  });

  it.each([
    ["no conduct", "asOf=2025-07-01"],
    ["conduct in March 2022", "conduct=2022-03"],
    ["a conduct period astride 21 November 2013", `conduct=${encodeURIComponent("2013-06/2014")}&asOf=2015-01-01`],
  ])("each cell is the jurisdiction answer for its category (%s)", async (_name, query) => {
    const body = await matrix(query);
    for (const row of body.rows) {
      const level = row.level ? `&level=${row.level}` : "";
      const one = await answer(`crime=${row.crime}&accused=${row.accused}${level}&${query}`);
      expect(one.conduct).toBe(body.conduct);
      expect(one.gap).toBe(row.gap);
      row.cells.forEach((cell, i) => {
        const forum = one.forums[i]!;
        expect(forum.forum).toBe(cell.forum);
        expect({ status: cell.status, conditions: cell.conditions, periods: cell.periods, rules: cell.rules }, `${row.crime} ${row.accused} ${row.level} ${cell.forum}`).toEqual({
          status: forum.status,
          conditions: forum.conditions,
          periods: forum.periods,
          rules: forum.reasons.flatMap((r) => (r.rule ? [r.rule] : [])),
        });
      });
    }
  });

  it("conduct in March 2022: the direct perpetrator's war crimes covered by the ICC and Ukraine's courts", async () => {
    const body = await matrix("conduct=2022-03");
    expect(body.conduct).toBe("2022-03");
    const row = body.rows.find((r) => r.crime === "war-crimes" && r.level === "direct-perpetrator")!;
    expect(row.cells.map((c) => [c.forum, c.status])).toEqual([
      ["icc", "covers"],
      ["special-tribunal", "excluded"],
      ["ukraine-domestic", "covers"],
    ]);
    expect(row.gap).toBe(false);
  });

  it("policy=on: the split beside each cell and row, and the list that resolves every slug, without changing a status", async () => {
    const on = await matrix("conduct=2022-03&policy=on");
    const off = await matrix("conduct=2022-03&policy=off");
    expect(on.policies!.length).toBeGreaterThan(0);
    const bySlug = new Map(on.policies!.map((p) => [p.slug, p]));
    const named = new Set<string>();
    for (const row of on.rows) {
      for (const slug of row.policies!) {
        named.add(slug);
        expect(bySlug.get(slug)?.forum, slug).toBeNull();
      }
      for (const cell of row.cells) {
        for (const slug of cell.policies!) {
          named.add(slug);
          expect(bySlug.get(slug)?.forum, slug).toBe(cell.forum);
        }
      }
    }
    expect([...bySlug.keys()].sort()).toEqual([...named].sort());
    for (const p of on.policies!) expect(p.source.title.length).toBeGreaterThan(0);
    // The posts' split: direct perpetrators to Ukraine's courts, companies too.
    const cellOf = (crime: string, level: string | null, forum: string) => on.rows.find((r) => r.crime === crime && r.level === level)!.cells.find((c) => c.forum === forum)!;
    expect(cellOf("war-crimes", "direct-perpetrator", "ukraine-domestic").policies!.length).toBeGreaterThan(0);
    expect(off.rows.map((r) => r.cells.map((c) => c.status))).toEqual(on.rows.map((r) => r.cells.map((c) => c.status)));
    expect("policies" in off).toBe(false);
  });

  it("defaults to today, every conduct, Ukraine and direct commission", async () => {
    const body = await matrix("");
    expect(body.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body).toMatchObject({ conduct: null, situation: "ukraine", mode: "direct" });
  });

  it.each([
    ["a bad asOf", "asOf=2025-02-30", "asOf", false],
    ["an asOf in another format", "asOf=31/12/2024", "asOf", false],
    ["an empty asOf", "asOf=", "asOf", false],
    ["an unknown situation", "situation=mars", "situation", true],
    ["an unknown mode", "mode=aiding", "mode", true],
    ["an unknown parameter", "crime=aggression", "crime", true],
    ["a repeated parameter", "asOf=2025-01-01&asOf=2025-01-02", "asOf", false],
    ["a policy that is neither on nor off", "policy=maybe", "policy", true],
    ["a malformed conduct", "conduct=2022-13", "conduct", false],
    ["a conduct after asOf", "conduct=2025&asOf=2024-12-31", "conduct", false],
    ["a repeated conduct", "conduct=2022&conduct=2022-03", "conduct", false],
  ])("400 for %s, naming the parameter, writing nothing", async (_name, query, parameter, listsAllowed) => {
    for (const path of ["/api/coverage", "/api/v1/coverage"]) {
      const body = await expectRefused(`${path}?${query}`, [parameter]);
      expect(body.error.message).toBeTruthy();
      expect(Boolean(body.error.errors[0]!.allowed?.length)).toBe(listsAllowed);
      if (parameter === "policy") expect(body.error.errors[0]!.allowed).toEqual(["on", "off"]);
    }
  });
});

describe("never a 500", () => {
  it.each([
    "/api/coverage?asOf=%00",
    "/api/coverage?asOf=9999-99-99&situation=%27%3B%20drop%20table%20%22Case%22%3B--",
    `/api/coverage?mode=${"x".repeat(5000)}`,
    "/api/coverage?=&&&",
    "/api/coverage?conduct=%00",
    "/api/coverage?conduct=0000-00%2F9999-99&policy=%00",
    "/api/jurisdiction",
    "/api/jurisdiction?crime=%E2%9C%93&accused=&level=",
    `/api/jurisdiction?crime=war-crimes&accused=natural&level=field-grade&conduct=${"2022/".repeat(2000)}`,
    "/api/jurisdiction?crime=war-crimes&accused=natural&level=field-grade&conduct=0001%2F9999-12-31",
    "/which-forum?crime=aggression&accused=natural&level=top-leadership&asOf=2025-02-30",
    "/which-forum?crime=war-crimes&accused=legal&level=top-leadership",
    "/which-forum?colour=red",
    "/which-forum?crime=war-crimes&accused=natural&level=field-grade&conduct=2030&asOf=2025-01-01",
    "/coverage?conduct=spring&policy=maybe",
    "/coverage?asOf=not-a-date&situation=mars",
    "/coverage?asOf=2025-01-01&asOf=2025-01-02",
    "/cases?forum=ictr&crime=piracy&colour=red",
  ])("%s", async (address) => {
    const response = await get(address);
    expect(response.status, response.text.slice(0, 500)).toBeLessThan(500);
    if (address.startsWith("/api/")) expect([200, 400]).toContain(response.status);
    else expect(response.status).toBe(200);
  });
});
