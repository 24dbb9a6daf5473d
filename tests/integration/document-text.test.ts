/**
 * The extraction of documents' text against a real Postgres and a document store in a temporary
 * folder (docs/decisions/050-text-extraction-and-search-inside-documents.md): each kind and each
 * state (DONE page by page, NO_TEXT_LAYER, FAILED with the reason), the job that survives a
 * restart (a QUEUED blob left behind, or one claimed by a job that died, is extracted by the next
 * run; a live claim is not taken), two jobs never extracting one blob twice, the limits.
 * The PDFs are generated test documents (tests/support/generated-pdf.ts).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { folderDocumentStore, type DocumentStore } from "@/lib/server/documents/document-store";
import { EXTRACTION_LIMITS, NO_TEXT_LAYER_IMAGE, NO_TEXT_LAYER_SCAN, declaredCharset } from "@/lib/server/documents/extract-text";
import { claimQueuedDocument, extractQueuedDocuments, EXTRACTION_LEASE_MS, MAX_EXTRACTION_ATTEMPTS } from "@/lib/server/documents/extraction-job";
import { createDatabase, type Database } from "@/lib/server/prisma-client";
import { brokenPdf, GENERATED_MARK, generatedPdf } from "@/tests/support/generated-pdf";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let testDb: TestDatabase;
let database: Database;
let root: string;
let store: DocumentStore;

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_document_text");
  database = createDatabase(testDb.target);
  root = await mkdtemp(path.join(tmpdir(), "tracker-text-test-"));
  store = folderDocumentStore(root);
}, 120_000);

afterAll(async () => {
  await database?.close();
  await testDb?.drop();
  if (root) await rm(root, { recursive: true, force: true });
});

let serial = 0;
/** Stores bytes as an upload does (staged, committed, a QUEUED blob row) and returns their SHA-256. */
async function queued(bytes: Buffer): Promise<string> {
  const result = await store.stage(Readable.from([bytes]), { maxBytes: 10 * 1024 * 1024 });
  if (result.outcome !== "staged") throw new Error(`not staged: ${JSON.stringify(result)}`);
  await store.commit(result.staged);
  await database.prisma.documentBlob.create({ data: { sha256: result.staged.sha256, size: result.staged.size, mediaType: result.staged.mediaType } });
  return result.staged.sha256;
}
const blob = (sha256: string) => database.prisma.documentBlob.findUniqueOrThrow({ where: { sha256 }, select: { textState: true, textReason: true, textClaimedAt: true, textAttempts: true } });
const pages = async (sha256: string) => (await database.prisma.documentPage.findMany({ where: { sha256 }, orderBy: { page: "asc" }, select: { page: true, text: true } })).map((p) => [p.page, p.text] as const);
const run = () => extractQueuedDocuments({ prisma: database.prisma, store });
/** Leaves only the given blobs QUEUED (others' queue entries would be taken by the same run). */
const clearQueue = () => database.prisma.documentBlob.updateMany({ where: { textState: "QUEUED" }, data: { textState: "FAILED", textReason: "cleared by the test" } });

