import "server-only";
import type { FacetCount, CaseListFacets, CaseListRow, CaseListResult } from "@/lib/core/views";
import {
  CASE_FACETS,
  encodeCursor,
  STAGE_OPTIONS,
  stageFromSlug,
  type CaseCursor,
  type CaseFacet,
  type CaseListOptions,
  type CaseListQuery,
  type FacetOption,
} from "@/lib/core/case-list-query";
import type { PartialDate, Precision } from "@/lib/core/dates";
import { toTsQuery } from "@/lib/core/search-query";
import type { DocumentMatch } from "@/lib/core/document-passage";
import { casesByDocuments, documentMatches } from "./document-search";
import type { CaseStage } from "@/lib/core/views";
import { Prisma } from "@/lib/generated/prisma/client";
import { compactTranslations, type UserTranslations } from "@/lib/core/user-translations";
import { readUserTranslations } from "@/lib/server/translations";
import { db } from "@/lib/server/db";
import { heldUntilChanged } from "@/lib/server/held";

/**
 * The case list: which cases match a CaseListQuery, a page of them in the order asked, and how
 * many cases each facet value would give (docs/decisions/008-case-search.md).
 *
 * Everything is SQL over `"Case" c`, built with Prisma.sql (user input only ever as bound
 * parameters), so that the following feature's saved searches (lib/server/follows) match with the
 * very same condition. Crime, mode of liability, kind of accused and level hold on one and the
 * same charge, whose accused is its own or, for a charge that names none, any accused of the case:
 * the reading of the coverage matrix's counts (lib/server/queries/coverage.ts), so a cell's count is
 * the length of the list its link opens. Deleted cases never match; a deleted accused neither
 * matches nor keeps alive a charge against them alone.
 */




type Viewer = { signedIn: boolean };

// ---------------------------------------------------------------------------------------------
// The vocabulary.

const displayOrder = [{ sortOrder: "asc" }, { name: "asc" }] satisfies Prisma.ForumOrderByWithRelationInput[];
const named = { orderBy: displayOrder, select: { slug: true, name: true } } as const;
const option = (r: { slug: string; name: string }): FacetOption => ({ value: r.slug, label: r.name });

/**
 * The values each facet accepts, from the reference data. Years are not listed here (any
 * four-digit year is a valid question); the years that have cases come back as the year facet.
 */
export const CASE_LIST_OPTION_TABLES = ["Forum", "Situation", "CrimeCategory", "ModeOfLiability", "AccusedKind", "ResponsibilityLevel"] as const;
export const getCaseListOptions: () => Promise<CaseListOptions> = heldUntilChanged("case list options", CASE_LIST_OPTION_TABLES, async () => {
  const [forums, situations, crimes, modes, kinds, levels] = await Promise.all([
    db.forum.findMany({ orderBy: displayOrder, select: { slug: true, name: true, shortName: true } }),
    db.situation.findMany(named),
    db.crimeCategory.findMany(named),
    db.modeOfLiability.findMany(named),
    db.accusedKind.findMany(named),
    db.responsibilityLevel.findMany(named),
  ]);
  return {
    forum: forums.map((f) => ({ ...option(f), short: f.shortName })),
    situation: situations.map(option),
    crime: crimes.map(option),
    mode: modes.map(option),
    accused: kinds.map(option),
    level: levels.map(option),
    stage: STAGE_OPTIONS,
    year: [],
  };
});

// ---------------------------------------------------------------------------------------------
// Conditions. Table names below are constants of this file, never input.

const ids = (table: string, slugs: readonly string[]) => Prisma.sql`(SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE slug IN (${Prisma.join(slugs)}))`;

/** The list's search as a tsquery, or null without one. */
export function tsQuery(query: CaseListQuery): Prisma.Sql | null {
  const text = toTsQuery(query.q);
  return text === null ? null : Prisma.sql`to_tsquery('simple', ${text})`;
}

/**
 * The search: the case's own document, the pages of its attached documents (decision 050), and
 * for signed-in users the documents of its notes.
 */
function textCondition(q: Prisma.Sql, viewer: Viewer): Prisma.Sql {
  // The documents' matches as one hashed subquery: the case's own test stays what it was.
  const own = Prisma.sql`(c."searchVector" @@ ${q} OR c.id IN (${casesByDocuments(q)}))`;
  if (!viewer.signedIn) return own;
  // Two index scans (both documents have GIN indexes) rather than an OR the planner cannot index.
  return Prisma.sql`c.id IN (
    SELECT id FROM "Case" WHERE "searchVector" @@ ${q}
    UNION
    ${casesByDocuments(q)}
    UNION
    SELECT "caseId" FROM "Annotation" WHERE "deletedAt" IS NULL AND "searchVector" @@ ${q})`;
}

