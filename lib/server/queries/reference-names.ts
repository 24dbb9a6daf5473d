import "server-only";
import type { ReferenceKind, ReferenceNames } from "@/lib/core/audit-diff";
import { db } from "@/lib/server/db";

type Named = { slug: string; name: string };
type Lookup = (slugs: string[]) => Promise<Named[]>;

const where = (slugs: string[]) => ({ slug: { in: slugs } });

/**
 * How each kind of record is named in a history: the name its pages show. A deleted milestone or
 * case keeps its title here, as its history does.
 */
const LOOKUPS: Record<ReferenceKind, Lookup> = {
  forum: async (s) => (await db.forum.findMany({ where: where(s), select: { slug: true, shortName: true } })).map((r) => ({ slug: r.slug, name: r.shortName })),
  situation: (s) => db.situation.findMany({ where: where(s), select: { slug: true, name: true } }),
  track: (s) => db.milestoneTrack.findMany({ where: where(s), select: { slug: true, name: true } }),
  type: (s) => db.milestoneType.findMany({ where: where(s), select: { slug: true, name: true } }),
  instrument: async (s) => (await db.instrument.findMany({ where: where(s), select: { slug: true, shortTitle: true } })).map((r) => ({ slug: r.slug, name: r.shortTitle })),
  crime: (s) => db.crimeCategory.findMany({ where: where(s), select: { slug: true, name: true } }),
  accusedKind: (s) => db.accusedKind.findMany({ where: where(s), select: { slug: true, name: true } }),
  level: (s) => db.responsibilityLevel.findMany({ where: where(s), select: { slug: true, name: true } }),
  mode: (s) => db.modeOfLiability.findMany({ where: where(s), select: { slug: true, name: true } }),
  provision: async (s) =>
    (await db.provision.findMany({ where: where(s), select: { slug: true, number: true, heading: true, instrument: { select: { shortTitle: true } } } })).map((r) => ({
      slug: r.slug,
      name: [r.instrument.shortTitle, r.number, r.heading].filter(Boolean).join(", "),
    })),
  source: async (s) => (await db.source.findMany({ where: where(s), select: { slug: true, title: true } })).map((r) => ({ slug: r.slug, name: r.title })),
  milestone: async (s) => (await db.milestone.findMany({ where: where(s), select: { slug: true, title: true } })).map((r) => ({ slug: r.slug, name: r.title })),
  case: async (s) => (await db.case.findMany({ where: where(s), select: { slug: true, title: true } })).map((r) => ({ slug: r.slug, name: r.title })),
};

/** The names of the records some snapshots name by slug (referencedSlugs), one query per kind. */
export async function referenceNames(wanted: ReadonlyMap<ReferenceKind, ReadonlySet<string>>): Promise<ReferenceNames> {
  const entries = await Promise.all(
    [...wanted].map(async ([kind, slugs]) => [kind, new Map((await LOOKUPS[kind]([...slugs])).map((r) => [r.slug, r.name]))] as const),
  );
  return Object.fromEntries(entries);
}
