import "server-only";
import { instrumentSelect, toInstrumentView } from "./instrument-view";
import { cache } from "react";
import { type IsoDate, toIsoDate } from "@/lib/core/dates";
import { toTsQuery } from "@/lib/core/search-query";
import type { DocumentMatch } from "@/lib/core/document-passage";
import { documentMatches, milestonesByDocuments } from "./document-search";
import {
  dateRangeOf,
  encodeMilestoneCursor,
  MAX_TIMELINE_LIMIT,
  searchWords,
  TIMELINE_PAGE_SIZE,
  type FilterOptions,
  type MilestoneCursor,
  type MilestoneFilters,
  type TimelinePage,
} from "@/lib/core/milestone-filters";
import type { MilestoneStatusName, YearTrackCount } from "@/lib/core/milestone-chart";
import type { MilestoneView } from "@/lib/core/views";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { heldUntilChanged } from "@/lib/server/held";
import { milestoneSelect, readMilestoneTranslations, toMilestoneView } from "./milestone-view";
import { ruleOrder, ruleSelect, toRuleView } from "./rule-view";

const displayOrder = [{ sortOrder: "asc" }, { name: "asc" }] satisfies Prisma.ForumOrderByWithRelationInput[];
const asOptions = { orderBy: displayOrder, select: { slug: true, name: true } } as const;
const option = (r: { slug: string; name: string }) => ({ value: r.slug, label: r.name });

/**
 * The values each timeline filter accepts: tracks, types, forums, and the years with milestones.
 * The years come from the database one row a year, not as every milestone's date: SELECT DISTINCT
 * read as a skip scan, the newest live milestone's year, then the newest before 1 January of that
 * year, and so on; one index probe a year, not a row a milestone (0.5 ms instead of 3 ms at 10,000
 * milestones). Cached per request: the page and its metadata both ask.
 */
export const MILESTONE_FILTER_TABLES = ["MilestoneTrack", "MilestoneType", "Forum", "Milestone"] as const;
export const getMilestoneFilterOptions = cache(heldUntilChanged("milestone filter options", MILESTONE_FILTER_TABLES, async (): Promise<FilterOptions> => {
  const [tracks, types, forums, years] = await Promise.all([
    db.milestoneTrack.findMany(asOptions),
    db.milestoneType.findMany(asOptions),
    db.forum.findMany(asOptions),
    db.$queryRaw<{ year: number }[]>`
      WITH RECURSIVE years AS (
        (SELECT date_part('year', "occurredOn")::int AS year FROM "Milestone"
          WHERE "deletedAt" IS NULL ORDER BY "occurredOn" DESC LIMIT 1)
        UNION ALL
        SELECT (SELECT date_part('year', m."occurredOn")::int FROM "Milestone" m
                 WHERE m."deletedAt" IS NULL AND m."occurredOn" < make_date(years.year, 1, 1)
                 ORDER BY m."occurredOn" DESC LIMIT 1)
          FROM years WHERE years.year IS NOT NULL
      )
      SELECT year FROM years WHERE year IS NOT NULL ORDER BY year DESC`,
  ]);
  return {
    track: tracks.map(option),
    type: types.map(option),
    forum: forums.map(option),
    year: years.map(({ year }) => ({ value: String(year), label: String(year) })),
  };
}));

/** The first and last day of a year, as the filters and the cursor compare dates. */
const yearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/**
 * The timeline's search as a condition on `"Milestone" m`: its stored document (kept by triggers:
 * the search keys of its texts, their translations, its sources' titles and passages) matches the
 * words as the case search reads them, every word, each as the prefix of its key, a Ukrainian
 * word without its ending (lib/core/search-query.ts; decisions 040 and 045). The words reach
 * to_tsquery as one bound parameter, never as SQL. A search with no word in it (punctuation alone:
 * "%", "—") finds nothing, as it did when the timeline read it literally.
 */
function searchSql(q: string | undefined): Prisma.Sql | null {
  if (!q || searchWords(q).length === 0) return null;
  const query = tsQueryOf(q);
  // Its own document, or a page of its documents or of its cited sources' (decision 050). The
  // documents' matches are one hashed subquery, so the counts test each milestone as cheaply as
  // before (measured against a UNION and an ARRAY in the decision).
  return query === null ? Prisma.sql`FALSE` : Prisma.sql`(m."searchVector" @@ ${query} OR m.id IN (${milestonesByDocuments(query)}))`;
}

function tsQueryOf(q: string | undefined): Prisma.Sql | null {
  const query = q ? toTsQuery(q) : null;
  return query === null ? null : Prisma.sql`to_tsquery('simple', ${query})`;
}

