/**
 * The bench's "raw" side: for each measured line, the same data fetched straight through `pg`, as
 * a hand-written implementation would: app time / raw time is then what the app adds on top of the
 * database work (Next, Prisma, mapping, JSON or HTML, HTTP). A reference figure, not a target
 * (docs/decisions/023-one-read-path.md).
 *
 * Where the app's SQL is built by functions the bench can call (the case list's statements, the
 * matrix's counts) the raw side sends those very statements, with the same parallelism. Elsewhere
 * (a case, the rules, the reference lists, the timeline's page) the app reads through Prisma's
 * query API, and the raw side sends reference statements of its own: one statement each, fetching
 * what the page or the API shows, written as a hand-written implementation over these tables would
 * write it. They copy no app code, so they need not change when the app's reads do.
 *
 * The raw side sends every statement the plain way, `pool.query(text, values)`, and reads the
 * reference data on every request, as such an implementation would. The app holds the vocabulary,
 * the rules and the filter options in memory between writes (decision 020), and its ratio
 * includes that.
 */
import type pg from "pg";
import { defaultSort, emptyCaseListQuery, PAGE_SIZE } from "@/lib/core/case-list-query";
import { TIMELINE_PAGE_SIZE } from "@/lib/core/milestone-filters";
import type { Prisma } from "@/lib/generated/prisma/client";
import { caseListStatements } from "@/lib/server/queries/case-list";
import { countCasesByCell } from "@/lib/server/queries/coverage";

type Row = Record<string, unknown>;

async function rows<T = Row>(pool: pg.Pool, text: string, values: unknown[] = []): Promise<T[]> {
  return (await pool.query(text, values)).rows as T[];
}

const col = <T>(list: Row[], name: string) => list.map((r) => r[name] as T);

// ---------------------------------------------------------------------------------------------
// Reference data, read by several endpoints.

/** Six reference lists in one statement, each ordered as `order` says. */
function referenceLists(pool: pg.Pool, order: string) {
  const list = (table: string, fields: string) =>
    `(SELECT coalesce(json_agg(json_build_object(${fields}) ORDER BY ${order}), '[]') FROM "${table}")`;
  const named = `'slug', slug, 'name', name`;
  return rows(
    pool,
    `SELECT ${list("Forum", `${named}, 'shortName', "shortName"`)} AS forums, ${list("Situation", named)} AS situations,
            ${list("CrimeCategory", named)} AS crimes, ${list("ModeOfLiability", named)} AS modes,
            ${list("AccusedKind", named)} AS kinds, ${list("ResponsibilityLevel", named)} AS levels`,
  );
}

/** lib/server/queries/case-list.ts getCaseListOptions: six lists in one statement. */
const caseListOptions = (pool: pg.Pool) => referenceLists(pool, `"sortOrder", name`);

/** lib/server/jurisdiction.ts loadVocabulary: six lists in one statement. */
async function vocabulary(pool: pg.Pool): Promise<{ forums: unknown[] }> {
  const [lists] = await referenceLists(pool, `"sortOrder"`);
  return { forums: lists!.forums as unknown[] };
}

