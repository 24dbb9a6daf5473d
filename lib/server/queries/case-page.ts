import "server-only";
import type { Locale } from "@/lib/core/locales";
import type { CaseChargeView, CaseFormOptions, HistoryEntry, Option, StageEntryView } from "@/lib/core/views";
import { cache } from "react";
import { accusedRowRef, EMPTY_SOURCE, type CaseFormValues, type FailedDuty, type KnowledgeStandard } from "@/lib/core/case-input";
import { isoPartial, type PartialDate, partialDateOf } from "@/lib/core/dates";
import type { CaseStage, Citation, MilestoneRef, NamedRef } from "@/lib/core/views";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { referenceNamesIn } from "@/lib/server/reference-names";
import type { NameKind } from "@/lib/core/names-in";
import { sourceSelect, toCitation } from "./citation";
import { auditHistory } from "./milestone-history";
import { indexTranslations, translationKey, type TranslationIndex } from "@/lib/core/translations";
import { otherLocales } from "@/lib/core/user-translations";
import { toStoredTranslation, translationSelect } from "@/lib/server/translations";

/**
 * The case page, its forms and its history: one case with its accused, charges, dated stages,
 * sources and milestones, fetched with only the columns the pages render.
 */

export type CaseAccusedView = {
  slug: string;
  name: string;
  nameOriginal: string | null;
  kind: NamedRef;
  rank: string | null;
  level: NamedRef | null;
  description: string | null;
  isSynthetic: boolean;
};

export type CasePageView = {
  id: string;
  slug: string;
  version: number;
  reference: string | null;
  title: string;
  summary: string | null;
  /** The language title and summary are written in; `translations` holds their other languages (decision 042). */
  lang: string;
  translations: TranslationIndex;
  stage: CaseStage;
  stageDate: PartialDate;
  openedOn: PartialDate;
  inAbsentia: boolean;
  isSynthetic: boolean;
  forum: { slug: string; name: string; shortName: string };
  situation: NamedRef;
  accused: CaseAccusedView[];
  charges: CaseChargeView[];
  stages: StageEntryView[];
  citations: Citation[];
  milestones: MilestoneRef[];
};

const named = { select: { slug: true, name: true } } as const;
const cited = { select: sourceSelect } as const;

/** What the page shows of a case, in one joined statement (relationJoins). */
const casePageSelect = {
  id: true,
  slug: true,
  version: true,
  reference: true,
  title: true,
  summary: true,
  lang: true,
  stage: true,
  stageOn: true,
  stagePrecision: true,
  openedOn: true,
  openedPrecision: true,
  inAbsentia: true,
  isSynthetic: true,
  deletedAt: true,
  forum: { select: { slug: true, name: true, shortName: true } },
  situation: named,
  accused: {
    where: { accused: { deletedAt: null } },
    select: { accused: { select: { slug: true, name: true, nameOriginal: true, rank: true, description: true, isSynthetic: true, kind: named, level: named } } },
  },
  charges: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      accused: named,
      crime: named,
      mode: named,
      provisionCited: true,
      provision: { select: { slug: true } },
      description: true,
      knowledgeStandard: true,
      failedDuties: true,
    },
  },
  stages: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, stage: true, occurredOn: true, precision: true, inAbsentia: true, note: true, sourceLocator: true, source: cited, recordedBy: { select: { name: true } }, createdAt: true },
  },
  sources: { orderBy: [{ source: { title: "asc" } }, { source: { slug: "asc" } }], select: { locator: true, source: cited } },
  milestones: { where: { deletedAt: null }, orderBy: [{ occurredOn: "asc" }, { slug: "asc" }], select: { slug: true, title: true, occurredOn: true, precision: true } },
} as const satisfies Prisma.CaseSelect;

/** A live case as its page shows it; null for an unknown or deleted case. */
export const getCasePage = cache(async (slug: string): Promise<CasePageView | null> => {
  const row = await db.case.findUnique({ where: { slug }, select: casePageSelect });
  if (!row || row.deletedAt) return null;
  const translations = await db.translation.findMany({ where: { entityType: "Case", entityId: row.id }, select: translationSelect });
  return {
    id: row.id,
    slug: row.slug,
    version: row.version,
    reference: row.reference,
    title: row.title,
    summary: row.summary,
    lang: row.lang,
    translations: indexTranslations(translations.map(toStoredTranslation)),
    stage: row.stage,
    stageDate: partialDateOf(row.stageOn, row.stagePrecision),
    openedOn: partialDateOf(row.openedOn, row.openedPrecision),
    inAbsentia: row.inAbsentia,
    isSynthetic: row.isSynthetic,
    forum: row.forum,
    situation: row.situation,
    accused: row.accused.map((a) => a.accused).sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug)),
    charges: row.charges.map(({ accused, provision, ...ch }) => ({ ...ch, against: accused, provision: provision?.slug ?? null })),
    stages: row.stages.map((s) => ({
      id: s.id,
      stage: s.stage,
      date: partialDateOf(s.occurredOn, s.precision),
      inAbsentia: s.inAbsentia,
      note: s.note,
      citation: s.source ? toCitation(s.source, s.sourceLocator) : null,
      recordedBy: s.recordedBy?.name ?? null,
      recordedAt: s.createdAt,
    })),
    citations: row.sources.map((s) => toCitation(s.source, s.locator)),
    milestones: row.milestones.map((m) => ({ slug: m.slug, title: m.title, date: partialDateOf(m.occurredOn, m.precision) })),
  };
});

