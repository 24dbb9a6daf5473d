import "server-only";
import type { PartialDate, Precision } from "@/lib/core/dates";
import { mergeUpdates, UPDATES_PAGE_LIMIT, type Assessment, type CaseRef, type FollowRef, type UpdateItem, type UpdateRow } from "@/lib/core/updates";
import type { Locale } from "@/lib/core/locales";
import { forumIn, type Namer } from "@/lib/core/names-in";
import { referenceNamesIn } from "../reference-names";
import type { CaseStage } from "@/lib/core/views";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";
import { readUserTranslations } from "../translations";
import type { UserTranslations } from "@/lib/core/user-translations";
import { feedWords } from "@/lib/web/atom";
import { readSavedSearches } from "../follows/saved-search";
import { followSelect, toFollowRef, toRecord, type FollowRecord } from "../follows/follow-record";

/**
 * What changed for a user since a moment (docs/decisions/011-following.md):
 *   - milestones recorded after it, not deleted, linked to a followed forum, or to a followed
 *     case, a case before a followed forum, or a case matching a saved search;
 *   - stage changes recorded after it, of those cases;
 *   - notes on those cases written or edited after it by someone else, not deleted.
 * Deleted cases contribute nothing. One query reads the follows, then one query per kind of item
 * (each with the same "followed cases" CTE, each cut at `limit`), merged in lib/core/updates.ts.
 */

/** "YYYY-MM-DDTHH:MM:SS.mmmZ" from a timestamp column (Prisma stores UTC in `timestamp(3)`). */
const iso = (column: Prisma.Sql) => Prisma.sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const day = (column: Prisma.Sql) => Prisma.sql`to_char(${column}, 'YYYY-MM-DD')`;

type CaseColumns = { caseId: string; caseSlug: string; caseTitle: string; caseLang: string; caseReference: string | null; caseIsSynthetic: boolean; forumSlug: string; forumShortName: string };
const caseColumns = Prisma.sql`c.id AS "caseId", c.slug AS "caseSlug", c.title AS "caseTitle", c.lang AS "caseLang", c.reference AS "caseReference", c."isSynthetic" AS "caseIsSynthetic", fo.slug AS "forumSlug", fo."shortName" AS "forumShortName"`;
/** A title in the reader's language (decision 042): the record's own, its translation, else as written with its language named. */
type TitleIn = (title: string, lang: string, translated: string | null | undefined) => string;
/** The case, titled and its forum named in the reader's language (decisions 039, 042). */
const caseRef = (words: Namer, titleIn: TitleIn, caseTitles: Map<string, UserTranslations>, locale: Locale, r: CaseColumns): CaseRef => ({
  slug: r.caseSlug,
  title: titleIn(r.caseTitle, r.caseLang, caseTitles.get(r.caseId)?.[locale]?.title),
  reference: r.caseReference,
  isSynthetic: r.caseIsSynthetic,
  forumShortName: words("forumShort", r.forumSlug, r.forumShortName),
});
const partial = (date: string, precision: string): PartialDate => ({ date, precision: precision as Precision });

type Base = { id: string; recordedAt: string; recordedBy: string | null; followIds: string[] };
type MilestoneSqlRow = Base & { slug: string; title: string; lang: string; translatedTitle: string | null; occurredOn: string; precision: string; isSynthetic: boolean; forums: string[]; forumSlugs: string[] };
type StageSqlRow = Base & CaseColumns & { stage: string; previousStage: string | null; occurredOn: string; precision: string; inAbsentia: boolean };
type AnnotationSqlRow = Base & CaseColumns & { assessment: string; verified: boolean; body: string; version: number; added: boolean };

export type UpdatesResult = {
  items: UpdateItem[];
  /** True when there were more than `limit` items: the oldest are not listed. */
  truncated: boolean;
  follows: FollowRecord[];
  /** Saved searches the case list no longer accepts (they match nothing until replaced). */
  unusableSearchIds: string[];
  /** Each saved search's filters in words, by follow id ("Crime: War crimes · Forum: …"). */
  searchDescriptions: Record<string, string>;
};

