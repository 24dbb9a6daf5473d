/**
 * The JSON API over real HTTP: the production build, served by npm start's code path on a fresh,
 * seeded Postgres database. Answers carry the statuses the sources give; a bad parameter is a 400
 * that names it (and lists the allowed values); nothing a client sends makes a 500. The pages that
 * read the same parameters answer 200 with the error shown next to the field.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
type JurisdictionBody = {
  asOf: string;
  gap: boolean;
  forums: { forum: string; status: string; reasons: { rule: string | null; provision: { label: string } | null; source: { locator: string | null } | null }[] }[];
};
type CoverageBody = {
  asOf: string;
  situation: string;
  mode: string;
  forums: { slug: string; name: string }[];
  rows: { crime: string; accused: string; level: string | null; gap: boolean; caseCount: number; cells: { forum: string; status: string; rules: string[]; conditions: string[]; caseCount: number }[] }[];
};

async function get(pathAndQuery: string) {
  const response = await fetch(`${base}${pathAndQuery}`);
  const text = await response.text();
  return { status: response.status, type: response.headers.get("content-type") ?? "", text, json: () => JSON.parse(text) as unknown };
}

const statuses = (body: JurisdictionBody) => Object.fromEntries(body.forums.map((f) => [f.forum, f.status]));

describe("GET /api/jurisdiction", () => {
  it("aggression by the top leadership: conditional at the ICC and in Ukraine; the Special Tribunal from 25 June 2025", async () => {
    const before = await get("/api/jurisdiction?crime=aggression&accused=natural&level=top-leadership&asOf=2025-06-24");
    expect(before.status).toBe(200);
    const early = before.json() as JurisdictionBody;
    expect(statuses(early)).toEqual({ icc: "conditional", "special-tribunal": "excluded", "ukraine-domestic": "conditional" });
    expect(early.gap).toBe(true);
    expect(early.forums.find((f) => f.forum === "special-tribunal")!.reasons[0]!.rule).toBeNull();

    const after = (await get("/api/jurisdiction?crime=aggression&accused=natural&level=top-leadership&asOf=2025-07-01")).json() as JurisdictionBody;
    expect(statuses(after)).toEqual({ icc: "conditional", "special-tribunal": "conditional", "ukraine-domestic": "conditional" });
    // Before Ukraine became a State Party, the ICC was excluded outright.
    const old = (await get("/api/jurisdiction?crime=aggression&accused=natural&level=top-leadership&asOf=2024-12-31")).json() as JurisdictionBody;
    expect(statuses(old).icc).toBe("excluded");
  });

  it("a company: excluded at the ICC under Article 25(1), conditional in Ukraine's courts", async () => {
    const response = await get("/api/jurisdiction?crime=war-crimes&accused=legal&asOf=2025-07-01");
    expect(response.status).toBe(200);
    const body = response.json() as JurisdictionBody;
    expect(statuses(body)).toEqual({ icc: "excluded", "special-tribunal": "excluded", "ukraine-domestic": "conditional" });
    const icc = body.forums.find((f) => f.forum === "icc")!;
    expect(icc.reasons.map((r) => r.rule)).toEqual(["icc-natural-persons-only"]);
    expect(icc.reasons[0]!.provision!.label).toContain("Article 25(1)");
    expect(icc.reasons[0]!.source!.locator).toBeTruthy();
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
});

describe("GET /api/coverage", () => {
  it("the matrix with case counts: 25 rows by 3 forums, gaps marked", async () => {
    const response = await get("/api/coverage?asOf=2025-07-01");
    expect(response.status).toBe(200);
    const body = response.json() as CoverageBody;
    expect(body).toMatchObject({ asOf: "2025-07-01", situation: "ukraine", mode: "direct" });
    expect(body.forums.map((f) => f.slug)).toEqual(["icc", "special-tribunal", "ukraine-domestic"]);
    expect(body.rows).toHaveLength(25);
    const row = (crime: string, accused: string, level: string | null) => body.rows.find((r) => r.crime === crime && r.accused === accused && r.level === level)!;
    expect(body.rows.every((r) => r.cells.length === 3)).toBe(true);
    // The only cases on a fresh database are the seeded ones: the ICC's warrant for Putin (top
    // leadership) fills one cell; Lvova-Belova has no recorded level, so fits no row.
    const putinRow = row("war-crimes", "natural", "top-leadership");
    expect(putinRow.cells.map((c) => c.caseCount)).toEqual([1, 0, 0]);
    expect(putinRow.caseCount).toBe(1);
    expect(body.rows.filter((r) => r !== putinRow).every((r) => r.caseCount === 0 && r.cells.every((c) => c.caseCount === 0))).toBe(true);
    expect(row("aggression", "natural", "top-leadership").gap).toBe(true);
    expect(row("aggression", "natural", "top-leadership").cells.map((c) => c.status)).toEqual(["conditional", "conditional", "conditional"]);
    expect(row("war-crimes", "natural", "direct-perpetrator")).toMatchObject({ gap: false });
    expect(row("war-crimes", "legal", null).cells[0]).toMatchObject({ forum: "icc", status: "excluded", rules: ["icc-natural-persons-only"] });
    expect(row("aggression", "natural", "top-leadership").cells[1]!.conditions[0]).toMatch(/agreement is in force/);
  });

  it("ICC aggression cells differ across the Rome Statute's entry into force for Ukraine", async () => {
    const at = async (asOf: string) => ((await get(`/api/coverage?asOf=${asOf}`)).json() as CoverageBody).rows.filter((r) => r.crime === "aggression" && r.accused === "natural");
    expect((await at("2024-12-31")).map((r) => r.cells[0]!.status)).toEqual(["excluded", "excluded", "excluded", "excluded"]);
    expect((await at("2025-01-02")).map((r) => r.cells[0]!.status)).toEqual(["conditional", "conditional", "conditional", "conditional"]);
  });

  it("defaults to today, Ukraine and direct commission", async () => {
    const body = (await get("/api/coverage")).json() as CoverageBody;
    expect(body.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body).toMatchObject({ situation: "ukraine", mode: "direct" });
  });

  it.each([
    ["a bad asOf", "asOf=2025-02-30", "asOf", false],
    ["an asOf in another format", "asOf=31/12/2024", "asOf", false],
    ["an empty asOf", "asOf=", "asOf", false],
    ["an unknown situation", "situation=mars", "situation", true],
    ["an unknown mode", "mode=aiding", "mode", true],
    ["an unknown parameter", "crime=aggression", "crime", true],
    ["a repeated parameter", "asOf=2025-01-01&asOf=2025-01-02", "asOf", false],
  ])("400 for %s, naming the parameter", async (_name, query, parameter, listsAllowed) => {
    const response = await get(`/api/coverage?${query}`);
    expect(response.status).toBe(400);
    const body = response.json() as ApiError;
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.message).toBeTruthy();
    const error = body.error.errors.find((e) => e.parameter === parameter);
    expect(error, response.text).toBeDefined();
    expect(Boolean(error!.allowed?.length)).toBe(listsAllowed);
  });
});

describe("never a 500", () => {
  it.each([
    "/api/coverage?asOf=%00",
    "/api/coverage?asOf=9999-99-99&situation=%27%3B%20drop%20table%20%22Case%22%3B--",
    `/api/coverage?mode=${"x".repeat(5000)}`,
    "/api/coverage?=&&&",
    "/api/jurisdiction",
    "/api/jurisdiction?crime=%E2%9C%93&accused=&level=",
    "/which-forum?crime=aggression&accused=natural&level=top-leadership&asOf=2025-02-30",
    "/which-forum?crime=war-crimes&accused=legal&level=top-leadership",
    "/which-forum?colour=red",
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
