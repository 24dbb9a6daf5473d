/**
 * The timeline's keyset pages on a real Postgres: 250 synthetic milestones sharing dates and titles
 * next to the seed's. Walking every page (the query, and GET /api/v1/milestones through its
 * handler) gives each live milestone once, in exactly the unpaged order; the counts agree with the
 * rows for every filter; the export still holds every matching milestone; bad `limit` and `after`
 * are 400s naming them. The same walk over real HTTP is in milestones-api.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeMilestoneCursor, encodeMilestoneCursor, type MilestoneFilters } from "@/lib/core/milestone-filters";
import type { YearTrackCount } from "@/lib/core/milestone-chart";
import type { MilestoneView } from "@/lib/core/views";
import type { Prisma } from "@/lib/generated/prisma/client";
import { exportMilestones } from "@/lib/server/export/milestone-export";
import * as s from "@/lib/server/openapi/schemas";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { getMilestoneFilterOptions, listMilestones, wholeTimeline } from "@/lib/server/queries/milestones";
import { seedReferenceData } from "@/prisma/seed/seed";
import { createSyntheticMilestones, type SyntheticMilestones } from "@/tests/support/synthetic-milestones";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let testDb: TestDatabase;
let database: Database;
let synthetic: SyntheticMilestones;
const previousUrl = process.env.DATABASE_URL;
const ORIGIN = "https://tracker.example";
const NOW = new Date("2031-08-01T10:00:00Z");

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_milestone_timeline");
  database = createDatabase(testDb.target);
  await seedReferenceData(database.prisma);
  synthetic = await createSyntheticMilestones(database.prisma, 250);
  process.env.DATABASE_URL = testDb.url;
}, 120_000);

afterAll(async () => {
  await closeSharedDatabase();
  if (previousUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = previousUrl;
  await database?.close();
  await testDb?.drop();
});

/** The unpaged order, straight from the database: date newest first, then title, then id. */
async function unpaged(where: Prisma.MilestoneWhereInput = {}) {
  const rows = await database.prisma.milestone.findMany({
    where: { deletedAt: null, ...where },
    orderBy: [{ occurredOn: "desc" }, { title: "asc" }, { id: "asc" }],
    select: { slug: true, occurredOn: true },
  });
  return rows;
}

const whereOf = (filters: MilestoneFilters): Prisma.MilestoneWhereInput => ({
  ...(filters.track ? { track: { slug: filters.track } } : {}),
  ...(filters.type ? { type: { slug: filters.type } } : {}),
  ...(filters.forum ? { forums: { some: { slug: filters.forum } } } : {}),
  ...(filters.year ? { occurredOn: { gte: new Date(`${filters.year}-01-01`), lte: new Date(`${filters.year}-12-31`) } } : {}),
});

/** The chart's counts (year, track, status) as a sorted list, to compare the grouped SQL with the rows. */
const byYearTrack = (counts: YearTrackCount[]) => counts.map((c) => `${c.year} ${c.track} ${c.status} ${c.count}`).sort();

/** The same counts, made from the milestones themselves. */
function tallied(milestones: MilestoneView[]): YearTrackCount[] {
  const counts = new Map<string, YearTrackCount>();
  for (const m of milestones) {
    const year = Number(m.date.date.slice(0, 4));
    const key = `${year} ${m.track.slug} ${m.status}`;
    const known = counts.get(key);
    counts.set(key, { year, track: m.track.slug, status: m.status, count: (known?.count ?? 0) + 1 });
  }
  return [...counts.values()];
}

async function walk(filters: MilestoneFilters, limit: number) {
  const slugs: string[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const page = await listMilestones(filters, { limit, after: after ? decodeMilestoneCursor(after) : null });
    pages += 1;
    // Each page says how many came before it: the walk so far.
    expect(page.earlier).toBe(slugs.length);
    expect(page.milestones.length).toBeLessThanOrEqual(limit);
    slugs.push(...page.milestones.map((m) => m.slug));
    if (page.next === null) break;
    expect(page.milestones.length).toBe(limit);
    after = page.next;
    if (pages > 1000) throw new Error("the walk does not end");
  }
  return { slugs, pages };
}

