import "server-only";
import { caseCountKey } from "@/lib/core/matrix";
import { LEGAL_PERSON } from "@/lib/core/profile-query";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

export type CaseCountFilters = { situation: string; mode?: string };

type CountRow = { forum: string; crime: string; accused: string; level: string; cases: number };

/**
 * Tracked cases per matrix cell: distinct non-deleted cases per (forum, crime, kind of accused,
 * level), keyed by caseCountKey, for one situation and (when given) one mode of liability.
 *
 * A case sits in a cell when one of its charges is for that crime (in that mode) against an accused
 * of that kind and level: the charge's own accused, or, for a charge that names none, each accused
 * of the case. A case with several charges can so count in several cells, once in each. A legal
 * person has no level ("-"); a natural person whose level is not recorded fits no cell.
 *
 * Read from "CoverageTally", which database triggers keep equal to that count whatever writes the
 * cases (docs/decisions/016-counts-at-scale.md): a few hundred rows to add up instead of every
 * charge of 200,000 cases. `client` is for tests, which use their own database.
 */
export async function countCasesByCell(filters: CaseCountFilters, client: Pick<typeof db, "$queryRaw"> = db): Promise<Map<string, number>> {
  const mode =
    filters.mode === undefined
      ? Prisma.sql`t."modeId" IS NULL`
      : Prisma.sql`t."modeId" = (SELECT id FROM "ModeOfLiability" WHERE slug = ${filters.mode})`;
  const rows = await client.$queryRaw<CountRow[]>(Prisma.sql`
    SELECT f.slug AS forum,
           cc.slug AS crime,
           ak.slug AS accused,
           CASE WHEN ak.slug = ${LEGAL_PERSON} THEN '-' ELSE COALESCE(rl.slug, '-') END AS level,
           sum(t.cases)::int AS cases
      FROM "CoverageTally" t
      JOIN "Forum" f ON f.id = t."forumId"
      JOIN "CrimeCategory" cc ON cc.id = t."crimeId"
      JOIN "AccusedKind" ak ON ak.id = t."kindId"
      LEFT JOIN "ResponsibilityLevel" rl ON rl.id = t."levelId"
     WHERE t."situationId" = (SELECT id FROM "Situation" WHERE slug = ${filters.situation})
       AND ${mode}
     GROUP BY 1, 2, 3, 4
    HAVING sum(t.cases) <> 0`);
  const counts = new Map<string, number>();
  for (const row of rows) {
    const level = row.level === "-" ? null : row.level;
    counts.set(caseCountKey(row.forum, { crime: row.crime, accused: row.accused, level }), Number(row.cases));
  }
  return counts;
}