type CaseLevelFacet = "forum" | "situation" | "stage" | "year";

/**
 * The condition of one facet read from the case itself, or null when the facet is not asked. `on`
 * is the row holding the case's facets: the case `c`, or a case profile `p`, which copies them.
 */
function caseFacetCondition(query: CaseListQuery, facet: CaseLevelFacet, on: "c" | "p" = "c"): Prisma.Sql | null {
  const row = Prisma.raw(on);
  switch (facet) {
    case "forum":
      return query.forum.length ? Prisma.sql`${row}."forumId" IN ${ids("Forum", query.forum)}` : null;
    case "situation":
      return query.situation.length ? Prisma.sql`${row}."situationId" IN ${ids("Situation", query.situation)}` : null;
    case "stage":
      return query.stage.length ? Prisma.sql`${row}.stage IN (${Prisma.join(query.stage.map((s) => Prisma.sql`${s}::"CaseStage"`))})` : null;
    case "year":
      // Dates are stored as the first day of their period, so a year's range holds every precision.
      return query.year.length
        ? Prisma.sql`(${Prisma.join(
            query.year.map((y) => Prisma.sql`(${row}."openedOn" >= ${`${y}-01-01`}::date AND ${row}."openedOn" < ${`${y + 1}-01-01`}::date)`),
            " OR ",
          )})`
        : null;
  }
}

const CASE_LEVEL_FACETS = ["forum", "situation", "stage", "year"] as const;

type ChargeFacet = "crime" | "mode" | "accused" | "level";

/**
 * The conditions of the charge facets, except `without`, on one case profile `p`: a live charge's
 * crime and mode with the kind and level of its accused (its own or, for a charge naming none,
 * each accused of the case), as "CaseProfile" holds them (docs/decisions/016-counts-at-scale.md).
 * Crime, mode, kind and level so hold on one and the same charge and accused; a charge against a
 * deleted accused alone has no profile.
 */
function chargeFacetCondition(query: CaseListQuery, facet: ChargeFacet): Prisma.Sql | null {
  switch (facet) {
    case "crime":
      return query.crime.length ? Prisma.sql`p."crimeId" IN ${ids("CrimeCategory", query.crime)}` : null;
    case "mode":
      return query.mode.length ? Prisma.sql`p."modeId" IN ${ids("ModeOfLiability", query.mode)}` : null;
    case "accused":
      return query.accused.length ? Prisma.sql`p."kindId" IN ${ids("AccusedKind", query.accused)}` : null;
    case "level":
      return query.level.length ? Prisma.sql`p."levelId" IN ${ids("ResponsibilityLevel", query.level)}` : null;
  }
}

const CHARGE_FACETS = ["crime", "mode", "accused", "level"] as const;

const hasChargeFacet = (query: CaseListQuery) => query.crime.length + query.mode.length + query.accused.length + query.level.length > 0;

function chargeCondition(query: CaseListQuery): Prisma.Sql | null {
  if (!hasChargeFacet(query)) return null;
  return Prisma.sql`EXISTS (SELECT 1 FROM "CaseProfile" p WHERE p."caseId" = c.id AND ${and(CHARGE_FACETS.map((f) => chargeFacetCondition(query, f)))})`;
}

export const and = (parts: (Prisma.Sql | null)[]): Prisma.Sql => {
  const kept = parts.filter((p): p is Prisma.Sql => p !== null);
  return kept.length ? Prisma.join(kept, " AND ") : Prisma.sql`TRUE`;
};

/**
 * The cases a query matches, as a boolean condition over `"Case" c`: not deleted, every facet
 * asked (any of its values), and the search words. Signed-in users' searches also look in notes.
 */
export function caseListWhere(query: CaseListQuery, viewer: Viewer, { charges = true } = {}): Prisma.Sql {
  const q = tsQuery(query);
  return and([
    Prisma.sql`c."deletedAt" IS NULL`,
    caseFacetCondition(query, "forum"),
    caseFacetCondition(query, "situation"),
    caseFacetCondition(query, "stage"),
    caseFacetCondition(query, "year"),
    q ? textCondition(q, viewer) : null,
    charges ? chargeCondition(query) : null,
  ]);
}