describe("text extraction, each kind", () => {
  it("a PDF with a text layer on two pages: DONE, each page's text under its number, Cyrillic kept", async () => {
    const pdf = generatedPdf([
      { lines: [GENERATED_MARK, "The warrant of arrest for the unlawful deportation of children"] },
      { lines: ["Ухвала про депортацію дітей з Херсона"] },
    ]);
    const sha256 = await queued(pdf);
    expect(await run()).toContain(sha256);
    expect(await blob(sha256)).toMatchObject({ textState: "DONE", textReason: null, textClaimedAt: null, textAttempts: 1 });
    expect(await pages(sha256)).toEqual([
      [1, `${GENERATED_MARK}\nThe warrant of arrest for the unlawful deportation of children`],
      [2, "Ухвала про депортацію дітей з Херсона"],
    ]);
  });

  it("a PDF whose page holds no text (a scan): NO_TEXT_LAYER with the reason, no pages", async () => {
    const sha256 = await queued(generatedPdf([{ drawing: true }]));
    await run();
    expect(await blob(sha256)).toMatchObject({ textState: "NO_TEXT_LAYER", textReason: NO_TEXT_LAYER_SCAN });
    expect(NO_TEXT_LAYER_SCAN).toBe("A scan without a text layer; OCR is not done.");
    expect(await pages(sha256)).toEqual([]);
  });

  it("a broken PDF: FAILED with the reason", async () => {
    const sha256 = await queued(brokenPdf());
    await run();
    const state = await blob(sha256);
    expect(state.textState).toBe("FAILED");
    expect(state.textReason).toMatch(/^Not a readable PDF: /);
    expect(await pages(sha256)).toEqual([]);
  });

  it("a PNG or JPEG scan: NO_TEXT_LAYER", async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from("IHDR"), Buffer.alloc(64, ++serial)]);
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), Buffer.from("JFIF"), Buffer.alloc(64, ++serial)]);
    const [a, b] = [await queued(png), await queued(jpeg)];
    await run();
    for (const sha256 of [a, b]) expect(await blob(sha256)).toMatchObject({ textState: "NO_TEXT_LAYER", textReason: NO_TEXT_LAYER_IMAGE });
  });

  it("HTML without its markup: scripts, styles and the head dropped, entities decoded, lines at blocks", async () => {
    const html = Buffer.from(
      `<!DOCTYPE html><html><head><title>Not text</title><style>p { color: red }</style></head>` +
        `<body><script>var secret = "scriptword";</script><h1>Вирок &laquo;суду&raquo;</h1><p>Article&nbsp;8 of the <b>Rome</b> Statute &amp; its elements</p>` +
        `<noscript>noscriptword</noscript><p>Друге речення.</p></body></html>`,
    );
    const sha256 = await queued(html);
    await run();
    expect(await blob(sha256)).toMatchObject({ textState: "DONE" });
    expect(await pages(sha256)).toEqual([[1, "Вирок «суду»\nArticle 8 of the Rome Statute & its elements\nДруге речення.\n"]]);
  });

  it("HTML in the encoding it declares (windows-1251)", async () => {
    // «Вирок» in windows-1251: В=0xC2 и=0xE8 р=0xF0 о=0xEE к=0xEA
    const html = Buffer.concat([Buffer.from(`<html><head><meta charset="windows-1251"></head><body><p>`), Buffer.from([0xc2, 0xe8, 0xf0, 0xee, 0xea]), Buffer.from(` ${++serial}</p></body></html>`)]);
    expect(declaredCharset(html)).toBe("windows-1251");
    const sha256 = await queued(html);
    await run();
    expect(await pages(sha256)).toEqual([[1, `Вирок ${serial}\n`]]);
  });

  it("plain text as it is, one page", async () => {
    const text = `Стаття 438 Кримінального кодексу України.\n\tПорушення законів та звичаїв війни. ${++serial}\n`;
    const sha256 = await queued(Buffer.from(text));
    await run();
    expect(await blob(sha256)).toMatchObject({ textState: "DONE", textReason: null });
    expect(await pages(sha256)).toEqual([[1, text]]);
  });

  it("an absurd input is cut at the limits, and the reason says so", async () => {
    const line = `A long line of a long text file number ${++serial}.\n`;
    const sha256 = await queued(Buffer.from(line.repeat(2000)));
    const done = await extractQueuedDocuments({ prisma: database.prisma, store, limits: { ...EXTRACTION_LIMITS, maxChars: 10_000, sectionChars: 4_000 } });
    expect(done).toContain(sha256);
    const state = await blob(sha256);
    expect(state).toMatchObject({ textState: "DONE", textReason: "The text was cut at 10,000 characters." });
    const kept = await pages(sha256);
    expect(kept.map(([, t]) => t).join("")).toBe(line.repeat(2000).slice(0, 10_000));
    // Sections end at a line break.
    expect(kept.length).toBe(3);
    for (const [, t] of kept.slice(0, -1)) expect(t.endsWith("\n")).toBe(true);
  });
});

