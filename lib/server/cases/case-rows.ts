import "server-only";
import type { KnowledgeStandard, FailedDuty, CaseStage, DatePrecision } from "@/lib/generated/prisma/enums";
import { fromIsoDate } from "@/lib/core/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SqlReader } from "@/lib/server/db";
import type { CaseRow } from "./shared";


/**
 * Cases with everything `caseInclude` reads (lib/server/cases/shared.ts), in one SQL statement
 * each, in exactly the shape Prisma returns (`CaseRow`). Prisma 6's query compiler spent some 5 ms
 * of CPU on each nested read of a case (decision 016); the use cases and the API read cases often.
 */
export async function caseRowsWhere(client: SqlReader, where: Prisma.Sql): Promise<CaseRow[]> {
  const rows = await client.$queryRaw<CaseJson[]>(Prisma.sql`
    SELECT json_build_object(
             'id', c.id, 'slug', c.slug, 'externalId', c."externalId", 'reference', c.reference, 'title', c.title, 'summary', c.summary,
             'forumId', c."forumId", 'situationId', c."situationId", 'stage', c.stage, 'stageOn', c."stageOn", 'stagePrecision', c."stagePrecision",
             'openedOn', c."openedOn", 'openedPrecision', c."openedPrecision", 'inAbsentia', c."inAbsentia", 'isSynthetic', c."isSynthetic",
             'version', c.version, 'deletedAt', ${epochMs(Prisma.sql`c."deletedAt"`)}, 'createdAt', ${epochMs(Prisma.sql`c."createdAt"`)},
             'updatedAt', ${epochMs(Prisma.sql`c."updatedAt"`)},
             'forum', json_build_object('id', f.id, 'slug', f.slug, 'name', f.name, 'shortName', f."shortName"),
             'situation', json_build_object('slug', s.slug, 'name', s.name),
             'accused', (SELECT coalesce(json_agg(json_build_object('accused', json_build_object(
                           'id', a.id, 'slug', a.slug, 'name', a.name, 'nameOriginal', a."nameOriginal", 'rank', a.rank, 'description', a.description,
                           'isSynthetic', a."isSynthetic", 'deletedAt', ${epochMs(Prisma.sql`a."deletedAt"`)},
                           'kind', json_build_object('slug', k.slug, 'name', k.name),
                           'level', CASE WHEN l.id IS NULL THEN NULL ELSE json_build_object('slug', l.slug, 'name', l.name) END)) ORDER BY a.id), '[]')
                           FROM "CaseAccused" ca JOIN "Accused" a ON a.id = ca."accusedId" JOIN "AccusedKind" k ON k.id = a."kindId"
                           LEFT JOIN "ResponsibilityLevel" l ON l.id = a."levelId"
                          WHERE ca."caseId" = c.id),
             'charges', (SELECT coalesce(json_agg(json_build_object(
                           'id', ch.id, 'accusedId', ch."accusedId",
                           'accused', CASE WHEN ac.id IS NULL THEN NULL ELSE json_build_object('slug', ac.slug, 'name', ac.name) END,
                           'crime', json_build_object('slug', cc.slug, 'name', cc.name), 'mode', json_build_object('slug', m.slug, 'name', m.name),
                           'provision', CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('slug', p.slug) END,
                           'provisionCited', ch."provisionCited", 'description', ch.description,
                           'knowledgeStandard', ch."knowledgeStandard",
                           -- Prisma reads a NULL list as an empty one.
                           'failedDuties', coalesce(ch."failedDuties", '{}')) ORDER BY ch."createdAt", ch.id), '[]')
                           FROM "Charge" ch LEFT JOIN "Accused" ac ON ac.id = ch."accusedId" JOIN "CrimeCategory" cc ON cc.id = ch."crimeId"
                           JOIN "ModeOfLiability" m ON m.id = ch."modeId" LEFT JOIN "Provision" p ON p.id = ch."provisionId"
                          WHERE ch."caseId" = c.id),
             'stages', (SELECT coalesce(json_agg(json_build_object(
                           'id', st.id, 'stage', st.stage, 'occurredOn', st."occurredOn", 'precision', st.precision, 'inAbsentia', st."inAbsentia",
                           'note', st.note, 'sourceLocator', st."sourceLocator",
                           'source', CASE WHEN so.id IS NULL THEN NULL ELSE ${SOURCE_REF} END,
                           'recordedBy', CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('name', u.name) END,
                           'createdAt', ${epochMs(Prisma.sql`st."createdAt"`)}) ORDER BY st."createdAt", st.id), '[]')
                           FROM "StageChange" st LEFT JOIN "Source" so ON so.id = st."sourceId" LEFT JOIN "User" u ON u.id = st."recordedById"
                          WHERE st."caseId" = c.id),
             'sources', (SELECT coalesce(json_agg(json_build_object('locator', cs.locator, 'source', ${SOURCE_REF}) ORDER BY so.title, so.id), '[]')
                           FROM "CaseSource" cs JOIN "Source" so ON so.id = cs."sourceId" WHERE cs."caseId" = c.id),
             'milestones', (SELECT coalesce(json_agg(json_build_object('slug', mi.slug, 'title', mi.title,
                              'deletedAt', ${epochMs(Prisma.sql`mi."deletedAt"`)}) ORDER BY mi."occurredOn", mi.id), '[]')
                           FROM "_CaseToMilestone" t JOIN "Milestone" mi ON mi.id = t."B" WHERE t."A" = c.id)
           ) AS row
      FROM "Case" c JOIN "Forum" f ON f.id = c."forumId" JOIN "Situation" s ON s.id = c."situationId"
     WHERE ${where}`);
  return rows.map(({ row }) => toCaseRow(row));
}