describe("walking the timeline's pages", () => {
  it("the data set has what the test needs: over 250 live milestones, many sharing a date and a title", async () => {
    const rows = await unpaged();
    expect(rows.filter((r) => r.slug.startsWith("timeline-test-"))).toHaveLength(synthetic.live);
    expect(rows.length).toBeGreaterThan(250);
    expect(synthetic.deleted).toBeGreaterThan(0);
    const pairs = await database.prisma.milestone.groupBy({ by: ["occurredOn", "title"], where: { deletedAt: null }, _count: true });
    expect(pairs.some((p) => p._count > 5)).toBe(true);
  });

  it.each([1, 7, 100, 500])("every page of %i gives each live milestone once, in the unpaged order", async (limit) => {
    const expected = (await unpaged()).map((r) => r.slug);
    const { slugs, pages } = await walk({}, limit);
    expect(slugs).toEqual(expected);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(pages).toBe(Math.max(1, Math.ceil(expected.length / limit)));
  });

  it.each<MilestoneFilters>([{ track: "accountability" }, { forum: "icc" }, { year: 2030 }, { track: "sanctions", year: 2031, forum: "special-tribunal" }, { type: "arrest-warrant" }])(
    "with filters %o too",
    async (filters) => {
      const expected = (await unpaged(whereOf(filters))).map((r) => r.slug);
      expect((await walk(filters, 9)).slugs).toEqual(expected);
    },
  );

  it("a page's cursor still works when the milestone it names is deleted meanwhile", async () => {
    const expected = (await unpaged()).map((r) => r.slug);
    const first = await listMilestones({}, { limit: 60 });
    const last = first.milestones.at(-1)!;
    await database.prisma.milestone.update({ where: { slug: last.slug }, data: { deletedAt: new Date() } });
    try {
      const second = await listMilestones({}, { limit: 60, after: decodeMilestoneCursor(first.next!) });
      expect(second.milestones.map((m) => m.slug)).toEqual(expected.slice(60, 120));
      expect(second.earlier).toBe(59);
    } finally {
      await database.prisma.milestone.update({ where: { slug: last.slug }, data: { deletedAt: null } });
    }
  });
});

describe("counts", () => {
  it.each<MilestoneFilters>([{}, { track: "accountability" }, { type: "ratification" }, { forum: "ukraine-domestic" }, { year: 2031 }, { track: "security-guarantees", forum: "icc", year: 2030 }])(
    "the matching count and the counts per year agree with the rows for %o",
    async (filters) => {
      const rows = await unpaged(whereOf(filters));
      const page = await listMilestones(filters, { limit: 500 });
      expect(page.milestones.map((m) => m.slug)).toEqual(rows.map((r) => r.slug));
      expect(page.matching).toBe(rows.length);
      expect(page.total).toBe((await unpaged()).length);
      const byYear: Record<number, number> = {};
      for (const r of rows) byYear[r.occurredOn.getUTCFullYear()] = (byYear[r.occurredOn.getUTCFullYear()] ?? 0) + 1;
      expect(page.matchingByYear).toEqual(byYear);
      expect(byYearTrack(page.matchingByYearTrack)).toEqual(byYearTrack(tallied(page.milestones)));
      expect(page.earlier).toBe(0);
      expect(page.next).toBeNull();
    },
  );

  it("the chart's counts put an expected milestone apart from those that happened, in its year and track", async () => {
    const one = await database.prisma.milestone.findFirstOrThrow({
      where: { deletedAt: null, track: { slug: "accountability" } },
      orderBy: { occurredOn: "desc" },
      select: { id: true, occurredOn: true },
    });
    await database.prisma.milestone.update({ where: { id: one.id }, data: { status: "EXPECTED" } });
    try {
      const page = await listMilestones({ track: "accountability" }, { limit: 500 });
      const year = one.occurredOn.getUTCFullYear();
      const expected = page.matchingByYearTrack.filter((c) => c.status === "EXPECTED");
      expect(expected).toEqual([{ year, track: "accountability", status: "EXPECTED", count: 1 }]);
      expect(byYearTrack(page.matchingByYearTrack)).toEqual(byYearTrack(tallied(page.milestones)));
      expect(page.matchingByYearTrack.every((c) => c.track === "accountability")).toBe(true);
    } finally {
      await database.prisma.milestone.update({ where: { id: one.id }, data: { status: "HAPPENED" } });
    }
  });

  it("the first page holds the default 100 and says how many match", async () => {
    const page = await listMilestones({});
    expect(page.milestones).toHaveLength(100);
    expect(page.matching).toBeGreaterThan(250);
    expect(page.next).not.toBeNull();
  });

  it("the year filter offers the years with live milestones, newest first (one grouped read)", async () => {
    const rows = await unpaged();
    const years = [...new Set(rows.map((r) => r.occurredOn.getUTCFullYear()))].sort((a, b) => b - a).map(String);
    const options = await getMilestoneFilterOptions();
    expect(options.year.map((o) => o.value)).toEqual(years);
    expect(options.year.every((o) => o.label === o.value)).toBe(true);
    // A year held only by a deleted milestone is not offered.
    const hidden = await database.prisma.milestone.create({
      data: { slug: "timeline-test-hidden", title: "Hidden", description: "Deleted.", occurredOn: new Date("1950-01-01"), precision: "YEAR", trackId: (await database.prisma.milestoneTrack.findFirstOrThrow()).id, typeId: (await database.prisma.milestoneType.findFirstOrThrow()).id, deletedAt: new Date() },
    });
    expect((await getMilestoneFilterOptions()).year.map((o) => o.value)).not.toContain("1950");
    await database.prisma.milestone.delete({ where: { id: hidden.id } });
  });
});