/** lib/server/jurisdiction.ts queryRules (held by loadReference): the live rules with their scope, provision and source, in one statement. */
async function rules(pool: pg.Pool): Promise<Row[]> {
  const scope = (table: string, join: string, own: "A" | "B") =>
    `(SELECT coalesce(json_agg(x.slug), '[]') FROM "${table}" x JOIN "${join}" t ON t."${own === "A" ? "B" : "A"}" = x.id WHERE t."${own}" = r.id)`;
  return rows(
    pool,
    `SELECT r.id, r.slug, r.effect::text, r.summary, r.condition, r."validFrom", r."validFromPrecision"::text, r."validTo", r."validToPrecision"::text,
            r."sourceLocator", f.slug AS forum, s.slug AS situation,
            ${scope("CrimeCategory", "_CrimeCategoryToJurisdictionRule", "B")} AS crimes,
            ${scope("AccusedKind", "_AccusedKindToJurisdictionRule", "B")} AS kinds,
            ${scope("ResponsibilityLevel", "_JurisdictionRuleToResponsibilityLevel", "A")} AS levels,
            ${scope("ModeOfLiability", "_JurisdictionRuleToModeOfLiability", "A")} AS modes,
            json_build_object('slug', o.slug, 'title', o.title) AS "openedBy", json_build_object('slug', cl.slug, 'title', cl.title) AS "closedBy",
            p.slug AS provision, p.number, p.heading, i."shortTitle", so.slug AS source, so.title AS "sourceTitle", so.url
       FROM "JurisdictionRule" r
       JOIN "Forum" f ON f.id = r."forumId"
       LEFT JOIN "Situation" s ON s.id = r."situationId"
       LEFT JOIN "Milestone" o ON o.id = r."openedById"
       LEFT JOIN "Milestone" cl ON cl.id = r."closedById"
       JOIN "Provision" p ON p.id = r."provisionId"
       JOIN "Instrument" i ON i.id = p."instrumentId"
       JOIN "Source" so ON so.id = r."sourceId"
      WHERE r."deletedAt" IS NULL
      ORDER BY r.slug ASC`,
  );
}

// ---------------------------------------------------------------------------------------------
// The case list.

export type CaseListAsk = { forum: string; crime: string; q: string };
export type CaseListRaw = { total: number; matching: number; slugs: string[]; titles: string[] };

const sent = <T = Row>(pool: pg.Pool, statement: Prisma.Sql) => rows<T>(pool, statement.text, statement.values as unknown[]);

/**
 * GET /api/v1/cases?forum=&crime=&q= and the /cases page, for a visitor (app/api/v1/cases/list-handler.ts,
 * lib/server/queries/case-list.ts listCases): the options; then the counts and the page, in
 * parallel; then the page's accused and crimes, in parallel. The statements are the app's own
 * (caseListStatements), so the two sides cannot drift apart.
 */
export async function caseList(pool: pg.Pool, ask: CaseListAsk): Promise<CaseListRaw> {
  await caseListOptions(pool);
  const query = { ...emptyCaseListQuery(), forum: [ask.forum], crime: [ask.crime], q: ask.q, sort: defaultSort(ask.q) };
  const statements = caseListStatements(query, { signedIn: false });
  const [counts, page] = await Promise.all([
    sent<{ facet: string; count: number }>(pool, statements.counts),
    sent<{ id: string; slug: string; title: string }>(pool, statements.page),
  ]);
  const shown = page.slice(0, PAGE_SIZE);
  if (shown.length > 0) {
    const details = statements.details(shown.map((r) => r.id));
    await Promise.all([sent(pool, details.accused), sent(pool, details.crimes)]);
  }
  const count = (facet: string) => Number(counts.find((r) => r.facet === facet)?.count ?? 0);
  return { total: count("total"), matching: count("matching"), slugs: col(shown, "slug"), titles: col(shown, "title") };
}

// ---------------------------------------------------------------------------------------------
// The coverage matrix and the jurisdiction answer.

export type CoverageAsk = { situation: string; mode: string };
export type CoverageRaw = { forums: number; caseCounts: Map<string, number> };

/** lib/server/queries/coverage.ts countCasesByCell: the app's own statement (a sum over "CoverageTally"), sent through pg. */
function casesByCell(pool: pg.Pool, ask: CoverageAsk): Promise<Map<string, number>> {
  const client = { $queryRaw: <T>(statement: Prisma.Sql) => sent(pool, statement) as Promise<T> };
  return countCasesByCell(ask, client as Parameters<typeof countCasesByCell>[1]);
}

/**
 * GET /api/v1/coverage?situation=&mode=&asOf= and the /coverage page (lib/server/coverage.ts
 * readCoverage): the vocabulary; then the rules and the counts per cell, in parallel.
 */
