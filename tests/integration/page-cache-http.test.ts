/**
 * The page cache for visitors who are not signed in (docs/decisions/017-page-cache.md), over real
 * HTTP against the production server: a page is served again only while no transaction has
 * committed since it was rendered; signed-in users, the API and the client router never see it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { createCase } from "@/lib/server/cases/create-case";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";
import { startTrackerServer, type TrackerServer } from "@/tests/support/tracker-server";

let testDb: TestDatabase;
let database: Database;
let server: TrackerServer | undefined;
let slug = "";

async function page(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server!.url}${path}`, { headers, redirect: "manual" });
  return { status: response.status, cache: response.headers.get("x-tracker-page-cache"), encoding: response.headers.get("content-encoding"), text: await response.text() };
}

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_page_cache");
  server = await startTrackerServer(testDb.url);
  database = createDatabase(testDb.target);
  process.env.DATABASE_URL = testDb.url;
  const user = await database.prisma.user.create({ data: { email: "analyst@example.test", name: "The analyst", role: "ANALYST" }, select: { id: true } });
  const actor: Actor = { kind: "user", id: user.id, role: "ANALYST" };
  const created = await createCase({
    actor,
    input: {
      reference: "ICC-01/22-CACHE/26",
      title: "Prosecutor v. Cached Commander",
      summary: "A synthetic case for the page cache test.",
      forum: "icc",
      situation: "ukraine",
      accused: [{ key: "a1", name: "Cached Commander", kind: "natural", level: "field-grade" }],
      charges: [{ accused: "a1", crime: "war-crimes", mode: "direct", provisionCited: "Article 8(2)(a)(ii) of the Rome Statute" }],
      sources: [{ title: "A test press release", url: "https://example.org/press", locator: "First paragraph" }],
      initialStage: { stage: "INVESTIGATION", date: "2024-03" },
      isSynthetic: true,
    },
  });
  slug = created.slug;
}, 900_000);

afterAll(async () => {
  await server?.stop();
  await closeSharedDatabase();
  await database?.close();
  await testDb?.drop();
}, 60_000);

describe("the page cache", () => {
  it("serves a visitor's page again, byte for byte, while nothing was committed", async () => {
    const first = await page(`/cases/${slug}`);
    expect(first.status).toBe(200);
    expect(first.text).toContain("Prosecutor v. Cached Commander");
    const second = await page(`/cases/${slug}`);
    expect([first.cache, second.cache]).toEqual(["miss", "hit"]);
    expect(second.text).toBe(first.text);
  });

  it("renders the page anew once a transaction changed the case, and never serves the old one", async () => {
    await page(`/cases/${slug}`);
    await database.prisma.$executeRaw`UPDATE "Case" SET title = 'Prosecutor v. Renamed Commander' WHERE slug = ${slug}`;
    const after = await page(`/cases/${slug}`);
    expect(after.cache).toBe("miss");
    expect(after.text).toContain("Prosecutor v. Renamed Commander");
    expect(after.text).not.toContain("Prosecutor v. Cached Commander");
    const again = await page(`/cases/${slug}`);
    expect(again.cache).toBe("hit");
    expect(again.text).toContain("Prosecutor v. Renamed Commander");
  });

  it("renders anew after any commit, even one the page does not read", async () => {
    await page(`/cases/${slug}`);
    await database.prisma.signInAttempt.create({ data: { email: "someone@example.test", address: "127.0.0.1", succeeded: false } });
    expect((await page(`/cases/${slug}`)).cache).toBe("miss");
  });

  it("keeps a page per accepted encoding", async () => {
    const plain = [await page(`/cases/${slug}`, { "accept-encoding": "identity" }), await page(`/cases/${slug}`, { "accept-encoding": "identity" })];
    const gzip = [await page(`/cases/${slug}`, { "accept-encoding": "gzip" }), await page(`/cases/${slug}`, { "accept-encoding": "gzip" })];
    expect(plain.map((p) => p.cache)).toEqual(["miss", "hit"]);
    expect(gzip.map((p) => p.cache)).toEqual(["miss", "hit"]);
    expect(plain[1]!.encoding).toBeNull();
    expect(gzip[1]!.encoding).toBe(gzip[0]!.encoding);
    expect(plain[1]!.text).toBe(gzip[1]!.text);
  });

  it("is never used with a cookie, for the API, for the client router or for a HEAD request", async () => {
    await page(`/cases/${slug}`);
    await page(`/cases/${slug}`);
    for (const [path, headers] of [
      [`/cases/${slug}`, { cookie: "next-auth.session-token=whatever" }],
      [`/cases/${slug}`, { rsc: "1" }],
      [`/api/v1/cases/${slug}`, {}],
    ] as const) {
      const response = await page(path, headers);
      expect(response.cache, `${path} ${JSON.stringify(headers)}`).toBeNull();
    }
    const head = await fetch(`${server!.url}/cases/${slug}`, { method: "HEAD" });
    expect(head.headers.get("x-tracker-page-cache")).toBeNull();
  });

  it("does not keep a page that is not found", async () => {
    const missing = [await page("/cases/no-such-case"), await page("/cases/no-such-case")];
    expect(missing.map((p) => p.status)).toEqual([404, 404]);
    expect(missing.map((p) => p.cache)).toEqual(["miss", "miss"]);
  });
});
