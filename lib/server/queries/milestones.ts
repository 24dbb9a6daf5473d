import "server-only";
import { instrumentSelect, toInstrumentView } from "./instrument-view";
import { cache } from "react";
import { fromIsoDate, type IsoDate, toIsoDate } from "@/lib/core/dates";
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

/** The filters in SQL over `"Milestone" m`, for the counts per year (filterWhere says the same for the page's rows). */
function filterSql(filters: MilestoneFilters): Prisma.Sql {
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
  for (const word of filters.q ? searchWords(filters.q) : []) {
    // Each word somewhere: the milestone's own texts or one of its sources (title or passage), as textWhere says.
    const pattern = `%${literalInLike(word)}%`;
    parts.push(Prisma.sql`(m.title ILIKE ${pattern} OR m.description ILIKE ${pattern} OR m."whatChanged" ILIKE ${pattern}
      OR EXISTS (SELECT 1 FROM "Translation" t WHERE t."entityType" = 'Milestone' AND t."entityId" = m.id AND t.state <> 'MISSING' AND t.text ILIKE ${pattern})
      OR EXISTS (SELECT 1 FROM "MilestoneSource" ms JOIN "Source" s ON s.id = ms."sourceId"
                  WHERE ms."milestoneId" = m.id AND (ms.locator ILIKE ${pattern} OR s.title ILIKE ${pattern})))`);
  }
  return parts.length > 0 ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

/**
 * A word as LIKE reads it literally: its %, _ and \\ escaped. Prisma's `contains` does not escape
 * them (a search for "%" would match everything), so both the rows and the counts use this.
 */
/** A word as LIKE reads it literally: Prisma's `contains` passes % and _ through as wildcards. */
export const literalInLike = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * One word of a search, as a Prisma condition: found, whatever its case, in a text of the
 * milestone, in another language (`translated`: the milestones whose translations hold it), or
 * of a source it cites.
 */
function textWhere(word: string, translated: readonly string[] = []): Prisma.MilestoneWhereInput {
  const contains = { contains: literalInLike(word), mode: "insensitive" } as const;
  return {
    OR: [
      { title: contains },
      { description: contains },
      { whatChanged: contains },
      ...(translated.length > 0 ? [{ id: { in: [...translated] } }] : []),
      { sources: { some: { OR: [{ locator: contains }, { source: { title: contains } }] } } },
    ],
  };
}

/** The words of a search each with the milestones whose texts in another language hold it (decision 042): one statement a word. */
export type TranslatedMatches = Readonly<Record<string, readonly string[]>>;
export async function translatedMatches(filters: MilestoneFilters): Promise<TranslatedMatches> {
  const words = filters.q ? searchWords(filters.q) : [];
  const found = await Promise.all(
    words.map((word) =>
      db.translation.findMany({
        where: { entityType: "Milestone", state: { not: "MISSING" }, text: { contains: literalInLike(word), mode: "insensitive" } },
        select: { entityId: true },
        distinct: ["entityId"],
      }),
    ),
  );
  return Object.fromEntries(words.map((w, i) => [w, found[i]!.map((r) => r.entityId)]));
}

/** The milestones up to and including the cursor: those shown on earlier pages. */
function upToCursorSql(cursor: MilestoneCursor | null): Prisma.Sql {
  if (!cursor) return Prisma.sql`FALSE`;
  return Prisma.sql`(m."occurredOn" > ${cursor.date}::date
    OR (m."occurredOn" = ${cursor.date}::date AND (m.title < ${cursor.title} OR (m.title = ${cursor.title} AND m.id <= ${cursor.id}))))`;
}

/** The filters as a Prisma condition on live milestones, for the page's rows (filterSql says the same for the counts). */
export function filterWhere(filters: MilestoneFilters, translated: TranslatedMatches = {}): Prisma.MilestoneWhereInput {
  const year = filters.year === undefined ? null : yearRange(filters.year);
  const range = dateRangeOf(filters);
  return {
    deletedAt: null,
    ...(filters.track && { track: { slug: filters.track } }),
    ...(filters.type && { type: { slug: filters.type } }),
    ...(filters.forum && { forums: { some: { slug: filters.forum } } }),
    AND: [
      ...(year ? [{ occurredOn: { gte: fromIsoDate(year.from), lte: fromIsoDate(year.to) } }] : []),
      ...(range.from ? [{ occurredOn: { gte: fromIsoDate(range.from) } }] : []),
      ...(range.to ? [{ occurredOn: { lte: fromIsoDate(range.to) } }] : []),
      ...(filters.q ? searchWords(filters.q).map((w) => textWhere(w, translated[w])) : []),
    ],
  };
}

/**
 * The milestones after the cursor in the timeline's order (newest first, then title, then id, so
 * that milestones sharing a date and a title still have one place each and pages never repeat or
 * skip one). Date newest first but title and id ascending, so no row comparison fits: an OR of the
 * three cases, plus `occurredOn <= date`, which lets the scan of the index on
 * (occurredOn DESC, title, id) start at the cursor instead of the newest row.
 */
function afterCursorWhere(cursor: MilestoneCursor | null): Prisma.MilestoneWhereInput {
  if (!cursor) return {};
  const date = fromIsoDate(cursor.date);
  return {
    occurredOn: { lte: date },
    OR: [{ occurredOn: { lt: date } }, { occurredOn: date, title: { gt: cursor.title } }, { occurredOn: date, title: cursor.title, id: { gt: cursor.id } }],
  };
}

/**
 * One page of the timeline's rows, and the cursor of the next page (null on the last), in one
 * joined statement (relationJoins). One row more than the page says whether a next page exists,
 * without a count.
 */
async function timelineRows(filters: MilestoneFilters, page: TimelinePage) {
  const rows = await db.milestone.findMany({
    where: { AND: [filterWhere(filters, await translatedMatches(filters)), afterCursorWhere(page.after)] },
    orderBy: [{ occurredOn: "desc" }, { title: "asc" }, { id: "asc" }],
    take: page.limit + 1,
    select: milestoneSelect,
  });
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  const next: MilestoneCursor | null = rows.length > page.limit && last ? { date: toIsoDate(last.occurredOn), title: last.title, id: last.id } : null;
  const translations = await readMilestoneTranslations(shown);
  return { milestones: shown.map((m) => toMilestoneView(m, translations)), next };
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
  const filter = filterSql(filters);
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
  const matchingByYear: Record<number, number> = {};
  for (const r of counts) {
    if (Number(r.matching) > 0) matchingByYear[Number(r.year)] = (matchingByYear[Number(r.year)] ?? 0) + Number(r.matching);
  }
  return {
    milestones: rows.milestones,
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
