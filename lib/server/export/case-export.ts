import "server-only";
import { parseCaseListQuery, type CaseCursor, type CaseListOptions, type CaseListQuery } from "@/lib/core/case-list-query";
import { isoPartial, isoToday } from "@/lib/core/dates";
import { CASE_EXPORT_COLUMNS, exportFilename, stageFields, type CaseExportRecord, type Named } from "@/lib/core/export-columns";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { readUserTranslations } from "@/lib/server/translations";
import type { Locale } from "@/lib/core/locales";
import type { FieldError } from "@/lib/server/errors";
import { afterCursor, and, caseListWhere, casePageQuery, cursorOf, getCaseListOptions, groupByCase, liveAccusedOf, rankOf, tsQuery, type CasePageRow } from "@/lib/server/queries/case-list";
import { badExportRequest, exportResponse, type ExportFormat } from "./stream";

/**
 * The case list as a download: every case the list's filters and search match (not one page), in
 * the list's order, read in keyset pages of EXPORT_PAGE_SIZE. The condition is the list's own
 * (caseListWhere), so the export and the list cannot disagree on which cases match; signed in, the
 * search also matches notes, as on the list, but note text is never exported.
 */
export const EXPORT_PAGE_SIZE = 500;

type Viewer = { signedIn: boolean };

/** Parameters of the list that make no sense for an export of all its rows. */
const PAGING_PARAMETERS = ["after", "limit"] as const;

type ChargeRow = { caseId: string; crimeSlug: string; crimeName: string; crimeOrder: number; modeSlug: string; modeName: string; modeOrder: number; provisionCited: string };

/** Each distinct value once, in the order given by `order` (reference sort order, then slug). */
function distinct<T extends Named>(items: (T & { order: number })[]): Named[] {
  const bySlug = new Map<string, T & { order: number }>();
  for (const item of items) if (!bySlug.has(item.slug)) bySlug.set(item.slug, item);
  return [...bySlug.values()].sort((a, b) => a.order - b.order || (a.slug < b.slug ? -1 : 1)).map(({ slug, name }) => ({ slug, name }));
}

/** The export's records, a page at a time: every case the query matches, each once, in its order. */
export async function* caseExportPages(
  query: CaseListQuery,
  viewer: Viewer,
  options: { origin: string; pageSize?: number },
): AsyncGenerator<CaseExportRecord[]> {
  const pageSize = options.pageSize ?? EXPORT_PAGE_SIZE;
  const q = tsQuery(query);
  const rank = rankOf(q);
  const where = caseListWhere(query, viewer);
  let after: CaseCursor | null = null;
  for (;;) {
    const rows = await db.$queryRaw<CasePageRow[]>(casePageQuery(query, and([where, afterCursor(after, rank)]), q, pageSize));
    if (rows.length === 0) return;
    const ids = rows.map((r) => r.id);
    const [accused, charges, titles] = await Promise.all([
      liveAccusedOf(ids),
      // The live charges, as the list counts them: not those against a deleted accused alone.
      db.$queryRaw<ChargeRow[]>(Prisma.sql`
        SELECT ch."caseId", cc.slug AS "crimeSlug", cc.name AS "crimeName", cc."sortOrder" AS "crimeOrder",
               m.slug AS "modeSlug", m.name AS "modeName", m."sortOrder" AS "modeOrder", ch."provisionCited"
          FROM "Charge" ch
          JOIN "CrimeCategory" cc ON cc.id = ch."crimeId"
          JOIN "ModeOfLiability" m ON m.id = ch."modeId"
         WHERE ch."caseId" IN (${Prisma.join(ids)})
           AND (ch."accusedId" IS NULL OR EXISTS (SELECT 1 FROM "Accused" a WHERE a.id = ch."accusedId" AND a."deletedAt" IS NULL))
         ORDER BY ch."createdAt", ch.id`),
      readUserTranslations(db, "Case", ids),
    ]);
    const accusedOf = groupByCase(accused);
    const chargesOf = groupByCase(charges);
    yield rows.map((r): CaseExportRecord => {
      const caseCharges = chargesOf.get(r.id) ?? [];
      return {
        slug: r.slug,
        reference: r.reference,
        title: r.title,
        forum: { slug: r.forumSlug, name: r.forumName },
        situation: { slug: r.situationSlug, name: r.situationName },
        ...stageFields(r.stage),
        stageDate: isoPartial({ date: r.stageOn, precision: r.stagePrecision }),
        inAbsentia: r.inAbsentia,
        openedOn: isoPartial({ date: r.openedOn, precision: r.openedPrecision }),
        accused: (accusedOf.get(r.id) ?? []).map((a) => ({ slug: a.slug, name: a.name, nameInUkrainian: a.nameOriginal })),
        crimes: distinct(caseCharges.map((c) => ({ slug: c.crimeSlug, name: c.crimeName, order: Number(c.crimeOrder) }))),
        modesOfLiability: distinct(caseCharges.map((c) => ({ slug: c.modeSlug, name: c.modeName, order: Number(c.modeOrder) }))),
        provisionsCited: [...new Set(caseCharges.map((c) => c.provisionCited))],
        isSynthetic: r.isSynthetic,
        url: `${options.origin}/cases/${encodeURIComponent(r.slug)}`,
        lang: r.lang,
        // The title only: the export lists no summary.
        translations: Object.fromEntries(Object.entries(titles.get(r.id) ?? {}).flatMap(([l, t]) => (t?.title ? [[l, { title: t.title }]] : []))),
      };
    });
    if (rows.length < pageSize) return;
    after = cursorOf(query.sort, rows.at(-1)!);
  }
}

/**
 * GET /cases/export.csv|json with the case list's parameters: the download, or a 400 naming each
 * bad parameter (checked before the first byte, with the API's strict reading).
 */
export async function exportCases(input: {
  format: ExportFormat;
  params: Record<string, string | string[]>;
  viewer: Viewer;
  origin: string;
  now: Date;
  options?: CaseListOptions;
  pageSize?: number;
  /** The language of a refusal a person reads (CSV); English by default. */
  locale?: Locale;
}): Promise<Response> {
  const errors: FieldError[] = PAGING_PARAMETERS.filter((p) => input.params[p] !== undefined).map((parameter) => ({
    parameter,
    message: `"${parameter}" pages the list; an export always holds every matching case, so leave "${parameter}" out.`,
  }));
  const rest = Object.fromEntries(Object.entries(input.params).filter(([name]) => !(PAGING_PARAMETERS as readonly string[]).includes(name)));
  const parsed = parseCaseListQuery(rest, input.options ?? (await getCaseListOptions()));
  if (!parsed.ok) errors.push(...parsed.errors);
  if (errors.length > 0 || !parsed.ok) return badExportRequest(input.format, "case list", errors, input.locale);
  return exportResponse({
    format: input.format,
    pages: caseExportPages(parsed.value, input.viewer, { origin: input.origin, pageSize: input.pageSize }),
    columns: CASE_EXPORT_COLUMNS,
    filename: exportFilename("cases", isoToday(input.now), input.format),
  });
}
