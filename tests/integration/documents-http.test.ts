/**
 * Documents over real HTTP (issue 18, docs/decisions/049-documents-stored-by-fingerprint.md),
 * against the production server on a fresh, seeded Postgres, with a document store in a temporary
 * folder and a 1 MB limit: uploads of each kind to a source, a case and a milestone; the same file
 * twice is one blob; the kind is read from the bytes, not the name or the claimed type; every
 * refusal (400, 401, 403, 404, 413, 415) leaves no row and no file; the bytes are served with
 * nosniff, their SHA-256 as ETag, immutable caching, and HTML only as a sandboxed download.
 */
import { createHash } from "node:crypto";
import { readdir } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { createApiToken } from "@/lib/server/accounts/api-tokens";
import { createCase } from "@/lib/server/cases/create-case";
import { deleteCase } from "@/lib/server/cases/delete-case";
import { createMilestone } from "@/lib/server/milestones/create-milestone";
import { hashPassword } from "@/lib/server/passwords";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";
import { GENERATED_MARK, generatedPdf } from "@/tests/support/generated-pdf";
import { startTrackerServer, type TrackerServer } from "@/tests/support/tracker-server";
import { syntheticCase } from "@/tests/support/synthetic-case";

const PASSWORD = "a long enough test password";
const LIMIT = 1024 * 1024;
type Who = "viewer" | "analyst" | "admin";

let testDb: TestDatabase;
let database: Database;
let server: TrackerServer | undefined;
let base = "";
const actors: Record<Who, Actor> = {} as never;
const tokens: Record<Who, string> = {} as never;
const slugs = { case: "", otherCase: "", deletedCase: "", milestone: "", source: "" };

const LEAKS = /prisma|\bat [\w.<>$]+ \(|\bat (?:async )?\/|node_modules|\.tsx?:\d+:\d+|stack/i;
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

const FILES = {
  pdf: Buffer.concat([Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"), Buffer.alloc(2000, 0x20), Buffer.from("%%EOF\n")]),
  png: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from("IHDR"), Buffer.alloc(500, 7)]),
  jpeg: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), Buffer.from("JFIF"), Buffer.alloc(500, 9)]),
  html: Buffer.from("<!DOCTYPE html>\n<html><body><script>document.title = 'ran'</script>Ухвала</body></html>\n"),
  text: Buffer.from("Стаття 438 Кримінального кодексу України. Порушення законів та звичаїв війни.\n"),
  zip: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), Buffer.alloc(4000, 1)]),
  exe: Buffer.concat([Buffer.from("MZ"), Buffer.from([0x90, 0, 3, 0, 0, 0, 4, 0]), Buffer.alloc(4000, 0)]),
};

type Upload = { file?: { bytes: Buffer; name: string; type?: string }; fields?: Record<string, string>; token?: string; extra?: { bytes: Buffer; name: string } };

/** POSTs a multipart body (fetch's FormData, streamed by undici) and reads the answer. */
async function upload(target: string, { file, fields = {}, token = tokens.analyst, extra }: Upload) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append("file", new Blob([new Uint8Array(file.bytes)], { type: file.type ?? "application/octet-stream" }), file.name);
  if (extra) form.append("attachment2", new Blob([new Uint8Array(extra.bytes)]), extra.name);
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${base}/api/v1/${target}/documents`, { method: "POST", headers, body: form, redirect: "manual" });
  const text = await response.text();
  expect(text, `POST ${target} leaks internals`).not.toMatch(LEAKS);
  return { status: response.status, json: JSON.parse(text), location: response.headers.get("location") };
}

async function get(address: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${address}`, { headers, redirect: "manual" });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, json: () => JSON.parse(bytes.toString("utf8")) };
}

