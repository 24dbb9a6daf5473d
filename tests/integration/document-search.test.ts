/**
 * Search inside documents (issue 18; docs/decisions/050-text-extraction-and-search-inside-documents.md),
 * on a real Postgres with the seeded reference data and a document store in a temporary folder:
 * a case and a milestone found by a word only in an attached document, in English and Ukrainian,
 * in another word form; a milestone found by a word in a document of a source it cites; the
 * result's passage, page and link; and no document of a deleted record, nor a removed attachment,
 * reaching a search. The PDFs are generated test documents (tests/support/generated-pdf.ts).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyCaseListQuery } from "@/lib/core/case-list-query";
import { findPassage } from "@/lib/core/document-passage";
import type { Attachable } from "@/lib/core/document-input";
import { createCase } from "@/lib/server/cases/create-case";
import { deleteCase } from "@/lib/server/cases/delete-case";
import { attachDocument } from "@/lib/server/documents/attach-document";
import { folderDocumentStore, type DocumentStore } from "@/lib/server/documents/document-store";
import { extractQueuedDocuments } from "@/lib/server/documents/extraction-job";
import { createMilestone } from "@/lib/server/milestones/create-milestone";
import { deleteMilestone } from "@/lib/server/milestones/delete-milestone";
import { listCases } from "@/lib/server/queries/case-list";
import { listMilestones } from "@/lib/server/queries/milestones";
import { GENERATED_MARK, generatedPdf } from "@/tests/support/generated-pdf";
import { seededDatabase } from "@/tests/support/seeded-database";
import { syntheticCase } from "@/tests/support/synthetic-case";

const seeded = seededDatabase("tracker_document_search", { users: (role) => `The ${role.toLowerCase()}` });
let root: string;
let store: DocumentStore;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "tracker-doc-search-"));
  store = folderDocumentStore(root);
});
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

async function attach(kind: Attachable, slug: string, bytes: Buffer, title: string) {
  const result = await store.stage(Readable.from([bytes]), { maxBytes: 10 * 1024 * 1024 });
  if (result.outcome !== "staged") throw new Error("not staged");
  const { record } = await attachDocument({ actor: seeded.actors.analyst, kind, slug, input: { title }, fileName: null, staged: result.staged, store });
  await extractQueuedDocuments({ prisma: seeded.database.prisma, store });
  return record;
}


async function cases(q: string) {
  return (await listCases({ ...emptyCaseListQuery(), q }, { signedIn: false })).cases;
}
async function milestones(q: string) {
  return listMilestones({ q }, { limit: 500 });
}

// Words of the documents only: no seeded record, case or milestone holds them.
const PAGE_2_EN = "The Chamber found that the grain was requisitioned from the farms of the region.";
const PAGE_2_UK = "Суд встановив реквізицію зерна з господарств області.";

describe("a case found by words inside its document", () => {
  let kase = { slug: "", id: "", version: 0 };
  let sha256 = "";

  beforeAll(async () => {
    const created = await createCase({ actor: seeded.actors.analyst, input: syntheticCase("Prosecutor v. Document Search One") });
    kase = { slug: created.slug, id: created.id, version: created.version };
    const pdf = generatedPdf([{ lines: [GENERATED_MARK, "Page one says nothing of it."] }, { lines: [PAGE_2_EN, PAGE_2_UK] }]);
    sha256 = (await attach("case", kase.slug, pdf, "Judgment (generated test document)")).sha256;
  });

  it("is not found by those words before this part (sanity): the case's own record does not hold them", async () => {
    const own = await seeded.database.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Case" WHERE "searchVector" @@ to_tsquery('simple', 'rekvizitsi:*')`;
    expect(own[0]!.n).toBe(0);
  });

  it("in English and Ukrainian, in another word form, with the passage, its page and a link to that page", async () => {
    for (const q of ["requisition", "requisitioned grain", "реквізиція", "реквізиції", "Реквизиция", "реквізицію зерна"]) {
      const found = (await cases(q)).find((c) => c.slug === kase.slug);
      expect(found, q).toBeDefined();
      expect(found!.matchedIn, q).toBe("document");
      expect(found!.documentMatch, q).toMatchObject({ sha256, title: "Judgment (generated test document)", page: 2, href: `/api/v1/documents/${sha256}#page=2`, via: null });
    }
    const [match] = (await cases("реквізиції")).filter((c) => c.slug === kase.slug).map((c) => c.documentMatch!);
    expect(match!.passage!.match).toBe("реквізицію");
    expect(match!.passage!.before).toMatch(/^….*region\. Суд встановив $/);
    expect(match!.passage!.after).toBe(" зерна з господарств області.");
    expect((await cases("requisition")).find((c) => c.slug === kase.slug)!.documentMatch!.passage!.match).toBe("requisitioned");
  });

  it("every word must be on one page of the document (or in the record): a word from page 1 and one from page 2 do not find it", async () => {
    expect((await cases("requisitioned zzznowhere")).map((c) => c.slug)).not.toContain(kase.slug);
    expect((await cases("requisitioned nothing")).map((c) => c.slug)).not.toContain(kase.slug);
    expect((await cases("grain requisitioned")).map((c) => c.slug)).toContain(kase.slug);
  });

  it("a case found in its own record says so, and shows no passage when no document matches", async () => {
    const found = (await cases("Document Search One")).find((c) => c.slug === kase.slug)!;
    expect(found.matchedIn).toBe("case");
    expect(found.documentMatch).toBeNull();
  });

  it("a removed attachment, and a deleted case, are no longer found by their documents", async () => {
    const other = await createCase({ actor: seeded.actors.analyst, input: syntheticCase("Prosecutor v. Document Search Two") });
    await attach("case", other.slug, Buffer.from(`${GENERATED_MARK}. Обвинувачення у мародерстві.\n`), "Indictment");
    expect((await cases("мародерство")).map((c) => c.slug)).toEqual([other.slug]);
    await seeded.database.prisma.documentAttachment.updateMany({ where: { caseId: other.id }, data: { deletedAt: new Date() } });
    expect(await cases("мародерство")).toEqual([]);
    await seeded.database.prisma.documentAttachment.updateMany({ where: { caseId: other.id }, data: { deletedAt: null } });
    expect((await cases("мародерство")).map((c) => c.slug)).toEqual([other.slug]);
    await deleteCase({ actor: seeded.actors.analyst, id: other.slug, input: { expectedVersion: other.version } });
    expect(await cases("мародерство")).toEqual([]);
    expect((await listCases({ ...emptyCaseListQuery(), q: "мародерство" }, { signedIn: true })).cases).toEqual([]);
  });
});

describe("a milestone found by words inside its document, or a document of a source it cites", () => {
  const base = { date: "2025-03", track: "accountability", type: "ratification", situation: "ukraine", forums: ["icc"] };

  it("its own document: found in either language, with the passage; a deleted milestone is not", async () => {
    const record = await createMilestone({ actor: seeded.actors.analyst, input: { ...base, title: "A milestone with a generated document", description: "Logged by the document search test.", sources: [{ title: "A source of the document search test", locator: "p. 1" }] } });
    await attach("milestone", record.slug, Buffer.from(`${GENERATED_MARK}\nУхвала про арешт майна підприємства «Зерноекспорт».\n`), "Ухвала (generated test document)");
    for (const q of ["зерноекспорт", "Zernoeksport", "арешту майна"]) {
      const page = await milestones(q);
      expect(page.milestones.map((m) => m.slug), q).toEqual([record.slug]);
      expect(page.matching, q).toBe(1);
      expect(page.documentMatches[record.slug], q).toMatchObject({ title: "Ухвала (generated test document)", page: null, via: null });
    }
    expect((await milestones("арешту")).documentMatches[record.slug]!.passage).toEqual({ before: `${GENERATED_MARK} Ухвала про `, match: "арешт", after: " майна підприємства «Зерноекспорт»." });
    const { GET } = await import("@/app/api/v1/milestones/route");
    const body = await (await GET(new Request(`https://tracker.example/api/v1/milestones?q=${encodeURIComponent("зерноекспорт")}`))).json();
    expect(body.milestones[0].documentMatch).toMatchObject({ title: "Ухвала (generated test document)", page: null });
    await deleteMilestone({ actor: seeded.actors.analyst, id: record.slug, input: { expectedVersion: record.version } });
    expect((await milestones("зерноекспорт")).milestones).toEqual([]);
  });

  it("a document of a cited source: the milestone is found, the match names the source", async () => {
    const record = await createMilestone({ actor: seeded.actors.analyst, input: { ...base, title: "A milestone citing a source with a document", description: "Logged by the document search test.", sources: [{ title: "A gazette of the document search test", locator: "Item 4" }] } });
    const source = await seeded.database.prisma.source.findFirstOrThrow({ where: { title: "A gazette of the document search test" }, select: { slug: true } });
    const pdf = generatedPdf([{ lines: [GENERATED_MARK] }, { lines: ["Nothing here."] }, { lines: ["The decree on the expropriation of the port of Berdiansk."] }]);
    await attach("source", source.slug, pdf, "Gazette issue (generated test document)");
    const page = await milestones("expropriation berdiansk");
    expect(page.milestones.map((m) => m.slug)).toEqual([record.slug]);
    expect(page.documentMatches[record.slug]).toMatchObject({ page: 3, via: { kind: "source", slug: source.slug, title: "A gazette of the document search test" } });
    expect(page.documentMatches[record.slug]!.href).toMatch(/#page=3$/);
    expect((await milestones("Бердянська expropriation")).milestones.map((m) => m.slug)).toEqual([record.slug]);
  });
});

describe("the passage (lib/core)", () => {
  it("is cut at words around the first match, white space collapsed", () => {
    const text = `${"word ".repeat(40)}the   deportation\nof children ${"tail ".repeat(60)}`;
    // "deportations" is not a prefix of "deportation" (Latin words are asked as typed), "deport" is.
    expect(findPassage(text, "deportations")).toBeNull();
    const passage = findPassage(text, "deport")!;
    expect(passage.match).toBe("deportation");
    expect(passage.before.startsWith("…")).toBe(true);
    expect(passage.before.endsWith("the ")).toBe(true);
    expect(passage.after.startsWith(" of children tail")).toBe(true);
    expect(passage.after.endsWith("…")).toBe(true);
    expect(findPassage("nothing matches", "zzz")).toBeNull();
  });
});
