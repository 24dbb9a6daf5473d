/**
 * The document store in a temporary folder and its sweep against a real Postgres
 * (docs/decisions/049-documents-stored-by-fingerprint.md): what a staged upload leaves on each
 * outcome, and each window a crash can leave open (a staged file never committed; bytes committed
 * whose rows never were), closed by the sweep after its grace period, never before, and never
 * while an upload of the same bytes holds their lock.
 */
import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lockDocument } from "@/lib/server/documents/document-lock";
import { folderDocumentStore, type DocumentStore, type StagedDocument } from "@/lib/server/documents/document-store";
import { sweepDocuments, SWEEP_GRACE_MS } from "@/lib/server/documents/sweep-documents";
import { createDatabase, type Database } from "@/lib/server/prisma-client";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let testDb: TestDatabase;
let database: Database;
let root: string;
let store: DocumentStore;

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_document_store");
  database = createDatabase(testDb.target);
  root = await mkdtemp(path.join(tmpdir(), "tracker-store-test-"));
  store = folderDocumentStore(root);
}, 120_000);

afterAll(async () => {
  await database?.close();
  await testDb?.drop();
  if (root) await rm(root, { recursive: true, force: true });
});

const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const filesUnder = async (folder: string): Promise<string[]> => {
  const out: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => [])) if (entry.isFile()) out.push(entry.name);
  return out.sort();
};
/** A stream in chunks of `size` bytes, as an upload arrives. */
const chunked = (bytes: Buffer, size = 64 * 1024) => Readable.from((function* () {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
})());
let serial = 0;
const textFile = (words = "A text the sweep test stores") => Buffer.from(`${words} ${++serial}\n`.repeat(50));
const ageBy = async (file: string, ms: number) => {
  const when = new Date(Date.now() - ms);
  await utimes(file, when, when);
};
const blobFile = (sha256: string) => path.join(root, "blobs", sha256.slice(0, 2), sha256);

async function staged(bytes: Buffer): Promise<StagedDocument> {
  const result = await store.stage(chunked(bytes), { maxBytes: 10 * 1024 * 1024 });
  if (result.outcome !== "staged") throw new Error(`not staged: ${JSON.stringify(result)}`);
  return result.staged;
}

describe("staging and committing", () => {
  it("hashes, counts and sniffs while writing; a commit makes the bytes readable under their SHA-256 and leaves no temporary file", async () => {
    const bytes = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(300_000, 0x20)]);
    const document = await staged(bytes);
    expect(document).toMatchObject({ sha256: sha(bytes), size: bytes.length, mediaType: "application/pdf" });
    expect(await filesUnder(path.join(root, "tmp"))).toEqual([`${document.id}.part`]);
    await store.commit(document);
    expect(await filesUnder(path.join(root, "tmp"))).toEqual([]);
    const got = await store.get(document.sha256);
    expect(got?.size).toBe(bytes.length);
    const read: Buffer[] = [];
    for await (const chunk of got!.stream) read.push(chunk as Buffer);
    expect(sha(Buffer.concat(read))).toBe(document.sha256);
    await store.delete(document.sha256);
  });

  it("past the limit: nothing is kept, and the rest of the body is still read (so the client can be answered)", async () => {
    const bytes = Buffer.alloc(3 * 1024 * 1024, 0x61);
    const body = chunked(bytes);
    const result = await store.stage(body, { maxBytes: 1024 * 1024 });
    expect(result).toEqual({ outcome: "too-large", maxBytes: 1024 * 1024 });
    expect(body.readableEnded).toBe(true);
    expect(await filesUnder(root)).toEqual([]);
  });

  it("a ZIP is refused at its first bytes: nothing is kept", async () => {
    const result = await store.stage(chunked(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200_000, 1)])), { maxBytes: 1024 * 1024 });
    expect(result).toMatchObject({ outcome: "refused", looksLike: expect.stringContaining("ZIP") });
    expect(await filesUnder(root)).toEqual([]);
  });

  it("an upload that breaks off leaves no temporary file", async () => {
    const broken = new Readable({
      read() {
        this.push(Buffer.from("Some text that starts well "));
        this.destroy(new Error("connection reset"));
      },
    });
    await expect(store.stage(broken, { maxBytes: 1024 })).rejects.toThrow("connection reset");
    expect(await filesUnder(root)).toEqual([]);
  });
});

describe("the sweep closes the windows a crash leaves open", () => {
  it("a staged upload never committed nor discarded (the server died mid-upload) is removed once older than the grace period", async () => {
    const young = await staged(textFile());
    const old = await staged(textFile());
    await ageBy(path.join(root, "tmp", `${old.id}.part`), SWEEP_GRACE_MS + 60_000);
    const report = await sweepDocuments({ prisma: database.prisma, store });
    expect(report.stagedRemoved).toBe(1);
    expect(await filesUnder(path.join(root, "tmp"))).toEqual([`${young.id}.part`]);
    await store.discard(young);
  });

  it("bytes committed whose rows never were (the server died between the two) are removed after the grace period; named bytes stay", async () => {
    const orphan = await staged(textFile("orphan"));
    await store.commit(orphan);
    const named = await staged(textFile("named"));
    await store.commit(named);
    await database.prisma.documentBlob.create({ data: { sha256: named.sha256, size: named.size, mediaType: named.mediaType } });

    // Young: an upload may still be committing its rows.
    expect((await sweepDocuments({ prisma: database.prisma, store })).unnamedRemoved).toEqual([]);
    expect(await store.get(orphan.sha256)).not.toBeNull();

    await ageBy(blobFile(orphan.sha256), SWEEP_GRACE_MS + 60_000);
    await ageBy(blobFile(named.sha256), SWEEP_GRACE_MS + 60_000);
    const report = await sweepDocuments({ prisma: database.prisma, store });
    expect(report.unnamedRemoved).toEqual([orphan.sha256]);
    expect(await store.get(orphan.sha256)).toBeNull();
    expect(await store.get(named.sha256)).not.toBeNull();
    expect(report.rowsWithoutBytes).toEqual([]);
  });

  it("a row whose bytes are missing is reported, not hidden", async () => {
    const lost = "f".repeat(64);
    await database.prisma.documentBlob.create({ data: { sha256: lost, size: 1, mediaType: "text/plain" } });
    expect((await sweepDocuments({ prisma: database.prisma, store })).rowsWithoutBytes).toEqual([lost]);
    await database.prisma.documentBlob.delete({ where: { sha256: lost } });
  });

  it("never removes bytes while an upload of them holds their lock: it waits, then sees the upload's row", async () => {
    const bytes = textFile("racing");
    const first = await staged(bytes);
    await store.commit(first);
    await ageBy(blobFile(first.sha256), SWEEP_GRACE_MS + 60_000);

    // An upload of the same bytes: it takes the lock, puts the bytes in place, then writes its row.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const upload = database.prisma.$transaction(
      async (tx) => {
        await lockDocument(tx, first.sha256);
        locked();
        await held;
        await tx.documentBlob.create({ data: { sha256: first.sha256, size: first.size, mediaType: first.mediaType } });
      },
      { timeout: 30_000, maxWait: 10_000 },
    );
    await isLocked;
    let swept = false;
    const sweep = sweepDocuments({ prisma: database.prisma, store }).then((report) => {
      swept = true;
      return report;
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(swept).toBe(false); // waiting on the lock
    release();
    await upload;
    expect((await sweep).unnamedRemoved).toEqual([]);
    expect(await store.get(first.sha256)).not.toBeNull();
  });
});
