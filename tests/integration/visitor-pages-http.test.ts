/**
 * The visitors' page cache and the Content Security Policy (proxy.ts,
 * docs/decisions/024-caches-dropped-by-changes.md), over real HTTP against the server `npm start`
 * runs (Next's own `next start`): a page is served again until a write changes what pages show,
 * through the API (at once) or psql (once its notification is heard); writes pages do not show
 * (sign-ins, a token's use, follows) leave it kept; signed-in users, the API and the client router
 * never see it; every answer's inline scripts carry the nonce its policy names.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { createApiToken } from "@/lib/server/accounts/api-tokens";
import { createCase } from "@/lib/server/cases/create-case";
import { hashPassword } from "@/lib/server/passwords";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";
import { startTrackerServer, type TrackerServer } from "@/tests/support/tracker-server";

let testDb: TestDatabase;
let database: Database;
let psql: pg.Client;
let server: TrackerServer | undefined;
let slug = "";
let otherSlug = "";
let token = "";
let version = 1;
const PASSWORD = "a long enough test password";

/** A page in English: pages live under their language's prefix (decision 037). */
async function page(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server!.url}${path.startsWith("/api/") ? "" : "/en"}${path}`, { headers, redirect: "manual" });
  return { status: response.status, cache: response.headers.get("x-tracker-page-cache"), policy: response.headers.get("content-security-policy"), encoding: response.headers.get("content-encoding"), text: await response.text() };
}

async function api(method: string, path: string, body?: unknown) {
  const response = await fetch(`${server!.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** A visitor's page, read until it says `text` (a psql write reaches the server by notification). */
async function pageOnceItSays(path: string, text: string) {
  const deadline = Date.now() + 2_000;
  for (;;) {
    const answer = await page(path);
    if (answer.text.includes(text) || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const caseTitle = (text: string) => /<h1[^>]*>([^<]*)</.exec(text)?.[1];

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_visitor_pages");
  server = await startTrackerServer(testDb.url);
  database = createDatabase(testDb.target);
  process.env.DATABASE_URL = testDb.url;
  psql = new pg.Client({ connectionString: testDb.url });
  await psql.connect();
  const user = await database.prisma.user.create({ data: { email: "analyst@example.test", name: "The analyst", role: "ANALYST", passwordHash: await hashPassword(PASSWORD) }, select: { id: true } });
  const actor: Actor = { kind: "user", id: user.id, role: "ANALYST" };
  token = (await createApiToken({ actor, input: { name: "pages test" } })).token;
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
  version = created.version;
  otherSlug = (await createCase({ actor, input: { reference: "ICC-01/22-OTHER/26", title: "Prosecutor v. Other Commander", summary: "Another synthetic case.", forum: "icc", situation: "ukraine", accused: [{ key: "a1", name: "Other Commander", kind: "natural", level: "field-grade" }], charges: [{ accused: "a1", crime: "war-crimes", mode: "direct", provisionCited: "Article 8(2)(a)(ii) of the Rome Statute" }], sources: [{ title: "Another press release", url: "https://example.org/other", locator: "First paragraph" }], initialStage: { stage: "INVESTIGATION", date: "2024-03" }, isSynthetic: true } })).slug;
  // The server hears changes once it has opened its database: the first page does that.
  const deadline = Date.now() + 10_000;
  while ((await page(`/cases/${slug}`)).cache !== "hit" && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}, 900_000);

afterAll(async () => {
  await server?.stop();
  await psql?.end();
  await closeSharedDatabase();
  await database?.close();
  await testDb?.drop();
}, 60_000);

describe("the visitors' page cache", () => {
  it("serves a visitor's page again, byte for byte, with the policy it was rendered with", async () => {
    await page("/forums");
    const first = await page("/forums");
    const second = await page("/forums");
    expect([first.status, first.cache, second.cache]).toEqual([200, "hit", "hit"]);
    expect(second.text).toBe(first.text);
    expect(second.policy).toBe(first.policy);
  });

  it("renders the page anew at once after a write through the API, and never serves the old one", async () => {
    expect((await page(`/cases/${slug}`)).cache).toBe("hit");
    const changed = await api("PATCH", `/api/v1/cases/${slug}`, { title: "Prosecutor v. Renamed Commander", expectedVersion: version });
    expect(changed.status).toBe(200);
    version = changed.json.version as number;
    const after = await page(`/cases/${slug}`);
    expect(after.cache).toBe("miss");
    expect(caseTitle(after.text)).toContain("Prosecutor v. Renamed Commander");
    const again = await page(`/cases/${slug}`);
    expect(again.cache).toBe("hit");
    expect(caseTitle(again.text)).toContain("Prosecutor v. Renamed Commander");
  });

  it("renders the page anew after a write made outside the app (psql)", async () => {
    await page(`/cases/${slug}`);
    await psql.query(`UPDATE "Forum" SET name = 'International Criminal Court (renamed in psql)' WHERE slug = 'icc'`);
    const after = await pageOnceItSays(`/cases/${slug}`, "renamed in psql");
    expect(after.text).toContain("renamed in psql");
    expect((await page(`/cases/${slug}`)).cache).toBe("hit");
    await psql.query(`UPDATE "Forum" SET name = 'International Criminal Court' WHERE slug = 'icc'`);
    expect((await pageOnceItSays(`/cases/${slug}`, "International Criminal Court<")).text).not.toContain("renamed in psql");
  });

  it("keeps the page through writes that no page shows: a sign-in attempt, a token's use, a follow", async () => {
    await page(`/cases/${slug}`);
    expect((await page(`/cases/${slug}`)).cache).toBe("hit");
    await psql.query(`INSERT INTO "SignInAttempt" (email, address, succeeded) VALUES ('someone@example.test', '127.0.0.1', false)`);
    expect((await api("GET", "/api/v1/cases")).status).toBe(200); // writes the token's lastUsedAt
    expect((await api("POST", "/api/v1/follows", { target: "forum", forum: "icc" })).status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 100)); // time for any notification to arrive
    expect((await page(`/cases/${slug}`)).cache).toBe("hit");
  });

  it("renders the noted case's page anew after a note, whose count visitors see, and keeps every other page", async () => {
    const inUkrainian = async () => (await fetch(`${server!.url}/uk/cases/${slug}`)).headers.get("x-tracker-page-cache");
    for (const path of [`/cases/${slug}`, `/cases/${otherSlug}`, "/cases", "/forums"]) await page(path);
    await inUkrainian();
    expect(await inUkrainian()).toBe("hit");
    const note = await api("POST", `/api/v1/cases/${slug}/annotations`, { body: "A note only analysts read.", assessment: "STALLED" });
    expect(note.status).toBe(201);
    const after = await page(`/cases/${slug}`);
    expect(after.cache).toBe("miss");
    // The same page in the other language shows the same count: it is rendered anew too.
    expect(await inUkrainian()).toBe("miss");
    expect(after.text).toMatch(/There is 1 analyst’s note on this case/);
    expect(after.text).not.toContain("A note only analysts read.");
    for (const path of [`/cases/${otherSlug}`, "/cases", "/forums"]) expect((await page(path)).cache, path).toBe("hit");
    // A note's other-language body is read by analysts alone: it drops no other page either.
    const translated = await api("POST", `/api/v1/cases/${slug}/annotations`, {
      body: "A second note.", assessment: "STALLED", translations: { uk: { body: "Друга нотатка." } },
    });
    expect(translated.status).toBe(201);
    for (const path of [`/cases/${otherSlug}`, "/cases", "/forums"]) expect((await page(path)).cache, path).toBe("hit");
  });

  it("keeps one page for every encoding: Next compresses each answer as asked", async () => {
    await page(`/cases/${slug}`);
    const plain = await page(`/cases/${slug}`, { "accept-encoding": "identity" });
    const gzip = await page(`/cases/${slug}`, { "accept-encoding": "gzip" });
    expect([plain.cache, gzip.cache]).toEqual(["hit", "hit"]);
    expect(plain.encoding).toBeNull();
    expect(gzip.encoding).toBe("gzip");
    expect(gzip.text).toBe(plain.text);
  });

  it("is never used with a cookie, for the API, for the client router or for a HEAD request", async () => {
    await page(`/cases/${slug}`);
    for (const [path, headers] of [
      [`/cases/${slug}`, { cookie: "next-auth.session-token=whatever" }],
      [`/cases/${slug}`, { rsc: "1" }],
      [`/cases/${slug}?_rsc=abc12`, { rsc: "1" }],
      [`/cases/${slug}`, { rsc: "1", "next-router-prefetch": "1" }],
      [`/api/v1/cases/${slug}`, {}],
    ] as const) {
      const response = await page(path, headers);
      expect(response.cache, `${path} ${JSON.stringify(headers)}`).toBeNull();
      if ("rsc" in headers) expect(response.text.startsWith("<!DOCTYPE"), "the router gets its payload, not a page").toBe(false);
    }
    const head = await fetch(`${server!.url}/en/cases/${slug}`, { method: "HEAD" });
    expect(head.headers.get("x-tracker-page-cache")).toBeNull();
  });

  it("sends a visitor to sign in from a page for signed-in users, every time", async () => {
    for (let i = 0; i < 3; i++) {
      const answer = await page("/account");
      expect(answer.status, `request ${i + 1}`).toBe(307);
      expect(answer.cache).toBeNull();
    }
    const response = await fetch(`${server!.url}/en/account`, { redirect: "manual" });
    expect(response.headers.get("location")).toMatch(/\/sign-in\?callbackUrl=%2Faccount|\/sign-in\?callbackUrl=\/account/);
  });

  it("does not keep a page that is not found, and says it is not found", async () => {
    const missing = [await page("/cases/no-such-case"), await page("/cases/no-such-case")];
    expect(missing.map((p) => p.status)).toEqual([404, 404]);
    expect(missing.map((p) => p.cache)).toEqual(["miss", "miss"]);
  });
});

describe("the Content Security Policy", () => {
  const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
  const inlineScripts = (html: string) => [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]!);
  const externalScripts = (html: string) => [...html.matchAll(/<script[^>]*\bsrc=[^>]*>/g)].map((m) => m[0]);

  it("allows no inline script without the nonce, and every script Next writes carries it", async () => {
    for (const headers of [{}, { cookie: "next-auth.session-token=whatever" }] as Record<string, string>[]) {
      const answer = await page("/which-forum", headers);
      expect(answer.policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(answer.policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      const nonce = nonceOf(answer.policy)!;
      expect(inlineScripts(answer.text).length).toBeGreaterThan(0);
      for (const attributes of inlineScripts(answer.text)) expect(attributes).toContain(`nonce="${nonce}"`);
      for (const tag of externalScripts(answer.text)) expect(tag).toContain(`nonce="${nonce}"`);
    }
  });

  it("is sent with every answer: files' and unknown pages' with a nonce, the API's allowing nothing", async () => {
    for (const path of ["/en/milestones/feed.xml", "/en/cases/export.csv", "/en/no-such-page", "/no-such-page"]) {
      const response = await fetch(`${server!.url}${path}`);
      expect(response.headers.get("content-security-policy"), path).toMatch(/script-src 'self' 'nonce-/);
    }
    const api = await fetch(`${server!.url}/api/v1/cases`);
    expect(api.headers.get("content-security-policy")).toMatch(/^default-src 'none'/);
  });

  it("gives each rendered answer a nonce of its own", async () => {
    const cookie = { cookie: "next-auth.session-token=whatever" };
    const [a, b] = [await page("/which-forum", cookie), await page("/which-forum", cookie)];
    expect(nonceOf(a.policy)).not.toBe(nonceOf(b.policy));
  });
});