// ---------------------------------------------------------------------------------------------
// Order and pages.

// Exported for the case export (lib/server/export/case-export.ts), which pages the same way.

/** How well the case's own document matches; 0 for a case found only through its notes. */
export function rankOf(q: Prisma.Sql | null): Prisma.Sql {
  return q ? Prisma.sql`(CASE WHEN c."searchVector" @@ ${q} THEN ts_rank(c."searchVector", ${q})::float8 ELSE 0::float8 END)` : Prisma.sql`0::float8`;
}

export function orderBy(query: CaseListQuery): Prisma.Sql {
  switch (query.sort) {
    case "relevance":
      return Prisma.sql`rank DESC, c."stageOn" DESC, c.id DESC`;
    case "recent":
      return Prisma.sql`c."stageOn" DESC, c.id DESC`;
    case "opened":
      return Prisma.sql`c."openedOn" DESC, c.id DESC`;
    case "reference":
      return Prisma.sql`c.reference ASC NULLS LAST, c.id ASC`;
    case "title":
      return Prisma.sql`c.title ASC, c.id ASC`;
  }
}

/** The rows after the cursor in the order of its sort: the keyset, with the id breaking ties. */
export function afterCursor(cursor: CaseCursor | null, rank: Prisma.Sql): Prisma.Sql | null {
  if (!cursor) return null;
  switch (cursor.sort) {
    case "relevance":
      return Prisma.sql`(${rank}, c."stageOn", c.id) < (${cursor.rank}::float8, ${cursor.date}::date, ${cursor.id})`;
    case "recent":
      return Prisma.sql`(c."stageOn", c.id) < (${cursor.date}::date, ${cursor.id})`;
    case "opened":
      return Prisma.sql`(c."openedOn", c.id) < (${cursor.date}::date, ${cursor.id})`;
    case "reference":
      return cursor.reference === null
        ? Prisma.sql`(c.reference IS NULL AND c.id > ${cursor.id})`
        : Prisma.sql`(c.reference > ${cursor.reference} OR (c.reference = ${cursor.reference} AND c.id > ${cursor.id}) OR c.reference IS NULL)`;
    case "title":
      return Prisma.sql`(c.title, c.id) > (${cursor.title}, ${cursor.id})`;
  }
}

export type CasePageRow = {
  id: string;
  slug: string;
  reference: string | null;
  title: string;
  lang: string;
  stage: CaseStage;
  stageOn: string;
  stagePrecision: Precision;
  openedOn: string;
  openedPrecision: Precision;
  inAbsentia: boolean;
  isSynthetic: boolean;
  forumSlug: string;
  forumName: string;
  forumShortName: string;
  situationSlug: string;
  situationName: string;
  rank: number;
  inCase: boolean | null;
};

export function cursorOf(sort: CaseListQuery["sort"], row: Pick<CasePageRow, "id" | "rank" | "stageOn" | "openedOn" | "reference" | "title">): CaseCursor {
  switch (sort) {
    case "relevance":
      return { sort, rank: Number(row.rank), date: row.stageOn, id: row.id };
    case "recent":
      return { sort, date: row.stageOn, id: row.id };
    case "opened":
      return { sort, date: row.openedOn, id: row.id };
    case "reference":
      return { sort, reference: row.reference, id: row.id };
    case "title":
      return { sort, title: row.title, id: row.id };
  }
}

// ---------------------------------------------------------------------------------------------
// Facet counts: for each facet, the cases that match every OTHER facet (and the search), per value.

type CountRow = { facet: string; value: string | null; count: number };

const hasFilter = (query: CaseListQuery) => hasChargeFacet(query) || CASE_LEVEL_FACETS.some((f) => query[f].length > 0);

/**
 * The counts of a list with no search and no facet, and the total of every list: the sums of
 * "CaseTally", which database triggers keep equal to them (docs/decisions/016-counts-at-scale.md),
 * instead of counting 200,000 cases and their charges at every visit.
 */
