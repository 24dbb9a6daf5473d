import "server-only";
import { isoPartial, partialDateOf } from "@/lib/core/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MilestoneRow } from "./find-milestone";

/** A milestone read whole (findMilestone) in the audit trail, as the API returns it, and in the input's shape for a PATCH. */

const sortedSlugs = (rows: { slug: string }[]) => rows.map((r) => r.slug).sort();

/** The audit trail's picture of a milestone: its fields, with references as slugs. */
export function snapshot(m: MilestoneRow): Prisma.InputJsonObject {
  return picture(m);
}

function picture(m: MilestoneRow) {
  return {
    slug: m.slug,
    version: m.version,
    title: m.title,
    description: m.description,
    whatChanged: m.whatChanged,
    // The language the texts above are in, and the texts in the others (decision 042): in the
    // audit's pictures too, so a stale edit of a translation is compared like any other field.
    lang: m.lang,
    translations: m.translations,
    date: isoPartial(partialDateOf(m.occurredOn, m.precision)),
    precision: m.precision,
    status: m.status,
    track: m.track.slug,
    type: m.type.slug,
    situation: m.situation?.slug ?? null,
    forums: sortedSlugs(m.forums),
    instruments: sortedSlugs(m.instruments),
    cases: sortedSlugs(m.cases),
    rules: sortedSlugs(m.rules),
    sources: m.sources.map((s) => ({ source: s.source.slug, title: s.source.title, url: s.source.url, locator: s.locator, document: s.documentSha256, page: s.page })),
    opens: sortedSlugs(m.rulesOpened.filter((r) => !r.deletedAt)),
    closes: sortedSlugs(m.rulesClosed.filter((r) => !r.deletedAt)),
    deletedAt: m.deletedAt ? m.deletedAt.toISOString() : null,
  };
}

/** The record as the API returns it. */
export function toRecord(m: MilestoneRow) {
  return {
    id: m.id,
    ...picture(m),
    sources: m.sources.map((s) => ({ slug: s.source.slug, title: s.source.title, url: s.source.url, publisher: s.source.publisher, locator: s.locator, document: s.documentSha256, page: s.page })),
    isSynthetic: m.isSynthetic,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}
export type MilestoneRecord = ReturnType<typeof toRecord>;

/** The current record in the input's shape, so that a PATCH may send only what changes. */
export function currentInput(m: MilestoneRow): Record<string, unknown> {
  // The picture less what an input does not carry (its slug, version and precision are derived or kept).
  const { slug: _slug, version: _version, precision: _precision, deletedAt: _deletedAt, ...fields } = picture(m);
  return { ...fields, sources: m.sources.map((s) => ({ slug: s.source.slug, locator: s.locator, document: s.documentSha256, page: s.page })) };
}
