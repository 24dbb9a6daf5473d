/**
 * Documents attached to an analyst's note (issue 18; docs/decisions/056-documents-on-notes.md),
 * against a real Postgres and a document store in a temporary folder, through the use cases and
 * the route handlers (with API tokens; a visitor's requests over real HTTP are in
 * e2e/document-notes.spec.ts): a note's documents are seen exactly as the note is (signed-in readers, any
 * role; never a visitor), attached and removed by whoever may edit the note (its author or an
 * administrator), only to a live note of the case the address names. The bytes, the text, the
 * document page and the search inside documents never give a visitor a document attached only to
 * notes, nor name the note when the same file is also on a public record.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyCaseListQuery } from "@/lib/core/case-list-query";
import type { Attachable } from "@/lib/core/document-input";
import type { Actor } from "@/lib/server/actor";
import { createApiToken } from "@/lib/server/accounts/api-tokens";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { deleteAnnotation } from "@/lib/server/annotations/delete-annotation";
import { createCase } from "@/lib/server/cases/create-case";
import { attachDocument } from "@/lib/server/documents/attach-document";
import { getDocumentPage } from "@/lib/server/documents/document-page";
import { folderDocumentStore, type DocumentStore } from "@/lib/server/documents/document-store";
import { extractQueuedDocuments } from "@/lib/server/documents/extraction-job";
import { listDocuments } from "@/lib/server/documents/list-documents";
import { findReadableDocument } from "@/lib/server/documents/read-document";
import { removeDocument } from "@/lib/server/documents/remove-document";
import { AppError } from "@/lib/server/errors";
import { refusedWithoutWritingTo } from "@/tests/support/refusals";
import { listCases } from "@/lib/server/queries/case-list";
import { GENERATED_MARK } from "@/tests/support/generated-pdf";
import { seededDatabase } from "@/tests/support/seeded-database";
import { syntheticCase } from "@/tests/support/synthetic-case";

const seeded = seededDatabase("tracker_document_notes", { users: (role) => `The ${role.toLowerCase()}` });
const anonymous: Actor = { kind: "anonymous" };
const p = () => seeded.database.prisma;
let root: string;
let store: DocumentStore;
let colleague: Actor;
const tokens: Record<"viewer" | "analyst" | "admin" | "colleague", string> = {} as never;
const kase = { slug: "", other: "" };
const notes = { mine: "", otherCase: "", deleted: "" };
let serial = 0;
/** A generated test document (plain text), different each time, holding `words`. */
const testFile = (words = "") => Buffer.from(`${GENERATED_MARK}. A note's document, number ${++serial}. ${words}\n`);


async function staged(bytes: Buffer) {
  const result = await store.stage(Readable.from([bytes]), { maxBytes: 1024 * 1024 });
  if (result.outcome !== "staged") throw new Error(`not staged: ${JSON.stringify(result)}`);
  return result.staged;
}

/** Attaches `bytes` to the note `id` of `caseSlug` (or to a public record) and reads its text. */
async function attach(bytes: Buffer, { actor = seeded.actors.analyst, kind = "note" as Attachable, slug = notes.mine, caseSlug = kase.slug as string | undefined } = {}) {
  const file = await staged(bytes);
  try {
    const result = await attachDocument({ actor, kind, slug, caseSlug: kind === "note" ? caseSlug : undefined, input: { title: `Document ${serial}` }, fileName: null, staged: file, store });
    await extractQueuedDocuments({ prisma: p(), store });
    return result;
  } finally {
    await store.discard(file);
  }
}

async function counts() {
  const [attachments, blobs, audits] = await Promise.all([p().documentAttachment.count(), p().documentBlob.count(), p().auditEvent.count({ where: { entityType: "DocumentAttachment" } })]);
  return { attachments, blobs, audits };
}

const refusedWithoutWriting = refusedWithoutWritingTo(counts);

const noteDocuments = () => import("@/app/api/v1/cases/[id]/annotations/[annotationId]/documents/route");
const noteDocument = () => import("@/app/api/v1/cases/[id]/annotations/[annotationId]/documents/[sha256]/route");
const headers = (token?: string): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

