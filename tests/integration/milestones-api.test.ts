/**
 * POST/PATCH/DELETE /api/v1/milestones over real HTTP against the production server (npm start's
 * code path) on a fresh, seeded Postgres database. Credentials are a Bearer API token or a session
 * cookie (same origin only). Every refusal — 401, 403, 400, 404, 409 — leaves the database as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { createApiToken, revokeApiToken } from "@/lib/server/accounts/api-tokens";
import { hashPassword } from "@/lib/server/passwords";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { createSyntheticMilestones } from "@/tests/support/synthetic-milestones";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";
import { startTrackerServer, type TrackerServer } from "@/tests/support/tracker-server";
import { signInOverHttp } from "@/tests/support/http-session";

const PASSWORD = "a long enough test password";

let testDb: TestDatabase;
let database: Database;
let server: TrackerServer | undefined;
let base = "";
const tokens: Record<"viewer" | "analyst" | "admin" | "revoked", string> = {} as never;
let analystCookie = "";


/** A session cookie, the way a browser gets one: next-auth's CSRF token, then the credentials callback. */
const signIn = (email: string) => signInOverHttp(base, email, PASSWORD);

type Call = { method: string; path: string; token?: string; cookie?: string; origin?: string; body?: unknown; raw?: string };
async function call({ method, path: p, token, cookie, origin, body, raw }: Call) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  if (cookie) headers.cookie = cookie;
  if (origin) headers.origin = origin;
  const response = await fetch(`${base}${p}`, { method, headers, body: raw ?? (body === undefined ? undefined : JSON.stringify(body)), redirect: "manual" });
  const text = await response.text();
  let json: any = null; // eslint-disable-line @typescript-eslint/no-explicit-any
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: response.status, json, text, location: response.headers.get("location") };
}

async function counts() {
  const p = database.prisma;
  const [milestones, milestoneSources, sources, rules, audits, versions, ruleVersions, deleted, translations] = await Promise.all([
    p.milestone.count(),
    p.milestoneSource.count(),
    p.source.count(),
    p.jurisdictionRule.count(),
    p.auditEvent.count({ where: { entityType: { in: ["Milestone", "JurisdictionRule", "Source"] } } }),
    p.milestone.aggregate({ _sum: { version: true } }),
    p.jurisdictionRule.aggregate({ _sum: { version: true } }),
    p.milestone.count({ where: { deletedAt: { not: null } } }),
    p.translation.findMany({ where: { entityType: "Milestone" }, select: { entityId: true, field: true, locale: true, text: true }, orderBy: [{ entityId: "asc" }, { field: "asc" }, { locale: "asc" }] }),
  ]);
  return { milestones, milestoneSources, sources, rules, audits, versions: versions._sum.version, ruleVersions: ruleVersions._sum.version, deleted, translations };
}

/** Makes the call and checks it was refused with `status` and that nothing was written. */
async function refused(request: Call, status: number) {
  const before = await counts();
  const response = await call(request);
  expect(response.status, response.text).toBe(status);
  expect(response.json?.error?.message).toBeTruthy();
  expect(await counts()).toEqual(before);
  return response;
}

const valid = {
  title: "HTTP test milestone",
  description: "Logged over HTTP by the integration test.",
  date: "2026-10",
  track: "accountability",
  type: "ratification",
  forums: ["icc"],
  sources: [{ title: "A test source", url: "https://example.org/post", locator: "Paragraph 2" }],
};

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_milestones_api");
  server = await startTrackerServer(testDb.url);
  base = server.url;
  database = createDatabase(testDb.target);
  process.env.DATABASE_URL = testDb.url;
  const passwordHash = await hashPassword(PASSWORD);
  for (const role of ["VIEWER", "ANALYST", "ADMIN"] as const) {
    const user = await database.prisma.user.create({ data: { email: `${role.toLowerCase()}@example.test`, name: `The ${role.toLowerCase()}`, role, passwordHash }, select: { id: true } });
    const actor: Actor = { kind: "user", id: user.id, role };
    tokens[role.toLowerCase() as "viewer"] = (await createApiToken({ actor, input: { name: "test" } })).token;
    if (role === "ANALYST") {
      const revoked = await createApiToken({ actor, input: { name: "revoked" } });
      await revokeApiToken({ actor, input: { id: revoked.id } });
      tokens.revoked = revoked.token;
    }
  }
  analystCookie = await signIn("analyst@example.test");
}, 900_000);

afterAll(async () => {
  await server?.stop();
  await closeSharedDatabase();
  await database?.close();
  await testDb?.drop();
}, 60_000);

