import "server-only";
import { accusedColumns } from "@/lib/server/cases/find-case";
import type { UserTranslations } from "@/lib/core/user-translations";
import { readUserTranslations } from "@/lib/server/translations";
import { partialDateOf } from "@/lib/core/dates";
import { cache } from "react";
import type { PartialDate } from "@/lib/core/dates";
import type { CaseStage, NamedRef } from "@/lib/core/views";
import { nameKey } from "@/lib/core/search-normal";
import { nameWordQueries } from "@/lib/core/search-query";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { CaseAccusedView } from "./case-page";

/**
 * One accused and their proceedings before every forum, side by side: the page no other tracker
 * gives. Every forum is listed (in the forums' order), including those with no proceedings
 * against the accused, so that an empty column says "none recorded" rather than disappearing.
 */

export type AccusedChargeView = { crime: NamedRef; mode: NamedRef; provisionCited: string; againstEveryAccused: boolean };

export type AccusedCaseView = {
  slug: string;
  title: string;
  /** The language the title is written in, and the title in the others (decision 042). */
  lang: string;
  translations: UserTranslations;
  reference: string | null;
  stage: CaseStage;
  stageDate: PartialDate;
  inAbsentia: boolean;
  isSynthetic: boolean;
  situation: NamedRef;
  /** The charges against this accused: their own, and those against every accused of the case. */
  charges: AccusedChargeView[];
};

/** The accused as the case page shows them, and more. */
export type AccusedPageView = CaseAccusedView & {
  /** When the record last changed: the edit form's guard against overwriting someone else's change. */
  updatedAt: string;
  /** Other spellings of the name (decision 040), in order. */
  aliases: { id: string; name: string }[];
  /** Other accused records that are possibly the same person: a name or alias of theirs is one of this one's. */
  samePerson: SamePersonView[];
  forums: { slug: string; name: string; shortName: string; cases: AccusedCaseView[] }[];
};

const named = { select: { slug: true, name: true } } as const;

export const getAccusedPage = cache(async (slug: string): Promise<AccusedPageView | null> => {
  const accused = await db.accused.findUnique({
    where: { slug },
    select: {
      ...accusedColumns,
      deletedAt: true,
      updatedAt: true,
      kind: named,
      level: named,
      aliases: { orderBy: [{ spelling: "asc" }, { id: "asc" }], select: { id: true, name: true, key: true } },
    },
  });
  if (!accused || accused.deletedAt) return null;
  const [forums, cases, samePerson] = await Promise.all([
    db.forum.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, slug: true, name: true, shortName: true } }),
    db.case.findMany({
      where: { deletedAt: null, accused: { some: { accusedId: accused.id } } },
      orderBy: [{ openedOn: "asc" }, { title: "asc" }],
      select: {
        forumId: true,
        id: true,
        slug: true,
        title: true,
        lang: true,
        reference: true,
        stage: true,
        stageOn: true,
        stagePrecision: true,
        inAbsentia: true,
        isSynthetic: true,
        situation: named,
        charges: {
          where: { OR: [{ accusedId: accused.id }, { accusedId: null }] },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: { accusedId: true, crime: named, mode: named, provisionCited: true },
        },
      },
    }),
    findSamePerson(accused.id, [accused.name, accused.nameOriginal, ...accused.aliases.map((a) => a.name)]),
  ]);
  // Named only in deleted cases: as if never named (the audit trail keeps the record).
  if (cases.length === 0) return null;
  const translated = await readUserTranslations(db, "Case", cases.map((c) => c.id));
  return {
    slug: accused.slug,
    name: accused.name,
    nameOriginal: accused.nameOriginal,
    kind: accused.kind,
    rank: accused.rank,
    level: accused.level,
    description: accused.description,
    isSynthetic: accused.isSynthetic,
    updatedAt: accused.updatedAt.toISOString(),
    aliases: accused.aliases.map(({ id, name }) => ({ id, name })),
    samePerson,
    forums: forums.map((f) => ({
      slug: f.slug,
      name: f.name,
      shortName: f.shortName,
      cases: cases
        .filter((c) => c.forumId === f.id)
        .map((c) => ({
          slug: c.slug,
          title: c.title,
          lang: c.lang,
          translations: translated.get(c.id) ?? {},
          reference: c.reference,
          stage: c.stage,
          stageDate: partialDateOf(c.stageOn, c.stagePrecision),
          inAbsentia: c.inAbsentia,
          isSynthetic: c.isSynthetic,
          situation: c.situation,
          charges: c.charges.map((ch) => ({ crime: ch.crime, mode: ch.mode, provisionCited: ch.provisionCited, againstEveryAccused: ch.accusedId === null })),
        })),
    })),
  };
});

export type SamePersonView = { slug: string; name: string; nameOriginal: string | null; forums: { slug: string; shortName: string }[] };

/**
 * The same-person check across forums (decision 040): the other live accused, named in a live
 * case, one of whose names or aliases has the name key (lib/core/search-normal.ts nameKey: every
 * spelling, any word order) of one of `names`. So an accused recorded before the ICC as "Vladimir
 * Putin" with the alias «Путін Володимир» and one recorded before a Ukrainian court as «Володимир
 * Путін» are shown to each other. Index lookups only: the keys of names (expression indexes) and of
 * aliases.
 */