export async function coverageMatrix(pool: pg.Pool, ask: CoverageAsk): Promise<CoverageRaw> {
  const { forums } = await vocabulary(pool);
  const [, caseCounts] = await Promise.all([rules(pool), casesByCell(pool, ask)]);
  return { forums: forums.length, caseCounts };
}

/** GET /api/v1/jurisdiction?… (lib/server/jurisdiction.ts readJurisdiction): the vocabulary, then the rules. */
export async function jurisdictionAnswer(pool: pg.Pool): Promise<{ forums: number; rules: number }> {
  const { forums } = await vocabulary(pool);
  const list = await rules(pool);
  return { forums: forums.length, rules: list.length };
}

// ---------------------------------------------------------------------------------------------
// A case.

// A cited source, as JSON (alias so).
const SOURCE_JSON = `CASE WHEN so.id IS NULL THEN NULL ELSE json_build_object('slug', so.slug, 'kind', so.kind, 'title', so.title, 'publisher', so.publisher,
  'authors', so.authors, 'url', so.url, 'publishedOn', so."publishedOn", 'publishedOnPrecision', so."publishedOnPrecision") END`;

/**
 * The reference read of a case: the case with its forum, situation, accused, charges, stages,
 * sources and live milestones, in one statement, each set as a JSON array. `which` picks the case.
 */
function caseStatement(which: string): string {
  return `
    SELECT c.id, c.slug, c.version, c.reference, c.title, c.summary, c.stage::text, c."stageOn", c."stagePrecision"::text,
           c."openedOn", c."openedPrecision"::text, c."inAbsentia", c."isSynthetic", c."deletedAt", c."createdAt", c."updatedAt",
           json_build_object('slug', f.slug, 'name', f.name, 'shortName', f."shortName") AS forum,
           json_build_object('slug', s.slug, 'name', s.name) AS situation,
           (SELECT coalesce(json_agg(json_build_object('slug', a.slug, 'name', a.name, 'nameOriginal', a."nameOriginal", 'rank', a.rank,
                     'description', a.description, 'isSynthetic', a."isSynthetic", 'deletedAt', a."deletedAt",
                     'kind', json_build_object('slug', k.slug, 'name', k.name),
                     'level', CASE WHEN l.id IS NULL THEN NULL ELSE json_build_object('slug', l.slug, 'name', l.name) END)), '[]')
              FROM "CaseAccused" ca JOIN "Accused" a ON a.id = ca."accusedId" JOIN "AccusedKind" k ON k.id = a."kindId"
              LEFT JOIN "ResponsibilityLevel" l ON l.id = a."levelId"
             WHERE ca."caseId" = c.id) AS accused,
           (SELECT coalesce(json_agg(json_build_object('id', ch.id,
                     'accused', CASE WHEN ac.id IS NULL THEN NULL ELSE json_build_object('slug', ac.slug, 'name', ac.name) END,
                     'crime', json_build_object('slug', cc.slug, 'name', cc.name), 'mode', json_build_object('slug', m.slug, 'name', m.name),
                     'provisionCited', ch."provisionCited", 'provision', p.slug, 'description', ch.description,
                     'knowledgeStandard', ch."knowledgeStandard", 'failedDuties', ch."failedDuties") ORDER BY ch."createdAt", ch.id), '[]')
              FROM "Charge" ch LEFT JOIN "Accused" ac ON ac.id = ch."accusedId" JOIN "CrimeCategory" cc ON cc.id = ch."crimeId"
              JOIN "ModeOfLiability" m ON m.id = ch."modeId" LEFT JOIN "Provision" p ON p.id = ch."provisionId"
             WHERE ch."caseId" = c.id) AS charges,
           (SELECT coalesce(json_agg(json_build_object('id', st.id, 'stage', st.stage, 'occurredOn', st."occurredOn", 'precision', st.precision,
                     'inAbsentia', st."inAbsentia", 'note', st.note, 'sourceLocator', st."sourceLocator", 'source', ${SOURCE_JSON},
                     'recordedBy', u.name, 'createdAt', st."createdAt") ORDER BY st."createdAt", st.id), '[]')
              FROM "StageChange" st LEFT JOIN "Source" so ON so.id = st."sourceId" LEFT JOIN "User" u ON u.id = st."recordedById"
             WHERE st."caseId" = c.id) AS stages,
           (SELECT coalesce(json_agg(json_build_object('locator', cs.locator, 'source', ${SOURCE_JSON}) ORDER BY so.title), '[]')
              FROM "CaseSource" cs JOIN "Source" so ON so.id = cs."sourceId" WHERE cs."caseId" = c.id) AS sources,
           -- The database's link table between cases and milestones, as a hand-written implementation reads it.
           (SELECT coalesce(json_agg(json_build_object('slug', mi.slug, 'title', mi.title, 'occurredOn', mi."occurredOn", 'precision', mi.precision)
                     ORDER BY mi."occurredOn"), '[]')
              FROM "_CaseToMilestone" t JOIN "Milestone" mi ON mi.id = t."B"
             WHERE t."A" = c.id AND mi."deletedAt" IS NULL) AS milestones
      FROM "Case" c JOIN "Forum" f ON f.id = c."forumId" JOIN "Situation" s ON s.id = c."situationId"
     WHERE ${which}
     LIMIT 1`;
}

