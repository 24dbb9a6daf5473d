import "server-only";
import { partialDateOf, type IsoDate } from "@/lib/core/dates";
import { validityStatus } from "@/lib/core/rule-validity";
import type { Citation, MilestoneItem, MilestoneRef, MilestoneView, PolicyView, RuleView } from "@/lib/core/views";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Selects and mappers shared by the page queries: a source as cited, a jurisdiction rule and a
 * milestone, each fetched with only the columns the pages render.
 */

export const sourceSelect = {
  slug: true,
  kind: true,
  title: true,
  publisher: true,
  authors: true,
  url: true,
  publishedOn: true,
  publishedOnPrecision: true,
} as const satisfies Prisma.SourceSelect;

type SourceRow = Prisma.SourceGetPayload<{ select: typeof sourceSelect }>;

export function toCitation(source: SourceRow, locator: string | null): Citation {
  return {
    slug: source.slug,
    kind: source.kind,
    title: source.title,
    publisher: source.publisher,
    authors: source.authors,
    url: source.url,
    publishedOn: partialDateOf(source.publishedOn, source.publishedOnPrecision),
    locator,
  };
}

const named = { select: { slug: true, name: true }, orderBy: { sortOrder: "asc" } } as const;

export const milestoneRefSelect = {
  slug: true,
  title: true,
  occurredOn: true,
  precision: true,
  deletedAt: true,
} as const satisfies Prisma.MilestoneSelect;

type MilestoneRefRow = Prisma.MilestoneGetPayload<{ select: typeof milestoneRefSelect }>;

function toMilestoneRef(row: MilestoneRefRow | null): MilestoneRef | null {
  // A soft-deleted milestone is not shown, even as the milestone that opened a rule.
  if (!row || row.deletedAt) return null;
  return { slug: row.slug, title: row.title, date: partialDateOf(row.occurredOn, row.precision) };
}

export const ruleSelect = {
  slug: true,
  effect: true,
  summary: true,
  condition: true,
  conditionKind: true,
  validFrom: true,
  validFromPrecision: true,
  validTo: true,
  validToPrecision: true,
  conductFrom: true,
  conductFromPrecision: true,
  conductTo: true,
  conductToPrecision: true,
  sourceLocator: true,
  forum: { select: { slug: true, name: true, shortName: true } },
  situation: { select: { slug: true, name: true } },
  crimes: named,
  accusedKinds: named,
  levels: named,
  modes: named,
  provision: {
    select: {
      slug: true,
      number: true,
      heading: true,
      summary: true,
      url: true,
      instrument: { select: { slug: true, title: true, shortTitle: true, url: true } },
    },
  },
  source: { select: sourceSelect },
  openedBy: { select: milestoneRefSelect },
  closedBy: { select: milestoneRefSelect },
} as const satisfies Prisma.JurisdictionRuleSelect;

export type RuleRow = Prisma.JurisdictionRuleGetPayload<{ select: typeof ruleSelect }>;

/** Rules in a stable reading order: by forum, then oldest validity first. */
export const ruleOrder: Prisma.JurisdictionRuleOrderByWithRelationInput[] = [
  { forum: { sortOrder: "asc" } },
  { validFrom: { sort: "asc", nulls: "first" } },
  { slug: "asc" },
];

export function toRuleView(row: RuleRow, today: IsoDate): RuleView {
  const validity = {
    from: partialDateOf(row.validFrom, row.validFromPrecision),
    to: partialDateOf(row.validTo, row.validToPrecision),
  };
  return {
    slug: row.slug,
    effect: row.effect,
    summary: row.summary,
    condition: row.condition,
    conditionKind: row.conditionKind,
    forum: row.forum,
    situation: row.situation,
    crimes: row.crimes,
    accusedKinds: row.accusedKinds,
    levels: row.levels,
    modes: row.modes,
    validity,
    conduct: { from: partialDateOf(row.conductFrom, row.conductFromPrecision), to: partialDateOf(row.conductTo, row.conductToPrecision) },
    status: validityStatus(validity, today),
    provision: { ...row.provision, url: row.provision.url ?? row.provision.instrument.url },
    citation: toCitation(row.source, row.sourceLocator),
    openedBy: toMilestoneRef(row.openedBy),
    closedBy: toMilestoneRef(row.closedBy),
  };
}

export const milestoneSelect = {
  slug: true,
  title: true,
  description: true,
  whatChanged: true,
  occurredOn: true,
  precision: true,
  isSynthetic: true,
  track: { select: { slug: true, name: true } },
  type: { select: { slug: true, name: true } },
  situation: { select: { slug: true, name: true } },
  forums: { select: { slug: true, name: true, shortName: true }, orderBy: { sortOrder: "asc" } },
  sources: { select: { locator: true, source: { select: sourceSelect } }, orderBy: { sortOrder: "asc" } },
} as const satisfies Prisma.MilestoneSelect;

type MilestoneRow = Prisma.MilestoneGetPayload<{ select: typeof milestoneSelect }>;

export function toMilestoneView(row: MilestoneRow): MilestoneView {
  return {
    slug: row.slug,
    title: row.title,
    description: row.description,
    whatChanged: row.whatChanged,
    date: partialDateOf(row.occurredOn, row.precision),
    track: row.track,
    type: row.type,
    situation: row.situation,
    forums: row.forums,
    citations: row.sources.map((s) => toCitation(s.source, s.locator)),
    isSynthetic: row.isSynthetic,
  };
}

/**
 * Newest first. Dates known only to the month or year are stored as the first day of their period,
 * so "September 2025" sorts after "4 September 2025"; the title breaks ties.
 */
export const milestoneOrder: Prisma.MilestoneOrderByWithRelationInput[] = [{ occurredOn: "desc" }, { title: "asc" }];

export const milestoneItemSelect = {
  slug: true,
  title: true,
  occurredOn: true,
  precision: true,
  whatChanged: true,
  isSynthetic: true,
  track: { select: { slug: true, name: true } },
  type: { select: { slug: true, name: true } },
} as const satisfies Prisma.MilestoneSelect;

type MilestoneItemRow = Prisma.MilestoneGetPayload<{ select: typeof milestoneItemSelect }>;

export function toMilestoneItem(row: MilestoneItemRow): MilestoneItem {
  return {
    slug: row.slug,
    title: row.title,
    date: partialDateOf(row.occurredOn, row.precision),
    track: row.track,
    type: row.type,
    whatChanged: row.whatChanged,
    isSynthetic: row.isSynthetic,
  };
}

/** A complementarity policy (policy, not jurisdiction) as the pages show it. */
export const policySelect = {
  slug: true,
  kind: true,
  statement: true,
  proposedBy: true,
  sourceLocator: true,
  forum: { select: { slug: true, name: true } },
  situation: { select: { slug: true, name: true } },
  crimes: named,
  accusedKinds: named,
  levels: named,
  source: { select: sourceSelect },
} as const satisfies Prisma.ComplementarityPolicySelect;

type PolicyRow = Prisma.ComplementarityPolicyGetPayload<{ select: typeof policySelect }>;

/** In the order the reference data gives them. */
export const policyOrder: Prisma.ComplementarityPolicyOrderByWithRelationInput[] = [{ sortOrder: "asc" }, { slug: "asc" }];

export function toPolicyView({ source, sourceLocator, ...row }: PolicyRow): PolicyView {
  return { ...row, citation: toCitation(source, sourceLocator) };
}
