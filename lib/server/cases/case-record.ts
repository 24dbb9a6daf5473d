import "server-only";
import { isoPartial, partialDateOf } from "@/lib/core/dates";
import { compactTranslations } from "@/lib/core/user-translations";
import type { CaseRow } from "./find-case";

/** A case read whole (findCase) as the API returns it, and in the input's shape for a PATCH. */

export const liveAccused = (c: CaseRow) =>
  c.accused
    .map((a) => a.accused)
    .filter((a) => !a.deletedAt)
    .sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug));

/** A case's own fields, references as slugs: what the audit snapshot and the API record share. */
export function caseFields(c: CaseRow) {
  return {
    slug: c.slug,
    version: c.version,
    reference: c.reference,
    title: c.title,
    summary: c.summary,
    // The language title and summary are written in, and their other-language texts (decision 042).
    lang: c.lang,
    translations: compactTranslations(c.translations ?? {}),
    forum: c.forum.slug,
    situation: c.situation.slug,
    stage: c.stage,
    stageDate: isoPartial(partialDateOf(c.stageOn, c.stagePrecision)),
    inAbsentia: c.inAbsentia,
    openedOn: isoPartial(partialDateOf(c.openedOn, c.openedPrecision)),
    isSynthetic: c.isSynthetic,
    deletedAt: c.deletedAt ? c.deletedAt.toISOString() : null,
  };
}

/** An accused's own fields, references as slugs: what the API record and the audit snapshot share. */
export type AccusedFields = { slug: string; name: string; nameOriginal: string | null; rank: string | null; description: string | null; isSynthetic: boolean; kind: { slug: string }; level: { slug: string } | null };

export function accusedRecord(a: AccusedFields) {
  return {
    slug: a.slug,
    name: a.name,
    nameUkrainian: a.nameOriginal,
    kind: a.kind.slug,
    rank: a.rank,
    level: a.level?.slug ?? null,
    description: a.description,
    isSynthetic: a.isSynthetic,
  };
}

/** A charge's fields, references as slugs: the API record's and the PATCH input's. */
function chargeFields(ch: CaseRow["charges"][number]) {
  return {
    accused: ch.accused?.slug ?? null,
    crime: ch.crime.slug,
    mode: ch.mode.slug,
    provisionCited: ch.provisionCited,
    provision: ch.provision?.slug ?? null,
    description: ch.description,
    knowledgeStandard: ch.knowledgeStandard,
    failedDuties: ch.failedDuties,
  };
}

/** The record as the API returns it: the full case, never its annotations. */
export function toRecord(c: CaseRow) {
  return {
    id: c.id,
    ...caseFields(c),
    accused: liveAccused(c).map(accusedRecord),
    charges: c.charges.map((ch) => ({ id: ch.id, ...chargeFields(ch) })),
    stages: c.stages.map((s) => ({
      id: s.id,
      stage: s.stage,
      date: isoPartial(partialDateOf(s.occurredOn, s.precision)),
      precision: s.precision,
      inAbsentia: s.inAbsentia,
      note: s.note,
      source: s.source ? { slug: s.source.slug, title: s.source.title, url: s.source.url, publisher: s.source.publisher, locator: s.sourceLocator } : null,
      recordedBy: s.recordedBy?.name ?? null,
      recordedAt: s.createdAt.toISOString(),
    })),
    sources: c.sources.map((s) => ({ slug: s.source.slug, title: s.source.title, url: s.source.url, publisher: s.source.publisher, locator: s.locator })),
    milestones: c.milestones.filter((m) => !m.deletedAt).map((m) => m.slug),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
export type CaseRecord = ReturnType<typeof toRecord>;

/** The current record in the input's shape, so that a PATCH may send only what changes. */
export function currentInput(c: CaseRow): Record<string, unknown> {
  return {
    reference: c.reference,
    title: c.title,
    summary: c.summary,
    lang: c.lang,
    forum: c.forum.slug,
    situation: c.situation.slug,
    accused: liveAccused(c).map((a) => ({ slug: a.slug })),
    charges: c.charges.map(chargeFields),
    sources: c.sources.map((s) => ({ slug: s.source.slug, locator: s.locator })),
    milestones: c.milestones.filter((m) => !m.deletedAt).map((m) => m.slug),
    isSynthetic: c.isSynthetic,
  };
}
