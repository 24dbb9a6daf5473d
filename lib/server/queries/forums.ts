import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cache } from "react";
import { partialDateOf, type IsoDate } from "@/lib/core/dates";
import { db } from "@/lib/server/db";
import { loadVocabulary } from "@/lib/server/jurisdiction";
import { sourceSelect, toCitation } from "./citation";
import { instrumentSelect, toInstrumentView } from "./instrument-view";
import { milestoneItemSelect, milestoneOrder, readMilestoneTranslations, toMilestoneItem } from "./milestone-view";
import { policyOrder, policySelect, toPolicyView } from "./policy-view";
import { ruleOrder, ruleSelect, toRuleView } from "./rule-view";

const liveRules = { deletedAt: null } as const;
const liveMilestones = { deletedAt: null } as const;

/** A forum's own fields as the list and its page show them, with the source they are cited from. */
const forumSelect = {
  slug: true,
  name: true,
  shortName: true,
  kind: true,
  description: true,
  establishedOn: true,
  establishedOnPrecision: true,
  sourceLocator: true,
  source: { select: sourceSelect },
} as const satisfies Prisma.ForumSelect;

/** What a forum is, as the list and its page both open with it. */
function forumHead(row: Prisma.ForumGetPayload<{ select: typeof forumSelect }>) {
  return { slug: row.slug, name: row.name, shortName: row.shortName, kind: row.kind, description: row.description, establishedOn: partialDateOf(row.establishedOn, row.establishedOnPrecision) };
}

const withoutUrl = <T extends { url: unknown }>({ url: _url, ...rest }: T): Omit<T, "url"> => rest;

/** The forums list: what each forum is, and how many rules and milestones the tracker holds for it. */
export async function listForums() {
  const rows = await db.forum.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: {
      ...forumSelect,
      legalBasis: { select: { slug: true, title: true, shortTitle: true } },
      _count: { select: { rules: { where: liveRules }, milestones: { where: liveMilestones } } },
    },
  });
  return rows.map((row) => ({
    ...forumHead(row),
    legalBasis: row.legalBasis,
    citation: toCitation(row.source, row.sourceLocator),
    ruleCount: row._count.rules,
    milestoneCount: row._count.milestones,
  }));
}

/**
 * One forum with its legal basis, its jurisdiction rules (validity placed against `today`) and
 * its milestones, newest first. Null for an unknown slug. Cached per request: the page and its
 * metadata share one read.
 */
export const getForum = cache(async (slug: string, today: IsoDate) => {
  const row = await db.forum.findUnique({
    where: { slug },
    select: {
      ...forumSelect,
      legalBasis: { select: instrumentSelect },
      rules: { where: liveRules, select: ruleSelect, orderBy: ruleOrder },
      milestones: { where: liveMilestones, select: milestoneItemSelect, orderBy: milestoneOrder },
    },
  });
  if (!row) return null;
  const translations = await readMilestoneTranslations(row.milestones);
  return {
    ...forumHead(row),
    citation: toCitation(row.source, row.sourceLocator),
    // The API's forum shows its legal basis without the official text's address (the page reads that apart).
    legalBasis: row.legalBasis && withoutUrl(toInstrumentView(row.legalBasis)),
    rules: row.rules.map((r) => toRuleView(r, today)),
    milestones: row.milestones.map((m) => toMilestoneItem(m, translations)),
  };
});

/**
 * What the forum page shows beside `getForum` (which the API serves in its documented shape): the
 * address of its legal basis's official text, its note on "covers" as every answer gives it (from
 * the same held reference data, so the page and the answers cannot differ), and the
 * complementarity policies that name it: policy, not jurisdiction. Null for an unknown slug.
 */
export const getForumPageExtras = cache(async (slug: string) => {
  const [row, vocabulary] = await Promise.all([
    db.forum.findUnique({
      where: { slug },
      select: { legalBasis: { select: { url: true } }, policies: { select: policySelect, orderBy: policyOrder } },
    }),
    loadVocabulary(),
  ]);
  if (!row) return null;
  return {
    legalBasisUrl: row.legalBasis?.url ?? null,
    coversNote: vocabulary.forums.find((f) => f.slug === slug)?.coversNote ?? null,
    // The note's provision in parts, for the page to name it in its language.
    coversNoteProvision: vocabulary.forums.find((f) => f.slug === slug)?.coversNoteProvision ?? null,
    policies: row.policies.map(toPolicyView),
  };
});
