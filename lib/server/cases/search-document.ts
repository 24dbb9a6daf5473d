/**
 * The full-text documents the case list searches (docs/decisions/008-case-search.md).
 *
 * A case's document holds what anyone may search: its reference, title and summary (weight A/C),
 * with their texts in the other language (docs/decisions/042-users-texts-in-either-language.md),
 * its accused's names in English and in Ukrainian and their aliases (A), and its charges: crime,
 * mode, provision as cited and description (B). Annotations have their own document on each
 * annotation, because only signed-in users may read them.
 *
 * Documents are made of search keys (SQL `search_key`, lib/core/search-normal.ts): every spelling
 * of a word (Путін, Путин, Putin) is one lexeme, split by the 'simple' configuration without
 * stemming; the query side drops Ukrainian endings and matches key prefixes (lib/core/search-query.ts,
 * docs/decisions/040-names-in-every-spelling-and-ukrainian-search.md).
 *
 * Every use case that writes a case, its accused, its charges or an annotation calls one of these
 * in the same transaction, so the documents never lag the data.
 *
 * No `server-only`: the seed and the import scripts call it outside Next.
 */
import { Prisma } from "@/lib/generated/prisma/client";

type Sql = { $executeRaw(query: Prisma.Sql): Promise<number>; $queryRaw<T = unknown>(query: Prisma.Sql): Promise<T> };

/** Rebuilds the search documents of the given cases (all cases when `caseIds` is "all"). */
export async function refreshCaseSearch(client: Sql, caseIds: readonly string[] | "all"): Promise<void> {
  if (caseIds !== "all" && caseIds.length === 0) return;
  await rebuild(client, caseIds === "all" ? Prisma.empty : Prisma.sql`WHERE c.id IN (${Prisma.join(caseIds)})`);
}

// The document's accused and charges texts, in a set order (word positions follow it). The batch
// import builds the same texts for the cases it inserts (accusedSearchText, chargesSearchText).
// An accused's aliases follow their names, in code-unit order of their spellings.
const ACCUSED_TEXT = Prisma.sql`string_agg(a.name || ' ' || coalesce(a."nameOriginal", '') || coalesce(
  (SELECT ' ' || string_agg(al.name, ' ' ORDER BY al.spelling COLLATE "C") FROM "AccusedAlias" al WHERE al."accusedId" = a.id), ''), ' ' ORDER BY a.id COLLATE "C")`;
const CHARGES_TEXT = Prisma.sql`string_agg(cc.name || ' ' || m.name || ' ' || ch."provisionCited" || ' ' || coalesce(ch.description, ''), ' ' ORDER BY ch."createdAt", ch.id COLLATE "C")`;

/**
 * A user's record's texts of `field` in its other languages (decision 042), in locale order, so a
 * Ukrainian query finds an English case by its Ukrainian title and the other way round. Each is
 * weighted as the field it translates.
 */
const otherTexts = (entity: "Case" | "Annotation", field: string, id = Prisma.sql`c.id`) =>
  Prisma.sql`(SELECT string_agg(t.text, ' ' ORDER BY t.locale COLLATE "C") FROM "Translation" t
     WHERE t."entityType" = ${entity} AND t."entityId" = ${id} AND t.field = ${field} AND t.state <> 'MISSING' AND t.text IS NOT NULL)`;

async function rebuild(client: Sql, which: Prisma.Sql): Promise<void> {
  await client.$executeRaw(Prisma.sql`
    UPDATE "Case" AS target
       SET "searchVector" = doc.vector
      FROM (
        SELECT c.id,
               case_search_document(
                 c.reference,
                 c.title || coalesce(' ' || ${otherTexts("Case", "title")}, ''),
                 (SELECT ${ACCUSED_TEXT} FROM "CaseAccused" ca JOIN "Accused" a ON a.id = ca."accusedId" WHERE ca."caseId" = c.id AND a."deletedAt" IS NULL),
                 (SELECT ${CHARGES_TEXT}
                    FROM "Charge" ch
                    JOIN "CrimeCategory" cc ON cc.id = ch."crimeId"
                    JOIN "ModeOfLiability" m ON m.id = ch."modeId"
                   WHERE ch."caseId" = c.id),
                 concat_ws(' ', c.summary, ${otherTexts("Case", "summary")})) AS vector
          FROM "Case" c
          ${which}
      ) AS doc
     WHERE target.id = doc.id`);
}