describe("refusals write nothing", () => {
  it("401 without credentials, with a made-up token and with a revoked one", async () => {
    await refused({ method: "POST", path: "/api/v1/milestones", body: valid, origin: base }, 401);
    await refused({ method: "POST", path: "/api/v1/milestones", body: valid, token: "tat_made-up-token" }, 401);
    await refused({ method: "POST", path: "/api/v1/milestones", body: valid, token: "not even a token" }, 401);
    const revoked = await refused({ method: "POST", path: "/api/v1/milestones", body: valid, token: tokens.revoked }, 401);
    expect(revoked.json.error.code).toBe("unauthenticated");
    await refused({ method: "PATCH", path: "/api/v1/milestones/icc-warrants-putin-lvova-belova-2023", body: { title: "X", expectedVersion: 1 } }, 401);
    await refused({ method: "DELETE", path: "/api/v1/milestones/icc-warrants-putin-lvova-belova-2023", body: { expectedVersion: 1 } }, 401);
  });

  it("403 for a viewer's token, on every write", async () => {
    await refused({ method: "POST", path: "/api/v1/milestones", body: valid, token: tokens.viewer }, 403);
    await refused({ method: "PATCH", path: "/api/v1/milestones/icc-warrants-putin-lvova-belova-2023", body: { title: "X", expectedVersion: 1 }, token: tokens.viewer }, 403);
    await refused({ method: "DELETE", path: "/api/v1/milestones/icc-warrants-putin-lvova-belova-2023", body: { expectedVersion: 1 }, token: tokens.viewer }, 403);
  });

  it("403 for an analyst attaching effects, saying an admin is needed", async () => {
    const response = await refused({ method: "POST", path: "/api/v1/milestones", body: { ...valid, closes: ["icc-ecocide-not-a-crime"] }, token: tokens.analyst }, 403);
    expect(response.json.error.message).toMatch(/admin role/);
  });

  it("403 for a session cookie from a foreign origin (or with no origin at all)", async () => {
    const foreign = await refused({ method: "POST", path: "/api/v1/milestones", body: valid, cookie: analystCookie, origin: "https://evil.example" }, 403);
    expect(foreign.json.error.message).toMatch(/Origin/);
    await refused({ method: "POST", path: "/api/v1/milestones", body: valid, cookie: analystCookie }, 403);
    await refused({ method: "DELETE", path: "/api/v1/milestones/icc-warrants-putin-lvova-belova-2023", body: { expectedVersion: 1 }, cookie: analystCookie, origin: "https://evil.example" }, 403);
  });

  it("400 with field errors for bad input, naming each field", async () => {
    const bad = await refused(
      { method: "POST", path: "/api/v1/milestones", token: tokens.analyst, body: { ...valid, date: "2026-02-30", sources: [{ title: "", url: "not a url" }], forums: ["atlantis"] } },
      400,
    );
    expect(bad.json.error.code).toBe("invalid_input");
    expect(bad.json.error.errors.map((e: { parameter: string }) => e.parameter).sort()).toEqual(["date", "sources.0.title", "sources.0.url"]);
    const unknown = await refused({ method: "POST", path: "/api/v1/milestones", token: tokens.analyst, body: { ...valid, forums: ["atlantis"], track: "weather" } }, 400);
    expect(unknown.json.error.errors.map((e: { parameter: string }) => e.parameter).sort()).toEqual(["forums", "track"]);
    const noSource = await refused({ method: "POST", path: "/api/v1/milestones", token: tokens.analyst, body: { ...valid, sources: [] } }, 400);
    expect(noSource.json.error.errors[0].parameter).toBe("sources");
  });

  it("400 naming the body for malformed JSON, an empty body or an array", async () => {
    const malformed = await refused({ method: "POST", path: "/api/v1/milestones", token: tokens.analyst, raw: "{ not json" }, 400);
    expect(malformed.json.error.errors[0].parameter).toBe("body");
    await refused({ method: "POST", path: "/api/v1/milestones", token: tokens.analyst, raw: "" }, 400);
    await refused({ method: "POST", path: "/api/v1/milestones", token: tokens.analyst, raw: "[1,2]" }, 400);
    const patch = await refused({ method: "PATCH", path: "/api/v1/milestones/icc-warrants-putin-lvova-belova-2023", token: tokens.analyst, raw: "nope" }, 400);
    expect(patch.json.error.errors[0].parameter).toBe("body");
  });

  it("404 for an unknown milestone", async () => {
    await refused({ method: "PATCH", path: "/api/v1/milestones/no-such-milestone", token: tokens.analyst, body: { title: "X", expectedVersion: 1 } }, 404);
    await refused({ method: "DELETE", path: "/api/v1/milestones/no-such-milestone", token: tokens.analyst, body: { expectedVersion: 1 } }, 404);
    expect((await call({ method: "GET", path: "/api/v1/milestones/no-such-milestone" })).status).toBe(404);
  });
});

