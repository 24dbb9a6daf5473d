import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FoundSource } from "@/lib/core/views";
import { db } from "@/lib/server/db";
import { literalInLike } from "./milestones";

/** How many recorded sources a search lists at most. */
export const SOURCE_SEARCH_LIMIT = 10;

const KIND_NAMES = { OFFICIAL: "official", OTHER: "secondary", SEED_POST: "seed-post" } as const;

/** The words of a search, at most eight (each must match); LIKE's wildcards are taken literally. */
function wordsOf(q: string): string[] {
  return q
    .split(/\s+/)
    .map((w) => w.trim())
    .filter((w) => w.length > 0)
    .slice(0, 8);
}

const contains = (w: string) => ({ contains: literalInLike(w), mode: "insensitive" as const });

/** Where one word matches: the source's title, publisher or address; an instrument it is the text of; a provision it is the source of. */
function wordWhere(w: string): Prisma.SourceWhereInput {
  return {
    OR: [
      { title: contains(w) },
      { publisher: contains(w) },
      { url: contains(w) },
      { instruments: { some: { OR: [{ title: contains(w) }, { shortTitle: contains(w) }] } } },
      { provisions: { some: { OR: [{ number: contains(w) }, { heading: contains(w) }, { instrument: { shortTitle: contains(w) } }] } } },
    ],
  };
}

/**
 * The recorded sources a milestone or a case may cite, found by their words: every word must
 * match the title, publisher or address, an instrument the source is the text of ("Rome Statute"),
 * or a provision it is the source of ("Article 28"). Demo sources are never offered: a real
 * record does not cite made-up data. Official sources first, then by title.
 */
export async function searchSources(q: string, limit = SOURCE_SEARCH_LIMIT): Promise<FoundSource[]> {
  const words = wordsOf(q);
  if (words.length === 0) return [];
  const rows = await db.source.findMany({
    where: { kind: { not: "SYNTHETIC" }, AND: words.map(wordWhere) },
    orderBy: [{ title: "asc" }, { slug: "asc" }],
    // Official sources are listed first (below); a few more are read so that they are among them.
    take: limit * 3,
    select: {
      slug: true,
      title: true,
      publisher: true,
      url: true,
      kind: true,
      provisions: {
        // Only the provisions the words name, so a result says why it was found ("Article 28"):
        // every word matches the provision or its instrument, and one at least the provision itself.
        where: {
          AND: [
            ...words.map((w) => ({ OR: [{ number: contains(w) }, { heading: contains(w) }, { instrument: { OR: [{ title: contains(w) }, { shortTitle: contains(w) }] } }] })),
            { OR: words.flatMap((w) => [{ number: contains(w) }, { heading: contains(w) }]) },
          ],
        },
        orderBy: [{ instrument: { shortTitle: "asc" } }, { sortOrder: "asc" }],
        take: 5,
        select: { number: true, heading: true, instrument: { select: { shortTitle: true } } },
      },
    },
  });
  const rank = { OFFICIAL: 0, SEED_POST: 1, OTHER: 2, SYNTHETIC: 3 } as const;
  const ranked = [...rows].sort((a, b) => rank[a.kind] - rank[b.kind]).slice(0, limit);
  return ranked.map((r) => ({
    slug: r.slug,
    title: r.title,
    publisher: r.publisher,
    url: r.url,
    kind: KIND_NAMES[r.kind as keyof typeof KIND_NAMES] ?? "secondary",
    provisions: r.provisions.map((p) => ({ number: p.number, heading: p.heading, instrument: p.instrument.shortTitle })),
  }));
}
