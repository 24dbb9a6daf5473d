/**
 * Finding a recorded source to cite (the forms' picker, GET /api/v1/sources) on a real Postgres
 * server with the seeded sources, and a typed source marked official or secondary.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { AppError } from "@/lib/server/errors";
import { createMilestone } from "@/lib/server/milestones/create-milestone";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { searchSources } from "@/lib/server/queries/source-search";
import { seedReferenceData } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let testDb: TestDatabase;
let database: Database;
let analyst: Actor;

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_source_search");
  database = createDatabase(testDb.target);
  await seedReferenceData(database.prisma);
  const user = await database.prisma.user.create({ data: { email: "analyst@example.test", name: "The analyst", role: "ANALYST" }, select: { id: true } });
  analyst = { kind: "user", id: user.id, role: "ANALYST" };
  process.env.DATABASE_URL = testDb.url;
  await database.prisma.source.create({ data: { slug: "demo-rome-statute-notes", kind: "SYNTHETIC", title: "Demo notes on the Rome Statute" } });
});

afterAll(async () => {
  await closeSharedDatabase();
  await database?.close();
  await testDb?.drop();
});

describe("finding a recorded source", () => {
  it.each([
    ["an instrument's name", "rome statute", "rome-statute-text"],
    ["an article, with the provision it names", "Article 28", "rome-statute-text"],
    ["a word of the provision's heading", "commanders", "rome-statute-text"],
  ])("by %s", async (_by, q, slug) => {
    const found = await searchSources(q);
    expect(found.map((s) => s.slug)).toContain(slug);
    const rome = found.find((s) => s.slug === slug)!;
    expect(rome).toMatchObject({ title: "Rome Statute of the International Criminal Court", kind: "official" });
    if (q === "Article 28") expect(rome.provisions).toContainEqual({ number: "Article 28", heading: "Responsibility of commanders and other superiors", instrument: expect.any(String) });
  });

  it("needs every word, lists official sources first, and never offers demo data", async () => {
    const found = await searchSources("rome statute");
    expect(found.map((s) => s.slug)).not.toContain("demo-rome-statute-notes");
    const kinds = found.map((s) => s.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => Number(b === "official") - Number(a === "official")));
    expect(await searchSources("rome statute zzzz-no-such-word")).toEqual([]);
    expect(await searchSources("   ")).toEqual([]);
  });

  it("finds the ICC's press releases on its warrants, official ones before the reports about them", async () => {
    const found = await searchSources("ICC arrest warrants");
    expect(found[0]).toMatchObject({ kind: "official", publisher: "International Criminal Court", title: expect.stringMatching(/^Situation in Ukraine: ICC judges issue arrest warrants/) });
    expect(found.some((s) => s.kind === "secondary")).toBe(true);
  });

  it("takes % and _ as the characters they are, not as wildcards", async () => {
    // As wildcards, these would match every source (any title of 30 characters or more).
    expect(await searchSources("%%")).toEqual([]);
    expect(await searchSources("_".repeat(30))).toEqual([]);
    // As characters, they are found where they are (an address with "_" in it).
    expect((await searchSources("stattya_31")).map((s) => s.slug)).toContain("protocol-ua-criminal-code-art-31-1");
  });
});

describe("a typed source's kind", () => {
  const milestone = {
    title: "A milestone citing a gazette",
    description: "Logged by the source-search test.",
    date: "2025-01",
    track: "accountability",
    type: "ratification",
    sources: [
      { title: "Official Gazette of Ukraine, No. 1", kind: "official", locator: "Item 1" },
      { title: "A blog post about it", kind: "secondary" },
      { title: "Another post, its kind left out" },
    ],
  };

  it("is stored as official, or as other (secondary) when it is not said", async () => {
    const record = await createMilestone({ actor: analyst, input: milestone });
    const kinds = await database.prisma.source.findMany({ where: { slug: { in: record.sources.map((s) => s.slug) } }, select: { title: true, kind: true }, orderBy: { title: "asc" } });
    expect(kinds).toEqual([
      { title: "A blog post about it", kind: "OTHER" },
      { title: "Another post, its kind left out", kind: "OTHER" },
      { title: "Official Gazette of Ukraine, No. 1", kind: "OFFICIAL" },
    ]);
  });

  it("is refused beside a recorded source, and when it is neither, naming the row", async () => {
    const error = await createMilestone({ actor: analyst, input: { ...milestone, sources: [{ slug: "rome-statute-text", kind: "official" }, { title: "X", kind: "primary" }] } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details.errors).toEqual([
      { parameter: "sources.0.kind", message: expect.stringMatching(/must be left out when the entry refers to a recorded source/) },
      { parameter: "sources.1.kind", message: expect.stringMatching(/must be official or secondary/) },
    ]);
  });
});
