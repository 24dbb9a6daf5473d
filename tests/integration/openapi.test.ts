/**
 * The public API's read endpoints and its OpenAPI document, against a real Postgres with the
 * reference data: each answer is checked against the zod schema the document is generated from
 * (so the document cannot drift from the responses), bad and unknown parameters are 400s naming
 * them, unknown slugs 404s, and the document's parameters are exactly what the handlers accept.
 */
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { refsOf } from "@/lib/web/openapi";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { seedReferenceData } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";
import * as s from "@/lib/server/openapi/schemas";

let testDb: TestDatabase;
let database: Database;
const previousUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_openapi");
  database = createDatabase(testDb.target);
  await seedReferenceData(database.prisma);
  process.env.DATABASE_URL = testDb.url;
  // The case list reads the caller; without a token it would look up a session, which needs
  // Next's request scope (see tests/integration/case-list.test.ts).
  const user = await database.prisma.user.create({ data: { email: "openapi-reader@example.test", name: "A reader", role: "VIEWER" }, select: { id: true } });
  const { createApiToken } = await import("@/lib/server/accounts/api-tokens");
  token = (await createApiToken({ actor: { kind: "user", id: user.id, role: "VIEWER" }, input: { name: "openapi test" } })).token;
});
let token = "";

afterAll(async () => {
  await closeSharedDatabase();
  if (previousUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = previousUrl;
  await database?.close();
  await testDb?.drop();
});

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const base = "http://tracker.test";

async function call(handler: Handler, path: string, params: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const response = await handler(new Request(`${base}${path}`, { headers }), { params: Promise.resolve(params) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, headers: response.headers };
}

function expectShape(schema: z.ZodType, body: unknown) {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new Error(`The answer does not match its documented schema: ${JSON.stringify(parsed.error.issues.slice(0, 5))}`);
}

function expectBadParameters(result: { status: number; body: Record<string, unknown> }, parameters: string[]) {
  expect(result.status).toBe(400);
  expectShape(await_error, result.body);
  const error = result.body.error as { code: string; errors: { parameter: string }[] };
  expect(error.code).toBe("invalid_input");
  expect(error.errors.map((e) => e.parameter).sort()).toEqual([...parameters].sort());
}
// The shared error shape (imported lazily below to keep the module order simple).
let await_error: z.ZodType;
beforeAll(async () => {
  await_error = (await import("@/lib/web/openapi")).errorBodySchema;
});

const handlers = async () => ({
  forums: (await import("@/app/api/v1/forums/route")).GET as unknown as Handler,
  forum: (await import("@/app/api/v1/forums/[slug]/route")).GET as unknown as Handler,
  crimes: (await import("@/app/api/v1/crimes/route")).GET as unknown as Handler,
  crime: (await import("@/app/api/v1/crimes/[slug]/route")).GET as unknown as Handler,
  instruments: (await import("@/app/api/v1/instruments/route")).GET as unknown as Handler,
  instrument: (await import("@/app/api/v1/instruments/[slug]/route")).GET as unknown as Handler,
  sources: (await import("@/app/api/v1/sources/route")).GET as unknown as Handler,
  rules: (await import("@/app/api/v1/rules/route")).GET as unknown as Handler,
  rule: (await import("@/app/api/v1/rules/[slug]/route")).GET as unknown as Handler,
  jurisdiction: (await import("@/app/api/v1/jurisdiction/route")).GET as unknown as Handler,
  coverage: (await import("@/app/api/v1/coverage/route")).GET as unknown as Handler,
  milestones: (await import("@/app/api/v1/milestones/route")).GET as unknown as Handler,
  cases: (await import("@/app/api/v1/cases/list-handler")).GET as unknown as Handler,
  openapi: (await import("@/app/api/v1/openapi.json/route")).GET as unknown as Handler,
  translations: (await import("@/app/api/v1/translations/route")).GET as unknown as Handler,
});

describe("documents", () => {
  type Upload = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
  const saved = { dir: process.env.DOCUMENTS_DIR, max: process.env.DOCUMENT_MAX_BYTES };
  let folder = "";
  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), "openapi-documents-"));
    process.env.DOCUMENTS_DIR = folder;
    process.env.DOCUMENT_MAX_BYTES = "64KB";
  });
  afterAll(async () => {
    for (const [name, value] of [["DOCUMENTS_DIR", saved.dir], ["DOCUMENT_MAX_BYTES", saved.max]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await rm(folder, { recursive: true, force: true });
  });

  async function post(handler: Upload, slug: string, bytes: Uint8Array, name: string, token: string) {
    const form = new FormData();
    form.append("language", "uk");
    form.append("file", new Blob([new Uint8Array(bytes)]), name);
    const response = await handler(new Request(`${base}/api/v1/{kind}/${slug}/documents`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form }), { params: Promise.resolve({ slug, id: slug }) });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  /**
   * An upload wakes the server's extraction job in the background (decision 050): the text is
   * read once the job has taken it. Asks until the answer is no longer "queued" (bounded: a
   * text file and a PNG take milliseconds), and returns that answer.
   */
  async function settledText(sha256: string, headers: Record<string, string> = {}) {
    const textRoute = (await import("@/app/api/v1/documents/[sha256]/text/route")).GET as unknown as Handler;
    for (let i = 0; i < 150; i++) {
      // A token: without one the route would look up a session, which needs Next's request scope.
      const response = await textRoute(new Request(`${base}/api/v1/documents/${sha256}/text`, { headers: { authorization: `Bearer ${token}`, ...headers } }), { params: Promise.resolve({ sha256 }) });
      const body = await response.text();
      if (response.status !== 409 || !body.includes('"QUEUED"')) return { status: response.status, body, contentType: response.headers.get("content-type") };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`The text of ${sha256} was still queued after 15 s: the upload did not wake the extraction job.`);
  }

  let analystToken = "";
  const routes = async () => ({
    sources: await import("@/app/api/v1/sources/[slug]/documents/route"),
    milestones: await import("@/app/api/v1/milestones/[id]/documents/route"),
    cases: await import("@/app/api/v1/cases/[id]/documents/route"),
  });
  beforeAll(async () => {
    const analyst = await database.prisma.user.create({ data: { email: "openapi-analyst@example.test", name: "An analyst", role: "ANALYST" }, select: { id: true } });
    const { createApiToken } = await import("@/lib/server/accounts/api-tokens");
    analystToken = (await createApiToken({ actor: { kind: "user", id: analyst.id, role: "ANALYST" }, input: { name: "openapi documents" } })).token;
  });

  it("attach, list, read and refuse in their documented shapes (201, 200 as text and as JSON, 409 with the text's state, 413, 415)", async () => {
    const source = (await database.prisma.source.findFirstOrThrow({ select: { slug: true }, orderBy: { slug: "asc" } })).slug;
    const route = (await routes()).sources;
    const text = new TextEncoder().encode("Ухвала слідчого судді. Generated by the openapi test.\n");

    const attached = await post(route.POST as unknown as Upload, source, text, "ukhvala.txt", analystToken);
    expect(attached.status).toBe(201);
    expectShape(s.documentRecordSchema, attached.body);
    const list = await call(route.GET as unknown as Handler, `/api/v1/sources/${source}/documents`, { slug: source });
    expect(list.status).toBe(200);
    expectShape(s.documentsListSchema, list.body);

    // Once read: 200 as plain text, and page by page as JSON under its own documented schema.
    const sha256 = attached.body.sha256 as string;
    const plain = await settledText(sha256);
    expect(plain.status).toBe(200);
    expect(plain.contentType).toBe("text/plain; charset=utf-8");
    expect(plain.body).toBe(new TextDecoder().decode(text));
    const json = await settledText(sha256, { accept: "application/json" });
    expect(json.status).toBe(200);
    expect(json.contentType).toMatch(/^application\/json/);
    const pages = JSON.parse(json.body) as unknown;
    expectShape(s.documentTextSchema, pages);
    expect(pages).toEqual({ sha256, state: "DONE", reason: null, paged: false, pages: [{ page: 1, text: new TextDecoder().decode(text) }] });

    // A scan has no text layer, whenever it is asked: 409 with the text's state and reason.
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, ...new TextEncoder().encode("IHDR"), ...new Array(200).fill(7)]);
    const scan = await post(route.POST as unknown as Upload, source, png, "scan.png", analystToken);
    expect(scan.status).toBe(201);
    const noText = await settledText(scan.body.sha256 as string);
    expect(noText.status).toBe(409);
    const refusal = JSON.parse(noText.body) as Record<string, unknown>;
    expectShape(await_error, refusal);
    expect((refusal.error as { text: unknown }).text).toEqual({ state: "NO_TEXT_LAYER", reason: "An image (a scan): it has no text layer; OCR is not done." });

    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, ...new Array(100).fill(1)]);
    const refused = await post(route.POST as unknown as Upload, source, zip, "archive.pdf", analystToken);
    expect(refused.status).toBe(415);
    expectShape(await_error, refused.body);
    const large = await post(route.POST as unknown as Upload, source, new Uint8Array(65 * 1024).fill(0x41), "big.txt", analystToken);
    expect(large.status).toBe(413);
    expectShape(await_error, large.body);
  });

  it("a milestone and a case found by words only inside their documents carry `documentMatch` in their documented shape", async () => {
    // A made-up word no record holds: only the attached documents can match it.
    const word = "Quorvexilat";
    const h = await handlers();
    for (const name of ["milestones", "cases"] as const) expect((await call(h[name], `/api/v1/${name}?q=${word}`, {}, { authorization: `Bearer ${token}` })).body.count).toBe(0);
    const milestone = (await database.prisma.milestone.findFirstOrThrow({ where: { deletedAt: null }, select: { slug: true }, orderBy: { slug: "asc" } })).slug;
    const caseSlug = (await database.prisma.case.findFirstOrThrow({ where: { deletedAt: null }, select: { slug: true }, orderBy: { slug: "asc" } })).slug;
    const r = await routes();
    const onMilestone = await post(r.milestones.POST as unknown as Upload, milestone, new TextEncoder().encode(`Generated by the openapi test: the ${word} order of the court.\n`), "order.txt", analystToken);
    const onCase = await post(r.cases.POST as unknown as Upload, caseSlug, new TextEncoder().encode(`Generated by the openapi test: the ${word} indictment.\n`), "indictment.txt", analystToken);
    expect([onMilestone.status, onCase.status]).toEqual([201, 201]);
    for (const attached of [onMilestone, onCase]) expect((await settledText(attached.body.sha256 as string)).status).toBe(200);

    const milestones = await call(h.milestones, `/api/v1/milestones?q=${word.toLowerCase()}`);
    expect(milestones.status).toBe(200);
    expectShape(s.milestonesListSchema, milestones.body);
    expect(milestones.body.milestones).toEqual([
      expect.objectContaining({
        slug: milestone,
        documentMatch: {
          sha256: onMilestone.body.sha256,
          title: "order.txt",
          mediaType: "text/plain",
          page: null,
          passage: { before: "Generated by the openapi test: the ", match: word, after: " order of the court." },
          href: `/api/v1/documents/${onMilestone.body.sha256}`,
          via: null,
        },
      }),
    ]);
    const cases = await call(h.cases, `/api/v1/cases?q=${word}`, {}, { authorization: `Bearer ${token}` });
    expect(cases.status).toBe(200);
    expectShape(s.casesListSchema, cases.body);
    expect(cases.body.cases).toEqual([expect.objectContaining({ slug: caseSlug, documentMatch: expect.objectContaining({ sha256: onCase.body.sha256, title: "indictment.txt", page: null, via: null }) })]);
    // The documented match is strict: a field it does not describe would fail the check above.
    expect(s.documentMatchSchema.safeParse({ ...(cases.body.cases as { documentMatch: object }[])[0]!.documentMatch, extra: 1 }).success).toBe(false);
  });
});

