import "server-only";
import { instrumentSelect, toInstrumentView } from "./instrument-view";
import type { IsoDate } from "@/lib/core/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { ForumNote } from "@/lib/core/jurisdiction";
import type { RuleEffect } from "@/lib/core/views";
import { loadVocabulary } from "@/lib/server/jurisdiction";
import { listCrimes } from "./crimes";
import { getForum, listForums } from "./forums";
import { sourceSelect, toCitation } from "./citation";
import { ruleSelect, toRuleView } from "./rule-view";

/**
 * The public API's reads of the reference data: forums, crimes, instruments with their provisions
 * and jurisdiction rules, each with the source it rests on (as the pages cite it). Ordered by slug
 * where the API pages with a keyset (`after` = the last slug seen).
 */

const liveRules = { deletedAt: null } as const;
const forumRefSelect = { slug: true, name: true, shortName: true } as const;

/**
 * Each forum's note on what it covers (the ICC: admissibility under Article 17), as the "which
 * forum?" answer gives it: read from the same held reference data, so the two cannot differ.
 */
async function coversNotes(): Promise<Map<string, ForumNote | null>> {
  const vocabulary = await loadVocabulary();
  return new Map(vocabulary.forums.map((f) => [f.slug, f.coversNote]));
}

/** The forums, in display order (a short fixed list: no paging): the forums page's own list, with each forum's note. */
export async function apiForums() {
  const [forums, notes] = await Promise.all([listForums(), coversNotes()]);
  return forums.map((forum) => ({ ...forum, coversNote: notes.get(forum.slug) ?? null }));
}

/** The crimes, in display order, each with the forums covering it today (the crimes page's list). */
export async function apiCrimes(today: IsoDate) {
  return (await listCrimes(today)).map(({ jurisdiction, ...crime }) => {
    const forums = new Map<string, { slug: string; name: string; shortName: string }>();
    for (const entry of jurisdiction) forums.set(entry.forum.slug, { slug: entry.forum.slug, name: entry.forum.name, shortName: entry.forum.shortName });
    return { ...crime, forumsToday: [...forums.values()] };
  });
}

/** One page of instruments by slug, after `after`; `more` says whether another page follows. */
export async function apiInstruments(page: { limit: number; after?: string }) {
  const [rows, total] = await Promise.all([
    db.instrument.findMany({
      where: page.after ? { slug: { gt: page.after } } : {},
      orderBy: { slug: "asc" },
      take: page.limit + 1,
      select: { ...instrumentSelect, _count: { select: { provisions: true } } },
    }),
    db.instrument.count(),
  ]);
  const items = rows.slice(0, page.limit).map((row) => ({ ...toInstrumentView(row), provisionCount: row._count.provisions }));
  return { total, items, more: rows.length > page.limit };
}

/** One instrument with its provisions (in the instrument's order) and the forums based on it; null if unknown. */
export async function apiInstrument(slug: string) {
  const row = await db.instrument.findUnique({
    where: { slug },
    select: {
      ...instrumentSelect,
      forumsBasedOn: { select: forumRefSelect, orderBy: { sortOrder: "asc" } },
      provisions: {
        orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
        select: { slug: true, number: true, heading: true, summary: true, url: true, sourceLocator: true, source: { select: sourceSelect } },
      },
    },
  });
  if (!row) return null;
  return {
    ...toInstrumentView(row),
    forumsBasedOn: row.forumsBasedOn,
    // A provision's official text: its own address where it has one, else its instrument's (as rules cite it).
    provisions: row.provisions.map((p) => ({ slug: p.slug, number: p.number, heading: p.heading, summary: p.summary, url: p.url ?? row.url, citation: toCitation(p.source, p.sourceLocator) })),
  };
}

export type RuleFilters = { forum?: string; crime?: string; effect?: RuleEffect; situation?: string; asOf?: IsoDate };

/**
 * The jurisdiction rules matching the filters, by slug, one page after `after`. A rule naming no
 * crime applies to every crime, and one with no situation to every situation, so both filters
 * keep them (as the crime page does). `asOf` keeps the rules whose validity includes that date
 * (status IN_FORCE, or UNCERTAIN when the date falls in a boundary known only to the month or
 * year). The tracker holds tens of rules, so the date is placed in memory, not in SQL.
 */
export async function apiRules(filters: RuleFilters, page: { limit: number; after?: string }, today: IsoDate) {
  const where: Prisma.JurisdictionRuleWhereInput = {
    ...liveRules,
    ...(filters.forum ? { forum: { slug: filters.forum } } : {}),
    ...(filters.effect ? { effect: filters.effect } : {}),
    AND: [
      filters.crime ? { OR: [{ crimes: { some: { slug: filters.crime } } }, { crimes: { none: {} } }] } : {},
      filters.situation ? { OR: [{ situation: { slug: filters.situation } }, { situationId: null }] } : {},
    ],
  };
  const asOf = filters.asOf ?? today;
  const rows = await db.jurisdictionRule.findMany({ where, select: ruleSelect, orderBy: { slug: "asc" } });
  const matching = rows.map((row) => toRuleView(row, asOf)).filter((rule) => !filters.asOf || rule.status === "IN_FORCE" || rule.status === "UNCERTAIN");
  const start = page.after ? matching.filter((rule) => rule.slug <= page.after!).length : 0;
  const items = matching.slice(start, start + page.limit);
  return { total: matching.length, asOf, items, more: start + page.limit < matching.length };
}

/** One rule (not deleted), its status placed against `today`; null if unknown. */
export async function apiRule(slug: string, today: IsoDate) {
  const row = await db.jurisdictionRule.findFirst({ where: { slug, ...liveRules }, select: ruleSelect });
  return row ? toRuleView(row, today) : null;
}

/** One forum with its legal basis, note, rules (against `today`) and milestones; null if unknown. */
export async function apiForum(slug: string, today: IsoDate) {
  const [forum, notes] = await Promise.all([getForum(slug, today), coversNotes()]);
  return forum && { ...forum, coversNote: notes.get(forum.slug) ?? null };
}