async function post(caseSlug: string, id: string, bytes: Buffer, token?: string) {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)], { type: "text/plain" }), "note-document.txt");
  const request = new Request(`http://tracker.test/api/v1/cases/${caseSlug}/annotations/${id}/documents`, { method: "POST", headers: headers(token), body: form });
  const response = await (await noteDocuments()).POST(request, { params: Promise.resolve({ id: caseSlug, annotationId: id }) });
  return { status: response.status, json: await response.json() };
}

async function list(caseSlug: string, id: string, token?: string) {
  const response = await (await noteDocuments()).GET(new Request(`http://tracker.test/api/v1/cases/${caseSlug}/annotations/${id}/documents`, { headers: headers(token) }), {
    params: Promise.resolve({ id: caseSlug, annotationId: id }),
  });
  return { status: response.status, json: await response.json() };
}

async function remove(caseSlug: string, id: string, sha256: string, version: number, token?: string) {
  const request = new Request(`http://tracker.test/api/v1/cases/${caseSlug}/annotations/${id}/documents/${sha256}?expectedVersion=${version}`, { method: "DELETE", headers: headers(token) });
  return (await noteDocument()).DELETE(request, { params: Promise.resolve({ id: caseSlug, annotationId: id, sha256 }) });
}

/** GET /api/v1/documents/{sha256}[/text] as `token`'s holder (a visitor's answers are read over real HTTP in e2e/document-notes.spec.ts). */
async function read(sha256: string, token: string, suffix = "") {
  const route = suffix ? await import("@/app/api/v1/documents/[sha256]/text/route") : await import("@/app/api/v1/documents/[sha256]/route");
  const response = await route.GET(new Request(`http://tracker.test/api/v1/documents/${sha256}${suffix}`, { headers: headers(token) }), { params: Promise.resolve({ sha256 }) });
  return { status: response.status, body: await response.text() };
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "tracker-note-documents-"));
  store = folderDocumentStore(root);
  // The bytes route reads the server's store: this test's folder.
  process.env.DOCUMENTS_DIR = root;
  const user = await p().user.create({ data: { email: "colleague@example.test", name: "Another analyst", role: "ANALYST" }, select: { id: true } });
  colleague = { kind: "user", id: user.id, role: "ANALYST" };
  for (const [who, actor] of [["viewer", seeded.actors.viewer], ["analyst", seeded.actors.analyst], ["admin", seeded.actors.admin], ["colleague", colleague]] as const) {
    tokens[who] = (await createApiToken({ actor, input: { name: "test" } })).token;
  }
  kase.slug = (await createCase({ actor: seeded.actors.analyst, input: syntheticCase("Prosecutor v. Note Documents One") })).slug;
  kase.other = (await createCase({ actor: seeded.actors.analyst, input: syntheticCase("Prosecutor v. Note Documents Two") })).slug;
  const note = (caseSlug: string) => createAnnotation({ actor: seeded.actors.analyst, caseSlug, input: { body: "The analyst's reading of the warrant.", assessment: "ADVANCING", lang: "en" } });
  notes.mine = (await note(kase.slug)).id;
  notes.otherCase = (await note(kase.other)).id;
  const doomed = await note(kase.slug);
  notes.deleted = doomed.id;
  await deleteAnnotation({ actor: seeded.actors.analyst, caseSlug: kase.slug, id: doomed.id, input: { expectedVersion: doomed.version } });
});

afterAll(async () => {
  delete process.env.DOCUMENTS_DIR;
  if (root) await rm(root, { recursive: true, force: true });
});