describe("translations", () => {
  it("lists every translatable field of the reference records in its documented shape", async () => {
    const h = await handlers();
    const all = await call(h.translations, "/api/v1/translations?locale=uk");
    expect(all.status).toBe(200);
    expectShape(s.translationsListSchema, all.body);
    const forums = await call(h.translations, "/api/v1/translations?entity=Forum&state=TRANSLATED");
    expectShape(s.translationsListSchema, forums.body);
    expect((forums.body.translations as { entity: string }[]).every((t) => t.entity === "Forum")).toBe(true);
  });
});

describe("forums and crimes", () => {
  it("lists the forums with their sources, and one forum; 404 and 400 otherwise", async () => {
    const h = await handlers();
    const list = await call(h.forums, "/api/v1/forums");
    expect(list.status).toBe(200);
    expectShape(s.forumsListSchema, list.body);
    const forums = list.body.forums as { slug: string; citation: { title: string } }[];
    expect(forums.map((f) => f.slug)).toEqual(expect.arrayContaining(["icc", "special-tribunal", "ukraine-domestic"]));
    expect(list.body.total).toBe(forums.length);
    expect(forums.every((f) => f.citation.title.length > 0)).toBe(true);

    const one = await call(h.forum, "/api/v1/forums/icc", { slug: "icc" });
    expect(one.status).toBe(200);
    expectShape(s.forumDetailSchema, one.body);
    expect((one.body.rules as unknown[]).length).toBeGreaterThan(0);

    expect((await call(h.forum, "/api/v1/forums/nowhere", { slug: "nowhere" })).status).toBe(404);
    expectBadParameters(await call(h.forums, "/api/v1/forums?page=2"), ["page"]);
    expectBadParameters(await call(h.forum, "/api/v1/forums/icc?x=1", { slug: "icc" }), ["x"]);
  });

  it("each forum carries its note on what it covers, as the jurisdiction answer gives it", async () => {
    const h = await handlers();
    const list = (await call(h.forums, "/api/v1/forums")).body as z.output<typeof s.forumsListSchema>;
    const stored = await database.prisma.forum.findMany({ select: { slug: true, coversNote: true } });
    for (const forum of list.forums) {
      const note = stored.find((f) => f.slug === forum.slug)!.coversNote;
      expect(forum.coversNote?.text ?? null, forum.slug).toBe(note);
      const one = (await call(h.forum, `/api/v1/forums/${forum.slug}`, { slug: forum.slug })).body as z.output<typeof s.forumDetailSchema>;
      expect(one.coversNote).toEqual(forum.coversNote);
    }
    // The ICC's note on admissibility (Article 17) is the one the answer gives beside "covers".
    const icc = list.forums.find((f) => f.slug === "icc")!;
    expect(icc.coversNote?.provision.label).toMatch(/Article 17/);
    const answer = (await call(h.jurisdiction, "/api/v1/jurisdiction?crime=war-crimes&accused=natural&level=direct-perpetrator&conduct=2022-03")).body as z.output<typeof s.jurisdictionSchema>;
    const iccAnswer = answer.forums.find((f) => f.forum === "icc")!;
    if (iccAnswer.status === "covers" || iccAnswer.status === "conditional") expect(iccAnswer.note).toEqual(icc.coversNote);
    else expect(iccAnswer.note).toBeUndefined();
  });

  it("lists the crimes and one crime with its rules per forum", async () => {
    const h = await handlers();
    const list = await call(h.crimes, "/api/v1/crimes");
    expect(list.status).toBe(200);
    expectShape(s.crimesListSchema, list.body);
    expect((list.body.crimes as { slug: string }[]).map((c) => c.slug)).toContain("war-crimes");

    const one = await call(h.crime, "/api/v1/crimes/aggression", { slug: "aggression" });
    expect(one.status).toBe(200);
    expectShape(s.crimeDetailSchema, one.body);
    expect((await call(h.crime, "/api/v1/crimes/piracy", { slug: "piracy" })).status).toBe(404);
    expectBadParameters(await call(h.crimes, "/api/v1/crimes?asOf=2024-01-01"), ["asOf"]);
  });
});