export async function findSamePerson(accusedId: string, names: readonly (string | null)[]): Promise<SamePersonView[]> {
  const keys = [...new Set(names.filter((n): n is string => n !== null).map(nameKey).filter((k) => k !== ""))];
  if (keys.length === 0) return [];
  const rows = await db.$queryRaw<{ slug: string; name: string; nameOriginal: string | null; forums: { slug: string; shortName: string }[] | null }[]>(Prisma.sql`
    SELECT a.slug, a.name, a."nameOriginal",
           (SELECT json_agg(json_build_object('slug', f.slug, 'shortName', f."shortName") ORDER BY f."sortOrder", f.slug)
              FROM "Forum" f
             WHERE f.id IN (SELECT c."forumId" FROM "CaseAccused" ca JOIN "Case" c ON c.id = ca."caseId" WHERE ca."accusedId" = a.id AND c."deletedAt" IS NULL)) AS forums
      FROM "Accused" a
     WHERE a.id IN (SELECT id FROM "Accused" WHERE name_key(name) IN (${Prisma.join(keys)})
                    UNION SELECT id FROM "Accused" WHERE name_key("nameOriginal") IN (${Prisma.join(keys)})
                    UNION SELECT "accusedId" FROM "AccusedAlias" WHERE key IN (${Prisma.join(keys)}))
       AND a.id <> ${accusedId} AND a."deletedAt" IS NULL
       AND EXISTS (SELECT 1 FROM "CaseAccused" ca JOIN "Case" c ON c.id = ca."caseId" WHERE ca."accusedId" = a.id AND c."deletedAt" IS NULL)
     ORDER BY a.name, a.slug
     LIMIT 20`);
  return rows.map((r) => ({ ...r, forums: r.forums ?? [] }));
}

/** An accused as the list shows them: who they are (without the description), and where they are tried. */
export type AccusedListItem = Omit<CaseAccusedView, "description"> & {
  cases: number;
  forums: { slug: string; shortName: string }[];
};

type AccusedListRow = {
  slug: string;
  name: string;
  nameOriginal: string | null;
  rank: string | null;
  isSynthetic: boolean;
  kindSlug: string;
  kindName: string;
  levelSlug: string | null;
  levelName: string | null;
  cases: number;
  forums: { slug: string; shortName: string }[];
};

/**
 * The accused with live cases against them, and the forums those cases are before; with a search
 * by name (`q`), only those one of whose names or aliases has a word beginning with each word
 * typed, in any spelling (namesMatch of lib/core/search-normal.ts, asked of the database: the
 * names' key words and the aliases' keys are GIN-indexed, decision 047). Only what the list shows.
 */
export async function listAccused(q = ""): Promise<AccusedListItem[]> {
  const words = nameWordQueries(q);
  // Each word: the accused whose own names have it, or one of whose aliases has it; every word.
  const matching = words.length === 0
    ? Prisma.empty
    : Prisma.sql`AND a.id IN (${Prisma.join(
        words.map(
          (word) => Prisma.sql`(SELECT id FROM "Accused" WHERE accused_name_words(name, "nameOriginal") @@ ${word}::tsquery
                                UNION SELECT "accusedId" FROM "AccusedAlias" WHERE key_words(key) @@ ${word}::tsquery)`,
        ),
        " INTERSECT ",
      )})`;
  // Someone named only in deleted cases is not listed: deleting the case withdrew the naming.
  const rows = await db.$queryRaw<AccusedListRow[]>(Prisma.sql`
    SELECT a.slug, a.name, a."nameOriginal", a.rank, a."isSynthetic",
           k.slug AS "kindSlug", k.name AS "kindName", l.slug AS "levelSlug", l.name AS "levelName",
           count(*)::int AS cases,
           json_agg(DISTINCT jsonb_build_object('slug', f.slug, 'shortName', f."shortName", 'sortOrder', f."sortOrder")) AS forums
      FROM "Accused" a
      JOIN "CaseAccused" ca ON ca."accusedId" = a.id
      JOIN "Case" c ON c.id = ca."caseId" AND c."deletedAt" IS NULL
      JOIN "Forum" f ON f.id = c."forumId"
      JOIN "AccusedKind" k ON k.id = a."kindId"
      LEFT JOIN "ResponsibilityLevel" l ON l.id = a."levelId"
     WHERE a."deletedAt" IS NULL ${matching}
     GROUP BY a.id, k.id, l.id
     ORDER BY a.name, a.slug`);
  return rows.map((a) => ({
    slug: a.slug,
    name: a.name,
    nameOriginal: a.nameOriginal,
    kind: { slug: a.kindSlug, name: a.kindName },
    rank: a.rank,
    level: a.levelSlug === null ? null : { slug: a.levelSlug, name: a.levelName! },
    isSynthetic: a.isSynthetic,
    cases: a.cases,
    // In the forums' order, as the page lists them.
    forums: (a.forums as (AccusedListItem["forums"][number] & { sortOrder: number })[]).sort((x, y) => x.sortOrder - y.sortOrder).map(({ slug, shortName }) => ({ slug, shortName })),
  }));
}

/** Whether anyone is listed at all (the list offers its search only then). */
export async function anyAccusedListed(): Promise<boolean> {
  const rows = await db.$queryRaw<{ any: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "Accused" a JOIN "CaseAccused" ca ON ca."accusedId" = a.id JOIN "Case" c ON c.id = ca."caseId" AND c."deletedAt" IS NULL WHERE a."deletedAt" IS NULL) AS any`;
  return rows[0]!.any;
}
