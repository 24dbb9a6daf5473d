/**
 * Synthetic milestones for the timeline's paging tests: many share a date, many share a title, and
 * many share both, so only the id keeps them apart. Some are deleted (the timeline never shows
 * them). Clearly marked: slugs start with `timeline-test-`, isSynthetic is true.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";

// Few dates over three years, with dates at the start of a month or year (as MONTH and YEAR
// precision store them) next to day dates of the same period.
const DATES: [string, "DAY" | "MONTH" | "YEAR"][] = [
  ["2031-07-15", "DAY"],
  ["2031-07-01", "MONTH"],
  ["2031-01-01", "YEAR"],
  ["2030-12-31", "DAY"],
  ["2030-03-03", "DAY"],
  ["2030-01-01", "DAY"],
  ["2029-06-01", "MONTH"],
];
// Upper and lower case and a non-Latin title: the database's collation orders them, never JavaScript.
const TITLES = ["Same title", "same title", "Another title", "Закон про ратифікацію", "Zeta"];

export type SyntheticMilestones = { live: number; deleted: number };

export async function createSyntheticMilestones(prisma: PrismaClient, count: number, prefix = "timeline-test"): Promise<SyntheticMilestones> {
  const [tracks, types, forums] = await Promise.all([
    prisma.milestoneTrack.findMany({ select: { id: true }, orderBy: { slug: "asc" } }),
    prisma.milestoneType.findMany({ select: { id: true }, orderBy: { slug: "asc" }, take: 3 }),
    prisma.forum.findMany({ select: { id: true }, orderBy: { slug: "asc" } }),
  ]);
  const deletedAt = new Date("2030-01-02T00:00:00Z");
  let deleted = 0;
  const rows = Array.from({ length: count }, (_, i) => {
    const [date, precision] = DATES[(i * 5) % DATES.length]!;
    const gone = i % 17 === 3;
    if (gone) deleted += 1;
    return {
      slug: `${prefix}-${i}`,
      title: TITLES[(i * 3) % TITLES.length]!,
      description: "A synthetic milestone for the timeline's paging tests.",
      occurredOn: new Date(`${date}T00:00:00Z`),
      precision,
      trackId: tracks[i % tracks.length]!.id,
      typeId: types[i % types.length]!.id,
      isSynthetic: true,
      deletedAt: gone ? deletedAt : null,
    };
  });
  await prisma.milestone.createMany({ data: rows });
  // Every other one concerns a forum (the implicit join table: "A" is the forum, "B" the milestone).
  const created = await prisma.milestone.findMany({ where: { slug: { startsWith: `${prefix}-` } }, select: { id: true, slug: true } });
  const links = created
    .map((m) => ({ m, i: Number(m.slug.slice(prefix.length + 1)) }))
    .filter(({ i }) => i % 2 === 0)
    .map(({ m, i }) => ({ forumId: forums[i % forums.length]!.id, milestoneId: m.id }));
  for (const { forumId, milestoneId } of links) {
    await prisma.$executeRaw`INSERT INTO "_ForumToMilestone" ("A", "B") VALUES (${forumId}, ${milestoneId})`;
  }
  return { live: count - deleted, deleted };
}
