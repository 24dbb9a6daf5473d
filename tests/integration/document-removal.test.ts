/**
 * Removing a document from a record, and attaching it again, against a real Postgres and a
 * document store in a temporary folder (docs/decisions/052-documents-in-the-browser.md): who may
 * remove, the version the remover saw, an unknown or not-attached document, the audit trail, the
 * row kept and restored (one row per file and record), the bytes kept; and the API's DELETE.
 */
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { createApiToken } from "@/lib/server/accounts/api-tokens";
import { attachDocument } from "@/lib/server/documents/attach-document";
import { folderDocumentStore, type DocumentStore } from "@/lib/server/documents/document-store";
import { listDocuments } from "@/lib/server/documents/list-documents";
import { removeDocument } from "@/lib/server/documents/remove-document";
import { AppError } from "@/lib/server/errors";
import { refusedWithoutWritingTo } from "@/tests/support/refusals";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { seedReferenceData } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let testDb: TestDatabase;
let database: Database;
let root: string;
let store: DocumentStore;
type Who = "viewer" | "analyst" | "admin";
const actors: Record<Who, Extract<Actor, { kind: "user" }>> = {} as never;
const tokens: Record<Who, string> = {} as never;
const anonymous: Actor = { kind: "anonymous" };
const CASE = "test-document-removal-case";
const OTHER_CASE = "test-document-removal-other-case";
const p = () => database.prisma;
const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
let serial = 0;
/** A generated test document (plain text), different each time. */
const testFile = () => Buffer.from(`A generated test document of the removal test, number ${++serial}.\n`);

async function attach(bytes: Buffer, { actor = actors.analyst as Actor, slug = CASE, input = {} as Record<string, string> } = {}) {
  const result = await store.stage(Readable.from([bytes]), { maxBytes: 1024 * 1024 });
  if (result.outcome !== "staged") throw new Error(`not staged: ${JSON.stringify(result)}`);
  try {
    return await attachDocument({ actor, kind: "case", slug, input, fileName: "test.txt", staged: result.staged, store });
  } finally {
    await store.discard(result.staged);
  }
}

async function counts() {
  const [attachments, removed, blobs, audits, versions] = await Promise.all([
    p().documentAttachment.count(),
    p().documentAttachment.count({ where: { deletedAt: { not: null } } }),
    p().documentBlob.count(),
    p().auditEvent.count({ where: { entityType: "DocumentAttachment" } }),
    p().documentAttachment.aggregate({ _sum: { version: true } }),
  ]);
  return { attachments, removed, blobs, audits, versions: versions._sum.version };
}

const refusedWithoutWriting = refusedWithoutWritingTo(counts);

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_document_removal");
  database = createDatabase(testDb.target);
  await seedReferenceData(database.prisma);
  root = await mkdtemp(path.join(tmpdir(), "tracker-removal-test-"));
  store = folderDocumentStore(root);
  for (const [who, role] of [["viewer", "VIEWER"], ["analyst", "ANALYST"], ["admin", "ADMIN"]] as const) {
    const user = await p().user.create({ data: { email: `${who}@example.test`, name: `The ${who}`, role }, select: { id: true } });
    actors[who] = { kind: "user", id: user.id, role };
  }
  const forum = await p().forum.findUniqueOrThrow({ where: { slug: "ukraine-domestic" }, select: { id: true } });
  const situation = await p().situation.findUniqueOrThrow({ where: { slug: "ukraine" }, select: { id: true } });
  const day = new Date("2024-05-01");
  for (const slug of [CASE, OTHER_CASE]) {
    await p().case.create({
      data: { slug, title: `Test case ${slug}`, forumId: forum.id, situationId: situation.id, stage: "TRIAL", stageOn: day, stagePrecision: "DAY", openedOn: day, openedPrecision: "DAY", isSynthetic: true },
    });
  }
  process.env.DATABASE_URL = testDb.url;
  for (const who of Object.keys(actors) as Who[]) tokens[who] = (await createApiToken({ actor: actors[who], input: { name: "test" } })).token;
}, 120_000);

afterAll(async () => {
  await closeSharedDatabase();
  await database?.close();
  await testDb?.drop();
  if (root) await rm(root, { recursive: true, force: true });
});