describe("writes", () => {
  it("201 with a token, then 200 for a change, 409 for a stale version, 200 for a delete; the record is hidden but its row stays", async () => {
    const before = await counts();
    const created = await call({ method: "POST", path: "/api/v1/milestones", token: tokens.analyst, body: valid });
    expect(created.status, created.text).toBe(201);
    expect(created.location).toBe(`/api/v1/milestones/${created.json.slug}`);
    expect(created.json).toMatchObject({ slug: "http-test-milestone-2026", version: 1, date: "2026-10", precision: "MONTH" });
    expect(await counts()).toMatchObject({ milestones: before.milestones + 1, sources: before.sources + 1, audits: before.audits + 1 });

    const read = await call({ method: "GET", path: created.location! });
    expect(read.json).toMatchObject({ id: created.json.id, version: 1 });

    const changed = await call({ method: "PATCH", path: `/api/v1/milestones/${created.json.id}`, token: tokens.analyst, body: { title: "HTTP test milestone (edited)", expectedVersion: 1 } });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.json).toMatchObject({ title: "HTTP test milestone (edited)", version: 2, slug: created.json.slug });

    const stale = await refused({ method: "PATCH", path: `/api/v1/milestones/${created.json.slug}`, token: tokens.admin, body: { title: "Stale", expectedVersion: 1 } }, 409);
    expect(stale.json.error.message).toMatch(/version 2 by .* while you were editing version 1/);
    // The 409 carries the milestone as it is now and as it was at version 1, for a three-way merge.
    expect(stale.json.error.current).toMatchObject({ version: 2, title: "HTTP test milestone (edited)", editedBy: expect.any(String) });
    expect(stale.json.error.base).toMatchObject({ version: 1, title: created.json.title });
    await refused({ method: "DELETE", path: `/api/v1/milestones/${created.json.slug}`, token: tokens.analyst, body: { expectedVersion: 1 } }, 409);
    await refused({ method: "DELETE", path: `/api/v1/milestones/${created.json.slug}`, token: tokens.analyst }, 400);

    const deleted = await call({ method: "DELETE", path: `/api/v1/milestones/${created.json.slug}`, token: tokens.analyst, body: { expectedVersion: 2 } });
    expect(deleted.status, deleted.text).toBe(200);
    expect(deleted.json).toMatchObject({ version: 3, deletedAt: expect.any(String) });
    expect((await call({ method: "GET", path: created.location! })).status).toBe(404);
    expect(await database.prisma.milestone.count({ where: { id: created.json.id } })).toBe(1);
    const history = await database.prisma.auditEvent.findMany({ where: { entityType: "Milestone", entityId: created.json.id }, orderBy: { id: "asc" } });
    expect(history.map((e) => e.action)).toEqual(["CREATE", "UPDATE", "DELETE"]);
  });

  it("a same-origin session cookie may write", async () => {
    const created = await call({ method: "POST", path: "/api/v1/milestones", cookie: analystCookie, origin: base, body: { ...valid, title: "Logged with a session" } });
    expect(created.status, created.text).toBe(201);
  });

  it("an admin attaches an effect; deleting that milestone is refused (409 naming the rule)", async () => {
    const created = await call({ method: "POST", path: "/api/v1/milestones", token: tokens.admin, body: { ...valid, title: "Closes ecocide rule", date: "2026-10-25", closes: ["icc-ecocide-not-a-crime"] } });
    expect(created.status, created.text).toBe(201);
    expect(created.json.closes).toEqual(["icc-ecocide-not-a-crime"]);
    const refusal = await refused({ method: "DELETE", path: `/api/v1/milestones/${created.json.slug}`, token: tokens.admin, body: { expectedVersion: 1 } }, 409);
    expect(refusal.json.error.message).toContain("icc-ecocide-not-a-crime");
  });

  it("GET /api/v1/milestones lists the timeline with its filters; a bad filter is a 400", async () => {
    const list = await call({ method: "GET", path: "/api/v1/milestones?track=accountability" });
    expect(list.status).toBe(200);
    expect(list.json.milestones.length).toBeGreaterThan(0);
    const bad = await call({ method: "GET", path: "/api/v1/milestones?track=weather" });
    expect(bad.status).toBe(400);
    expect(bad.json.error.errors[0].parameter).toBe("track");
  });
});