async function stored() {
  const p = database.prisma;
  const [blobs, attachments, audits] = await Promise.all([p.documentBlob.count(), p.documentAttachment.count(), p.auditEvent.count({ where: { entityType: "DocumentAttachment" } })]);
  const files = async (sub: string) => (await readdir(path.join(server!.documentsDir, sub), { recursive: true, withFileTypes: true }).catch(() => [])).filter((e) => e.isFile()).length;
  return { blobs, attachments, audits, files: await files("blobs"), temporary: await files("tmp") };
}

/** Refused with `status` and a message, and nothing stored: no row, no file, no temporary file. */
async function refused(target: string, request: Upload, status: number) {
  const before = await stored();
  const answer = await upload(target, request);
  expect(answer.status, JSON.stringify(answer.json)).toBe(status);
  expect(answer.json.error.message).toBeTruthy();
  expect(await stored()).toEqual(before);
  return answer;
}

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_documents_api");
  server = await startTrackerServer(testDb.url, { env: { DOCUMENT_MAX_BYTES: "1MB" } });
  base = server.url;
  database = createDatabase(testDb.target);
  process.env.DATABASE_URL = testDb.url;
  const passwordHash = await hashPassword(PASSWORD);
  for (const who of ["viewer", "analyst", "admin"] as const) {
    const role = who.toUpperCase() as "VIEWER";
    const user = await database.prisma.user.create({ data: { email: `${who}@example.test`, name: `The ${who}`, role, passwordHash }, select: { id: true } });
    actors[who] = { kind: "user", id: user.id, role };
    tokens[who] = (await createApiToken({ actor: actors[who], input: { name: "test" } })).token;
  }
  const newCase = (n: number) => ({
    ...syntheticCase(`Prosecutor v. Document Commander ${n}`, `Document Commander ${n}`),
    sources: [{ title: `A press release ${n}`, url: "https://example.org/press", locator: "First paragraph" }],
  });
  slugs.case = (await createCase({ actor: actors.analyst, input: newCase(1) })).slug;
  slugs.otherCase = (await createCase({ actor: actors.analyst, input: newCase(2) })).slug;
  const doomed = await createCase({ actor: actors.analyst, input: newCase(3) });
  slugs.deletedCase = doomed.slug;
  slugs.milestone = (
    await createMilestone({
      actor: actors.analyst,
      input: { title: "A milestone with documents", description: "Logged by the documents test.", date: "2025-01", track: "accountability", type: "ratification", situation: "ukraine", forums: ["icc"], sources: [{ title: "A source of the milestone", url: "https://example.org/m", locator: "p. 1" }] },
    })
  ).slug;
  slugs.source = (await database.prisma.source.findFirstOrThrow({ where: { kind: "OFFICIAL" }, select: { slug: true }, orderBy: { slug: "asc" } })).slug;
}, 900_000);

afterAll(async () => {
  await server?.stop();
  await closeSharedDatabase();
  await database?.close();
  await testDb?.drop();
}, 60_000);