describe("the export holds every matching milestone, not a page", () => {
  it.each<[MilestoneFilters, Record<string, string>]>([
    [{}, {}],
    [{ track: "accountability" }, { track: "accountability" }],
  ])("%o", async (filters, params) => {
    const expected = (await unpaged(whereOf(filters))).map((r) => r.slug);
    const response = await exportMilestones({ format: "json", params, origin: ORIGIN, now: NOW });
    const records = (await response.json()) as { slug: string }[];
    expect(records.map((r) => r.slug)).toEqual(expected);
    if (Object.keys(params).length === 0) expect(records.length).toBeGreaterThan(250);
  });

  it("reads in batches that together hold every milestone once, in order", async () => {
    for (const filters of [{}, { forum: "icc" }] as MilestoneFilters[]) {
      const expected = (await unpaged(whereOf(filters))).map((r) => r.slug);
      const batches: string[][] = [];
      for await (const batch of wholeTimeline(filters, 7)) batches.push(batch.map((m) => m.slug));
      expect(batches.length).toBe(Math.ceil(expected.length / 7));
      expect(batches.flat()).toEqual(expected);
    }
  });

  it("refuses limit and after: a file is never one page", async () => {
    const response = await exportMilestones({ format: "csv", params: { limit: "5" }, origin: ORIGIN, now: NOW });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("limit:");
  });
});

describe("GET /api/v1/milestones, through its handler", () => {
  type Body = { total: number; matching: number; count: number; milestones: { slug: string }[]; next: string | null };
  const base = "http://tracker.test";
  async function get(path: string) {
    const { GET } = await import("@/app/api/v1/milestones/route");
    const response = await GET(new Request(`${base}${path}`));
    return { status: response.status, body: (await response.json()) as Body & { error?: { errors: { parameter: string; message: string }[] } } };
  }

  it("follows `next` from the first page to the last: every milestone once, in order, filters and limit kept", async () => {
    const expected = (await unpaged(whereOf({ track: "accountability" }))).map((r) => r.slug);
    const seen: string[] = [];
    let next: string | null = "/api/v1/milestones?track=accountability&limit=13";
    while (next) {
      const page = await get(next);
      expect(page.status, JSON.stringify(page.body).slice(0, 300)).toBe(200);
      const parsed = s.milestonesListSchema.safeParse(page.body);
      expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
      expect(page.body.count).toBe(page.body.milestones.length);
      expect(page.body.matching).toBe(expected.length);
      seen.push(...page.body.milestones.map((m) => m.slug));
      next = page.body.next;
      if (next) expect(next).toMatch(/^\/api\/v1\/milestones\?track=accountability&limit=13&after=[A-Za-z0-9_-]+$/);
    }
    expect(seen).toEqual(expected);
  });

  it("gives 100 by default, and the whole count", async () => {
    const page = await get("/api/v1/milestones");
    expect(page.body.count).toBe(100);
    expect(page.body.matching).toBe(page.body.total);
    expect(page.body.next).toMatch(/^\/api\/v1\/milestones\?after=/);
  });

  it.each<[string, string[]]>([
    ["limit=0", ["limit"]],
    ["limit=501", ["limit"]],
    ["limit=abc", ["limit"]],
    ["limit=-1", ["limit"]],
    ["after=garbage!", ["after"]],
    [`after=${encodeMilestoneCursor({ date: "2025-02-30", title: "x", id: "a" })}`, ["after"]],
    ["after=" + Buffer.from(JSON.stringify(["recent", "2025-01-01", "abc"])).toString("base64url"), ["after"]],
    ["limit=0&after=nope&track=weather", ["after", "limit", "track"]],
    ["limit=5&limit=6", ["limit"]],
    ["page=2", ["page"]],
  ])("refuses %s with a 400 naming %j", async (query, parameters) => {
    const page = await get(`/api/v1/milestones?${query}`);
    expect(page.status).toBe(400);
    expect(page.body.error!.errors.map((e) => e.parameter).sort()).toEqual(parameters);
    for (const e of page.body.error!.errors) expect(e.message).toContain(e.parameter);
  });
});