export type CaseRaw = { slug: string; title: string; accused: number; charges: number; stages: number };

function caseRaw(c: Row): CaseRaw {
  const accused = c.accused as { deletedAt: string | null }[];
  return {
    slug: c.slug as string,
    title: c.title as string,
    accused: accused.filter((a) => a.deletedAt === null).length,
    charges: (c.charges as unknown[]).length,
    stages: (c.stages as unknown[]).length,
  };
}

/** GET /api/v1/cases/{slug} (lib/server/cases/get-case.ts): the reference read of a case. */
export async function caseRecord(pool: pg.Pool, slug: string): Promise<CaseRaw | null> {
  const [c] = await rows(pool, caseStatement(`(c.id = $1 OR c.slug = $1)`), [slug]);
  return !c || c.deletedAt ? null : caseRaw(c);
}

/**
 * The /cases/{slug} page for a visitor (lib/server/queries/case-page.ts getCasePage, then
 * app/cases/[slug]/CaseAnnotations.tsx: the number of notes).
 */
export async function casePageView(pool: pg.Pool, slug: string): Promise<CaseRaw | null> {
  const [c] = await rows(pool, caseStatement(`c.slug = $1`), [slug]);
  if (!c || c.deletedAt) return null;
  await rows(pool, `SELECT count(*) FROM "Annotation" WHERE "caseId" = $1 AND "deletedAt" IS NULL`, [c.id]);
  return caseRaw(c);
}

// ---------------------------------------------------------------------------------------------
// The milestone timeline.

export type MilestoneAsk = { track?: string; forum?: string };
export type MilestoneRaw = { total: number; matching: number; slugs: string[]; titles: string[] };

/**
 * The timeline's first page (lib/server/queries/milestones.ts timelineRows): the milestones with
 * their track, type, situation, forums and sources, in one reference statement.
 */