describe("removing a document", () => {
  it("is refused to anonymous visitors and viewers, changing nothing", async () => {
    const { record } = await attach(testFile());
    expect((await refusedWithoutWriting(() => removeDocument({ actor: anonymous, kind: "case", slug: CASE, sha256: record.sha256, input: { expectedVersion: 1 } }))).code).toBe("UNAUTHENTICATED");
    expect((await refusedWithoutWriting(() => removeDocument({ actor: actors.viewer, kind: "case", slug: CASE, sha256: record.sha256, input: { expectedVersion: 1 } }))).code).toBe("FORBIDDEN");
  });

  it("needs the version seen, and refuses a stale one (409), changing nothing", async () => {
    const { record } = await attach(testFile());
    expect((await refusedWithoutWriting(() => removeDocument({ actor: actors.analyst, kind: "case", slug: CASE, sha256: record.sha256, input: {} }))).code).toBe("INVALID_INPUT");
    const stale = await refusedWithoutWriting(() => removeDocument({ actor: actors.analyst, kind: "case", slug: CASE, sha256: record.sha256, input: { expectedVersion: 2 } }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toContain("Nothing was removed");
  });

  it("404 for an unknown document, a malformed one, one attached elsewhere only, and an unknown case", async () => {
    const { record } = await attach(testFile(), { slug: OTHER_CASE });
    for (const sha256 of ["0".repeat(64), "not-a-fingerprint", record.sha256]) {
      expect((await refusedWithoutWriting(() => removeDocument({ actor: actors.analyst, kind: "case", slug: CASE, sha256, input: { expectedVersion: 1 } }))).code).toBe("NOT_FOUND");
    }
    expect((await refusedWithoutWriting(() => removeDocument({ actor: actors.analyst, kind: "case", slug: "no-such-case", sha256: record.sha256, input: { expectedVersion: 1 } }))).code).toBe("NOT_FOUND");
  });

  it("hides the attachment, audited, keeping the row and the bytes; attaching the same file again restores that row", async () => {
    const bytes = testFile();
    const { record } = await attach(bytes);
    const before = await counts();
    const removed = await removeDocument({ actor: actors.admin, kind: "case", slug: CASE, sha256: record.sha256, input: { expectedVersion: record.version } });
    expect(removed.version).toBe(record.version + 1);
    expect(await counts()).toEqual({ ...before, removed: before.removed + 1, audits: before.audits + 1, versions: before.versions! + 1 });
    expect((await listDocuments({ kind: "case", slug: CASE })).map((d) => d.sha256)).not.toContain(record.sha256);
    const audit = await p().auditEvent.findFirstOrThrow({ where: { entityType: "DocumentAttachment", entityId: record.id }, orderBy: { id: "desc" } });
    expect(audit.action).toBe("DELETE");
    expect(audit.actorId).toBe(actors.admin.id);
    expect((audit.after as { deletedAt: string | null }).deletedAt).not.toBeNull();
    expect((await store.get(sha(bytes)))?.size ?? null).not.toBeNull();
    // Removed already: a second removal finds nothing attached.
    expect((await refusedWithoutWriting(() => removeDocument({ actor: actors.analyst, kind: "case", slug: CASE, sha256: record.sha256, input: { expectedVersion: removed.version } }))).code).toBe("NOT_FOUND");

    const again = await attach(bytes, { input: { title: "Attached again" } });
    expect(again.created).toBe(true);
    expect(again.record.id).toBe(record.id);
    expect(again.record.title).toBe("Attached again");
    expect(again.record.version).toBe(removed.version + 1);
    expect(await p().documentAttachment.count({ where: { sha256: record.sha256 } })).toBe(1);
    expect((await listDocuments({ kind: "case", slug: CASE })).map((d) => d.sha256)).toContain(record.sha256);
    const restoredAudit = await p().auditEvent.findFirstOrThrow({ where: { entityType: "DocumentAttachment", entityId: record.id }, orderBy: { id: "desc" } });
    expect(restoredAudit.action).toBe("UPDATE");
    // The page read before the removal names a version that is gone.
    expect((await refusedWithoutWriting(() => removeDocument({ actor: actors.analyst, kind: "case", slug: CASE, sha256: record.sha256, input: { expectedVersion: record.version } }))).code).toBe("CONFLICT");
  });
});

describe("DELETE /api/v1/cases/{slug}/documents/{sha256}", () => {
  const route = () => import("@/app/api/v1/cases/[id]/documents/[sha256]/route");
  const call = async (sha256: string, { token, query = "" }: { token?: string; query?: string }) =>
    (await route()).DELETE(
      new Request(`http://tracker.test/api/v1/cases/${CASE}/documents/${sha256}${query}`, { method: "DELETE", headers: token ? { authorization: `Bearer ${token}` } : {} }),
      { params: Promise.resolve({ id: CASE, sha256 }) },
    );

  it("403 for a viewer's token, 409 for a stale version, 200 with the removed attachment", async () => {
    const { record } = await attach(testFile());
    const before = await counts();
    expect((await call(record.sha256, { token: tokens.viewer, query: "?expectedVersion=1" })).status).toBe(403);
    const stale = await call(record.sha256, { token: tokens.analyst, query: "?expectedVersion=7" });
    expect(stale.status).toBe(409);
    expect(await counts()).toEqual(before);
    const done = await call(record.sha256, { token: tokens.analyst, query: `?expectedVersion=${record.version}` });
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ sha256: record.sha256, version: record.version + 1 });
    expect((await call(record.sha256, { token: tokens.analyst, query: `?expectedVersion=${record.version + 1}` })).status).toBe(404);
  });
});
