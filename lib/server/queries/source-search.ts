import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { toTsQuery } from "@/lib/core/search-query";
import type { FoundSource } from "@/lib/core/views";
import { db } from "@/lib/server/db";
import { literalInLike } from "./milestones";

/** How many recorded sources a search lists at most. */
export const SOURCE_SEARCH_LIMIT = 10;

const KIND_NAMES = { OFFICIAL: "official", OTHER: "secondary", SEED_POST: "seed-post" } as const;

/** The words of a search, at most eight (each must match). */
function wordsOf(q: string): string[] {
  return q
    .split(/\s+/)
    .map((w) => w.trim())
    .filter((w) => w.length > 0)
    .slice(0, 8);
}

/**
 * The search documents of a source and of its provisions, computed as the search reads them, not
 * stored: the recorded sources are a few hundred, and keying them all takes a few milliseconds
 * (docs/decisions/045-timeline-and-source-search-by-keys.md), less than keeping stored documents
 * in step with every source, instrument and provision edit would cost in code.
 * A source: its title, publisher, the instruments it is the text of, the provisions it is the
 * source of (number, heading, instrument). A provision: its own number and heading, and its
 * instrument's titles apart.
 */
const keyed = (...texts: Prisma.Sql[]) => Prisma.sql`to_tsvector('simple', public.search_key(concat_ws(' ', ${Prisma.join(texts)})))`;
const SOURCE_DOCUMENT = keyed(
  Prisma.sql`s.title`,
  Prisma.sql`s.publisher`,
  Prisma.sql`(SELECT string_agg(concat_ws(' ', i.title, i."shortTitle"), ' ') FROM "Instrument" i WHERE i."sourceId" = s.id)`,
  Prisma.sql`(SELECT string_agg(concat_ws(' ', p.number, p.heading, pi."shortTitle"), ' ') FROM "Provision" p JOIN "Instrument" pi ON pi.id = p."instrumentId" WHERE p."sourceId" = s.id)`,
);
const PROVISION_OWN = keyed(Prisma.sql`p.number`, Prisma.sql`p.heading`);
const PROVISION_INSTRUMENT = keyed(Prisma.sql`i.title`, Prisma.sql`i."shortTitle"`);

type SourceRow = { slug: string; title: string; publisher: string | null; url: string | null; kind: string; provisions: { number: string | null; heading: string; instrument: string }[] };

/**
 * The recorded sources a milestone or a case may cite, found by their words: every word must
 * match the title, publisher or address, an instrument the source is the text of ("Rome Statute"),
 * or a provision it is the source of ("Article 28"). Words match as the case search reads them:
 * in any spelling and form («статуту» finds «Статут», «Путин» finds «Путін»); the address is read
 * literally (a word of it pasted in, % and _ as themselves). Demo sources are never offered: a real
 * record does not cite made-up data. Official sources first, then by title.
 */
export async function searchSources(q: string, limit = SOURCE_SEARCH_LIMIT): Promise<FoundSource[]> {
  // Pieces between spaces with a word in them: punctuation alone ("&", "%") asks for nothing.
  const words = wordsOf(q).flatMap((w) => {
    const query = toTsQuery(w);
    return query === null ? [] : [{ word: w, query: Prisma.sql`to_tsquery('simple', ${query})` }];
  });
  if (words.length === 0) return [];
  // Every word: the source's document, or its address literally.
  const sourceMatches = words.map(({ word, query }) => Prisma.sql`(d.doc @@ ${query} OR s.url ILIKE ${`%${literalInLike(word)}%`})`);
  // Only the provisions the words name, so a result says why it was found ("Article 28"): every
  // word matches the provision or its instrument, and one at least the provision itself.
  const provisionMatches = Prisma.sql`${Prisma.join(words.map(({ query }) => Prisma.sql`(pd.own || pd.instrument) @@ ${query}`), " AND ")}
    AND (${Prisma.join(words.map(({ query }) => Prisma.sql`pd.own @@ ${query}`), " OR ")})`;
  const rows = await db.$queryRaw<SourceRow[]>(Prisma.sql`
    SELECT s.slug, s.title, s.publisher, s.url, s.kind::text AS kind,
           (SELECT coalesce(json_agg(json_build_object('number', f.number, 'heading', f.heading, 'instrument', f.instrument) ORDER BY f.n), '[]')
              FROM (SELECT p.number, p.heading, i."shortTitle" AS instrument, row_number() OVER (ORDER BY i."shortTitle", p."sortOrder") AS n
                      FROM "Provision" p JOIN "Instrument" i ON i.id = p."instrumentId"
                      CROSS JOIN LATERAL (SELECT ${PROVISION_OWN} AS own, ${PROVISION_INSTRUMENT} AS instrument) pd
                     WHERE p."sourceId" = s.id AND ${provisionMatches}
                     ORDER BY i."shortTitle", p."sortOrder"
                     LIMIT 5) f) AS provisions
      FROM "Source" s
      -- OFFSET 0 keeps the document a subquery of its own, computed once a source; inlined, it was
      -- computed again for every word that reads it.
      CROSS JOIN LATERAL (SELECT ${SOURCE_DOCUMENT} AS doc OFFSET 0) d
     WHERE s.kind <> 'SYNTHETIC' AND ${Prisma.join(sourceMatches, " AND ")}
     ORDER BY CASE s.kind WHEN 'OFFICIAL' THEN 0 WHEN 'SEED_POST' THEN 1 ELSE 2 END, s.title, s.slug
     LIMIT ${limit}`);
  return rows.map((r) => ({
    slug: r.slug,
    title: r.title,
    publisher: r.publisher,
    url: r.url,
    kind: KIND_NAMES[r.kind as keyof typeof KIND_NAMES] ?? "secondary",
    provisions: r.provisions,
  }));
}