async function timelinePage(pool: pg.Pool, ask: MilestoneAsk): Promise<Row[]> {
  const where = [`m."deletedAt" IS NULL`];
  const values: unknown[] = [];
  if (ask.track) where.push(`m."trackId" = (SELECT id FROM "MilestoneTrack" WHERE slug = $${values.push(ask.track)})`);
  if (ask.forum) {
    where.push(`EXISTS (SELECT 1 FROM "_ForumToMilestone" t JOIN "Forum" f ON f.id = t."A" WHERE f.slug = $${values.push(ask.forum)} AND t."B" = m.id)`);
  }
  values.push(TIMELINE_PAGE_SIZE + 1);
  const list = await rows(
    pool,
    `SELECT m.id, m.slug, m.title, m.description, m."whatChanged", m."occurredOn", m.precision::text, m."isSynthetic",
            json_build_object('slug', tr.slug, 'name', tr.name) AS track, json_build_object('slug', ty.slug, 'name', ty.name) AS type,
            CASE WHEN si.id IS NULL THEN NULL ELSE json_build_object('slug', si.slug, 'name', si.name) END AS situation,
            (SELECT coalesce(json_agg(json_build_object('slug', f.slug, 'name', f.name, 'shortName', f."shortName") ORDER BY f."sortOrder"), '[]')
               FROM "_ForumToMilestone" t JOIN "Forum" f ON f.id = t."A" WHERE t."B" = m.id) AS forums,
            (SELECT coalesce(json_agg(json_build_object('locator', ms.locator, 'source', ${SOURCE_JSON}) ORDER BY ms."sortOrder"), '[]')
               FROM "MilestoneSource" ms JOIN "Source" so ON so.id = ms."sourceId" WHERE ms."milestoneId" = m.id) AS sources
       FROM "Milestone" m
       JOIN "MilestoneTrack" tr ON tr.id = m."trackId" JOIN "MilestoneType" ty ON ty.id = m."typeId"
       LEFT JOIN "Situation" si ON si.id = m."situationId"
      WHERE ${where.join(" AND ")}
      ORDER BY m."occurredOn" DESC, m.title ASC, m.id ASC
      LIMIT $${values.length}`,
    values,
  );
  return list.slice(0, TIMELINE_PAGE_SIZE);
}

/** milestones.ts listMilestones' counts per year, track and status (filterSql; no cursor on the first page: earlier is FALSE). */
function timelineCounts(pool: pg.Pool, ask: MilestoneAsk) {
  const filters: string[] = [];
  const values: unknown[] = [];
  const filter = () => {
    const parts: string[] = [];
    if (ask.track) parts.push(`m."trackId" IN (SELECT id FROM "MilestoneTrack" WHERE slug = $${values.push(ask.track)})`);
    if (ask.forum) parts.push(`m.id IN (SELECT fm."B" FROM "_ForumToMilestone" fm JOIN "Forum" f ON f.id = fm."A" WHERE f.slug = $${values.push(ask.forum)})`);
    return parts.length > 0 ? parts.join(" AND ") : "TRUE";
  };
  filters.push(filter(), filter());
  return rows<{ all: number; matching: number }>(
    pool,
    `SELECT date_part('year', m."occurredOn")::int AS year, t.slug AS track, m.status::text AS status, count(*)::int AS "all",
            (count(*) FILTER (WHERE ${filters[0]}))::int AS matching,
            (count(*) FILTER (WHERE ${filters[1]} AND FALSE))::int AS earlier
       FROM "Milestone" m JOIN "MilestoneTrack" t ON t.id = m."trackId"
      WHERE m."deletedAt" IS NULL GROUP BY 1, 2, 3`,
    values,
  );
}

/**
 * GET /api/v1/milestones?… and the /milestones page, first page (app/api/v1/milestones/route.ts):
 * the filter options (one statement), then the page and the counts, in parallel.
 */
export async function milestoneTimeline(pool: pg.Pool, ask: MilestoneAsk): Promise<MilestoneRaw> {
  const list = (table: string) => `(SELECT coalesce(json_agg(json_build_object('slug', slug, 'name', name) ORDER BY "sortOrder", name), '[]') FROM "${table}")`;
  await rows(
    pool,
    `SELECT ${list("MilestoneTrack")} AS tracks, ${list("MilestoneType")} AS types, ${list("Forum")} AS forums,
            (SELECT coalesce(json_agg(year ORDER BY year DESC), '[]')
               FROM (SELECT DISTINCT date_part('year', "occurredOn")::int AS year FROM "Milestone" WHERE "deletedAt" IS NULL) y) AS years`,
  );
  const [page, counts] = await Promise.all([timelinePage(pool, ask), timelineCounts(pool, ask)]);
  const sum = (key: "all" | "matching") => counts.reduce((n, r) => n + Number(r[key]), 0);
  return { total: sum("all"), matching: sum("matching"), slugs: col(page, "slug"), titles: col(page, "title") };
}