describe("written in either language (decision 042)", () => {
  const ukrainian = { ...valid, title: "Подія, записана через API", description: "Опис українською.", lang: "uk" };

  it("201 for a milestone written in Ukrainian with its English; read back; a translation changed, then removed; the list carries them", async () => {
    const created = await call({ method: "POST", path: "/api/v1/milestones", token: tokens.analyst, body: { ...ukrainian, translations: { en: { title: "A milestone logged through the API" } } } });
    expect(created.status, created.text).toBe(201);
    expect(created.json).toMatchObject({ slug: "podiia-zapysana-cherez-api-2026", lang: "uk", translations: { en: { title: "A milestone logged through the API", description: null, whatChanged: null } } });
    const read = await call({ method: "GET", path: created.location! });
    expect(read.json).toMatchObject({ lang: "uk", translations: { en: { title: "A milestone logged through the API" } } });

    const changed = await call({ method: "PATCH", path: created.location!, token: tokens.analyst, body: { expectedVersion: 1, translations: { en: { description: "Described in English." } } } });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.json.translations.en).toEqual({ title: "A milestone logged through the API", description: "Described in English.", whatChanged: null });
    const row = await database.prisma.translation.findFirstOrThrow({ where: { entityType: "Milestone", entityId: created.json.id, field: "description" }, select: { state: true, translatedBy: true } });
    expect(row).toEqual({ state: "TRANSLATED", translatedBy: "The analyst" });

    const removed = await call({ method: "PATCH", path: created.location!, token: tokens.analyst, body: { expectedVersion: 2, translations: { en: { title: null } } } });
    expect(removed.status, removed.text).toBe(200);
    expect(removed.json.translations.en).toEqual({ title: null, description: "Described in English.", whatChanged: null });

    const list = await call({ method: "GET", path: "/api/v1/milestones?limit=500" });
    expect(list.json.milestones.find((m: { slug: string }) => m.slug === created.json.slug)).toMatchObject({ lang: "uk", translations: { en: { description: "Described in English." } } });

    // Searched in every form (decisions 040, 045): «подією», «записаної» and «описом» find «Подія,
    // записана» and «Опис», an English word its translation alone holds finds it, a removed one no longer.
    for (const q of ["подією записаної", "описом API", "described english"]) {
      const found = await call({ method: "GET", path: `/api/v1/milestones?q=${encodeURIComponent(q)}` });
      expect(found.status, q).toBe(200);
      expect(found.json.milestones.map((m: { slug: string }) => m.slug), q).toContain(created.json.slug);
      expect(found.json.matching, q).toBe(found.json.milestones.length);
    }
    const gone = await call({ method: "GET", path: `/api/v1/milestones?q=${encodeURIComponent("logged through")}` });
    expect(gone.json.milestones.map((m: { slug: string }) => m.slug)).not.toContain(created.json.slug);
  });

  it("400 for a language it does not know and for a translation into the milestone's own language, naming the field; 409 for a stale edit of a translation; 401 and 403; nothing written", async () => {
    const bad = await refused({ method: "POST", path: "/api/v1/milestones", token: tokens.analyst, body: { ...ukrainian, title: "Інша", lang: "de" } }, 400);
    expect(bad.json.error.errors.map((e: { parameter: string }) => e.parameter)).toEqual(["lang"]);
    const own = await refused({ method: "POST", path: "/api/v1/milestones", token: tokens.analyst, body: { ...ukrainian, title: "Інша", translations: { uk: { title: "Ще раз" } } } }, 400);
    expect(own.json.error.errors).toEqual([{ parameter: "translations.uk.title", message: expect.stringMatching(/^translations\.uk\.title is in the language the record is written in \(uk\)/) }]);

    const slug = "podiia-zapysana-cherez-api-2026";
    // Someone changes the English description (version 3 → 4); an edit of it from version 3 is stale.
    const theirs = await call({ method: "PATCH", path: `/api/v1/milestones/${slug}`, token: tokens.admin, body: { expectedVersion: 3, translations: { en: { description: "Their English." } } } });
    expect(theirs.status, theirs.text).toBe(200);
    const stale = await refused({ method: "PATCH", path: `/api/v1/milestones/${slug}`, token: tokens.analyst, body: { expectedVersion: 3, translations: { en: { description: "My English." } } } }, 409);
    expect(stale.json.error.current.translations.en.description).toBe("Their English.");
    expect(stale.json.error.base.translations.en.description).toBe("Described in English.");

    await refused({ method: "PATCH", path: `/api/v1/milestones/${slug}`, token: tokens.viewer, body: { expectedVersion: 4, translations: { en: { title: "Viewer" } } } }, 403);
    await refused({ method: "PATCH", path: `/api/v1/milestones/${slug}`, body: { expectedVersion: 4, translations: { en: { title: "Visitor" } } } }, 401);
  });
});

