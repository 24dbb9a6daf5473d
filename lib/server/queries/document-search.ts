import "server-only";
import { documentPageUrl } from "@/lib/core/document-input";
import { findPassage, type DocumentMatch } from "@/lib/core/document-passage";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { hasPages } from "@/lib/server/documents/extract-text";

/**
 * The search inside documents (docs/decisions/050-text-extraction-and-search-inside-documents.md).
 * Each page of extracted text has its own stored search document (`"DocumentPage"."searchVector"`,
 * search keys as a case's, GIN index); a record is found when one page of a live attachment of it
 * matches every word, beside (not merged with) its own document. `q` is a `to_tsquery('simple', …)`.
 */

/** Pages (`p`) of live attachments (`a`); `matches(q)` is the condition that the page matches. */
const PAGES = Prisma.sql`"DocumentPage" p JOIN "DocumentAttachment" a ON a.sha256 = p.sha256 AND a."deletedAt" IS NULL`;
const matches = (q: Prisma.Sql) => Prisma.sql`p."searchVector" @@ ${q}`;

/** The ids of cases with a document matching `q` (deleted cases are left out by the list's own condition). */
export const casesByDocuments = (q: Prisma.Sql) => Prisma.sql`SELECT a."caseId" FROM ${PAGES} WHERE ${matches(q)} AND a."caseId" IS NOT NULL`;

/** The ids of milestones with a document matching `q`, or citing a source with one (as the timeline searches its sources' titles). */
export const milestonesByDocuments = (q: Prisma.Sql) => Prisma.sql`
  SELECT a."milestoneId" FROM ${PAGES} WHERE ${matches(q)} AND a."milestoneId" IS NOT NULL
  UNION
  SELECT ms."milestoneId" FROM "MilestoneSource" ms
   WHERE ms."sourceId" IN (SELECT a."sourceId" FROM ${PAGES} WHERE ${matches(q)} AND a."sourceId" IS NOT NULL)`;

type PassageRow = { recordId: string; sha256: string; title: string; mediaType: string; page: number; text: string; viaSlug: string | null; viaTitle: string | null };

/**
 * For each of `ids` (cases or milestones, a page of results) found by `q`: the first matching page
 * of its documents (its own first, by upload; then, for a milestone, its cited sources' in their
 * order), with the passage around the first matching word and a link to that page. `words` is
 * what the person typed. One statement, for the page's records only.
 */
export async function documentMatches(kind: "case" | "milestone", ids: readonly string[], q: Prisma.Sql | null, words: string): Promise<Map<string, DocumentMatch>> {
  if (!q || ids.length === 0) return new Map();
  const own = Prisma.sql`
    SELECT a.${Prisma.raw(kind === "case" ? `"caseId"` : `"milestoneId"`)} AS "recordId", 0 AS via, 0 AS "sortOrder", a."uploadedAt", a.id AS "attachmentId",
           a.sha256, a.title, p.page, NULL::text AS "viaSlug", NULL::text AS "viaTitle"
      FROM ${PAGES} WHERE ${matches(q)} AND a.${Prisma.raw(kind === "case" ? `"caseId"` : `"milestoneId"`)} IN (${Prisma.join(ids)})`;
  const cited =
    kind === "milestone"
      ? Prisma.sql`
    UNION ALL
    SELECT ms."milestoneId", 1, ms."sortOrder", a."uploadedAt", a.id, a.sha256, a.title, p.page, s.slug, s.title
      FROM ${PAGES}
      JOIN "MilestoneSource" ms ON ms."sourceId" = a."sourceId" AND ms."milestoneId" IN (${Prisma.join(ids)})
      JOIN "Source" s ON s.id = a."sourceId"
     WHERE ${matches(q)}`
      : Prisma.empty;
  const rows = await db.$queryRaw<PassageRow[]>(Prisma.sql`
    SELECT first."recordId", first.sha256, first.title, b."mediaType", first.page, dp.text, first."viaSlug", first."viaTitle"
      FROM (SELECT DISTINCT ON ("recordId") * FROM (${own} ${cited}) found
             ORDER BY "recordId", via, "sortOrder", "uploadedAt", "attachmentId", page) first
      JOIN "DocumentBlob" b ON b.sha256 = first.sha256
      JOIN "DocumentPage" dp ON dp.sha256 = first.sha256 AND dp.page = first.page`);
  return new Map(
    rows.map((r) => {
      const page = hasPages(r.mediaType) ? r.page : null;
      return [
        r.recordId,
        {
          sha256: r.sha256,
          title: r.title,
          mediaType: r.mediaType,
          page,
          passage: findPassage(r.text, words),
          href: documentPageUrl(r.sha256, page),
          via: r.viaSlug ? { kind: "source", slug: r.viaSlug, title: r.viaTitle ?? r.viaSlug } : null,
        } satisfies DocumentMatch,
      ];
    }),
  );
}