describe("instruments", () => {
  it("pages through every instrument once by slug", async () => {
    const h = await handlers();
    const all = await call(h.instruments, "/api/v1/instruments?limit=100");
    expectShape(s.instrumentsListSchema, all.body);
    const total = all.body.total as number;
    expect(total).toBeGreaterThan(2);
    expect(all.body.next).toBeNull();

    const seen: string[] = [];
    let next: string | null = "/api/v1/instruments?limit=2";
    while (next) {
      const page = await call(h.instruments, next);
      expect(page.status).toBe(200);
      expectShape(s.instrumentsListSchema, page.body);
      seen.push(...(page.body.instruments as { slug: string }[]).map((i) => i.slug));
      next = page.body.next as string | null;
    }
    expect(seen).toEqual((all.body.instruments as { slug: string }[]).map((i) => i.slug));
    expect(new Set(seen).size).toBe(total);
  });

  it("shows one instrument with its provisions and their sources; 404 and 400 otherwise", async () => {
    const h = await handlers();
    const slug = "rome-statute";
    const one = await call(h.instrument, `/api/v1/instruments/${slug}`, { slug });
    expect(one.status).toBe(200);
    expectShape(s.instrumentDetailSchema, one.body);
    expect((one.body.provisions as unknown[]).length).toBeGreaterThan(0);
    expect((await call(h.instrument, "/api/v1/instruments/none", { slug: "none" })).status).toBe(404);
    expectBadParameters(await call(h.instruments, `/api/v1/instruments?limit=0&after=${"x".repeat(201)}&sort=x`), ["limit", "after", "sort"]);
    // An empty parameter is refused before the values are read, as on every endpoint (an after too long is refused with the rest).
    expectBadParameters(await call(h.instruments, "/api/v1/instruments?limit=5&after="), ["after"]);
    expectBadParameters(await call(h.instruments, "/api/v1/instruments?limit=101"), ["limit"]);
    expectBadParameters(await call(h.instruments, "/api/v1/instruments?limit=2&limit=3"), ["limit"]);
  });
});

