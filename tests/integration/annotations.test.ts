/**
 * Analysts' notes on cases on a real Postgres server, through the use cases every entry point
 * (form, API) calls and through the API's route handlers called with `Request` objects: who may
 * read and write, versions, lost updates (two saves from the same version: one wins, the other
 * is refused with the winner's text), deleting by hiding, the audit trail and the search
 * document. Every refusal leaves the tables as they were.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { createApiToken } from "@/lib/server/accounts/api-tokens";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { deleteAnnotation } from "@/lib/server/annotations/delete-annotation";
import { updateAnnotation } from "@/lib/server/annotations/update-annotation";
import { AppError } from "@/lib/server/errors";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { getAnnotationWithVersions, listAnnotations } from "@/lib/server/queries/annotations";
import { seedReferenceData } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let testDb: TestDatabase;
let database: Database;
type Who = "viewer" | "analyst" | "otherAnalyst" | "admin";
const actors: Record<Who, Extract<Actor, { kind: "user" }>> = {} as never;
const tokens: Record<Who, string> = {} as never;
const anonymous: Actor = { kind: "anonymous" };
const operator: Actor = { kind: "operator", name: "test" };
const CASE = "test-annotations-case";
const DELETED_CASE = "test-annotations-deleted-case";
let caseId = "";

const p = () => database.prisma;

async function counts() {
  const [annotations, versions, audits, deleted, sum] = await Promise.all([
    p().annotation.count(),
    p().annotationVersion.count(),
    p().auditEvent.count({ where: { entityType: "Annotation" } }),
    p().annotation.count({ where: { deletedAt: { not: null } } }),
    p().annotation.aggregate({ _sum: { version: true } }),
  ]);
  return { annotations, versions, audits, deleted, versionSum: sum._sum.version };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function refusedWithoutWriting(run: () => Promise<unknown>): Promise<AppError> {
  const before = await counts();
  const error = await refusal(run());
  expect(await counts()).toEqual(before);
  return error;
}

/** Note ids whose search document matches the word, as the search would ask: live notes only. */
async function searchNotes(word: string): Promise<string[]> {
  const rows = await p().$queryRaw<{ id: string }[]>`SELECT id FROM "Annotation" WHERE "searchVector" @@ to_tsquery('simple', search_key(${word})) AND "deletedAt" IS NULL`;
  return rows.map((r) => r.id);
}

const note = (over: Record<string, unknown> = {}) => ({ body: "Hearing on **jurisdiction** scheduled.", assessment: "ADVANCING", verified: false, ...over });

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_annotations");
  database = createDatabase(testDb.target);
  await seedReferenceData(database.prisma);
  const users: [Who, "VIEWER" | "ANALYST" | "ADMIN"][] = [["viewer", "VIEWER"], ["analyst", "ANALYST"], ["otherAnalyst", "ANALYST"], ["admin", "ADMIN"]];
  for (const [who, role] of users) {
    const user = await p().user.create({ data: { email: `${who.toLowerCase()}@example.test`, name: `The ${who}`, role }, select: { id: true } });
    actors[who] = { kind: "user", id: user.id, role };
  }
  const forum = await p().forum.findUniqueOrThrow({ where: { slug: "ukraine-domestic" }, select: { id: true } });
  const situation = await p().situation.findUniqueOrThrow({ where: { slug: "ukraine" }, select: { id: true } });
  const day = new Date("2024-05-01");
  const makeCase = (slug: string, deletedAt: Date | null) =>
    p().case.create({
      data: { slug, title: `Test case ${slug}`, forumId: forum.id, situationId: situation.id, stage: "TRIAL", stageOn: day, stagePrecision: "DAY", openedOn: day, openedPrecision: "DAY", isSynthetic: true, deletedAt },
      select: { id: true },
    });
  caseId = (await makeCase(CASE, null)).id;
  await makeCase(DELETED_CASE, new Date());
  process.env.DATABASE_URL = testDb.url;
  for (const who of Object.keys(actors) as Who[]) tokens[who] = (await createApiToken({ actor: actors[who], input: { name: "test" } })).token;
});