function tallyCounts(): Prisma.Sql {
  return Prisma.sql`
    WITH sums AS (
    SELECT t.facet, CASE t.facet WHEN 'forum' THEN f.slug WHEN 'situation' THEN s.slug WHEN 'crime' THEN cc.slug
                                 WHEN 'mode' THEN m.slug WHEN 'accused' THEN ak.slug WHEN 'level' THEN rl.slug
                                 ELSE t.value END AS value,
           sum(t.cases)::int AS count
      FROM "CaseTally" t
      LEFT JOIN "Forum" f ON t.facet = 'forum' AND f.id = t.value
      LEFT JOIN "Situation" s ON t.facet = 'situation' AND s.id = t.value
      LEFT JOIN "CrimeCategory" cc ON t.facet = 'crime' AND cc.id = t.value
      LEFT JOIN "ModeOfLiability" m ON t.facet = 'mode' AND m.id = t.value
      LEFT JOIN "AccusedKind" ak ON t.facet = 'accused' AND ak.id = t.value
      LEFT JOIN "ResponsibilityLevel" rl ON t.facet = 'level' AND rl.id = t.value
     GROUP BY 1, 2
    HAVING sum(t.cases) <> 0
    )
    SELECT facet, value, count FROM sums
    UNION ALL
    -- Nothing asked: every case matches.
    SELECT 'matching', NULL, COALESCE(sum(count), 0)::int FROM sums WHERE facet = 'total'`;
}

/** The conditions of the charge facets as flags of a case profile `p` (a profile without an accused holds no kind or level asked). */
function profileFlags(query: CaseListQuery): Prisma.Sql {
  const onProfile = (facet: ChargeFacet): Prisma.Sql => {
    const condition = chargeFacetCondition(query, facet);
    return condition ? Prisma.sql`COALESCE(${condition}, FALSE)` : Prisma.sql`TRUE`;
  };
  return Prisma.sql`${onProfile("crime")} AS m_crime, ${onProfile("mode")} AS m_mode,
             ${onProfile("accused")} AS m_accused, ${onProfile("level")} AS m_level`;
}

/** The flags of every charge facet but `facet`, AND-ed. */
const otherChargeFlags = (facet: ChargeFacet) =>
  Prisma.join(
    CHARGE_FACETS.filter((f) => f !== facet).map((f) => Prisma.raw(`m_${f}`)),
    " AND ",
  );

/** The case-level facets' flags of case `c`, as the columns m_forum, m_situation, m_stage, m_year. */
const caseFlags = (query: CaseListQuery) =>
  Prisma.join(
    CASE_LEVEL_FACETS.map((f) => Prisma.sql`${caseFacetCondition(query, f) ?? Prisma.sql`TRUE`} AS ${Prisma.raw(`m_${f}`)}`),
    ", ",
  );

/** count(*) of the rows whose every flag holds but `facet`'s (a case-level facet, or null for all of them). */
const countWithout = (facet: CaseLevelFacet | null) =>
  Prisma.sql`count(*) FILTER (WHERE ${Prisma.join(
    [...CASE_LEVEL_FACETS.filter((f) => f !== facet).map((f) => Prisma.raw(`m_${f}`)), Prisma.raw("m_charge")],
    " AND ",
  )})`;

/** The case-level counts' rows from `counted` (grouped by each case-level facet, and by nothing for the matching count). */
const caseLevelCountRows = (matchingWhen: Prisma.Sql) => Prisma.sql`
    SELECT 'forum' AS facet, f.slug AS value, n_forum::int AS count FROM counted JOIN "Forum" f ON f.id = counted."forumId" WHERE g_forum = 0
    UNION ALL
    SELECT 'situation', s.slug, n_situation::int FROM counted JOIN "Situation" s ON s.id = counted."situationId" WHERE g_situation = 0
    UNION ALL
    SELECT 'stage', stage::text, n_stage::int FROM counted WHERE g_stage = 0
    UNION ALL
    SELECT 'year', year::text, n_year::int FROM counted WHERE g_year = 0
    UNION ALL
    SELECT 'matching', NULL, n_matching::int FROM counted WHERE ${matchingWhen}
    UNION ALL
    SELECT 'total', NULL, COALESCE(sum(cases), 0)::int FROM "CaseTally" WHERE facet = 'total'`;

const caseLevelAggregates = Prisma.sql`GROUPING(b."forumId") AS g_forum, GROUPING(b."situationId") AS g_situation,
             GROUPING(b.stage) AS g_stage, GROUPING(b.year) AS g_year,
             b."forumId", b."situationId", b.stage, b.year,
             ${countWithout("forum")} AS n_forum, ${countWithout("situation")} AS n_situation,
             ${countWithout("stage")} AS n_stage, ${countWithout("year")} AS n_year,
             ${countWithout(null)} AS n_matching`;

