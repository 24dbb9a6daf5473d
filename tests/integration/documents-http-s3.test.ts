/**
 * Documents over real HTTP with the S3-compatible store (docs/decisions/051-documents-in-an-s3-compatible-store.md):
 * the production server started with S3_ENDPOINT and its bucket and keys, pointing at a real
 * s3rver (tests/support/s3-server.ts), on a fresh Postgres, with a 1 MB limit. A representative
 * subset of documents-http.test.ts: an upload lands in the bucket under its SHA-256 and nothing in
 * the local folder; the same file twice is one object; refusals (413, 415) leave no row and no
 * object; the bytes come back with the same headers as from the folder store. Then the store goes
 * away (its bucket removed): uploads and downloads answer 503 with one sentence, store nothing,
 * and the server's log names the missing bucket.
 */
import { createHash } from "node:crypto";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { DeleteBucketCommand, DeleteObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createApiToken } from "@/lib/server/accounts/api-tokens";
import { createCase } from "@/lib/server/cases/create-case";
import type { S3Config } from "@/lib/server/env";
import { hashPassword } from "@/lib/server/passwords";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { s3Env, testBucket } from "@/tests/support/s3-server";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";
import { startTrackerServer, type TrackerServer } from "@/tests/support/tracker-server";
import { syntheticCase } from "@/tests/support/synthetic-case";

let testDb: TestDatabase;
let database: Database;
let server: TrackerServer | undefined;
let bucket: S3Config;
let client: S3Client;
let token = "";
let caseSlug = "";

const LEAKS = /prisma|\bat [\w.<>$]+ \(|\bat (?:async )?\/|node_modules|\.tsx?:\d+:\d+|stack|bucket|ECONNREFUSED|NoSuch|127\.0\.0\.1/i;
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const PDF = Buffer.concat([Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"), Buffer.alloc(300_000, 0x20), Buffer.from("%%EOF\n")]);

async function upload(bytes: Buffer, name: string) {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)]), name);
  const response = await fetch(`${server!.url}/api/v1/cases/${caseSlug}/documents`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
  const text = await response.text();
  expect(text, "the answer leaks internals").not.toMatch(LEAKS);
  expect(text).not.toContain("S3");
  return { status: response.status, json: JSON.parse(text) };
}

const objects = async () => ((await client.send(new ListObjectsV2Command({ Bucket: bucket.bucket }))).Contents ?? []).map((o) => o.Key!).sort();
const localFiles = async () => (await readdir(server!.documentsDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
const rows = async () => ({ blobs: await database.prisma.documentBlob.count(), attachments: await database.prisma.documentAttachment.count() });

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_documents_s3");
  bucket = await testBucket(inject("s3Endpoint"));
  client = new S3Client({ endpoint: bucket.endpoint, region: bucket.region, forcePathStyle: true, credentials: bucket });
  server = await startTrackerServer(testDb.url, { env: { DOCUMENT_MAX_BYTES: "1MB", ...s3Env(bucket) } });
  database = createDatabase(testDb.target);
  process.env.DATABASE_URL = testDb.url;
  const user = await database.prisma.user.create({ data: { email: "analyst@example.test", name: "The analyst", role: "ANALYST", passwordHash: await hashPassword("a long enough test password") }, select: { id: true } });
  const analyst = { kind: "user" as const, id: user.id, role: "ANALYST" as const };
  token = (await createApiToken({ actor: analyst, input: { name: "test" } })).token;
  caseSlug = (
    await createCase({
      actor: analyst,
      input: syntheticCase("Prosecutor v. Storage Commander", "Storage Commander"),
    })
  ).slug;
}, 900_000);

afterAll(async () => {
  await server?.stop();
  client?.destroy();
  await closeSharedDatabase();
  await database?.close();
  await testDb?.drop();
}, 60_000);

describe("documents in an S3-compatible store", () => {
  it("says at start where the documents are kept", () => {
    expect(server!.output()).toContain(`Documents: S3-compatible store, bucket "${bucket.bucket}" at ${bucket.endpoint}`);
  });

  it("an upload lands in the bucket under its SHA-256, nothing stays in tmp/ nor in the local folder, and the same file twice is one object", async () => {
    const first = await upload(PDF, "warrant.pdf");
    expect(first.status, JSON.stringify(first.json)).toBe(201);
    expect(first.json).toMatchObject({ sha256: sha(PDF), size: PDF.length, mediaType: "application/pdf", title: "warrant.pdf" });
    expect(await objects()).toEqual([`blobs/${sha(PDF)}`]);
    expect(await localFiles()).toEqual([]);
    const again = await upload(PDF, "again.pdf");
    expect(again.status).toBe(200);
    expect(again.json.id).toBe(first.json.id);
    expect(await objects()).toEqual([`blobs/${sha(PDF)}`]);
    expect(await rows()).toEqual({ blobs: 1, attachments: 1 });
  });

  it("serves the bytes from the bucket with the same headers as from the folder, and 304 for the same ETag", async () => {
    const response = await fetch(`${server!.url}/api/v1/documents/${sha(PDF)}`);
    expect(response.status).toBe(200);
    expect(sha(Buffer.from(await response.arrayBuffer()))).toBe(sha(PDF));
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("etag")).toBe(`"${sha(PDF)}"`);
    const again = await fetch(`${server!.url}/api/v1/documents/${sha(PDF)}`, { headers: { "if-none-match": `"${sha(PDF)}"` } });
    expect(again.status).toBe(304);
  });

  it("413 and 415 leave no row and no object", async () => {
    const before = { rows: await rows(), objects: await objects() };
    const big = await upload(Buffer.alloc(1024 * 1024 + 1, 0x61), "too-big.txt");
    expect(big.status).toBe(413);
    expect(big.json.error.message).toContain('"too-big.txt" is larger than 1 MB');
    const zip = await upload(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), Buffer.alloc(4000, 1)]), "report.pdf");
    expect(zip.status).toBe(415);
    expect({ rows: await rows(), objects: await objects() }).toEqual(before);
    expect(await localFiles()).toEqual([]);
  });

  it("when the store goes away (its bucket removed), uploads and downloads answer 503 in one sentence, nothing is stored, and the log names the bucket", async () => {
    for (const key of await objects()) await client.send(new DeleteObjectCommand({ Bucket: bucket.bucket, Key: key }));
    await client.send(new DeleteBucketCommand({ Bucket: bucket.bucket }));
    const before = await rows();
    const refused = await upload(Buffer.from("A statement for a store that is gone.\n"), "statement.txt");
    expect(refused.status).toBe(503);
    expect(refused.json.error).toEqual({ code: "service_unavailable", message: "The document store cannot be reached just now; try again later. The error has been logged." });
    expect(await rows()).toEqual(before);
    expect(await localFiles()).toEqual([]);
    const download = await fetch(`${server!.url}/api/v1/documents/${sha(PDF)}`);
    expect(download.status).toBe(503);
    expect(await download.text()).not.toMatch(LEAKS);
    expect(server!.output()).toContain(`[tracker] The document store's bucket "${bucket.bucket}" does not exist at ${bucket.endpoint}: create it, or set S3_BUCKET to one that exists.`);
  });
});