describe("attaching documents", () => {
  it("takes each kind, to a case, a milestone and a source, and answers the document with its text queued", async () => {
    const cases: [string, keyof typeof FILES, string, string][] = [
      [`cases/${slugs.case}`, "pdf", "warrant.pdf", "application/pdf"],
      [`milestones/${slugs.milestone}`, "png", "scan.png", "image/png"],
      [`sources/${slugs.source}`, "jpeg", "scan.jpg", "image/jpeg"],
      [`cases/${slugs.case}`, "html", "page.html", "text/html"],
      [`cases/${slugs.case}`, "text", "article.txt", "text/plain"],
    ];
    for (const [target, kind, name, mediaType] of cases) {
      const before = await stored();
      const bytes = FILES[kind];
      const answer = await upload(target, { file: { bytes, name }, fields: kind === "pdf" ? { title: "Arrest warrant", language: "en" } : {} });
      expect(answer.status, JSON.stringify(answer.json)).toBe(201);
      expect(answer.json).toMatchObject({
        sha256: sha(bytes),
        size: bytes.length,
        mediaType,
        title: kind === "pdf" ? "Arrest warrant" : name,
        language: kind === "pdf" ? "en" : null,
        uploadedBy: "The analyst",
        text: { state: "QUEUED", reason: null },
        attachedTo: { kind: target.split("/")[0]!.replace(/s$/, ""), slug: target.split("/")[1] },
      });
      expect(new Date(answer.json.uploadedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
      expect(answer.location).toBe(`/api/v1/documents/${sha(bytes)}`);
      expect(await stored()).toEqual({ ...before, blobs: before.blobs + 1, attachments: before.attachments + 1, audits: before.audits + 1, files: before.files + 1 });
    }
    const listed = await get(`/api/v1/cases/${slugs.case}/documents`);
    expect(listed.status).toBe(200);
    expect(listed.json().documents.map((d: { mediaType: string }) => d.mediaType)).toEqual(["application/pdf", "text/html", "text/plain"]);
  });

  it("the same file twice on one record is one attachment (200, the first one answered); on another record, one blob and two attachments", async () => {
    const bytes = Buffer.from("A statement attached twice.\n");
    const first = await upload(`cases/${slugs.case}`, { file: { bytes, name: "statement.txt" }, fields: { language: "en" } });
    expect(first.status).toBe(201);
    const before = await stored();
    const again = await upload(`cases/${slugs.case}`, { file: { bytes, name: "renamed.txt" }, fields: { title: "Another title" } });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ id: first.json.id, title: "statement.txt", language: "en" });
    expect(await stored()).toEqual(before);
    const elsewhere = await upload(`cases/${slugs.otherCase}`, { file: { bytes, name: "statement.txt" } });
    expect(elsewhere.status).toBe(201);
    expect(elsewhere.json.id).not.toBe(first.json.id);
    expect(await stored()).toEqual({ ...before, attachments: before.attachments + 1, audits: before.audits + 1 });
    expect(await database.prisma.documentBlob.count({ where: { sha256: sha(bytes) } })).toBe(1);
  });

  it("reads the kind from the bytes: a PDF named .txt and sent as text/plain is a PDF; text named .png and sent as image/png is text", async () => {
    const pdf = Buffer.concat([FILES.pdf, Buffer.from("% another\n")]);
    const asText = await upload(`cases/${slugs.case}`, { file: { bytes: pdf, name: "notes.txt", type: "text/plain" } });
    expect(asText.json).toMatchObject({ mediaType: "application/pdf", title: "notes.txt" });
    const text = Buffer.from("Only words, not a picture.\n");
    const asImage = await upload(`cases/${slugs.case}`, { file: { bytes: text, name: "scan.png", type: "image/png" } });
    expect(asImage.json).toMatchObject({ mediaType: "text/plain" });
  });
});