describe("searching the timeline, and a period besides the year", () => {
  /** The rows, the matching count and the counts per year, which the SQL of the counts and the Prisma of the rows each apply. */
  async function agree(filters: MilestoneFilters) {
    const page = await listMilestones(filters, { limit: 500 });
    expect(page.matching).toBe(page.milestones.length);
    const byYear: Record<number, number> = {};
    for (const m of page.milestones) byYear[Number(m.date.date.slice(0, 4))] = (byYear[Number(m.date.date.slice(0, 4))] ?? 0) + 1;
    expect(page.matchingByYear).toEqual(byYear);
    expect(byYearTrack(page.matchingByYearTrack)).toEqual(byYearTrack(tallied(page.milestones)));
    return page.milestones;
  }

  it("finds each word, whatever its case, in the title, the description, what it changed, or a source's title or passage", async () => {
    const seeded = await database.prisma.milestone.findFirstOrThrow({
      where: { slug: "icc-warrants-putin-lvova-belova-2023" },
      select: { slug: true, sources: { select: { locator: true, source: { select: { title: true } } } } },
    });
    // A word of the title, in capitals; two words that must both appear.
    expect((await agree({ q: "WARRANTS" })).map((m) => m.slug)).toContain(seeded.slug);
    expect((await agree({ q: "warrants putin" })).map((m) => m.slug)).toContain(seeded.slug);
    expect(await agree({ q: "warrants zzznowhere" })).toEqual([]);
    // A word found only in a source it cites.
    const sourceWord = seeded.sources[0]!.source.title.split(/\s+/).find((w) => w.length > 6)!;
    expect((await agree({ q: sourceWord })).map((m) => m.slug)).toContain(seeded.slug);
    // LIKE's wildcards are the characters themselves.
    expect(await agree({ q: "%" })).toEqual([]);
    expect(await agree({ q: "_" })).toEqual([]);
  });

  it("a period from the first day of `from` to the last day of `to`, at the precision given", async () => {
    const october = await agree({ from: "2024-10", to: "2024-10" });
    expect(october.length).toBeGreaterThan(0);
    for (const m of october) expect(m.date.date.slice(0, 7)).toBe("2024-10");
    const since = await agree({ from: "2025-06-25" });
    for (const m of since) expect(m.date.date >= "2025-06-25").toBe(true);
    const until = await agree({ to: "2014" });
    for (const m of until) expect(m.date.date <= "2014-12-31").toBe(true);
    expect((await agree({ from: "2024", to: "2024", q: "rome" })).every((m) => m.date.date.startsWith("2024"))).toBe(true);
  });

  it("the export and the API take the same filters, and refuse a period that ends before it begins", async () => {
    const filters: MilestoneFilters = { q: "statute", from: "2024" };
    const rows = (await agree(filters)).map((m) => m.slug);
    const all: string[] = [];
    for await (const batch of wholeTimeline(filters, 7)) all.push(...batch.map((m) => m.slug));
    expect(all).toEqual(rows);
    const { GET } = await import("@/app/api/v1/milestones/route");
    const response = await GET(new Request(`${ORIGIN}/api/v1/milestones?from=2025&to=2024`));
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain("is before");
  });
});