/**
 * The filters in SQL over `"Milestone" m`: the counts per year, the page's rows and the feed all
 * apply this one condition, so the counts and the rows cannot disagree.
 */
export function milestoneFilterSql(filters: MilestoneFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filters.track) parts.push(Prisma.sql`m."trackId" IN (SELECT id FROM "MilestoneTrack" WHERE slug = ${filters.track})`);
  if (filters.type) parts.push(Prisma.sql`m."typeId" IN (SELECT id FROM "MilestoneType" WHERE slug = ${filters.type})`);
  if (filters.forum) {
    // The implicit many-to-many table: "A" is the forum, "B" the milestone.
    parts.push(Prisma.sql`m.id IN (SELECT fm."B" FROM "_ForumToMilestone" fm JOIN "Forum" f ON f.id = fm."A" WHERE f.slug = ${filters.forum})`);
  }
  if (filters.year !== undefined) {
    const { from, to } = yearRange(filters.year);
    parts.push(Prisma.sql`m."occurredOn" BETWEEN ${from}::date AND ${to}::date`);
  }
  const range = dateRangeOf(filters);
  if (range.from) parts.push(Prisma.sql`m."occurredOn" >= ${range.from}::date`);
  if (range.to) parts.push(Prisma.sql`m."occurredOn" <= ${range.to}::date`);
  const search = searchSql(filters.q);
  if (search) parts.push(search);
  return parts.length > 0 ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

/** A word as LIKE reads it literally: its %, _ and \\ escaped (Prisma's `contains` passes % and _ through as wildcards). */
export const literalInLike = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The milestones up to and including the cursor: those shown on earlier pages. */
function upToCursorSql(cursor: MilestoneCursor | null): Prisma.Sql {
  if (!cursor) return Prisma.sql`FALSE`;
  return Prisma.sql`(m."occurredOn" > ${cursor.date}::date
    OR (m."occurredOn" = ${cursor.date}::date AND (m.title < ${cursor.title} OR (m.title = ${cursor.title} AND m.id <= ${cursor.id}))))`;
}

/**
 * The milestones after the cursor in the timeline's order (newest first, then title, then id, so
 * that milestones sharing a date and a title still have one place each and pages never repeat or
 * skip one): the complement of upToCursorSql, plus `occurredOn <= date`, which lets the scan of
 * the index on (occurredOn DESC, title, id) start at the cursor instead of the newest row.
 */
function afterCursorSql(cursor: MilestoneCursor | null): Prisma.Sql {
  if (!cursor) return Prisma.sql`TRUE`;
  return Prisma.sql`(m."occurredOn" <= ${cursor.date}::date AND NOT ${upToCursorSql(cursor)})`;
}