describe("the job survives a restart", () => {
  it("a QUEUED blob left behind (uploaded while no job ran) is extracted by the next run", async () => {
    await clearQueue();
    const sha256 = await queued(Buffer.from(`Left behind by a stopped server ${++serial}\n`));
    // Nothing ran: the blob waits. A new server's job (a new run) takes it.
    expect(await blob(sha256)).toMatchObject({ textState: "QUEUED", textAttempts: 0 });
    expect(await run()).toEqual([sha256]);
    expect(await blob(sha256)).toMatchObject({ textState: "DONE" });
  });

  it("a blob claimed by a job that died mid-extraction is taken again once the claim is older than the lease; a live claim is not", async () => {
    await clearQueue();
    const stale = await queued(Buffer.from(`Claimed by a server that crashed ${++serial}\n`));
    const live = await queued(Buffer.from(`Claimed by a server still reading it ${++serial}\n`));
    await database.prisma.documentBlob.update({ where: { sha256: stale }, data: { textClaimedAt: new Date(Date.now() - EXTRACTION_LEASE_MS - 60_000), textAttempts: 1 } });
    await database.prisma.documentBlob.update({ where: { sha256: live }, data: { textClaimedAt: new Date(), textAttempts: 1 } });
    expect(await run()).toEqual([stale]);
    expect(await blob(stale)).toMatchObject({ textState: "DONE", textAttempts: 2 });
    expect(await blob(live)).toMatchObject({ textState: "QUEUED", textAttempts: 1 });
    // The live job's outcome is still written when it finishes: its claim stands.
  });

  it("a file that stopped the server at every attempt is FAILED after the last, not tried for ever", async () => {
    await clearQueue();
    const sha256 = await queued(Buffer.from(`Kills the server each time ${++serial}\n`));
    await database.prisma.documentBlob.update({ where: { sha256 }, data: { textClaimedAt: new Date(Date.now() - EXTRACTION_LEASE_MS - 60_000), textAttempts: MAX_EXTRACTION_ATTEMPTS } });
    await run();
    const state = await blob(sha256);
    expect(state.textState).toBe("FAILED");
    expect(state.textReason).toMatch(/started 3 times and never finished/);
  });

  it("a job whose claim was taken over writes nothing", async () => {
    await clearQueue();
    const sha256 = await queued(Buffer.from(`Taken over ${++serial}\n`));
    const first = await claimQueuedDocument({ prisma: database.prisma });
    expect(first?.sha256).toBe(sha256);
    // The first job is slow; its claim expires and a second job extracts the blob.
    await database.prisma.documentBlob.update({ where: { sha256 }, data: { textClaimedAt: new Date(Date.now() - EXTRACTION_LEASE_MS - 1000) } });
    expect(await run()).toEqual([sha256]);
    const { finishExtraction } = await import("@/lib/server/documents/extraction-job");
    expect(await finishExtraction(database.prisma, first!, { state: "FAILED", reason: "too late" })).toBe(false);
    expect(await blob(sha256)).toMatchObject({ textState: "DONE" });
  });

  it("two jobs at once (two servers) never extract the same blob twice", async () => {
    await clearQueue();
    const made: string[] = [];
    for (let i = 0; i < 8; i++) made.push(await queued(Buffer.from(`Concurrent ${++serial}\n`)));
    const other = createDatabase(testDb.target);
    try {
      const [a, b] = await Promise.all([run(), extractQueuedDocuments({ prisma: other.prisma, store })]);
      expect([...a, ...b].sort()).toEqual([...made].sort());
    } finally {
      await other.close();
    }
    const attempts = await database.prisma.documentBlob.findMany({ where: { sha256: { in: made } }, select: { textAttempts: true, textState: true } });
    expect(attempts.every((r) => r.textAttempts === 1 && r.textState === "DONE")).toBe(true);
  });
});

describe("what the job tells the servers' caches", () => {
  /** The tables named on the change channel while `action` runs (docs/decisions/024-caches-dropped-by-changes.md). */
  async function noticesDuring(action: () => Promise<unknown>): Promise<string[]> {
    const { default: pg } = await import("pg");
    const listener = new pg.Client({ connectionString: testDb.url });
    await listener.connect();
    const heard: string[] = [];
    listener.on("notification", (n) => heard.push(n.payload ?? ""));
    try {
      await listener.query("LISTEN tracker_table_change");
      await action();
      // A marker notice sent after the action arrives after every notice the action caused.
      await listener.query("SELECT pg_notify('tracker_table_change', 'marker')");
      const deadline = Date.now() + 5_000;
      while (!heard.includes("marker") && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      return heard.filter((t) => t !== "marker");
    } finally {
      await listener.end();
    }
  }

  it("a run with nothing queued, and a claim, drop no visitor's page; the text it extracts does", async () => {
    await clearQueue();
    // The job runs at every start and every five minutes: most runs find nothing.
    expect(await noticesDuring(run)).toEqual([]);
    const sha256 = await queued(Buffer.from(`Heard ${++serial}\n`));
    // Claiming stamps columns no page reads.
    expect(await noticesDuring(() => claimQueuedDocument({ prisma: database.prisma, leaseMs: 0 }))).toEqual([]);
    // Extracting changes the text's state (shown beside each document) and adds its pages (searched).
    const heard = await noticesDuring(() => extractQueuedDocuments({ prisma: database.prisma, store, leaseMs: 0 }));
    expect(await blob(sha256)).toMatchObject({ textState: "DONE" });
    expect([...new Set(heard)].sort()).toEqual(["DocumentBlob", "DocumentPage"]);
  });
});