/**
 * The counts of a list with facets and no search, in one statement over every live case.
 *
 * Forum, situation, stage and year, with the matching count: the cases are read once, each with a
 * flag per facet, and grouped by each facet at once (grouping sets); each facet's count keeps the
 * rows whose OTHER flags hold. Crime, mode, kind of accused and level: the profiles of the cases
 * that match every case-level facet (the profiles carry the case's facets, so no join back to the
 * cases), each with a flag per charge facet; a facet counts distinct cases whose profile holds
 * every OTHER charge facet.
 */
function filteredCounts(query: CaseListQuery): Prisma.Sql {
  const allCharge = Prisma.sql`m_crime AND m_mode AND m_accused AND m_level`;
  const charged = Prisma.sql`SELECT p."caseId", p."crimeId", p."modeId", p."kindId", p."levelId", ${profileFlags(query)}
      FROM "CaseProfile" p WHERE ${and(CASE_LEVEL_FACETS.map((f) => caseFacetCondition(query, f, "p")))}`;
  const facetRows = (facet: ChargeFacet, table: string, column: string) =>
    Prisma.sql`SELECT ${Prisma.raw(`'${facet}'`)}, x.slug, (count(DISTINCT "caseId") FILTER (WHERE ${otherChargeFlags(facet)}))::int
      FROM charged JOIN ${Prisma.raw(`"${table}"`)} x ON x.id = charged.${Prisma.raw(`"${column}"`)} GROUP BY x.slug`;
  return Prisma.sql`
    WITH counted AS (
      SELECT ${caseLevelAggregates}
        FROM (
          SELECT c."forumId", c."situationId", c.stage, date_part('year', c."openedOn")::int AS year, ${caseFlags(query)},
                 ${chargeCondition(query) ?? Prisma.sql`TRUE`} AS m_charge
            FROM "Case" c
           WHERE c."deletedAt" IS NULL
        ) b
       GROUP BY GROUPING SETS ((b."forumId"), (b."situationId"), (b.stage), (b.year), ())
    ),
    charged AS MATERIALIZED (${charged})
    ${caseLevelCountRows(Prisma.sql`g_forum + g_situation + g_stage + g_year = 4`)}
    UNION ALL
    ${facetRows("crime", "CrimeCategory", "crimeId")}
    UNION ALL
    ${facetRows("mode", "ModeOfLiability", "modeId")}
    UNION ALL
    ${facetRows("accused", "AccusedKind", "kindId")}
    UNION ALL
    ${facetRows("level", "ResponsibilityLevel", "levelId")}`;
}

// The reference table and the profile's column of each charge facet.
const CHARGE_FACET_TABLES: Record<ChargeFacet, { table: string; column: string }> = {
  crime: { table: "CrimeCategory", column: "crimeId" },
  mode: { table: "ModeOfLiability", column: "modeId" },
  accused: { table: "AccusedKind", column: "kindId" },
  level: { table: "ResponsibilityLevel", column: "levelId" },
};

/** A charge facet value's bit in the case's mask: its place among the facet's values (ids in order) in `v`. */
const valueBit = (facet: ChargeFacet, id: Prisma.Sql) => Prisma.sql`(1::bigint << (array_position(v.${Prisma.raw(facet)}, ${id}) - 1))`;

/**
 * The counts of a search (with or without facets), in one statement that reads each case the
 * search finds once (the full-text index is the costly part), with its profiles.
 *
 * Each found case becomes one row: its case-level facets with a flag each, as in filteredCounts,
 * and, from its profiles (one index probe), whether one profile holds every charge facet asked, and
 * for each charge facet the bit mask of the values it has on a profile that holds every OTHER charge
 * facet. One pass groups these rows by each case-level facet and by each mask at once (grouping
 * sets); a charge facet value's count is the sum over the masks that hold its bit of the cases
 * matching every case-level facet. So each case counts once per value however many of its charges
 * hold it: no sort, no count(DISTINCT), no second pass over the profiles. The masks are bigints:
 * the reference tables hold a handful of values each, and a table of more than 63 stops the
 * statement with an error rather than counting wrong.
 */