// ---------------------------------------------------------------------------------------------
// The forms.


/** The records the case form offers: every choice is a record that exists, named in `locale` (decision 039). */
export async function getCaseFormOptions(locale: Locale = "en"): Promise<CaseFormOptions> {
  const order = [{ sortOrder: "asc" as const }, { name: "asc" as const }];
  const [forums, situations, accused, kinds, levels, crimes, modes, milestones] = await Promise.all([
    db.forum.findMany({ orderBy: order, select: { slug: true, name: true } }),
    db.situation.findMany({ orderBy: order, select: { slug: true, name: true } }),
    db.accused.findMany({ where: { deletedAt: null }, orderBy: { name: "asc" }, select: { slug: true, name: true, rank: true, kind: { select: { slug: true, name: true } } } }),
    db.accusedKind.findMany({ orderBy: order, select: { slug: true, name: true } }),
    db.responsibilityLevel.findMany({ orderBy: order, select: { slug: true, name: true } }),
    db.crimeCategory.findMany({ orderBy: order, select: { slug: true, name: true } }),
    db.modeOfLiability.findMany({ orderBy: order, select: { slug: true, name: true } }),
    db.milestone.findMany({ where: { deletedAt: null }, orderBy: { occurredOn: "desc" }, select: { slug: true, title: true, occurredOn: true, precision: true } }),
  ]);
  const { words } = await referenceNamesIn(locale);
  const option = (kind: NameKind) => (r: { slug: string; name: string }) => ({ value: r.slug, label: words(kind, r.slug, r.name) });
  return {
    forums: forums.map(option("forum")),
    situations: situations.map(option("situation")),
    accused: accused.map((a) => ({ value: a.slug, label: a.rank ? `${a.name} (${a.rank})` : a.name, hint: words("accusedKind", a.kind.slug, a.kind.name) })),
    kinds: kinds.map(option("accusedKind")),
    levels: levels.map(option("level")),
    crimes: crimes.map(option("crime")),
    modes: modes.map(option("mode")),
    milestones: milestones.map((m) => ({ value: m.slug, label: m.title, hint: isoPartial(partialDateOf(m.occurredOn, m.precision)) })),
  };
}

/** A live case as the edit form shows it, with the version it was read at; null when unknown or deleted. */
export async function getCaseFormValues(slug: string) {
  const c = await getCasePage(slug);
  if (!c) return null;
  const rowOf = new Map(c.accused.map((a, i) => [a.slug, i]));
  const sources = await db.caseSource.findMany({
    where: { case: { slug } },
    orderBy: { source: { title: "asc" } },
    select: { locator: true, source: { select: { slug: true, title: true, url: true, publisher: true } } },
  });
  const values: CaseFormValues = {
    reference: c.reference ?? "",
    title: c.title,
    summary: c.summary ?? "",
    lang: c.lang,
    translations: Object.fromEntries(
      otherLocales(c.lang).map((l) => [l, { title: c.translations[translationKey("Case", c.id, "title")]?.find((t) => t.locale === l)?.text ?? "", summary: c.translations[translationKey("Case", c.id, "summary")]?.find((t) => t.locale === l)?.text ?? "" }]),
    ),
    forum: c.forum.slug,
    situation: c.situation.slug,
    accused: c.accused.map((a) => ({ slug: a.slug, name: "", nameUkrainian: "", kind: "", rank: "", level: "", description: "" })),
    charges: c.charges.map((ch) => ({
      accused: ch.against && rowOf.has(ch.against.slug) ? accusedRowRef(rowOf.get(ch.against.slug)!) : "",
      crime: ch.crime.slug,
      mode: ch.mode.slug,
      provisionCited: ch.provisionCited,
      provision: ch.provision ?? "",
      description: ch.description ?? "",
      knowledgeStandard: ch.knowledgeStandard ?? "",
      failedDuties: ch.failedDuties,
    })),
    sources: sources.map((s) => ({ ...EMPTY_SOURCE, slug: s.source.slug, title: s.source.title, url: s.source.url ?? "", publisher: s.source.publisher ?? "", locator: s.locator ?? "" })),
    milestones: c.milestones.map((m) => m.slug),
    isSynthetic: c.isSynthetic,
    expectedVersion: String(c.version),
    stage: "",
    stageDate: "",
    stageInAbsentia: false,
    stageNote: "",
  };
  return { case: c, values };
}

// ---------------------------------------------------------------------------------------------
// The history.

/**
 * A case's history, newest first, with the case's own field names ("Case number", "Charges"); a
 * deleted case is found too (the caller decides who may see it).
 */
export async function getCaseHistory(slug: string, locale: Locale = "en"): Promise<{ case: { id: string; slug: string; title: string; version: number; deletedAt: Date | null }; entries: HistoryEntry[] } | null> {
  const found = await db.case.findUnique({ where: { slug }, select: { id: true, slug: true, title: true, version: true, deletedAt: true } });
  if (!found) return null;
  const entries = await auditHistory("Case", found.id, locale);
  return { case: found, entries };
}
