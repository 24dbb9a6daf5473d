/**
 * The document stores and their sweep against a real Postgres (docs/decisions/049-documents-stored-by-fingerprint.md,
 * 051-documents-in-an-s3-compatible-store.md): the same behaviours of the folder store, in a
 * temporary folder, and of the S3 store, in a bucket of a real S3-compatible server (s3rver, from
 * tests/support/s3-server.ts): what a staged upload leaves on each outcome, and each window a crash
 * can leave open (a staged upload never committed; bytes committed whose rows never were), closed
 * by the sweep after its grace period, never before, and never while an upload of the same bytes
 * holds their lock. Then the S3 store's refusals: a missing bucket, refused keys, an endpoint that
 * does not answer, each a sentence naming what to fix.
 */
import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { S3Config } from "@/lib/server/env";
import { DocumentStoreUnavailableError } from "@/lib/server/errors";
import { lockDocument } from "@/lib/server/documents/document-lock";
import { folderDocumentStore, type DocumentStore, type StagedDocument } from "@/lib/server/documents/document-store";
import { checkS3Store, s3DocumentStore } from "@/lib/server/documents/s3-document-store";
import { sweepDocuments, SWEEP_GRACE_MS } from "@/lib/server/documents/sweep-documents";
import { createDatabase, type Database } from "@/lib/server/prisma-client";
import { freePort } from "@/tests/support/postgres";
import { testBucket } from "@/tests/support/s3-server";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let testDb: TestDatabase;
let database: Database;
const folders: string[] = [];

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_document_store");
  database = createDatabase(testDb.target);
}, 120_000);

afterAll(async () => {
  await database?.close();
  await testDb?.drop();
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const filesUnder = async (folder: string): Promise<string[]> => {
  const out: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => [])) if (entry.isFile()) out.push(entry.name);
  return out.sort();
};
const newFolder = async () => {
  const folder = await mkdtemp(path.join(tmpdir(), "tracker-store-test-"));
  folders.push(folder);
  return folder;
};
/** A stream in chunks of `size` bytes, as an upload arrives. */
const chunked = (bytes: Buffer, size = 64 * 1024) => Readable.from((function* () {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
})());
let serial = 0;
const textFile = (words = "A text the sweep test stores") => Buffer.from(`${words} ${++serial}\n`.repeat(50));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A time of the sweep at which everything written so far is past the grace period. */
const later = () => new Date(Date.now() + SWEEP_GRACE_MS + 60_000);

/** A store under test, and what it holds seen from outside it. */
type Subject = {
  store: DocumentStore;
  /** The ids of the staged uploads it holds. */
  temporary(): Promise<string[]>;
  /** Everything it holds: files, objects. */
  everything(): Promise<string[]>;
};

const objectsIn = async (config: S3Config, Prefix = ""): Promise<string[]> => {
  const client = new S3Client({ endpoint: config.endpoint, region: config.region, forcePathStyle: true, credentials: config });
  try {
    return ((await client.send(new ListObjectsV2Command({ Bucket: config.bucket, Prefix }))).Contents ?? []).map((o) => o.Key!).sort();
  } finally {
    client.destroy();
  }
};

const SUBJECTS: Array<[string, () => Promise<Subject>]> = [
  [
    "the folder store",
    async () => {
      const root = await newFolder();
      return {
        store: folderDocumentStore(root),
        temporary: async () => (await filesUnder(path.join(root, "tmp"))).map((name) => name.replace(/\.part$/, "")),
        everything: () => filesUnder(root),
      };
    },
  ],
  [
    "the S3 store",
    async () => {
      const config = await testBucket(inject("s3Endpoint"));
      const stagingDir = await newFolder();
      return {
        store: s3DocumentStore(config, { stagingDir }),
        temporary: async () => [...(await filesUnder(stagingDir)).map((name) => name.replace(/\.part$/, "")), ...(await objectsIn(config, "tmp/")).map((key) => key.slice(4))].sort(),
        everything: async () => [...(await filesUnder(stagingDir)), ...(await objectsIn(config))].sort(),
      };
    },
  ],
];