function searchCounts(query: CaseListQuery, q: Prisma.Sql, viewer: Viewer): Prisma.Sql {
  const vocabulary = Prisma.join(
    CHARGE_FACETS.map((f) => Prisma.sql`(SELECT array_agg(id ORDER BY id) FROM ${Prisma.raw(`"${CHARGE_FACET_TABLES[f].table}"`)}) AS ${Prisma.raw(f)}`),
    ", ",
  );
  const largest = Prisma.sql`greatest(${Prisma.join(
    CHARGE_FACETS.map((f) => Prisma.sql`cardinality(${Prisma.raw(f)})`),
    ", ",
  )})`;
  const masks = Prisma.join(
    CHARGE_FACETS.map(
      (f) => Prisma.sql`bit_or(${valueBit(f, Prisma.raw(`p."${CHARGE_FACET_TABLES[f].column}"`))}) FILTER (WHERE ${otherChargeFlags(f)}) AS ${Prisma.raw(f)}`,
    ),
    ",\n                 ",
  );
  const mCharge = hasChargeFacet(query) ? Prisma.sql`COALESCE(pr.m_charge, FALSE)` : Prisma.sql`TRUE`;
  const facetRows = (facet: ChargeFacet) =>
    Prisma.sql`SELECT ${Prisma.raw(`'${facet}'`)}, x.slug, sum(n_charge)::int FROM counted, v, ${Prisma.raw(`"${CHARGE_FACET_TABLES[facet].table}"`)} x
      WHERE ${Prisma.raw(`g_${facet}`)} = 0 AND counted.${Prisma.raw(facet)} & ${valueBit(facet, Prisma.sql`x.id`)} <> 0 GROUP BY x.slug`;
  return Prisma.sql`
    WITH v AS MATERIALIZED (
      SELECT vocabulary.* FROM (SELECT ${vocabulary}) vocabulary
       -- Never false in practice; casting the sentence to int makes it the statement's error.
       WHERE ${largest} <= 63 OR ('a charge facet has too many values for the counts'' masks: ' || ${largest})::int IS NULL
    ),
    counted AS (
      SELECT ${caseLevelAggregates},
             GROUPING(b.crime) AS g_crime, GROUPING(b.mode) AS g_mode, GROUPING(b.accused) AS g_accused, GROUPING(b.level) AS g_level,
             b.crime, b.mode, b.accused, b.level,
             count(*) FILTER (WHERE m_forum AND m_situation AND m_stage AND m_year) AS n_charge
        FROM (
          SELECT c."forumId", c."situationId", c.stage, date_part('year', c."openedOn")::int AS year, ${caseFlags(query)},
                 ${mCharge} AS m_charge, pr.crime, pr.mode, pr.accused, pr.level
            FROM "Case" c CROSS JOIN v
            LEFT JOIN LATERAL (
              SELECT bool_or(m_crime AND m_mode AND m_accused AND m_level) AS m_charge,
                 ${masks}
                FROM (SELECT p."crimeId", p."modeId", p."kindId", p."levelId", ${profileFlags(query)}
                        FROM "CaseProfile" p WHERE p."caseId" = c.id) p
            ) pr ON TRUE
           WHERE c."deletedAt" IS NULL AND ${textCondition(q, viewer)}
        ) b
       GROUP BY GROUPING SETS ((b."forumId"), (b."situationId"), (b.stage), (b.year), (b.crime), (b.mode), (b.accused), (b.level), ())
    )
    ${caseLevelCountRows(Prisma.sql`g_forum + g_situation + g_stage + g_year + g_crime + g_mode + g_accused + g_level = 8`)}
    UNION ALL
    ${facetRows("crime")}
    UNION ALL
    ${facetRows("mode")}
    UNION ALL
    ${facetRows("accused")}
    UNION ALL
    ${facetRows("level")}`;
}

/** Every facet's counts, the matching count and the total, in one statement. */
function facetCounts(query: CaseListQuery, q: Prisma.Sql | null, viewer: Viewer): Prisma.Sql {
  if (q) return searchCounts(query, q, viewer);
  return hasFilter(query) ? filteredCounts(query) : tallyCounts();
}

/** Every value of every facet, with its count (0 where no case has it), in the reference order. */
function facetsFrom(rows: CountRow[], query: CaseListQuery, options: CaseListOptions): CaseListFacets {
  const counts = new Map(rows.map((r) => [`${r.facet}:${r.value}`, Number(r.count)]));
  const facets = {} as CaseListFacets;
  for (const facet of CASE_FACETS) {
    let values: readonly FacetOption[] = options[facet];
    if (facet === "year") {
      // The years that have cases (for the search), and any year asked for, newest first.
      const years = new Set([...rows.filter((r) => r.facet === "year").map((r) => Number(r.value)), ...query.year]);
      values = [...years].sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) }));
    }
    facets[facet] = values.map((o) => {
      const key = facet === "stage" ? `stage:${stageFromSlug(o.value)}` : `${facet}:${o.value}`;
      return { value: o.value, label: o.label, count: counts.get(key) ?? 0 };
    });
  }
  return facets;
}

