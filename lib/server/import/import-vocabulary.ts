import "server-only";
import { STAGE_OPTIONS } from "@/lib/core/case-list-query";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CodedValue, ImportVocabulary } from "@/lib/core/import/vocabulary";
import type { Tx } from "../transaction";

// The order the forms list them in.
const displayOrder = [{ sortOrder: "asc" }, { name: "asc" }] satisfies Prisma.ForumOrderByWithRelationInput[];
const named = { orderBy: displayOrder, select: { slug: true, name: true } } as const;
const coded = (rows: { slug: string; name: string }[]): CodedValue[] => rows.map((r) => ({ value: r.slug, label: r.name }));

/**
 * What each coded column of an import accepts, from the reference data as it stands (the stages
 * from the stage machine): the import page lists it, and an import reads it once, in its
 * transaction, to check every record's codes (lib/core/import/vocabulary.ts).
 */
export async function loadImportVocabulary(tx: Tx): Promise<ImportVocabulary> {
  const [forums, situations, crimes, modes, kinds, levels, provisions, tracks, types, instruments] = await Promise.all([
    tx.forum.findMany(named),
    tx.situation.findMany(named),
    tx.crimeCategory.findMany(named),
    tx.modeOfLiability.findMany(named),
    tx.accusedKind.findMany(named),
    tx.responsibilityLevel.findMany(named),
    tx.provision.findMany({
      orderBy: [{ instrument: { title: "asc" } }, { sortOrder: "asc" }, { slug: "asc" }],
      select: { slug: true, number: true, heading: true, instrument: { select: { shortTitle: true } } },
    }),
    tx.milestoneTrack.findMany(named),
    tx.milestoneType.findMany(named),
    tx.instrument.findMany({ orderBy: { title: "asc" }, select: { slug: true, title: true } }),
  ]);
  return {
    forum: coded(forums),
    situation: coded(situations),
    stage: STAGE_OPTIONS.map((s) => ({ value: s.value, label: s.label })),
    crime: coded(crimes),
    mode: coded(modes),
    accusedKind: coded(kinds),
    level: coded(levels),
    provision: provisions.map((p) => ({ value: p.slug, label: [p.instrument.shortTitle, p.number, p.heading].filter(Boolean).join(", ") })),
    track: coded(tracks),
    type: coded(types),
    instrument: instruments.map((i) => ({ value: i.slug, label: i.title })),
  };
}