describe("the timeline a page at a time (150 more milestones, many sharing a date and a title)", () => {
  beforeAll(async () => {
    await createSyntheticMilestones(database.prisma, 150, "http-timeline");
  });

  /** The unpaged order, straight from the database. */
  const unpaged = async (where: Record<string, unknown> = {}) =>
    (await database.prisma.milestone.findMany({ where: { deletedAt: null, ...where }, orderBy: [{ occurredOn: "desc" }, { title: "asc" }, { id: "asc" }], select: { slug: true } })).map((m) => m.slug);

  it("GET /api/v1/milestones: following `next` gives every milestone once, in the unpaged order", async () => {
    for (const [first, where, limit] of [
      ["/api/v1/milestones?limit=17", {}, 17],
      ["/api/v1/milestones", {}, 100],
      ["/api/v1/milestones?track=accountability&limit=9", { track: { slug: "accountability" } }, 9],
    ] as const) {
      const expected = await unpaged(where);
      // More than one page, and a last page that is not full.
      expect(expected.length).toBeGreaterThan(limit);
      const seen: string[] = [];
      let next: string | null = first;
      while (next) {
        const page = await call({ method: "GET", path: next });
        expect(page.status, page.text.slice(0, 300)).toBe(200);
        expect(page.json.count).toBe(page.json.milestones.length);
        expect(page.json.matching).toBe(expected.length);
        seen.push(...page.json.milestones.map((m: { slug: string }) => m.slug));
        next = page.json.next;
      }
      expect(seen).toEqual(expected);
    }
  });

  it.each([
    ["limit=0", "limit"],
    ["limit=501", "limit"],
    ["limit=abc", "limit"],
    ["after=not-a-cursor", "after"],
    ["after=WyIyMDI1LTAxLTAxIl0", "after"],
  ])("GET /api/v1/milestones?%s is a 400 naming %s", async (query, parameter) => {
    const response = await call({ method: "GET", path: `/api/v1/milestones?${query}` });
    expect(response.status).toBe(400);
    expect(response.json.error.code).toBe("invalid_input");
    expect(response.json.error.errors.map((e: { parameter: string }) => e.parameter)).toEqual([parameter]);
  });

  it("the page shows the most recent milestones and an “Older milestones” link that keeps the filters", async () => {
    const page = async (path: string) => {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(200);
      return (await response.text()).replaceAll("<!-- -->", "");
    };
    const olderLink = (html: string) => /<a[^>]*href="([^"]*)"[^>]*data-testid="older-milestones"|<a[^>]*data-testid="older-milestones"[^>]*href="([^"]*)"/.exec(html);
    const all = await unpaged();
    const first = await page("/milestones");
    expect(first).toContain(`Showing the 100 most recent of ${all.length} milestones.`);
    expect(first).toContain("Older milestones");

    const filtered = await page("/milestones?track=accountability&limit=5");
    const accountability = await unpaged({ track: { slug: "accountability" } });
    expect(filtered).toContain(`Showing the 5 most recent of ${accountability.length} matching milestones.`);
    const match = olderLink(filtered);
    const href = (match?.[1] ?? match?.[2] ?? "").replaceAll("&amp;", "&");
    expect(href).toMatch(/^\/en\/milestones\?track=accountability&limit=5&after=[A-Za-z0-9_-]+$/);
    const second = await page(href);
    expect(second).toContain(`Showing milestones 6 to 10 of ${accountability.length} matching milestones, newest first.`);
    expect(second).toContain("Most recent milestones");
    for (const slug of accountability.slice(5, 10)) expect(second).toContain(`/milestones/${slug}"`);
    for (const slug of accountability.slice(0, 5)) expect(second).not.toContain(`/milestones/${slug}"`);

    // A damaged link is set aside with a notice; the first page is shown.
    const damaged = await page("/milestones?after=garbage&limit=5");
    expect(damaged).toMatch(/damaged/);
    expect(damaged).toContain(`Showing the 5 most recent of ${all.length} milestones.`);

    // A timeline that fits on one page shows no pages at all, as before.
    const small = await page("/milestones?year=2023");
    // (By its link, not its words: the page carries the message catalogue for its client components.)
    expect(small).not.toContain('data-testid="older-milestones"');
    expect(small).not.toContain("data-testid=\"timeline-page\"");
  });
});
