import "server-only";
import type { CaseFilterOptions, CaseFilters } from "@/lib/core/case-filters";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

const named = { select: { slug: true, name: true }, orderBy: { sortOrder: "asc" } } as const;

/** The values each case filter accepts, from the reference data. */
export async function getCaseFilterOptions(): Promise<CaseFilterOptions> {
  const [forums, crimes, accused, levels, modes, situations] = await Promise.all([
    db.forum.findMany(named),
    db.crimeCategory.findMany(named),
    db.accusedKind.findMany(named),
    db.responsibilityLevel.findMany(named),
    db.modeOfLiability.findMany(named),
    db.situation.findMany(named),
  ]);
  const option = (r: { slug: string; name: string }) => ({ value: r.slug, label: r.name });
  return {
    forum: forums.map(option),
    crime: crimes.map(option),
    accused: accused.map(option),
    level: levels.map(option),
    mode: modes.map(option),
    situation: situations.map(option),
  };
}

/**
 * Which cases match: the same reading as the matrix's case counts (lib/server/queries/coverage.ts).
 * Crime, mode and accused must hold on one and the same charge; the accused is the charge's own,
 * or, for a charge that names none, any accused of the case.
 */
function whereFor(filters: CaseFilters): Prisma.CaseWhereInput {
  const accusedWhere: Prisma.AccusedWhereInput = {
    deletedAt: null,
    ...(filters.accused ? { kind: { slug: filters.accused } } : {}),
    ...(filters.level ? { level: { slug: filters.level } } : {}),
  };
  const byAccused = filters.accused !== undefined || filters.level !== undefined;
  const chargeWhere: Prisma.ChargeWhereInput = {
    ...(filters.crime ? { crime: { slug: filters.crime } } : {}),
    ...(filters.mode ? { mode: { slug: filters.mode } } : {}),
    ...(byAccused
      ? {
          OR: [
            { accused: accusedWhere },
            { accusedId: null, case: { accused: { some: { accused: accusedWhere } } } },
          ],
        }
      : {}),
  };
  const byCharge = filters.crime !== undefined || filters.mode !== undefined || byAccused;
  return {
    deletedAt: null,
    ...(filters.forum ? { forum: { slug: filters.forum } } : {}),
    ...(filters.situation ? { situation: { slug: filters.situation } } : {}),
    ...(byCharge ? { charges: { some: chargeWhere } } : {}),
  };
}

/** The tracked cases that match the filters, and how many cases the tracker holds in all. */
export async function listCases(filters: CaseFilters) {
  const [cases, total] = await Promise.all([
    db.case.findMany({
      where: whereFor(filters),
      orderBy: [{ forum: { sortOrder: "asc" } }, { reference: "asc" }],
      select: {
        slug: true,
        reference: true,
        title: true,
        stage: true,
        inAbsentia: true,
        isSynthetic: true,
        forum: { select: { slug: true, name: true } },
        situation: { select: { slug: true, name: true } },
      },
    }),
    db.case.count({ where: { deletedAt: null } }),
  ]);
  return { cases, total };
}