describe("refusals store nothing", () => {
  it("413 past the limit, naming the file and the limit, with no row and no file left", async () => {
    const big = Buffer.alloc(LIMIT + 1, 0x61);
    const answer = await refused(`cases/${slugs.case}`, { file: { bytes: big, name: "too-big.txt" } }, 413);
    expect(answer.json.error).toMatchObject({ code: "payload_too_large", message: expect.stringContaining('"too-big.txt" is larger than 1 MB') });
  });

  it("413 for a body declared far larger than the limit, before it is read", async () => {
    const before = await stored();
    const url = new URL(`${base}/api/v1/cases/${slugs.case}/documents`);
    const answer = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = http.request(
        { host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers: { authorization: `Bearer ${tokens.analyst}`, "content-type": "multipart/form-data; boundary=x", "content-length": String(50 * LIMIT) } },
        (response) => {
          let text = "";
          response.setEncoding("utf8");
          response.on("data", (chunk) => (text += chunk));
          response.on("end", () => {
            resolve({ status: response.statusCode ?? 0, text });
            request.destroy();
          });
        },
      );
      request.on("error", (error) => (/socket hang up|ECONNRESET|EPIPE/.test(String(error)) ? undefined : reject(error)));
      request.write('--x\r\nContent-Disposition: form-data; name="file"; filename="huge.pdf"\r\n\r\n%PDF-1.4\n');
    });
    expect(answer.status, answer.text).toBe(413);
    expect(JSON.parse(answer.text).error.message).toContain("larger than 1 MB");
    expect(await stored()).toEqual(before);
  });

  it("415 for a ZIP (named .pdf) and a Windows program, naming the file and what it is", async () => {
    const zip = await refused(`cases/${slugs.case}`, { file: { bytes: FILES.zip, name: "report.pdf", type: "application/pdf" } }, 415);
    expect(zip.json.error).toMatchObject({ code: "unsupported_media_type", message: expect.stringMatching(/^"report\.pdf" is not a kind of document the tracker takes: its content is a ZIP archive/) });
    const exe = await refused(`milestones/${slugs.milestone}`, { file: { bytes: FILES.exe, name: "setup.exe" } }, 415);
    expect(exe.json.error.message).toContain('"setup.exe"');
    expect(exe.json.error.message).toContain("a Windows program");
  });

  it("401 without credentials, 403 for a viewer", async () => {
    const anonymous = await refused(`cases/${slugs.case}`, { file: { bytes: FILES.pdf, name: "x.pdf" }, token: "" }, 401);
    expect(anonymous.json.error.code).toBe("unauthenticated");
    const viewer = await refused(`sources/${slugs.source}`, { file: { bytes: FILES.pdf, name: "x.pdf" }, token: tokens.viewer }, 403);
    expect(viewer.json.error.code).toBe("forbidden");
  });

  it("404 for an unknown case, milestone or source, and for a deleted case", async () => {
    await deleteCase({ actor: actors.analyst, id: slugs.deletedCase, input: { expectedVersion: 1 } });
    for (const target of ["cases/no-such-case", "milestones/no-such-milestone", "sources/no-such-source", `cases/${slugs.deletedCase}`]) {
      const answer = await refused(target, { file: { bytes: Buffer.from("A note for nobody.\n"), name: "x.txt" } }, 404);
      expect(answer.json.error.code).toBe("not_found");
    }
  });

  it("400 naming what is wrong: no file, two files, a language the tracker does not know, a body that is not multipart", async () => {
    expect((await refused(`cases/${slugs.case}`, { fields: { title: "No file" } }, 400)).json.error.errors[0].parameter).toBe("file");
    expect((await refused(`cases/${slugs.case}`, { file: { bytes: Buffer.from("one\n"), name: "a.txt" }, extra: { bytes: Buffer.from("two\n"), name: "b.txt" } }, 400)).json.error.errors[0].parameter).toBe("attachment2");
    expect((await refused(`cases/${slugs.case}`, { file: { bytes: Buffer.from("In Russian?\n"), name: "a.txt" }, fields: { language: "ru" } }, 400)).json.error.errors[0].parameter).toBe("language");
    const before = await stored();
    const json = await fetch(`${base}/api/v1/cases/${slugs.case}/documents`, { method: "POST", headers: { authorization: `Bearer ${tokens.analyst}`, "content-type": "application/json" }, body: "{}" });
    expect(json.status).toBe(400);
    expect(((await json.json()) as { error: { errors: { parameter: string }[] } }).error.errors[0]!.parameter).toBe("body");
    expect(await stored()).toEqual(before);
  });
});

