import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "../transaction";
import type { UserTranslations } from "@/lib/core/user-translations";
import { readUserTranslations } from "../translations";

/** How the case use cases and the API read a case: with everything it holds, in one joined statement (relationJoins). */

const named = { select: { slug: true, name: true } } as const;

/** An accused's own columns, as every read of an accused selects them (its references are added by each). */
export const accusedColumns = { id: true, slug: true, name: true, nameOriginal: true, rank: true, description: true, isSynthetic: true } as const;
const sourceRef = { select: { id: true, slug: true, title: true, url: true, publisher: true } } as const;

export const caseInclude = {
  forum: { select: { id: true, slug: true, name: true, shortName: true } },
  situation: named,
  // Ordered as the tables' ids, so that a case always reads the same (the record sorts by name).
  accused: {
    orderBy: { accusedId: "asc" },
    select: {
      accused: {
        select: {
          ...accusedColumns,
          deletedAt: true,
          kind: named,
          level: named,
        },
      },
    },
  },
  charges: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      accusedId: true,
      accused: { select: { slug: true, name: true } },
      crime: named,
      mode: named,
      provision: { select: { slug: true } },
      provisionCited: true,
      description: true,
      knowledgeStandard: true,
      failedDuties: true,
    },
  },
  stages: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      stage: true,
      occurredOn: true,
      precision: true,
      inAbsentia: true,
      note: true,
      sourceLocator: true,
      source: sourceRef,
      recordedBy: { select: { name: true } },
      createdAt: true,
    },
  },
  sources: { orderBy: [{ source: { title: "asc" } }, { sourceId: "asc" }], select: { locator: true, source: sourceRef } },
  // Through Prisma's relation, never its implicit join table.
  milestones: { orderBy: [{ occurredOn: "asc" }, { id: "asc" }], select: { slug: true, title: true, deletedAt: true } },
} as const satisfies Prisma.CaseInclude;

/** A case read whole, with its title and summary in other languages (decision 042; absent: none read). */
export type CaseRow = Prisma.CaseGetPayload<{ include: typeof caseInclude }> & { translations?: UserTranslations };

/** A case by its id or slug (its id first, should a slug equal another case's id); deleted ones only when asked for. */
export async function findCase(tx: Tx, idOrSlug: string, { includeDeleted = false } = {}): Promise<CaseRow | null> {
  const rows = await tx.case.findMany({ where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] }, include: caseInclude, take: 2 });
  const row = rows.find((r) => r.id === idOrSlug) ?? rows[0];
  if (!row || (row.deletedAt && !includeDeleted)) return null;
  const translations = (await readUserTranslations(tx, "Case", [row.id])).get(row.id) ?? {};
  return { ...row, translations };
}