// ---------------------------------------------------------------------------------------------
// The list.

type AccusedRow = { caseId: string; slug: string; name: string; nameOriginal: string | null };

/**
 * One page of the list's cases (`where` holds the list's condition and the cursor): their own
 * fields, forum and situation, in the list's order. The list and its export read the same rows.
 *
 * The page's cases are chosen first, with only what their order needs, then read in full: ordered
 * by relevance, every case the search finds is ranked, and formatting each one's dates and joining
 * its forum before keeping 25 of them cost more than the ranking itself.
 */
export function casePageQuery(query: CaseListQuery, where: Prisma.Sql, q: Prisma.Sql | null, limit: number, late: Prisma.Sql | null = null): Prisma.Sql {
  // `late`, a condition asked of the cases in order (after `where`) until the page is full: the
  // ordered cases are fenced off (OFFSET 0), so that the planner does not ask it of every case.
  const chosen = late
    ? Prisma.sql`SELECT c.id, c.rank FROM (SELECT c.id, ${rankOf(q)} AS rank FROM "Case" c WHERE ${where} ORDER BY ${orderBy(query)} OFFSET 0) c
               WHERE ${late}
               LIMIT ${limit}`
    : Prisma.sql`SELECT c.id, ${rankOf(q)} AS rank FROM "Case" c
               WHERE ${where}
               ORDER BY ${orderBy(query)}
               LIMIT ${limit}`;
  return Prisma.sql`
      SELECT c.id, c.slug, c.reference, c.title, c.lang, c.stage::text AS stage,
             to_char(c."stageOn", 'YYYY-MM-DD') AS "stageOn", c."stagePrecision"::text AS "stagePrecision",
             to_char(c."openedOn", 'YYYY-MM-DD') AS "openedOn", c."openedPrecision"::text AS "openedPrecision",
             c."inAbsentia", c."isSynthetic",
             f.slug AS "forumSlug", f.name AS "forumName", f."shortName" AS "forumShortName",
             s.slug AS "situationSlug", s.name AS "situationName",
             top.rank,
             ${q ? Prisma.sql`COALESCE(c."searchVector" @@ ${q}, FALSE)` : Prisma.sql`NULL::boolean`} AS "inCase"
        FROM (${chosen}) top
        JOIN "Case" c ON c.id = top.id
        JOIN "Forum" f ON f.id = c."forumId"
        JOIN "Situation" s ON s.id = c."situationId"
       ORDER BY ${orderBy(query)}`;
}

/** The live accused of some cases, by name. */
export function liveAccusedOf(caseIds: readonly string[]): Promise<AccusedRow[]> {
  return db.$queryRaw<AccusedRow[]>(liveAccusedQuery(caseIds));
}

const liveAccusedQuery = (caseIds: readonly string[]) => Prisma.sql`
    SELECT ca."caseId", a.slug, a.name, a."nameOriginal"
      FROM "CaseAccused" ca JOIN "Accused" a ON a.id = ca."accusedId"
     WHERE ca."caseId" IN (${Prisma.join(caseIds)}) AND a."deletedAt" IS NULL
     ORDER BY a.name, a.slug`;

/**
 * The statements of one page of the list: the counts and the page's rows (sent together), then,
 * given the page's case ids, its accused, crimes and (signed in) note counts (sent together).
 * Exported for the benchmark (bench/raw-queries.ts), which sends the very same SQL through `pg`.
 */
export function caseListStatements(query: CaseListQuery, viewer: Viewer) {
  const q = tsQuery(query);
  // Ranked by relevance, every case the search finds is ranked: the charge facets (a probe of the
  // case's profiles each) are then asked of the best-ranked cases only, until the page is full.
  const lateCharges = q && query.sort === "relevance" ? chargeCondition(query) : null;
  const where = and([caseListWhere(query, viewer, { charges: !lateCharges }), afterCursor(query.after, rankOf(q))]);
  return {
    counts: facetCounts(query, q, viewer),
    page: casePageQuery(query, where, q, query.limit + 1, lateCharges),
    details: (caseIds: readonly string[]) => ({
      accused: liveAccusedQuery(caseIds),
      crimes: Prisma.sql`
        SELECT DISTINCT ch."caseId", cc.slug, cc.name, cc."sortOrder"
          FROM "Charge" ch JOIN "CrimeCategory" cc ON cc.id = ch."crimeId"
         WHERE ch."caseId" IN (${Prisma.join(caseIds)})
           AND (ch."accusedId" IS NULL OR EXISTS (SELECT 1 FROM "Accused" a WHERE a.id = ch."accusedId" AND a."deletedAt" IS NULL))
         ORDER BY cc."sortOrder", cc.slug`,
      notes: viewer.signedIn
        ? Prisma.sql`
            SELECT "caseId", count(*)::int AS count FROM "Annotation"
             WHERE "caseId" IN (${Prisma.join(caseIds)}) AND "deletedAt" IS NULL GROUP BY "caseId"`
        : null,
    }),
  };
}