describe("sources", () => {
  it("finds recorded sources by their words, as documented; names a bad parameter", async () => {
    const h = await handlers();
    const found = await call(h.sources, "/api/v1/sources?q=Article%2028&limit=5");
    expect(found.status).toBe(200);
    expectShape(s.foundSourcesSchema, found.body);
    expect((found.body.sources as { slug: string }[]).map((x) => x.slug)).toContain("rome-statute-text");
    expectBadParameters(await call(h.sources, "/api/v1/sources?limit=21&colour=red"), ["q", "limit", "colour"]);
    expectBadParameters(await call(h.sources, "/api/v1/sources?q=%20%20"), ["q"]);
  });
});

describe("rules", () => {
  it("filters by forum, crime, effect, situation and date, and pages with after", async () => {
    const h = await handlers();
    const all = await call(h.rules, "/api/v1/rules?limit=100");
    expect(all.status).toBe(200);
    expectShape(s.rulesListSchema, all.body);
    const rules = all.body.rules as { slug: string; forum: { slug: string }; effect: string; crimes: { slug: string }[]; situation: { slug: string } | null }[];
    expect(rules.length).toBe(all.body.total);

    const icc = await call(h.rules, "/api/v1/rules?forum=icc&effect=EXCLUDES&limit=100");
    expectShape(s.rulesListSchema, icc.body);
    const iccRules = icc.body.rules as typeof rules;
    expect(iccRules.length).toBe(rules.filter((r) => r.forum.slug === "icc" && r.effect === "EXCLUDES").length);

    const aggression = (await call(h.rules, "/api/v1/rules?crime=aggression&situation=ukraine&limit=100")).body.rules as typeof rules;
    expect(aggression.every((r) => (r.crimes.length === 0 || r.crimes.some((c) => c.slug === "aggression")) && (r.situation === null || r.situation.slug === "ukraine"))).toBe(true);

    const dated = await call(h.rules, "/api/v1/rules?asOf=2020-01-01&limit=100");
    expect(dated.body.asOf).toBe("2020-01-01");
    expect((dated.body.rules as { status: string }[]).every((r) => r.status === "IN_FORCE" || r.status === "UNCERTAIN")).toBe(true);

    const seen: string[] = [];
    let next: string | null = "/api/v1/rules?limit=3";
    while (next) {
      const page = await call(h.rules, next);
      seen.push(...(page.body.rules as { slug: string }[]).map((r) => r.slug));
      next = page.body.next as string | null;
    }
    expect(seen).toEqual(rules.map((r) => r.slug));

    const one = await call(h.rule, `/api/v1/rules/${rules[0]!.slug}`, { slug: rules[0]!.slug });
    expect(one.status).toBe(200);
    expectShape(s.ruleDetailSchema, one.body);
    expect((await call(h.rule, "/api/v1/rules/no-such-rule", { slug: "no-such-rule" })).status).toBe(404);
  });

  it("each rule carries its condition's kind, the conduct it reaches beside its validity, and its provision's official text", async () => {
    const h = await handlers();
    type ApiRule = z.output<typeof s.ruleSchema>;
    const rules = (await call(h.rules, "/api/v1/rules?limit=100")).body.rules as ApiRule[];
    // A condition has a kind, and only a rule with a condition has one.
    expect(rules.filter((r) => r.effect === "CONDITIONAL").every((r) => r.condition !== null && r.conditionKind !== null)).toBe(true);
    expect(rules.filter((r) => r.condition === null).every((r) => r.conditionKind === null)).toBe(true);
    // As the database holds them: the reach of conduct with its precision, the kind of the condition.
    const stored = await database.prisma.jurisdictionRule.findMany({
      where: { deletedAt: null },
      select: { slug: true, conditionKind: true, conductFrom: true, conductFromPrecision: true, conductTo: true, conductToPrecision: true },
    });
    expect(stored.length).toBe(rules.length);
    const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
    for (const row of stored) {
      const rule = rules.find((r) => r.slug === row.slug)!;
      expect(rule.conditionKind, row.slug).toBe(row.conditionKind);
      expect([rule.conduct.from?.date ?? null, rule.conduct.to?.date ?? null], row.slug).toEqual([day(row.conductFrom), day(row.conductTo)]);
      if (row.conductFrom) expect(rule.conduct.from!.precision).toBe(row.conductFromPrecision);
      if (row.conductTo) expect(rule.conduct.to!.precision).toBe(row.conductToPrecision);
    }
    // Some rule reaches only part of the conduct (an Article 12(3) declaration); the answer's periods rest on it.
    expect(rules.some((r) => r.conduct.from !== null || r.conduct.to !== null)).toBe(true);
  });

  it("a provision's official text is its own address where recorded, else its instrument's", async () => {
    const h = await handlers();
    const provision = await database.prisma.provision.findFirstOrThrow({
      where: { rules: { some: { deletedAt: null } } },
      select: { id: true, slug: true, url: true, instrument: { select: { id: true, slug: true, url: true } } },
    });
    const other = await database.prisma.provision.findFirst({ where: { instrumentId: provision.instrument.id, id: { not: provision.id } }, select: { slug: true } });
    // Addresses of the test's own, in the test database only.
    const instrumentUrl = "https://example.test/instrument-text";
    const provisionUrl = "https://example.test/provision-text";
    try {
      await database.prisma.instrument.update({ where: { id: provision.instrument.id }, data: { url: instrumentUrl } });
      await database.prisma.provision.update({ where: { id: provision.id }, data: { url: provisionUrl } });
      const instrument = (await call(h.instrument, `/api/v1/instruments/${provision.instrument.slug}`, { slug: provision.instrument.slug })).body as z.output<typeof s.instrumentDetailSchema>;
      expectShape(s.instrumentDetailSchema, instrument);
      expect(instrument.url).toBe(instrumentUrl);
      expect(instrument.provisions.find((p) => p.slug === provision.slug)!.url).toBe(provisionUrl);
      if (other) expect(instrument.provisions.find((p) => p.slug === other.slug)!.url).toBe(instrumentUrl);
      const list = (await call(h.instruments, "/api/v1/instruments?limit=100")).body as z.output<typeof s.instrumentsListSchema>;
      expect(list.instruments.find((i) => i.slug === provision.instrument.slug)!.url).toBe(instrumentUrl);

      const rules = (await call(h.rules, "/api/v1/rules?limit=100")).body.rules as z.output<typeof s.ruleSchema>[];
      const citing = rules.filter((r) => r.provision.slug === provision.slug);
      expect(citing.length).toBeGreaterThan(0);
      expect(citing.every((r) => r.provision.url === provisionUrl && r.provision.instrument.url === instrumentUrl)).toBe(true);
      const sameInstrument = rules.filter((r) => r.provision.instrument.slug === provision.instrument.slug && r.provision.slug !== provision.slug);
      expect(sameInstrument.every((r) => r.provision.url === instrumentUrl)).toBe(true);
    } finally {
      await database.prisma.provision.update({ where: { id: provision.id }, data: { url: provision.url } });
      await database.prisma.instrument.update({ where: { id: provision.instrument.id }, data: { url: provision.instrument.url } });
    }
  });

  it("names every bad parameter with its allowed values", async () => {
    const h = await handlers();
    const bad = await call(h.rules, "/api/v1/rules?forum=nuremberg&effect=covers&asOf=2024-13-01&colour=red");
    expectBadParameters(bad, ["forum", "effect", "asOf", "colour"]);
    const forum = (bad.body.error as { errors: { parameter: string; allowed?: string[] }[] }).errors.find((e) => e.parameter === "forum");
    expect(forum?.allowed).toEqual(expect.arrayContaining(["icc", "special-tribunal", "ukraine-domestic"]));
  });
});