/** The updates of one user recorded after `since`, newest first, at most `limit`. */
export async function listUpdates({ userId, since, limit = UPDATES_PAGE_LIMIT, locale = "en" }: { userId: string; since: Date; limit?: number; locale?: Locale }): Promise<UpdatesResult> {
  const followRows = await db.follow.findMany({ where: { userId }, orderBy: [{ target: "asc" }, { createdAt: "asc" }, { id: "asc" }], select: followSelect });
  const { words } = await referenceNamesIn(locale);
  const note = feedWords(locale);
  const titleIn: TitleIn = (title, lang, translated) => (lang === locale ? title : (translated ?? `${title} (${note("inLanguage", { language: lang })})`));
  // A followed case is titled in the reader's language, in the list of follows and in the reasons.
  const followedCaseTitles = await readUserTranslations(db, "Case", followRows.flatMap((f) => (f.case ? [f.case.id] : [])));
  const caseTitleOf = (c: { id: string; title: string; lang: string }) => titleIn(c.title, c.lang, followedCaseTitles.get(c.id)?.[locale]?.title);
  const follows = followRows.map((f) => {
    const record = toRecord(f);
    return f.case && record.case ? { ...record, case: { ...record.case, title: caseTitleOf(f.case) } } : record;
  });
  // A followed forum is named in the reader's language in the reasons ("You follow МКС").
  const refs = followRows
    .map((f) => {
      const ref = toFollowRef(f);
      return ref?.target === "CASE" && f.case ? { ...ref, case: { ...ref.case, title: caseTitleOf(f.case) } } : ref;
    })
    .filter((f): f is FollowRef => f !== null)
    .map((f) => (f.target === "FORUM" ? { ...f, forum: forumIn(words, f.forum) } : f));
  if (followRows.length === 0) return { items: [], truncated: false, follows, unusableSearchIds: [], searchDescriptions: {} };

  const searchRows = followRows.filter((f) => f.target === "SEARCH");
  const read = await readSavedSearches(searchRows.map((f) => f.query ?? ""), locale);
  const searches = searchRows.map((f, i) => ({ id: f.id, where: read[i]?.where ?? null }));
  const searchDescriptions = Object.fromEntries(searchRows.flatMap((f, i) => (read[i] ? [[f.id, read[i].description]] : [])));
  const unusableSearchIds = searches.filter((s) => s.where === null).map((s) => s.id);
  const searchBranches = searches
    .filter((s): s is { id: string; where: Prisma.Sql } => s.where !== null)
    .map((s) => Prisma.sql`UNION ALL SELECT ${s.id}::text, c.id FROM "Case" c WHERE c."deletedAt" IS NULL AND (${s.where})`);

  // The user's follows, and every (follow, case) pair they cover: followed cases, cases before a
  // followed forum, cases matching a saved search. Deleted cases are left out here, once.
  const followed = Prisma.sql`
    WITH user_follows AS (
      SELECT id, target, "caseId", "forumId" FROM "Follow" WHERE "userId" = ${userId}
    ), followed_cases AS (
      SELECT f.id AS follow_id, c.id AS case_id
        FROM user_follows f JOIN "Case" c ON c.id = f."caseId"
       WHERE f.target = 'CASE' AND c."deletedAt" IS NULL
      UNION ALL
      SELECT f.id, c.id
        FROM user_follows f JOIN "Case" c ON c."forumId" = f."forumId"
       WHERE f.target = 'FORUM' AND c."deletedAt" IS NULL
      ${searchBranches.length > 0 ? Prisma.join(searchBranches, " ") : Prisma.empty}
    )`;
  const after = Prisma.sql`(${since.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

  const [milestones, stages, annotations] = await Promise.all([
    db.$queryRaw<MilestoneSqlRow[]>(Prisma.sql`
      ${followed}, matches AS (
        SELECT fm."B" AS milestone_id, f.id AS follow_id
          FROM "_ForumToMilestone" fm JOIN user_follows f ON f.target = 'FORUM' AND f."forumId" = fm."A"
        UNION
        SELECT cm."B", fc.follow_id
          FROM "_CaseToMilestone" cm JOIN followed_cases fc ON fc.case_id = cm."A"
      )
      SELECT m.id, m.slug, m.title, m.lang,
             (SELECT t.text FROM "Translation" t
               WHERE t."entityType" = 'Milestone' AND t."entityId" = m.id AND t.field = 'title' AND t.locale = ${locale}
                 AND t.state <> 'MISSING' AND t.text <> '') AS "translatedTitle",
             ${day(Prisma.sql`m."occurredOn"`)} AS "occurredOn", m.precision::text AS precision, m."isSynthetic",
             ${iso(Prisma.sql`m."createdAt"`)} AS "recordedAt", u.name AS "recordedBy",
             array_agg(DISTINCT mm.follow_id) AS "followIds",
             ARRAY(SELECT fo."shortName" FROM "_ForumToMilestone" x JOIN "Forum" fo ON fo.id = x."A"
                    WHERE x."B" = m.id ORDER BY fo."sortOrder", fo."shortName") AS forums,
             ARRAY(SELECT fo.slug FROM "_ForumToMilestone" x JOIN "Forum" fo ON fo.id = x."A"
                    WHERE x."B" = m.id ORDER BY fo."sortOrder", fo."shortName") AS "forumSlugs"
        FROM "Milestone" m
        JOIN matches mm ON mm.milestone_id = m.id
        LEFT JOIN "User" u ON u.id = m."createdById"
       WHERE m."deletedAt" IS NULL AND m."createdAt" > ${after}
       GROUP BY m.id, u.id
       ORDER BY m."createdAt" DESC, m.id
       LIMIT ${limit}`),
    // The stage before this one, by date (then by when it was recorded), says what changed.
    db.$queryRaw<StageSqlRow[]>(Prisma.sql`
      ${followed}
      SELECT s.id, s.stage::text AS stage, ${day(Prisma.sql`s."occurredOn"`)} AS "occurredOn", s.precision::text AS precision, s."inAbsentia",
             ${iso(Prisma.sql`s."createdAt"`)} AS "recordedAt", u.name AS "recordedBy",
             (SELECT p.stage::text FROM "StageChange" p
               WHERE p."caseId" = s."caseId" AND p.id <> s.id AND (p."occurredOn", p."createdAt") < (s."occurredOn", s."createdAt")
               ORDER BY p."occurredOn" DESC, p."createdAt" DESC LIMIT 1) AS "previousStage",
             ${caseColumns},
             array_agg(DISTINCT fc.follow_id) AS "followIds"
        FROM "StageChange" s
        JOIN followed_cases fc ON fc.case_id = s."caseId"
        JOIN "Case" c ON c.id = s."caseId"
        JOIN "Forum" fo ON fo.id = c."forumId"
        LEFT JOIN "User" u ON u.id = s."recordedById"
       WHERE s."createdAt" > ${after}
       GROUP BY s.id, c.id, fo.id, u.id
       ORDER BY s."createdAt" DESC, s.id
       LIMIT ${limit}`),
    // A note counts from its latest version saved by someone else after `since` (the user's own
    // writing is not news to them). The note's creation is a version too (version 1; also taken
    // from the note itself, for notes imported without version rows).
    db.$queryRaw<AnnotationSqlRow[]>(Prisma.sql`
      ${followed}
      SELECT a.id, lv.assessment::text AS assessment, lv.verified, left(lv.body, 2000) AS body,
             lv.version, ${iso(Prisma.sql`lv.at`)} AS "recordedAt", e.name AS "recordedBy",
             (a."authorId" <> ${userId} AND a."createdAt" > ${after}) AS added,
             ${caseColumns},
             array_agg(DISTINCT fc.follow_id) AS "followIds"
        FROM "Annotation" a
        JOIN followed_cases fc ON fc.case_id = a."caseId"
        JOIN "Case" c ON c.id = a."caseId"
        JOIN "Forum" fo ON fo.id = c."forumId"
        JOIN LATERAL (
          -- The text of that version, not the note's current one, which the reader may since have changed.
          SELECT w.version, w.at, w.by, w.body, w.assessment, w.verified FROM (
            SELECT v.version, v."createdAt" AS at, v."editedById" AS by, v.body, v.assessment, v.verified FROM "AnnotationVersion" v WHERE v."annotationId" = a.id
            UNION ALL
            SELECT 1, a."createdAt", a."authorId", a.body, a.assessment, a.verified
              WHERE NOT EXISTS (SELECT 1 FROM "AnnotationVersion" v1 WHERE v1."annotationId" = a.id AND v1.version = 1)
          ) w
          WHERE w.by <> ${userId} AND w.at > ${after}
          ORDER BY w.at DESC, w.version DESC
          LIMIT 1
        ) lv ON true
        LEFT JOIN "User" e ON e.id = lv.by
       WHERE a."deletedAt" IS NULL
       GROUP BY a.id, c.id, fo.id, lv.version, lv.at, lv.body, lv.assessment, lv.verified, e.id
       ORDER BY lv.at DESC, a.id
       LIMIT ${limit}`),
  ]);

  // The cases' titles in the reader's language: one read for every case the items name.
  const caseTitles = await readUserTranslations(db, "Case", [...new Set([...stages, ...annotations].map((r) => r.caseId))]);
  const caseOf = (r: CaseColumns) => caseRef(words, titleIn, caseTitles, locale, r);
  // What every kind of row says the same way: which record, when and by whom, and for which follows.
  const recorded = (r: { id: string; recordedAt: string; recordedBy: string | null; followIds: string[] }) => ({ id: r.id, recordedAt: r.recordedAt, recordedBy: r.recordedBy, followIds: r.followIds });
  const rows: UpdateRow[] = [
    ...milestones.map(
      (r): UpdateRow => ({
        kind: "milestone",
        ...recorded(r),
        milestone: { slug: r.slug, title: titleIn(r.title, r.lang, r.translatedTitle), date: partial(r.occurredOn, r.precision), forums: r.forums.map((name, i) => words("forumShort", r.forumSlugs[i]!, name)), isSynthetic: r.isSynthetic },
      }),
    ),
    ...stages.map(
      (r): UpdateRow => ({
        kind: "stage",
        ...recorded(r),
        case: caseOf(r),
        stage: r.stage as CaseStage,
        previousStage: r.previousStage as CaseStage | null,
        date: partial(r.occurredOn, r.precision),
        inAbsentia: r.inAbsentia,
      }),
    ),
    ...annotations.map(
      (r): UpdateRow => ({
        kind: "annotation",
        ...recorded(r),
        case: caseOf(r),
        change: r.added ? "added" : "edited",
        version: Number(r.version),
        assessment: r.assessment as Assessment,
        verified: r.verified,
        body: r.body,
      }),
    ),
  ];
  const truncated = milestones.length >= limit || stages.length >= limit || annotations.length >= limit || rows.length > limit;
  return { items: mergeUpdates(rows, refs, limit, locale), truncated, follows, unusableSearchIds, searchDescriptions };
}

/**
 * The Updates page's data: the user's mark ("since your last visit", or since joining) and the
 * items after it, their reasons and the saved searches' filters in the page's language.
 */
export async function getUpdatesPage(userId: string, locale: Locale = "en"): Promise<(UpdatesResult & { since: Date; sinceJoined: boolean }) | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { createdAt: true, updatesSeenAt: true } });
  if (!user) return null;
  const since = user.updatesSeenAt ?? user.createdAt;
  return { ...(await listUpdates({ userId, since, locale })), since, sinceJoined: user.updatesSeenAt === null };
}