/** Rows read by id, put back in the order of the ids (a statement that chose them in order). */
export function inOrderOf<T extends { id: string }>(ids: readonly string[], rows: readonly T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * One page of the timeline's rows, and the cursor of the next page (null on the last). One row
 * more than the page says whether a next page exists, without a count.
 */
async function timelineRows(filters: MilestoneFilters, page: TimelinePage) {
  // The page's ids in one statement with the counts' condition, then the rows by Prisma (decision 045).
  const found = await db.$queryRaw<{ id: string; occurredOn: Date; title: string }[]>(Prisma.sql`
    SELECT m.id, m."occurredOn", m.title
      FROM "Milestone" m
     WHERE m."deletedAt" IS NULL AND ${milestoneFilterSql(filters)} AND ${afterCursorSql(page.after)}
     ORDER BY m."occurredOn" DESC, m.title ASC, m.id ASC
     LIMIT ${page.limit + 1}`);
  const shownIds = found.slice(0, page.limit).map((r) => r.id);
  const shown = shownIds.length === 0 ? [] : inOrderOf(shownIds, await db.milestone.findMany({ where: { id: { in: shownIds } }, select: milestoneSelect }));
  const last = found[page.limit - 1];
  const next: MilestoneCursor | null = found.length > page.limit && last ? { date: toIsoDate(last.occurredOn), title: last.title, id: last.id } : null;
  const translations = await readMilestoneTranslations(shown);
  return { milestones: shown.map((m) => toMilestoneView(m, translations)), ids: shown.map((m) => m.id), next };
}

type YearCountRow = { year: number; track: string; status: MilestoneStatusName; all: number; matching: number; earlier: number };

/**
 * A page of the timeline: the milestones matching the filters after `page.after`, newest first;
 * how many milestones there are in all and how many match (on every page); how many matching
 * milestones came on earlier pages (`shown`), and the matching milestones per year (a year may
 * run over several pages), and per year, track and status for the chart. `next` is the cursor of
 * the following page, or null on the last. The counts are one grouped statement over the live
 * milestones (a row per year, track and status: a few dozen rows, whatever the number of milestones).
 */
export async function listMilestones(filters: MilestoneFilters, page: Partial<TimelinePage> = {}) {
  const wanted: TimelinePage = { limit: page.limit ?? TIMELINE_PAGE_SIZE, after: page.after ?? null };
  const filter = milestoneFilterSql(filters);
  const [rows, counts] = await Promise.all([
    timelineRows(filters, wanted),
    db.$queryRaw<YearCountRow[]>(Prisma.sql`
      SELECT date_part('year', m."occurredOn")::int AS year,
             t.slug AS track,
             m.status::text AS status,
             count(*)::int AS "all",
             (count(*) FILTER (WHERE ${filter}))::int AS matching,
             (count(*) FILTER (WHERE ${filter} AND ${upToCursorSql(wanted.after)}))::int AS earlier
        FROM "Milestone" m
        JOIN "MilestoneTrack" t ON t.id = m."trackId"
       WHERE m."deletedAt" IS NULL
       GROUP BY 1, 2, 3`),
  ]);
  const sum = (key: "all" | "matching" | "earlier") => counts.reduce((n, r) => n + Number(r[key]), 0);
  // The passage and page of a matching document of each milestone shown (decision 050), by slug.
  const inDocuments = await documentMatches("milestone", rows.ids, tsQueryOf(filters.q), filters.q ?? "");
  const documentMatchBySlug: Record<string, DocumentMatch> = {};
  rows.ids.forEach((id, i) => {
    const match = inDocuments.get(id);
    if (match) documentMatchBySlug[rows.milestones[i]!.slug] = match;
  });
  const matchingByYear: Record<number, number> = {};
  for (const r of counts) {
    if (Number(r.matching) > 0) matchingByYear[Number(r.year)] = (matchingByYear[Number(r.year)] ?? 0) + Number(r.matching);
  }
  return {
    milestones: rows.milestones,
    /** With a search: for a milestone found in a document (its own or a cited source's), the document, page and passage. */
    documentMatches: documentMatchBySlug,
    next: rows.next ? encodeMilestoneCursor(rows.next) : null,
    total: sum("all"),
    matching: sum("matching"),
    /** Matching milestones on earlier pages: this page starts at number `earlier + 1`. */
    earlier: sum("earlier"),
    /** Matching milestones per year, for the year headings. */
    matchingByYear,
    /** Matching milestones per year, track and status (happened or expected), for the chart. */
    matchingByYearTrack: counts
      .filter((r) => Number(r.matching) > 0)
      .map((r): YearTrackCount => ({ year: Number(r.year), track: r.track, status: r.status, count: Number(r.matching) })),
  };
}

/**
 * Every milestone matching the filters, in the timeline's order, in batches read page by page
 * (the export: a file holds all of them, never one page, and memory stays one batch).
 */
export async function* wholeTimeline(filters: MilestoneFilters, batchSize = MAX_TIMELINE_LIMIT): AsyncGenerator<MilestoneView[]> {
  let after: MilestoneCursor | null = null;
  for (;;) {
    const { milestones, next } = await timelineRows(filters, { limit: batchSize, after });
    if (milestones.length > 0) yield milestones;
    if (next === null) return;
    after = next;
  }
}

/**
 * One milestone: the full record, its instruments, and the jurisdiction rules it opened, closed
 * or is linked to (validity placed against `today`). Null for an unknown or deleted slug.
 */
export const getMilestone = cache(async (slug: string, today: IsoDate) => {
  const liveRules = { where: { deletedAt: null }, select: ruleSelect, orderBy: ruleOrder } as const;
  const row = await db.milestone.findFirst({
    where: { slug, deletedAt: null },
    select: {
      ...milestoneSelect,
      instruments: { orderBy: { title: "asc" }, select: instrumentSelect },
      rulesOpened: liveRules,
      rulesClosed: liveRules,
      rules: liveRules,
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    ...toMilestoneView(row, await readMilestoneTranslations([row])),
    instruments: row.instruments.map(toInstrumentView),
    rulesOpened: row.rulesOpened.map((r) => toRuleView(r, today)),
    rulesClosed: row.rulesClosed.map((r) => toRuleView(r, today)),
    linkedRules: row.rules.map((r) => toRuleView(r, today)),
  };
});