describe("jurisdiction and coverage under /api/v1", () => {
  it.each([
    ["no conduct: every conduct up to today", "crime=war-crimes&accused=natural&level=top-leadership"],
    ["a conduct month", "crime=war-crimes&accused=natural&level=direct-perpetrator&conduct=2022-03"],
    ["a conduct period and an asOf", "crime=aggression&accused=natural&level=top-leadership&conduct=2013-11-21/2025-06&asOf=2025-07-01"],
    ["a company", "crime=war-crimes&accused=legal&conduct=2024"],
  ])("answers as the documented schema says: %s", async (_name, query) => {
    const h = await handlers();
    const answer = await call(h.jurisdiction, `/api/v1/jurisdiction?${query}`);
    expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(200);
    expectShape(s.jurisdictionSchema, answer.body);
  });

  it.each([
    ["a date", "asOf=2025-06-01"],
    ["a conduct year and the split beside the cells", "conduct=2022&policy=on"],
    ["a conduct period without the split", "conduct=2014-02/2022-02-24&asOf=2025-06-01&policy=off"],
  ])("the matrix answers as the documented schema says: %s", async (_name, query) => {
    const h = await handlers();
    const matrix = await call(h.coverage, `/api/v1/coverage?${query}`);
    expect(matrix.status, JSON.stringify(matrix.body).slice(0, 300)).toBe(200);
    expectShape(s.coverageSchema, matrix.body);
  });

  it("policy=on names the policies beside the cells and lists each one it names; off leaves them out", async () => {
    const h = await handlers();
    const on = (await call(h.coverage, "/api/v1/coverage?policy=on")).body as z.output<typeof s.coverageSchema>;
    const named = new Set(on.rows.flatMap((r) => [...r.policies!, ...r.cells.flatMap((c) => c.policies!)]));
    expect(named.size).toBeGreaterThan(0);
    expect(new Set(on.policies!.map((p) => p.slug))).toEqual(named);
    // A cell names only policies that send cases to its forum; a row only those naming none.
    const bySlug = new Map(on.policies!.map((p) => [p.slug, p]));
    for (const row of on.rows) {
      expect(row.policies!.every((slug) => bySlug.get(slug)!.forum === null)).toBe(true);
      for (const cell of row.cells) expect(cell.policies!.every((slug) => bySlug.get(slug)!.forum === cell.forum)).toBe(true);
    }
    const off = (await call(h.coverage, "/api/v1/coverage")).body as z.output<typeof s.coverageSchema>;
    expect("policies" in off).toBe(false);
    expect(off.rows.some((r) => "policies" in r || r.cells.some((c) => "policies" in c))).toBe(false);
    // The split never changes a status.
    expect(off.rows.map((r) => r.cells.map((c) => c.status))).toEqual(on.rows.map((r) => r.cells.map((c) => c.status)));
  });
});