// Timestamps as milliseconds: Prisma reads "timestamp without time zone" as UTC, and so does Date(ms).
const epochMs = (column: Prisma.Sql) => Prisma.sql`(extract(epoch FROM ${column}) * 1000)::bigint`;
// caseInclude's sourceRef, as JSON; `so` is the source's alias.
const SOURCE_REF = Prisma.sql`json_build_object('id', so.id, 'slug', so.slug, 'title', so.title, 'url', so.url, 'publisher', so.publisher)`;

type Ms = number | string | null;
type CaseJson = {
  row: Omit<CaseRow, "stageOn" | "openedOn" | "deletedAt" | "createdAt" | "updatedAt" | "accused" | "stages" | "milestones"> & {
    stageOn: string;
    openedOn: string;
    deletedAt: Ms;
    createdAt: Ms;
    updatedAt: Ms;
    accused: { accused: Omit<CaseRow["accused"][number]["accused"], "deletedAt"> & { deletedAt: Ms } }[];
    stages: (Omit<CaseRow["stages"][number], "occurredOn" | "createdAt"> & { occurredOn: string; createdAt: Ms })[];
    milestones: { slug: string; title: string; deletedAt: Ms }[];
  };
};

function instant(ms: Ms): Date | null {
  return ms === null ? null : new Date(Number(ms));
}

function toCaseRow(c: CaseJson["row"]): CaseRow {
  return {
    ...c,
    stage: c.stage as CaseStage,
    stagePrecision: c.stagePrecision as DatePrecision,
    openedPrecision: c.openedPrecision as DatePrecision,
    stageOn: fromIsoDate(c.stageOn),
    openedOn: fromIsoDate(c.openedOn),
    deletedAt: instant(c.deletedAt),
    createdAt: instant(c.createdAt)!,
    updatedAt: instant(c.updatedAt)!,
    accused: c.accused.map(({ accused }) => ({ accused: { ...accused, deletedAt: instant(accused.deletedAt) } })),
    charges: c.charges.map((ch) => ({
      ...ch,
      knowledgeStandard: ch.knowledgeStandard as KnowledgeStandard | null,
      failedDuties: ch.failedDuties as FailedDuty[],
    })),
    stages: c.stages.map((s) => ({ ...s, occurredOn: fromIsoDate(s.occurredOn), createdAt: instant(s.createdAt)! })),
    milestones: c.milestones.map((m) => ({ ...m, deletedAt: instant(m.deletedAt) })),
  };
}