/** Rows by the case they belong to, in their order. */
export function groupByCase<T extends { caseId: string }>(items: readonly T[]): Map<string, T[]> {
  const byCase = new Map<string, T[]>();
  for (const item of items) {
    const list = byCase.get(item.caseId);
    if (list) list.push(item);
    else byCase.set(item.caseId, [item]);
  }
  return byCase;
}
type CrimeRow = { caseId: string; slug: string; name: string };
type NoteCountRow = { caseId: string; count: number };

/**
 * One page of the cases a query matches, in its order, with the counts: all cases, matching
 * cases, and each facet's values. Five statements whatever the page size: two of counts and the
 * page, in parallel, then the page's accused, crimes and (signed in) note counts, in parallel.
 */
export async function listCases(query: CaseListQuery, viewer: Viewer & { options?: CaseListOptions }): Promise<CaseListResult> {
  const statements = caseListStatements(query, viewer);
  const [options, counts, page] = await Promise.all([
    viewer.options ?? getCaseListOptions(),
    db.$queryRaw<CountRow[]>(statements.counts),
    db.$queryRaw<CasePageRow[]>(statements.page),
  ]);

  const rows = page.slice(0, query.limit);
  const caseIds = rows.map((r) => r.id);
  const details = caseIds.length === 0 ? null : statements.details(caseIds);
  const [accused, crimes, notes, titles, inDocuments] = !details
    ? [[], [], [], new Map<string, UserTranslations>(), new Map<string, DocumentMatch>()]
    : await Promise.all([
        db.$queryRaw<AccusedRow[]>(details.accused),
        db.$queryRaw<CrimeRow[]>(details.crimes),
        details.notes ? db.$queryRaw<NoteCountRow[]>(details.notes) : Promise.resolve([] as NoteCountRow[]),
        // The titles in their other languages (decision 042), shown in the reader's.
        readUserTranslations(db, "Case", caseIds),
        // The passage and page of a document of each found case that matches (decision 050).
        documentMatches("case", caseIds, tsQuery(query), query.q ?? ""),
      ]);

  const accusedByCase = groupByCase(accused);
  const crimesByCase = groupByCase(crimes);
  const notesByCase = new Map(notes.map((n) => [n.caseId, Number(n.count)]));

  const countOf = (facet: string) => Number(counts.find((r) => r.facet === facet)?.count ?? 0);

  return {
    total: countOf("total"),
    matching: countOf("matching"),
    facets: facetsFrom(counts, query, options),
    next: page.length > query.limit ? encodeCursor(cursorOf(query.sort, rows.at(-1)!)) : null,
    cases: rows.map((r) => ({
      slug: r.slug,
      reference: r.reference,
      title: r.title,
      lang: r.lang,
      translations: compactTranslations(Object.fromEntries(Object.entries(titles.get(r.id) ?? {}).map(([l, t]) => [l, { title: t?.title ?? null }]))),
      forum: { slug: r.forumSlug, name: r.forumName, shortName: r.forumShortName },
      situation: { slug: r.situationSlug, name: r.situationName },
      stage: r.stage,
      stageOn: { date: r.stageOn, precision: r.stagePrecision },
      openedOn: { date: r.openedOn, precision: r.openedPrecision },
      inAbsentia: r.inAbsentia,
      isSynthetic: r.isSynthetic,
      accused: (accusedByCase.get(r.id) ?? []).map(({ slug, name, nameOriginal }) => ({ slug, name, nameOriginal })),
      crimes: (crimesByCase.get(r.id) ?? []).map(({ slug, name }) => ({ slug, name })),
      annotationCount: viewer.signedIn ? (notesByCase.get(r.id) ?? 0) : null,
      matchedIn: r.inCase === null ? null : r.inCase ? "case" : inDocuments.has(r.id) ? "document" : "notes",
      documentMatch: inDocuments.get(r.id) ?? null,
    })),
  };
}