type Operation = { parameters?: { name: string; in: string; required: boolean; schema: { enum?: string[]; items?: { enum?: string[] }; default?: unknown } }[]; responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }> };
type Document = { openapi: string; paths: Record<string, Record<string, Operation>> };

describe("the OpenAPI document", () => {
  async function loadDocument() {
    const h = await handlers();
    const response = await h.openapi(new Request(`${base}/api/v1/openapi.json`), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(response.headers.get("cache-control")).toMatch(/max-age=\d+/);
    return JSON.parse(await response.text()) as Document;
  }

  it("is OpenAPI 3.1, every $ref resolves, and every operation answers errors with the shared schema", async () => {
    const doc = await loadDocument();
    expect(doc.openapi).toBe("3.1.0");
    const refs = refsOf(doc);
    expect(refs.filter((r) => !r.resolves)).toEqual([]);
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const statuses = Object.keys(op.responses);
        expect(statuses.some((st) => st.startsWith("2")), `${method} ${path}`).toBe(true);
        const errors = statuses.filter((st) => /^4/.test(st));
        expect(errors.length, `${method} ${path} documents its errors`).toBeGreaterThan(0);
        for (const st of errors) expect(op.responses[st]!.content!["application/json"]!.schema).toEqual({ $ref: "#/components/schemas/Error" });
      }
    }
  });

  it("describes every /api/v1 endpoint", async () => {
    const doc = await loadDocument();
    const expected = [
      "/api/v1/forums", "/api/v1/forums/{slug}", "/api/v1/crimes", "/api/v1/crimes/{slug}", "/api/v1/instruments", "/api/v1/instruments/{slug}",
      "/api/v1/rules", "/api/v1/rules/{slug}", "/api/v1/jurisdiction", "/api/v1/coverage", "/api/v1/milestones", "/api/v1/milestones/{id}",
      "/api/v1/cases", "/api/v1/cases/{id}", "/api/v1/cases/{id}/stages", "/api/v1/cases/{id}/annotations", "/api/v1/cases/{id}/annotations/{annotationId}",
      "/api/v1/follows", "/api/v1/follows/{id}", "/api/v1/imports", "/api/v1/me", "/api/v1/sources",
      "/api/v1/accused/{slug}/aliases", "/api/v1/accused/{slug}/aliases/{aliasId}",
      "/api/v1/translations", "/api/v1/translations/{entity}/{slug}/{field}/{locale}",
      "/api/v1/sources/{slug}/documents", "/api/v1/cases/{id}/documents", "/api/v1/milestones/{id}/documents", "/api/v1/documents/{sha256}", "/api/v1/documents/{sha256}/text",
      "/api/v1/sources/{slug}/documents/{sha256}", "/api/v1/cases/{id}/documents/{sha256}", "/api/v1/milestones/{id}/documents/{sha256}",
      "/api/v1/cases/{id}/annotations/{annotationId}/documents", "/api/v1/cases/{id}/annotations/{annotationId}/documents/{sha256}",
    ];
    expect(Object.keys(doc.paths).sort()).toEqual(expected.sort());
  });

  it("documents every route under app/api/v1 with each method it answers", async () => {
    const doc = await loadDocument();
    const documented = new Set(Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`)));
    const root = path.join(process.cwd(), "app/api/v1");
    const routes = (await readdir(root, { recursive: true })).filter((file) => path.basename(file) === "route.ts").sort();
    expect(routes.length).toBeGreaterThan(20);
    const served: string[] = [];
    for (const file of routes) {
      const folder = path.dirname(file);
      if (folder === "openapi.json") continue; // the document itself
      const address = `/api/v1/${folder.split(path.sep).map((part) => part.replace(/^\[(\w+)\]$/, "{$1}")).join("/")}`;
      const module = (await import(path.join(root, file))) as Record<string, unknown>;
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) if (typeof module[method] === "function") served.push(`${method} ${address}`);
    }
    expect(served.filter((route) => !documented.has(route)), "routes the OpenAPI document does not describe").toEqual([]);
    expect([...documented].filter((route) => !served.includes(route)), "described routes no handler answers").toEqual([]);
  });

  it("describes both dates of a question, in a lawyer's words, and policy=on|off for the matrix", async () => {
    const doc = await loadDocument();
    for (const path of ["/api/v1/jurisdiction", "/api/v1/coverage"]) {
      const parameters = doc.paths[path]!.get!.parameters as { name: string; required: boolean; description?: string; schema: { enum?: string[]; pattern?: string } }[];
      const conduct = parameters.find((p) => p.name === "conduct")!;
      expect(conduct.required).toBe(false);
      expect(conduct.description).toMatch(/^When the conduct took place/);
      expect(conduct.description).toMatch(/FROM\/TO/);
      const pattern = new RegExp(conduct.schema.pattern!);
      expect(["2022-03-15", "2022-03", "2022", "2022-02-24/2023-03"].every((v) => pattern.test(v))).toBe(true);
      expect(["March 2022", "2022/", "2014/2022/2023"].some((v) => pattern.test(v))).toBe(false);
      expect(parameters.find((p) => p.name === "asOf")!.description).toMatch(/^The architecture in force/);
    }
    const policy = (doc.paths["/api/v1/coverage"]!.get!.parameters as { name: string; schema: { enum?: string[]; default?: unknown } }[]).find((p) => p.name === "policy")!;
    expect(policy.schema).toMatchObject({ enum: ["on", "off"], default: "off" });
  });

  it("describes the four statuses (unknown: no rule recorded, never a gap), condition kinds, periods, the note and the policy beside the law", async () => {
    const doc = await loadDocument();
    type Schema = { properties?: Record<string, Schema>; items?: Schema; enum?: string[]; description?: string; required?: string[]; anyOf?: Schema[] };
    const answer = (doc.paths["/api/v1/jurisdiction"]!.get!.responses["200"]!.content!["application/json"]!.schema as Schema).properties!;
    expect(Object.keys(answer)).toEqual(["asOf", "conduct", "profile", "gap", "forums", "policy"]);
    const forum = answer.forums!.items!.properties!;
    expect(forum.status!.enum).toEqual(["covers", "conditional", "excluded", "unknown"]);
    expect(forum.status!.description).toMatch(/`unknown`: "No rule recorded"\..*never counted as an impunity gap/);
    expect(forum.conditions!.items!.properties!.kind!.enum).toEqual(["CASE_FACT", "NOT_OPERATIONAL", "DATE_PRECISION"]);
    expect(Object.keys(forum.periods!.items!.properties!)).toEqual(["from", "to", "status", "rules"]);
    expect(forum.note!.description).toMatch(/Article 17/);
    expect(forum.reasons!.items!.properties!.provision!.anyOf![0]!.properties!.url).toBeDefined();
    expect(answer.policy!.description).toMatch(/never part of it/);
    expect(Object.keys(answer.policy!.items!.properties!)).toEqual(["slug", "kind", "forum", "situation", "statement", "proposedBy", "crimes", "accusedKinds", "levels", "source"]);
    const matrix = (doc.paths["/api/v1/coverage"]!.get!.responses["200"]!.content!["application/json"]!.schema as Schema).properties!;
    const cell = matrix.rows!.items!.properties!.cells!.items!.properties!;
    expect(Object.keys(cell)).toEqual(["forum", "status", "rules", "conditions", "periods", "policies", "caseCount"]);
    expect(matrix.policies!.description).toMatch(/policy=on/);
    // The rules: the kind of a condition and the conduct a rule reaches, beside its validity.
    const rule = (doc.paths["/api/v1/rules/{slug}"]!.get!.responses["200"]!.content!["application/json"]!.schema as Schema).properties!;
    expect(rule.conduct!.description).toMatch(/conduct the rule reaches/);
    expect(rule.conduct!.required).toEqual(["from", "to"]);
  });

  it("documents every knowledge standard a charge may carry, a civilian superior's (Article 28(b)) included", async () => {
    const doc = await loadDocument();
    type Body = { requestBody: { content: Record<string, { schema: { properties: { charges: { items: { properties: { knowledgeStandard: { anyOf?: { enum?: string[] }[]; enum?: string[] } } } } } } }> } };
    for (const [path, method] of [["/api/v1/cases", "post"], ["/api/v1/cases/{id}", "patch"]] as const) {
      const field = (doc.paths[path]![method]! as unknown as Body).requestBody.content["application/json"]!.schema.properties.charges.items.properties.knowledgeStandard;
      const values = field.enum ?? field.anyOf?.flatMap((a) => a.enum ?? []);
      expect(values, `${method} ${path}`).toEqual(["KNEW", "SHOULD_HAVE_KNOWN", "CONSCIOUSLY_DISREGARDED"]);
    }
  });

  it("describes the import: a raw file in, JSON lines out, each line an import event", async () => {
    const doc = await loadDocument();
    const op = doc.paths["/api/v1/imports"]!.post! as Operation & { requestBody: { required: boolean; content: Record<string, unknown> } };
    expect(Object.keys(op.requestBody.content).sort()).toEqual(["application/json", "text/csv"]);
    expect(op.requestBody.required).toBe(true);
    expect(Object.keys(op.responses).sort()).toEqual(["200", "400", "401", "403", "409", "413"]);
    expect(Object.keys(op.responses["200"]!.content!)).toEqual(["application/x-ndjson"]);
    const line = op.responses["200"]!.content!["application/x-ndjson"]!.schema as { oneOf?: { properties: { type: { const: string } } }[]; anyOf?: { properties: { type: { const: string } } }[] };
    expect((line.oneOf ?? line.anyOf ?? []).map((v) => v.properties.type.const).sort()).toEqual(["done", "error", "progress", "row"]);
  });

  // POST /api/v1/imports reads its query strictly too: each documented parameter takes each of its
  // documented values (200, whatever the file then comes to), and one left out or added is a 400 naming it.
  // The file's one record has no title: whatever the parameters, nothing is written.
  const BAD_SOURCES = "external_id,title\r\nopenapi-src,\r\n";
  it("/api/v1/imports accepts exactly its documented parameters", async () => {
    const doc = await loadDocument();
    const handler = (await import("@/app/api/v1/imports/route")).POST as unknown as (request: Request) => Promise<Response>;
    const { createApiToken } = await import("@/lib/server/accounts/api-tokens");
    const analyst = await database.prisma.user.create({ data: { email: "openapi-importer@example.test", name: "An importer", role: "ANALYST" }, select: { id: true } });
    const analystToken = (await createApiToken({ actor: { kind: "user", id: analyst.id, role: "ANALYST" }, input: { name: "openapi import test" } })).token;
    const sourcesBefore = await database.prisma.source.count();
    const post = async (query: URLSearchParams) => {
      const response = await handler(
        new Request(`${base}/api/v1/imports?${query}`, { method: "POST", headers: { authorization: `Bearer ${analystToken}`, "content-type": "text/csv" }, body: BAD_SOURCES }),
      );
      const text = await response.text();
      return { status: response.status, text, body: response.headers.get("content-type")?.startsWith("application/json") ? (JSON.parse(text) as Record<string, unknown>) : {} };
    };
    const parameters = (doc.paths["/api/v1/imports"]!.post!.parameters ?? []).filter((p) => p.in === "query");
    expect(parameters.map((p) => [p.name, p.required])).toEqual([
      ["kind", true],
      ["format", true],
      ["dryRun", true],
    ]);
    const valid = new URLSearchParams({ kind: "sources", format: "csv", dryRun: "true" });
    for (const p of parameters) {
      expect(p.schema.enum, p.name).toBeDefined();
      for (const value of p.schema.enum!) {
        const query = new URLSearchParams(valid);
        query.set(p.name, value);
        const result = await post(query);
        expect(result.status, `${p.name}=${value}: ${result.text.slice(0, 300)}`).toBe(200);
      }
      const without = new URLSearchParams(valid);
      without.delete(p.name);
      expectBadParameters(await post(without), [p.name]);
    }
    const undocumented = new URLSearchParams(valid);
    undocumented.set("undocumented", "1");
    expectBadParameters(await post(undocumented), ["undocumented"]);
    expect(await database.prisma.source.count()).toBe(sourcesBefore);
  });

  // The handlers that read query parameters strictly: each documented parameter is accepted with a
  // documented value, and an undocumented one is refused with a 400 naming it.
  it.each([
    ["/api/v1/rules", "rules"],
    ["/api/v1/instruments", "instruments"],
    ["/api/v1/forums", "forums"],
    ["/api/v1/crimes", "crimes"],
    ["/api/v1/jurisdiction", "jurisdiction"],
    ["/api/v1/coverage", "coverage"],
    ["/api/v1/milestones", "milestones"],
    ["/api/v1/cases", "cases"],
    ["/api/v1/translations", "translations"],
  ] as const)("%s accepts exactly its documented parameters", async (path, name) => {
    const doc = await loadDocument();
    const h = await handlers();
    const handler = h[name];
    const auth = (): Record<string, string> => (name === "cases" ? { authorization: `Bearer ${token}` } : {});
    const parameters = (doc.paths[path]!.get!.parameters ?? []).filter((p) => p.in === "query");
    const example = (p: (typeof parameters)[number]): string | null => {
      const values = p.schema.enum ?? p.schema.items?.enum;
      if (values) return values[0] ?? null;
      if (p.name === "asOf") return "2025-06-01";
      if (p.name === "conduct") return "2022-03";
      if (p.name === "limit") return "10";
      if (p.name === "q") return "shelling";
      return null; // `after` needs a value from a previous page
    };
    const required = new URLSearchParams();
    for (const p of parameters.filter((p) => p.required)) required.set(p.name, example(p)!);
    // The "which forum?" question needs a level for a natural person.
    if (name === "jurisdiction") required.set("level", "top-leadership");
    for (const p of parameters) {
      const value = example(p);
      if (value === null) continue;
      const query = new URLSearchParams(required);
      query.set(p.name, value);
      const result = await call(handler, `${path}?${query}`, {}, auth());
      expect(result.status, `${path} with ${p.name}=${value}: ${JSON.stringify(result.body).slice(0, 300)}`).toBe(200);
    }
    const refused = new URLSearchParams(required);
    refused.set("undocumented", "1");
    const answer = await call(handler, `${path}?${refused}`, {}, auth());
    expectBadParameters(answer, ["undocumented"]);
  });
});