describe.each(SUBJECTS)("%s", (_name, make) => {
  let subject: Subject;
  let store: DocumentStore;
  beforeAll(async () => {
    subject = await make();
    store = subject.store;
    // Each store starts with a database that names none of its bytes.
    await database.prisma.documentBlob.deleteMany();
  });

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
      expect(await subject.temporary()).toEqual([document.id]);
      await store.commit(document);
      expect(await subject.temporary()).toEqual([]);
      const got = await store.get(document.sha256);
      expect(got?.size).toBe(bytes.length);
      const read: Buffer[] = [];
      for await (const chunk of got!.stream) read.push(chunk as Buffer);
      expect(sha(Buffer.concat(read))).toBe(document.sha256);
      // Committing again (an upload of the same bytes) changes nothing but the time.
      const again = await staged(bytes);
      await store.commit(again);
      expect((await subject.everything()).filter((name) => name.includes(document.sha256))).toHaveLength(1);
      await store.delete(document.sha256);
      expect(await store.get(document.sha256)).toBeNull();
      expect(await subject.everything()).toEqual([]);
    });

    it("a discarded upload leaves nothing, and discarding twice is harmless", async () => {
      const document = await staged(textFile("discarded"));
      await store.discard(document);
      await store.discard(document);
      expect(await subject.everything()).toEqual([]);
      expect(await store.get(document.sha256)).toBeNull();
    });

    it("past the limit: nothing is kept, and the rest of the body is still read (so the client can be answered)", async () => {
      const bytes = Buffer.alloc(3 * 1024 * 1024, 0x61);
      const body = chunked(bytes);
      const result = await store.stage(body, { maxBytes: 1024 * 1024 });
      expect(result).toEqual({ outcome: "too-large", maxBytes: 1024 * 1024 });
      expect(body.readableEnded).toBe(true);
      expect(await subject.everything()).toEqual([]);
    });

    it("a ZIP is refused at its first bytes: nothing is kept", async () => {
      const result = await store.stage(chunked(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200_000, 1)])), { maxBytes: 1024 * 1024 });
      expect(result).toMatchObject({ outcome: "refused", looksLike: expect.stringContaining("ZIP") });
      expect(await subject.everything()).toEqual([]);
    });

    it("an upload that breaks off leaves no temporary file", async () => {
      const broken = new Readable({
        read() {
          this.push(Buffer.from("Some text that starts well "));
          this.destroy(new Error("connection reset"));
        },
      });
      await expect(store.stage(broken, { maxBytes: 1024 })).rejects.toThrow("connection reset");
      expect(await subject.everything()).toEqual([]);
    });
  });

  describe("the sweep closes the windows a crash leaves open", () => {
    it("a staged upload never committed nor discarded (the server died mid-upload) is removed once older than the grace period", async () => {
      // S3 keeps the time of an object to the second: the two are written seconds apart, and the
      // sweep runs at a time when only the first is past the grace period.
      const old = await staged(textFile());
      await sleep(1_100);
      const between = Date.now();
      await sleep(1_100);
      const young = await staged(textFile());
      expect((await sweepDocuments({ prisma: database.prisma, store })).stagedRemoved).toBe(0);
      const report = await sweepDocuments({ prisma: database.prisma, store, now: new Date(between + SWEEP_GRACE_MS) });
      expect(report.stagedRemoved).toBe(1);
      expect(await subject.temporary()).toEqual([young.id]);
      expect(old.id).not.toBe(young.id);
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

      const report = await sweepDocuments({ prisma: database.prisma, store, now: later() });
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
      const sweep = sweepDocuments({ prisma: database.prisma, store, now: later() }).then((report) => {
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
});

describe("the S3 store", () => {
  it("an upload cut short by a crash before it reached the store (a local staged file) is swept too", async () => {
    const config = await testBucket(inject("s3Endpoint"));
    const stagingDir = await newFolder();
    const store = s3DocumentStore(config, { stagingDir });
    const leftover = path.join(stagingDir, `${"a".repeat(32)}.part`);
    await writeFile(leftover, "half an upload");
    const long = new Date(Date.now() - SWEEP_GRACE_MS - 60_000);
    await utimes(leftover, long, long);
    const report = await sweepDocuments({ prisma: database.prisma, store });
    expect(report.stagedRemoved).toBe(1);
    expect(await filesUnder(stagingDir)).toEqual([]);
  });

  it("a staged upload is in tmp/ with its bytes; its commit is a copy under blobs/ inside the store, and tmp/ is emptied", async () => {
    const config = await testBucket(inject("s3Endpoint"));
    const stagingDir = await newFolder();
    const store = s3DocumentStore(config, { stagingDir });
    const bytes = textFile("in the bucket");
    const result = await store.stage(chunked(bytes, 100), { maxBytes: 1024 * 1024 });
    if (result.outcome !== "staged") throw new Error("not staged");
    expect(await objectsIn(config)).toEqual([`tmp/${result.staged.id}`]);
    expect(await filesUnder(stagingDir)).toEqual([]);
    await store.commit(result.staged);
    expect(await objectsIn(config)).toEqual([`blobs/${sha(bytes)}`]);
    expect((await store.writtenAt(sha(bytes)))!.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("refuses with a sentence naming what to fix, and leaves no staged file: a missing bucket, refused keys, an endpoint that does not answer", async () => {
    const config = await testBucket(inject("s3Endpoint"));
    const stagingDir = await newFolder();
    const cases: Array<[S3Config, RegExp]> = [
      [{ ...config, bucket: "no-such-bucket" }, /^The document store's bucket "no-such-bucket" does not exist at http:\/\/127\.0\.0\.1:\d+: create it, or set S3_BUCKET/],
      // s3rver checks the key's id but not a signature's secret (it does not compute V4 signatures).
      [{ ...config, accessKeyId: "NOT-A-KEY" }, /^The document store at http:\/\/127\.0\.0\.1:\d+ refused to store an upload in the bucket "tracker-test-\w+" \(.+, HTTP 403\): check S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY/],
      [{ ...config, endpoint: `http://127.0.0.1:${await freePort()}` }, /^The document store at http:\/\/127\.0\.0\.1:\d+ cannot be reached \(ECONNREFUSED\), so the tracker could not store an upload: check S3_ENDPOINT/],
    ];
    for (const [broken, message] of cases) {
      const store = s3DocumentStore(broken, { stagingDir });
      const failure = await store.stage(chunked(textFile("refused")), { maxBytes: 1024 * 1024 }).catch((error: unknown) => error);
      expect(failure, JSON.stringify(broken)).toBeInstanceOf(DocumentStoreUnavailableError);
      expect((failure as Error).message).toMatch(message);
      expect((failure as Error).message).not.toContain("\n");
      expect(await filesUnder(stagingDir)).toEqual([]);
      // Reading fails the same way: a missing bucket is not a missing document.
      await expect(store.get("0".repeat(64))).rejects.toBeInstanceOf(DocumentStoreUnavailableError);
      await expect(checkS3Store(broken)).rejects.toThrow(/^The document store/);
    }
    expect(await objectsIn(config)).toEqual([]);
    await expect(checkS3Store(config)).resolves.toBeUndefined();
  });

  it("a document that is not there is null, not an error", async () => {
    const store = s3DocumentStore(await testBucket(inject("s3Endpoint")), { stagingDir: await newFolder() });
    expect(await store.get("0".repeat(64))).toBeNull();
    expect(await store.writtenAt("0".repeat(64))).toBeNull();
    await store.delete("0".repeat(64));
  });
});