describe("reading documents", () => {
  it("serves a PDF inline, with nosniff, its SHA-256 as ETag and immutable caching; 304 for the same ETag", async () => {
    const answer = await get(`/api/v1/documents/${sha(FILES.pdf)}`);
    expect(answer.status).toBe(200);
    expect(sha(answer.bytes)).toBe(sha(FILES.pdf));
    expect(answer.headers.get("content-type")).toBe("application/pdf");
    expect(answer.headers.get("content-disposition")).toBe(`inline; filename="${sha(FILES.pdf)}.pdf"`);
    expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
    expect(answer.headers.get("content-security-policy")).toMatch(/^default-src 'none'/);
    expect(answer.headers.get("etag")).toBe(`"${sha(FILES.pdf)}"`);
    expect(answer.headers.get("cache-control")).toMatch(/max-age=31536000, immutable/);
    const again = await get(`/api/v1/documents/${sha(FILES.pdf)}`, { "if-none-match": `"${sha(FILES.pdf)}"` });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
  });

  it("serves a PDF carrying JavaScript as it is, under a policy that lets no script run in the tracker's origin", async () => {
    // A generated test PDF whose opening action is a script: taken (the tracker keeps the document as
    // filed), served byte for byte, and never given a script source or the tracker's origin to run in.
    const scripted = Buffer.from("%PDF-1.4\n% generated test document with a script\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert\\('ran'\\)) >> >> endobj\n%%EOF\n");
    const attached = await upload(`cases/${slugs.case}`, { file: { bytes: scripted, name: "generated-scripted.pdf" } });
    expect(attached.status).toBe(201);
    expect(attached.json.mediaType).toBe("application/pdf");
    const answer = await get(`/api/v1/documents/${sha(scripted)}`);
    expect(answer.status).toBe(200);
    expect(answer.bytes.equals(scripted)).toBe(true);
    expect(answer.headers.get("content-type")).toBe("application/pdf");
    expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
    const policy = answer.headers.get("content-security-policy") ?? "";
    expect(policy).toMatch(/^default-src 'none'/);
    expect(policy).not.toMatch(/script-src/);
  });

  it("serves HTML only as a download from a sandboxed response, and text likewise", async () => {
    const page = await get(`/api/v1/documents/${sha(FILES.html)}`);
    expect(page.status).toBe(200);
    expect(page.bytes.equals(FILES.html)).toBe(true);
    expect(page.headers.get("content-type")).toBe("text/html");
    expect(page.headers.get("content-disposition")).toBe(`attachment; filename="${sha(FILES.html)}.html"`);
    expect(page.headers.get("content-security-policy")).toMatch(/(^|[;,]\s*)sandbox(;|,|$)/);
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    const text = await get(`/api/v1/documents/${sha(FILES.text)}`);
    expect(text.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(text.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(text.headers.get("content-security-policy")).toMatch(/sandbox/);
  });

  it("the text: 409 with its state until DONE, then the text, page by page on request (decision 050)", async () => {
    // A QUEUED blob (as an upload leaves it until the server's job reads it): 409, "ask later".
    await database.prisma.documentBlob.update({ where: { sha256: sha(FILES.text) }, data: { textState: "QUEUED", textReason: null, textClaimedAt: new Date() } });
    const early = await get(`/api/v1/documents/${sha(FILES.text)}/text`);
    expect(early.status).toBe(409);
    expect(early.json().error).toMatchObject({ code: "conflict", text: { state: "QUEUED", reason: null }, message: expect.stringContaining("queued") });
    // Its claim (a job that died) expires; the next upload wakes the server's job, which takes both.
    await database.prisma.documentBlob.update({ where: { sha256: sha(FILES.text) }, data: { textClaimedAt: new Date(0) } });
    const another = Buffer.from("Another text, uploaded to wake the extraction.\n");
    expect((await upload(`cases/${slugs.case}`, { file: { bytes: another, name: "another.txt" } })).status).toBe(201);
    // The server's job reads what uploads queued: the broken PDF fails, the text file is DONE.
    const settled = async (bytes: Buffer) => {
      for (let i = 0; i < 100; i++) {
        const row = await database.prisma.documentBlob.findUniqueOrThrow({ where: { sha256: sha(bytes) }, select: { textState: true } });
        if (row.textState !== "QUEUED") return row.textState;
        await new Promise((r) => setTimeout(r, 200));
      }
      return "QUEUED";
    };
    expect(await settled(FILES.pdf)).toBe("FAILED");
    const failed = await get(`/api/v1/documents/${sha(FILES.pdf)}/text`);
    expect(failed.status).toBe(409);
    expect(failed.json().error).toMatchObject({ code: "conflict", text: { state: "FAILED", reason: expect.stringMatching(/^Not a readable PDF/) } });
    const png = await get(`/api/v1/documents/${sha(FILES.png)}/text`);
    expect(png.status).toBe(409);
    expect(png.json().error.text).toEqual({ state: "NO_TEXT_LAYER", reason: "An image (a scan): it has no text layer; OCR is not done." });
    expect(await settled(another)).toBe("DONE");
    expect(await settled(FILES.text)).toBe("DONE");
    const text = await get(`/api/v1/documents/${sha(FILES.text)}/text`);
    expect(text.status).toBe(200);
    expect(text.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(text.bytes.toString("utf8")).toBe(FILES.text.toString("utf8"));
    const json = await get(`/api/v1/documents/${sha(FILES.text)}/text`, { accept: "application/json" });
    expect(json.headers.get("content-type")).toMatch(/^application\/json/);
    expect(json.json()).toEqual({ sha256: sha(FILES.text), state: "DONE", reason: null, paged: false, pages: [{ page: 1, text: FILES.text.toString("utf8") }] });
    // The HTML's text is without its script.
    expect(await settled(FILES.html)).toBe("DONE");
    expect((await get(`/api/v1/documents/${sha(FILES.html)}/text`)).bytes.toString("utf8")).toBe("Ухвала\n");
    // A generated PDF with text on two pages, read by the production server's pdf.js: pages kept, a form feed between them.
    const pdf = generatedPdf([{ lines: [GENERATED_MARK, "First page"] }, { lines: ["Друга сторінка"] }]);
    expect((await upload(`cases/${slugs.case}`, { file: { bytes: pdf, name: "generated.pdf" } })).status).toBe(201);
    expect(await settled(pdf)).toBe("DONE");
    expect((await get(`/api/v1/documents/${sha(pdf)}/text`)).bytes.toString("utf8")).toBe(`${GENERATED_MARK}\nFirst page\fДруга сторінка`);
    expect((await get(`/api/v1/documents/${sha(pdf)}/text`, { accept: "application/json" })).json()).toMatchObject({ paged: true, pages: [{ page: 1 }, { page: 2, text: "Друга сторінка" }] });
    // The record's list of documents shows each one's state.
    const listed = await get(`/api/v1/cases/${slugs.case}/documents`);
    expect(listed.json().documents.find((d: { sha256: string }) => d.sha256 === sha(another)).text).toEqual({ state: "DONE", reason: null });
  });

  it("404 for an unknown or malformed address, and for a document attached only to a deleted case", async () => {
    expect((await get(`/api/v1/documents/${"0".repeat(64)}`)).status).toBe(404);
    expect((await get(`/api/v1/documents/not-a-hash`)).status).toBe(404);
    const bytes = Buffer.from("Attached to a case about to be deleted.\n");
    const doomed = await createCase({
      actor: actors.analyst,
      input: syntheticCase("Prosecutor v. Doomed", "Doomed"),
    });
    expect((await upload(`cases/${doomed.slug}`, { file: { bytes, name: "doomed.txt" } })).status).toBe(201);
    expect((await get(`/api/v1/documents/${sha(bytes)}`)).status).toBe(200);
    await deleteCase({ actor: actors.analyst, id: doomed.slug, input: { expectedVersion: doomed.version } });
    expect((await get(`/api/v1/documents/${sha(bytes)}`)).status).toBe(404);
    expect((await get(`/api/v1/cases/${doomed.slug}/documents`)).status).toBe(404);
  });
});
