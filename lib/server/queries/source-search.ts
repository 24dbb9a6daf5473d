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
 * What a word matches, as search keys (lib/core/search-query.ts): a source's title and publisher
 * (its stored, database-generated `searchVector`), the instruments it is the text of, the
 * provisions it is the source of (number, heading, instrument). Instruments and provisions are a
 * few dozen rows, keyed as the search reads them, once a word (uncorrelated subqueries); the
 * sources, which grow with every source a record types, are keyed once, when written
 * (docs/decisions/045-timeline-and-source-search-by-keys.md, measurements).
 */
const keyed = (...texts: Prisma.Sql[]) => Prisma.sql`to_tsvector('simple', public.search_key(concat_ws(' ', ${Prisma.join(texts)})))`;
const sourceMatch = (word: string, query: Prisma.Sql) => Prisma.sql`(s."searchVector" @@ ${query}
  OR s.url ILIKE ${`%${literalInLike(word)}%`}
  OR s.id IN (SELECT i."sourceId" FROM "Instrument" i WHERE ${keyed(Prisma.sql`i.title`, Prisma.sql`i."shortTitle"`)} @@ ${query})
  OR s.id IN (SELECT p."sourceId" FROM "Provision" p JOIN "Instrument" pi ON pi.id = p."instrumentId"
               WHERE ${keyed(Prisma.sql`p.number`, Prisma.sql`p.heading`, Prisma.sql`pi."shortTitle"`)} @@ ${query}))`;
const PROVISION_OWN = keyed(Prisma.sql`p.number`, Prisma.sql`p.heading`);
const PROVISION_INSTRUMENT = keyed(Prisma.sql`i.title`, Prisma.sql`i."shortTitle"`);

type SourceRow = {
  slug: string;
  title: string;
  publisher: string | null;
  url: string | null;
  kind: string;
  provisions: { number: string | null; heading: string; instrument: string }[];
  documents: { sha256: string; title: string }[];
};

/**
 * The recorded sources a milestone or a case may cite, found by their words: every word must
 * match the title, publisher or address, an instrument the source is the text of ("Rome Statute"),
 * or a provision it is the source of ("Article 28"). Words match as the case search reads them:
 * in any spelling and form («статуту» finds «Статут», «Путин» finds «Путін»); the address is read
 * literally (a word of it pasted in, % and _ as themselves). Demo sources are never offered: a real
 * record does not cite made-up data. Official sources first, then by title. Each carries the
 * documents attached to it (not removed), oldest first: those a milestone's passage may point at.
 */
export async function searchSources(q: string, limit = SOURCE_SEARCH_LIMIT): Promise<FoundSource[]> {
  // Pieces between spaces with a word in them: punctuation alone ("&", "%") asks for nothing.
  const words = wordsOf(q).flatMap((w) => {
    const query = toTsQuery(w);
    return query === null ? [] : [{ word: w, query: Prisma.sql`to_tsquery('simple', ${query})` }];
  });
  if (words.length === 0) return [];
  // Every word: the source's texts, an instrument, a provision, or its address literally.
  const sourceMatches = words.map(({ word, query }) => sourceMatch(word, query));
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
                     LIMIT 5) f) AS provisions,
           (SELECT coalesce(json_agg(json_build_object('sha256', a.sha256, 'title', a.title) ORDER BY a."uploadedAt", a.id), '[]')
              FROM "DocumentAttachment" a
             WHERE a."sourceId" = s.id AND a."deletedAt" IS NULL) AS documents
      FROM "Source" s
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
    documents: r.documents,
  }));
}