const byCodeUnits = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** The accused text of a new case's document, as the rebuild aggregates it: by id, in code-unit order, each with their aliases. */
export function accusedSearchText(
  accused: readonly { id: string; name: string; nameOriginal: string | null; aliases?: readonly { name: string; spelling: string }[] }[],
): string | null {
  if (accused.length === 0) return null;
  return [...accused]
    .sort((x, y) => byCodeUnits(x.id, y.id))
    .map((a) => {
      const aliases = [...(a.aliases ?? [])].sort((x, y) => byCodeUnits(x.spelling, y.spelling)).map((al) => ` ${al.name}`).join("");
      return `${a.name} ${a.nameOriginal ?? ""}${aliases}`;
    })
    .join(" ");
}

/** The charges text of a new case's document, as the rebuild aggregates it, the charges given in their order (createdAt, id). */
export function chargesSearchText(charges: readonly { crime: { name: string }; mode: { name: string }; provisionCited: string; description: string | null }[]): string | null {
  if (charges.length === 0) return null;
  return charges.map((ch) => `${ch.crime.name} ${ch.mode.name} ${ch.provisionCited} ${ch.description ?? ""}`).join(" ");
}

/**
 * Before an accused's record changes: locks the cases naming them, then the accused itself FOR
 * UPDATE. A transaction linking the accused to another case meanwhile (its foreign-key check takes
 * a key-share lock, which FOR UPDATE waits for) either commits first, and the refresh that follows
 * the change sees its case, or waits for this change to commit and then reads it. Without it, the
 * other case kept the accused's former kind or level in its search document and profiles
 * (docs/decisions/016-counts-at-scale.md). Cases first, then the accused: the order every case
 * edit takes them in.
 */
export async function lockAccusedForChange(client: Sql, accusedId: string): Promise<void> {
  await client.$queryRaw(Prisma.sql`
    SELECT id FROM "Case"
     WHERE id IN (SELECT "caseId" FROM "CaseAccused" WHERE "accusedId" = ${accusedId}
                  UNION SELECT "caseId" FROM "Charge" WHERE "accusedId" = ${accusedId})
     ORDER BY id FOR UPDATE`);
  await client.$queryRaw(Prisma.sql`SELECT id FROM "Accused" WHERE id = ${accusedId} FOR UPDATE`);
}

/** Rebuilds the search documents of every case an accused appears in (after renaming the accused). */
export async function refreshAccusedCasesSearch(client: Sql, accusedId: string): Promise<void> {
  // Lock the cases first, in a statement of its own: the rebuild that follows then reads what a
  // concurrent edit of one of them committed, instead of overwriting it with an older picture.
  await client.$queryRaw(Prisma.sql`
    SELECT id FROM "Case" WHERE id IN (SELECT "caseId" FROM "CaseAccused" WHERE "accusedId" = ${accusedId}) ORDER BY id FOR UPDATE`);
  await rebuild(client, Prisma.sql`WHERE c.id IN (SELECT "caseId" FROM "CaseAccused" WHERE "accusedId" = ${accusedId})`);
}

/** Rebuilds the search documents of the given annotations. */
export async function refreshAnnotationSearch(client: Sql, annotationIds: readonly string[]): Promise<void> {
  if (annotationIds.length === 0) return;
  await client.$executeRaw(Prisma.sql`
    UPDATE "Annotation" AS a SET "searchVector" = to_tsvector('simple', search_key(concat_ws(' ', a.body, ${otherTexts("Annotation", "body", Prisma.sql`a.id`)})))
     WHERE a.id IN (${Prisma.join(annotationIds)})`);
}