afterAll(async () => {
  await closeSharedDatabase();
  await database?.close();
  await testDb?.drop();
});

describe("adding a note", () => {
  it.each([
    ["anonymous", () => anonymous, "UNAUTHENTICATED"],
    ["a viewer", () => actors.viewer, "FORBIDDEN"],
    ["the operator (a note is signed by a user account)", () => operator, "FORBIDDEN"],
  ])("is refused to %s, writing nothing", async (_name, actor, code) => {
    expect((await refusedWithoutWriting(() => createAnnotation({ actor: actor(), caseSlug: CASE, input: note() }))).code).toBe(code);
  });

  it("refuses bad input naming every field, writing nothing", async () => {
    const error = await refusedWithoutWriting(() => createAnnotation({ actor: actors.analyst, caseSlug: CASE, input: { body: "   ", assessment: "moving", verified: "yes" } }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.details.errors?.map((e) => e.parameter)).toEqual(["body", "assessment", "verified"]);
  });

  it("refuses an expectedVersion on a new note, and an unknown or deleted case", async () => {
    expect((await refusedWithoutWriting(() => createAnnotation({ actor: actors.analyst, caseSlug: CASE, input: note({ expectedVersion: 1 }) }))).details.errors?.[0]?.parameter).toBe("expectedVersion");
    expect((await refusedWithoutWriting(() => createAnnotation({ actor: actors.analyst, caseSlug: "no-such-case", input: note() }))).code).toBe("NOT_FOUND");
    expect((await refusedWithoutWriting(() => createAnnotation({ actor: actors.analyst, caseSlug: DELETED_CASE, input: note() }))).code).toBe("NOT_FOUND");
  });

  it("writes the note, its version 1, its search document and an audit event", async () => {
    const before = await counts();
    const record = await createAnnotation({ actor: actors.analyst, caseSlug: CASE, input: note({ body: "  Arrest warrant *xylophonic* pending\r\n", assessment: "stalled", verified: true }) });
    expect(record).toMatchObject({ case: CASE, version: 1, body: "Arrest warrant *xylophonic* pending", assessment: "STALLED", verified: true, author: { name: "The analyst" }, lastEditedBy: { name: "The analyst" } });
    expect(await counts()).toEqual({ ...before, annotations: before.annotations + 1, versions: before.versions + 1, audits: before.audits + 1, versionSum: (before.versionSum ?? 0) + 1 });
    const versions = await p().annotationVersion.findMany({ where: { annotationId: record.id } });
    expect(versions).toMatchObject([{ version: 1, body: record.body, assessment: "STALLED", verified: true, editedById: actors.analyst.id }]);
    const audit = await p().auditEvent.findFirstOrThrow({ where: { entityType: "Annotation", entityId: record.id } });
    expect(audit).toMatchObject({ action: "CREATE", actorId: actors.analyst.id, after: { case: CASE, version: 1, body: record.body, assessment: "STALLED", verified: true, deletedAt: null } });
    expect(await searchNotes("xylophonic")).toEqual([record.id]);
  });
});

describe("editing a note", () => {
  let id = "";
  beforeAll(async () => {
    id = (await createAnnotation({ actor: actors.analyst, caseSlug: CASE, input: note({ body: "First text about quokkas" }) })).id;
  });

  it("lets the author save a new version, with the editor, the audit's before and after, and a new search document", async () => {
    const before = await counts();
    const { record, changed } = await updateAnnotation({ actor: actors.analyst, caseSlug: CASE, id, input: { body: "Second text about wombats", assessment: "blocked", verified: true, expectedVersion: 1 } });
    expect(changed).toBe(true);
    expect(record).toMatchObject({ version: 2, body: "Second text about wombats", assessment: "BLOCKED", verified: true });
    expect(await counts()).toEqual({ ...before, versions: before.versions + 1, audits: before.audits + 1, versionSum: (before.versionSum ?? 0) + 1 });
    const versions = await p().annotationVersion.findMany({ where: { annotationId: id }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.body, v.assessment, v.editedById])).toEqual([
      [1, "First text about quokkas", "ADVANCING", actors.analyst.id],
      [2, "Second text about wombats", "BLOCKED", actors.analyst.id],
    ]);
    const audit = await p().auditEvent.findFirstOrThrow({ where: { entityType: "Annotation", entityId: id, action: "UPDATE" } });
    expect(audit.before).toMatchObject({ version: 1, body: "First text about quokkas" });
    expect(audit.after).toMatchObject({ version: 2, body: "Second text about wombats" });
    expect(await searchNotes("wombats")).toEqual([id]);
    expect(await searchNotes("quokkas")).toEqual([]);
  });

  it("keeps the fields a partial change leaves out", async () => {
    const { record } = await updateAnnotation({ actor: actors.analyst, caseSlug: CASE, id, input: { verified: false, expectedVersion: 2 } });
    expect(record).toMatchObject({ version: 3, body: "Second text about wombats", assessment: "BLOCKED", verified: false });
  });

  it("does not make a version of a save that changes nothing (a textarea's CRLF included)", async () => {
    const result = await (async () => {
      const before = await counts();
      const r = await updateAnnotation({ actor: actors.analyst, caseSlug: CASE, id, input: { body: "Second text about wombats\r\n", assessment: "blocked", verified: false, expectedVersion: 3 } });
      expect(await counts()).toEqual(before);
      return r;
    })();
    expect(result).toMatchObject({ changed: false, record: { version: 3 } });
  });

  it.each([
    ["anonymous", () => anonymous, "UNAUTHENTICATED"],
    ["a viewer", () => actors.viewer, "FORBIDDEN"],
    ["another analyst", () => actors.otherAnalyst, "FORBIDDEN"],
  ])("is refused to %s, writing nothing", async (_name, actor, code) => {
    const error = await refusedWithoutWriting(() => updateAnnotation({ actor: actor(), caseSlug: CASE, id, input: { body: "Hijacked", expectedVersion: 3 } }));
    expect(error.code).toBe(code);
    if (_name === "another analyst") expect(error.message).toContain("Only the note's author (The analyst) or an administrator");
  });

  it("refuses a missing version, bad input, and a note addressed through another case", async () => {
    expect((await refusedWithoutWriting(() => updateAnnotation({ actor: actors.analyst, caseSlug: CASE, id, input: { body: "x" } }))).details.errors?.[0]).toMatchObject({ parameter: "expectedVersion" });
    expect((await refusedWithoutWriting(() => updateAnnotation({ actor: actors.analyst, caseSlug: CASE, id, input: { body: "", expectedVersion: 3 } }))).details.errors?.[0]).toMatchObject({ parameter: "body" });
    expect((await refusedWithoutWriting(() => updateAnnotation({ actor: actors.analyst, caseSlug: DELETED_CASE, id, input: { body: "x", expectedVersion: 3 } }))).code).toBe("NOT_FOUND");
    expect((await refusedWithoutWriting(() => updateAnnotation({ actor: actors.analyst, caseSlug: CASE, id: "no-such-note", input: { body: "x", expectedVersion: 3 } }))).code).toBe("NOT_FOUND");
  });

  it("lets an administrator correct it; the version records the administrator as its editor", async () => {
    const { record } = await updateAnnotation({ actor: actors.admin, caseSlug: CASE, id, input: { body: "Corrected by the admin", expectedVersion: 3 } });
    expect(record).toMatchObject({ version: 4, author: { name: "The analyst" }, lastEditedBy: { name: "The admin" } });
    const latest = await p().annotationVersion.findFirstOrThrow({ where: { annotationId: id, version: 4 } });
    expect(latest.editedById).toBe(actors.admin.id);
    const audit = await p().auditEvent.findFirstOrThrow({ where: { entityType: "Annotation", entityId: id }, orderBy: { id: "desc" } });
    expect(audit.actorId).toBe(actors.admin.id);
  });

  it("refuses a save over a version someone else changed, with both texts, writing nothing", async () => {
    const error = await refusedWithoutWriting(() => updateAnnotation({ actor: actors.analyst, caseSlug: CASE, id, input: { body: "My stale edit", expectedVersion: 3 } }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain("Someone else saved a new version of this note (version 4, by The admin at");
    expect(error.message).toContain("Nothing was overwritten");
    expect(error.details.current).toMatchObject({ version: 4, body: "Corrected by the admin", assessment: "BLOCKED", verified: false, editedBy: "The admin" });
    expect(error.details.yours).toEqual({ expectedVersion: 3, body: "My stale edit", lang: "en", translations: {}, assessment: "BLOCKED", verified: false });
  });
});

describe("two saves from the same version at the same moment", () => {
  it("one wins; the other is refused with the winner's text, and adds no row or version", async () => {
    const { id } = await createAnnotation({ actor: actors.analyst, caseSlug: CASE, input: note({ body: "Base text" }) });
    const before = await counts();
    const save = (actor: Actor, body: string) => updateAnnotation({ actor, caseSlug: CASE, id, input: { body, expectedVersion: 1 } });
    // Two editors, each saving twice at once (two tabs): four saves from version 1.
    const results = await Promise.allSettled([
      save(actors.analyst, "The author's edit"),
      save(actors.admin, "The admin's edit"),
      save(actors.analyst, "The author's other tab"),
      save(actors.admin, "The admin's other tab"),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(3);
    const winner = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof save>>>).value.record;
    for (const { reason } of lost) {
      const error = reason as AppError;
      expect(error).toBeInstanceOf(AppError);
      expect(error.code).toBe("CONFLICT");
      expect(error.details.current).toMatchObject({ version: 2, body: winner.body });
      expect(error.details.yours?.body).not.toBe(winner.body);
    }
    // Exactly the winner's version was added.
    expect(await counts()).toEqual({ ...before, versions: before.versions + 1, audits: before.audits + 1, versionSum: (before.versionSum ?? 0) + 1 });
    const row = await p().annotation.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ version: 2, body: winner.body });
    expect(await p().annotationVersion.count({ where: { annotationId: id } })).toBe(2);
  });
});

describe("deleting a note", () => {
  let id = "";
  beforeAll(async () => {
    id = (await createAnnotation({ actor: actors.analyst, caseSlug: CASE, input: note({ body: "Doomed note about pangolins" }) })).id;
    await updateAnnotation({ actor: actors.analyst, caseSlug: CASE, id, input: { body: "Doomed note about pangolins, edited", expectedVersion: 1 } });
  });

  it.each([
    ["anonymous", () => anonymous, { expectedVersion: 2 }, "UNAUTHENTICATED"],
    ["a viewer", () => actors.viewer, { expectedVersion: 2 }, "FORBIDDEN"],
    ["another analyst", () => actors.otherAnalyst, { expectedVersion: 2 }, "FORBIDDEN"],
    ["the author without a version", () => actors.analyst, {}, "INVALID_INPUT"],
    ["the author with a stale version", () => actors.analyst, { expectedVersion: 1 }, "CONFLICT"],
  ])("is refused to %s, writing nothing", async (_name, actor, input, code) => {
    const error = await refusedWithoutWriting(() => deleteAnnotation({ actor: actor(), caseSlug: CASE, id, input }));
    expect(error.code).toBe(code);
    if (code === "CONFLICT") expect(error.details.current).toMatchObject({ version: 2, body: "Doomed note about pangolins, edited" });
  });

  it("hides the note: kept in the database with its versions, gone from lists, reads and search; audited", async () => {
    expect(await searchNotes("pangolins")).toEqual([id]);
    const before = await counts();
    const record = await deleteAnnotation({ actor: actors.analyst, caseSlug: CASE, id, input: { expectedVersion: 2 } });
    expect(record.deletedAt).not.toBeNull();
    expect(await counts()).toEqual({ ...before, deleted: before.deleted + 1, audits: before.audits + 1 });
    expect(await p().annotationVersion.count({ where: { annotationId: id } })).toBe(2);
    const audit = await p().auditEvent.findFirstOrThrow({ where: { entityType: "Annotation", entityId: id, action: "DELETE" } });
    expect(audit.before).toMatchObject({ deletedAt: null, version: 2 });
    expect((audit.after as { deletedAt: string | null }).deletedAt).not.toBeNull();

    const list = await listAnnotations(caseId, actors.viewer);
    expect(list.visible && list.annotations.map((a) => a.id)).not.toContain(id);
    expect((await refusal(getAnnotationWithVersions(CASE, id, actors.admin))).code).toBe("NOT_FOUND");
    expect(await searchNotes("pangolins")).toEqual([]);
    // Deleted twice, or edited after: not found.
    expect((await refusedWithoutWriting(() => deleteAnnotation({ actor: actors.admin, caseSlug: CASE, id, input: { expectedVersion: 2 } }))).code).toBe("NOT_FOUND");
    expect((await refusedWithoutWriting(() => updateAnnotation({ actor: actors.analyst, caseSlug: CASE, id, input: { body: "back", expectedVersion: 2 } }))).code).toBe("NOT_FOUND");
  });

  it("lets an administrator delete anyone's note", async () => {
    const other = await createAnnotation({ actor: actors.otherAnalyst, caseSlug: CASE, input: note() });
    const record = await deleteAnnotation({ actor: actors.admin, caseSlug: CASE, id: other.id, input: { expectedVersion: 1 } });
    expect(record.deletedAt).not.toBeNull();
    expect((await p().auditEvent.findFirstOrThrow({ where: { entityId: other.id, action: "DELETE" } })).actorId).toBe(actors.admin.id);
  });
});

describe("reading notes", () => {
  it("tells anonymous visitors only how many live notes there are", async () => {
    const live = await p().annotation.count({ where: { caseId, deletedAt: null } });
    expect(live).toBeGreaterThan(0);
    expect(await listAnnotations(caseId, anonymous)).toEqual({ visible: false, count: live });
    expect((await refusal(getAnnotationWithVersions(CASE, "anything", anonymous))).code).toBe("UNAUTHENTICATED");
  });

  it("lists them newest first for any signed-in role, with what each reader may do", async () => {
    const viewer = await listAnnotations(caseId, actors.viewer);
    expect(viewer.visible).toBe(true);
    if (!viewer.visible) return;
    const times = viewer.annotations.map((a) => a.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(viewer.annotations.every((a) => !a.canEdit && !a.canDelete)).toBe(true);

    const other = await listAnnotations(caseId, actors.otherAnalyst);
    const admin = await listAnnotations(caseId, actors.admin);
    if (!other.visible || !admin.visible) throw new Error("not visible");
    expect(other.annotations.every((a) => a.canEdit === (a.author.name === "The otherAnalyst"))).toBe(true);
    expect(admin.annotations.every((a) => a.canEdit && a.canDelete)).toBe(true);
    // No e-mail addresses in what readers get.
    expect(JSON.stringify(viewer)).not.toContain("@example.test");
  });

  it("gives one note with its versions, newest first", async () => {
    const { id } = await createAnnotation({ actor: actors.analyst, caseSlug: CASE, input: note({ body: "v1" }) });
    await updateAnnotation({ actor: actors.admin, caseSlug: CASE, id, input: { body: "v2", verified: true, expectedVersion: 1 } });
    const read = await getAnnotationWithVersions(CASE, id, actors.viewer);
    expect(read.versions.map((v) => [v.version, v.body, v.verified, v.editedBy.name])).toEqual([
      [2, "v2", true, "The admin"],
      [1, "v1", false, "The analyst"],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// The API's route handlers, called with Request objects (Bearer tokens: no origin check). A request
// without credentials reads the session through Next's request scope, which exists only in a
// running server: e2e/annotations.spec.ts checks those 401s over HTTP.

describe("the API", () => {
  const base = "http://tracker.test";
  const routes = async () => ({
    list: await import("@/app/api/v1/cases/[id]/annotations/route"),
    one: await import("@/app/api/v1/cases/[id]/annotations/[annotationId]/route"),
  });
  const request = (method: string, path: string, { token, body }: { token?: string; body?: unknown } = {}) =>
    new Request(`${base}${path}`, {
      method,
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
  const listContext = (slug: string) => ({ params: Promise.resolve({ id: slug }) });
  const oneContext = (slug: string, annotationId: string) => ({ params: Promise.resolve({ id: slug, annotationId }) });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const json = async (response: Response): Promise<any> => response.json();

  async function refused(make: () => Promise<Response>, status: number) {
    const before = await counts();
    const response = await make();
    const body = await json(response);
    expect(response.status, JSON.stringify(body)).toBe(status);
    expect(body.error.message).toBeTruthy();
    expect(await counts()).toEqual(before);
    return body.error;
  }

  it("POST: 201 with Location; 400 naming fields; 401; 403 for a viewer; 404 for an unknown case", async () => {
    const { list } = await routes();
    const path = `/api/v1/cases/${CASE}/annotations`;
    const created = await list.POST(request("POST", path, { token: tokens.analyst, body: { body: "Posted *via* the API", assessment: "concluded", verified: true } }), listContext(CASE));
    expect(created.status).toBe(201);
    const record = await json(created);
    expect(record).toMatchObject({ version: 1, assessment: "CONCLUDED", verified: true, author: { name: "The analyst" } });
    expect(created.headers.get("location")).toBe(`/api/v1/cases/${CASE}/annotations/${record.id}`);

    const invalid = await refused(() => list.POST(request("POST", path, { token: tokens.analyst, body: { body: "", assessment: "fine" } }), listContext(CASE)), 400);
    expect(invalid.code).toBe("invalid_input");
    expect(invalid.errors.map((e: { parameter: string }) => e.parameter)).toEqual(["body", "assessment"]);
    expect((await refused(() => list.POST(request("POST", path, { token: tokens.analyst, body: "{not json" }), listContext(CASE)), 400)).errors[0].parameter).toBe("body");
    await refused(() => list.POST(request("POST", path, { token: "tracker_made-up", body: note() }), listContext(CASE)), 401);
    await refused(() => list.POST(request("POST", path, { token: tokens.viewer, body: note() }), listContext(CASE)), 403);
    await refused(() => list.POST(request("POST", `/api/v1/cases/no-such-case/annotations`, { token: tokens.analyst, body: note() }), listContext("no-such-case")), 404);
  });

  it("GET list: signed-in readers of any role; 401 with a bad token; 404 for a deleted case", async () => {
    const { list } = await routes();
    const response = await list.GET(request("GET", `/api/v1/cases/${CASE}/annotations`, { token: tokens.viewer }), listContext(CASE));
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body.case).toBe(CASE);
    expect(body.count).toBe(body.annotations.length);
    expect(body.annotations.every((a: { deletedAt: string | null }) => a.deletedAt === null)).toBe(true);
    await refused(() => list.GET(request("GET", `/api/v1/cases/${CASE}/annotations`, { token: "tracker_made-up" }), listContext(CASE)), 401);
    await refused(() => list.GET(request("GET", `/api/v1/cases/${DELETED_CASE}/annotations`, { token: tokens.viewer }), listContext(DELETED_CASE)), 404);
  });

  it("GET one with versions; PATCH with a new version; 409 with current and yours; 403 for another analyst", async () => {
    const { one } = await routes();
    const { id } = await createAnnotation({ actor: actors.analyst, caseSlug: CASE, input: note({ body: "API base" }) });
    const path = `/api/v1/cases/${CASE}/annotations/${id}`;

    const patched = await one.PATCH(request("PATCH", path, { token: tokens.analyst, body: { body: "API second", expectedVersion: 1 } }), oneContext(CASE, id));
    expect(patched.status).toBe(200);
    expect(await json(patched)).toMatchObject({ version: 2, body: "API second" });

    const conflict = await refused(() => one.PATCH(request("PATCH", path, { token: tokens.admin, body: { body: "Admin's stale edit", expectedVersion: 1 } }), oneContext(CASE, id)), 409);
    expect(conflict).toMatchObject({
      code: "conflict",
      current: { version: 2, body: "API second", assessment: "ADVANCING", verified: false, editedBy: "The analyst" },
      yours: { expectedVersion: 1, body: "Admin's stale edit", assessment: "ADVANCING", verified: false },
    });
    expect(conflict.message).toContain("Nothing was overwritten");

    await refused(() => one.PATCH(request("PATCH", path, { token: tokens.otherAnalyst, body: { body: "Not mine", expectedVersion: 2 } }), oneContext(CASE, id)), 403);
    await refused(() => one.PATCH(request("PATCH", path, { token: tokens.viewer, body: { body: "Viewer", expectedVersion: 2 } }), oneContext(CASE, id)), 403);
    await refused(() => one.PATCH(request("PATCH", path, { token: tokens.analyst, body: { body: "No version" } }), oneContext(CASE, id)), 400);

    const read = await one.GET(request("GET", path, { token: tokens.viewer }), oneContext(CASE, id));
    expect(read.status).toBe(200);
    const body = await json(read);
    expect(body).toMatchObject({ id, version: 2, canEdit: false });
    expect(body.versions.map((v: { version: number; body: string }) => [v.version, v.body])).toEqual([
      [2, "API second"],
      [1, "API base"],
    ]);
    await refused(() => one.GET(request("GET", path, { token: "tracker_made-up" }), oneContext(CASE, id)), 401);
    await refused(() => one.GET(request("GET", `/api/v1/cases/${DELETED_CASE}/annotations/${id}`, { token: tokens.viewer }), oneContext(DELETED_CASE, id)), 404);
  });

  it("DELETE with ?expectedVersion= or a JSON body; 409 when stale; then 404", async () => {
    const { one } = await routes();
    const first = await createAnnotation({ actor: actors.analyst, caseSlug: CASE, input: note({ body: "Delete me by query" }) });
    const second = await createAnnotation({ actor: actors.analyst, caseSlug: CASE, input: note({ body: "Delete me by body" }) });
    const path = (id: string) => `/api/v1/cases/${CASE}/annotations/${id}`;

    const stale = await refused(() => one.DELETE(request("DELETE", `${path(first.id)}?expectedVersion=7`, { token: tokens.analyst }), oneContext(CASE, first.id)), 409);
    expect(stale.current).toMatchObject({ version: 1, body: "Delete me by query" });
    await refused(() => one.DELETE(request("DELETE", `${path(first.id)}?expectedVersion=1`, { token: tokens.otherAnalyst }), oneContext(CASE, first.id)), 403);
    await refused(() => one.DELETE(request("DELETE", path(first.id), { token: tokens.analyst }), oneContext(CASE, first.id)), 400);

    const byQuery = await one.DELETE(request("DELETE", `${path(first.id)}?expectedVersion=1`, { token: tokens.analyst }), oneContext(CASE, first.id));
    expect(byQuery.status).toBe(200);
    expect((await json(byQuery)).deletedAt).toBeTruthy();
    const byBody = await one.DELETE(request("DELETE", path(second.id), { token: tokens.admin, body: { expectedVersion: 1 } }), oneContext(CASE, second.id));
    expect(byBody.status).toBe(200);

    await refused(() => one.GET(request("GET", path(first.id), { token: tokens.admin }), oneContext(CASE, first.id)), 404);
    await refused(() => one.DELETE(request("DELETE", `${path(second.id)}?expectedVersion=1`, { token: tokens.admin }), oneContext(CASE, second.id)), 404);
  });
});