describe("attaching a document to a note: the refusals first", () => {
  it("401 for a visitor, 403 for a viewer and for an analyst who is not the note's author, storing nothing", async () => {
    expect((await refusedWithoutWriting(() => attach(testFile(), { actor: anonymous }))).code).toBe("UNAUTHENTICATED");
    expect((await refusedWithoutWriting(() => attach(testFile(), { actor: seeded.actors.viewer }))).code).toBe("FORBIDDEN");
    const colleagues = await refusedWithoutWriting(() => attach(testFile(), { actor: colleague }));
    expect(colleagues.code).toBe("FORBIDDEN");
    expect(colleagues.message).toContain("The analyst");
    const before = await counts();
    expect((await post(kase.slug, notes.mine, testFile(), tokens.viewer)).status).toBe(403);
    expect((await post(kase.slug, notes.mine, testFile(), tokens.colleague)).status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it("404 for a note of another case, a deleted note, an unknown note, and a note addressed without its case", async () => {
    expect((await refusedWithoutWriting(() => attach(testFile(), { slug: notes.otherCase }))).code).toBe("NOT_FOUND");
    expect((await refusedWithoutWriting(() => attach(testFile(), { slug: notes.deleted }))).code).toBe("NOT_FOUND");
    expect((await refusedWithoutWriting(() => attach(testFile(), { slug: "no-such-note" }))).code).toBe("NOT_FOUND");
    // A note is found only through its case: without one, nothing is found.
    await expect(listDocuments({ kind: "note", slug: notes.mine, actor: seeded.actors.admin })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const before = await counts();
    expect((await post(kase.slug, notes.otherCase, testFile(), tokens.analyst)).status).toBe(404);
    expect((await post(kase.slug, notes.deleted, testFile(), tokens.admin)).status).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it("the database takes an attachment to one record only: a note and a case at once is refused", async () => {
    const { record } = await attach(testFile());
    const caseId = (await p().case.findUniqueOrThrow({ where: { slug: kase.slug }, select: { id: true } })).id;
    await expect(p().documentAttachment.create({ data: { sha256: record.sha256, annotationId: notes.otherCase, caseId, title: "Both" } })).rejects.toThrow(/one_record_check/);
  });
});

describe("a note's documents, attached and read", () => {
  it("the author attaches (201 over the API, attached to the note), an administrator too; a viewer lists them, a visitor may not (401)", async () => {
    const byAuthor = await post(kase.slug, notes.mine, testFile(), tokens.analyst);
    expect(byAuthor.status, JSON.stringify(byAuthor.json)).toBe(201);
    expect(byAuthor.json).toMatchObject({ attachedTo: { kind: "note", slug: notes.mine }, uploadedBy: "The analyst" });
    const byAdmin = await post(kase.slug, notes.mine, testFile(), tokens.admin);
    expect(byAdmin.status).toBe(201);
    const listed = await list(kase.slug, notes.mine, tokens.viewer);
    expect(listed.status).toBe(200);
    expect(listed.json.documents.map((d: { sha256: string }) => d.sha256)).toEqual(expect.arrayContaining([byAuthor.json.sha256, byAdmin.json.sha256]));
    await expect(listDocuments({ kind: "note", slug: notes.mine, caseSlug: kase.slug, actor: anonymous })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await list(kase.slug, notes.otherCase, tokens.viewer)).status).toBe(404);
    expect((await list(kase.slug, notes.deleted, tokens.viewer)).status).toBe(404);
    // The case's own documents are not the note's.
    expect((await listDocuments({ kind: "case", slug: kase.slug })).map((d) => d.sha256)).not.toContain(byAuthor.json.sha256);
  });

  it("a document attached only to a note: 404 to a visitor (bytes, text and page), read by a viewer", async () => {
    const { record } = await attach(testFile("Only on the note."));
    await expect(findReadableDocument({ actor: anonymous, sha256: record.sha256 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getDocumentPage({ actor: anonymous, sha256: record.sha256 })).toBeNull();
    const bytes = await read(record.sha256, tokens.viewer);
    expect(bytes.status).toBe(200);
    expect(bytes.body).toContain("Only on the note.");
    expect((await read(record.sha256, tokens.viewer, "/text")).status).toBe(200);
    const page = await getDocumentPage({ actor: seeded.actors.viewer, sha256: record.sha256 });
    expect(page!.attachments).toEqual([expect.objectContaining({ kind: "note", slug: kase.slug, note: notes.mine })]);
  });

  it("the same file also on a public case: public through the case, and its page names no note to a visitor", async () => {
    const bytes = testFile("On the note and on the case.");
    const { record } = await attach(bytes);
    await attach(bytes, { kind: "case", slug: kase.other });
    expect((await findReadableDocument({ actor: anonymous, sha256: record.sha256 })).sha256).toBe(record.sha256);
    const seen = await getDocumentPage({ actor: anonymous, sha256: record.sha256 });
    expect(seen!.attachments.map((a) => [a.kind, a.slug])).toEqual([["case", kase.other]]);
    expect(JSON.stringify(seen)).not.toContain(notes.mine);
    expect(JSON.stringify(seen)).not.toContain(kase.slug);
    const signedIn = await getDocumentPage({ actor: seeded.actors.viewer, sha256: record.sha256 });
    expect(signedIn!.attachments.map((a) => a.kind).sort()).toEqual(["case", "note"]);
  });

  it("a deleted note takes its documents with it: 404 even to a reader of notes", async () => {
    const note = await createAnnotation({ actor: seeded.actors.analyst, caseSlug: kase.slug, input: { body: "A note soon deleted.", assessment: "STALLED", lang: "en" } });
    const { record } = await attach(testFile(), { slug: note.id });
    expect((await read(record.sha256, tokens.viewer)).status).toBe(200);
    await deleteAnnotation({ actor: seeded.actors.analyst, caseSlug: kase.slug, id: note.id, input: { expectedVersion: note.version } });
    expect((await read(record.sha256, tokens.viewer)).status).toBe(404);
    expect(await getDocumentPage({ actor: seeded.actors.admin, sha256: record.sha256 })).toBeNull();
  });
});

describe("removing a note's document", () => {
  it("401 for a visitor, 403 for a viewer and another analyst, 404 through another case; the author removes it", async () => {
    const { record } = await attach(testFile());
    const before = await counts();
    expect((await refusedWithoutWriting(() => removeDocument({ actor: anonymous, kind: "note", slug: notes.mine, caseSlug: kase.slug, sha256: record.sha256, input: { expectedVersion: record.version } }))).code).toBe("UNAUTHENTICATED");
    expect((await remove(kase.slug, notes.mine, record.sha256, record.version, tokens.viewer)).status).toBe(403);
    expect((await remove(kase.slug, notes.mine, record.sha256, record.version, tokens.colleague)).status).toBe(403);
    expect((await remove(kase.other, notes.mine, record.sha256, record.version, tokens.analyst)).status).toBe(404);
    expect((await refusedWithoutWriting(() => removeDocument({ actor: colleague, kind: "note", slug: notes.mine, caseSlug: kase.slug, sha256: record.sha256, input: { expectedVersion: record.version } }))).code).toBe("FORBIDDEN");
    expect(await counts()).toEqual(before);
    const done = await remove(kase.slug, notes.mine, record.sha256, record.version, tokens.analyst);
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ sha256: record.sha256, attachedTo: { kind: "note", slug: notes.mine }, version: record.version + 1 });
    expect((await listDocuments({ kind: "note", slug: notes.mine, caseSlug: kase.slug, actor: seeded.actors.viewer })).map((d) => d.sha256)).not.toContain(record.sha256);
    const audit = await p().auditEvent.findFirstOrThrow({ where: { entityType: "DocumentAttachment", entityId: record.id }, orderBy: { id: "desc" } });
    expect(audit.action).toBe("DELETE");
  });
});

describe("the search inside documents", () => {
  const cases = async (q: string, signedIn: boolean) => (await listCases({ ...emptyCaseListQuery(), q }, { signedIn })).cases;

  it("never finds a case by a document of its note, nor names the note's document beside a case found otherwise", async () => {
    await attach(testFile("Zernoprodukt requisitioned the elevator."));
    // The word is read (the page exists), so its absence from the results is the search's doing.
    const pages = await p().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "DocumentPage" WHERE "searchVector" @@ to_tsquery('simple', 'zernoprodukt:*')`;
    expect(pages[0]!.n).toBeGreaterThan(0);
    for (const signedIn of [false, true]) {
      expect((await cases("Zernoprodukt", signedIn)).map((c) => c.slug)).toEqual([]);
      const found = (await cases("Note Documents One", signedIn)).find((c) => c.slug === kase.slug);
      expect(found?.documentMatch ?? null).toBeNull();
    }
  });
});
