import "server-only";
import { partialDateOf, type IsoDate } from "@/lib/core/dates";
import { validityStatus } from "@/lib/core/rule-validity";
import type { MilestoneRef, RuleView } from "@/lib/core/views";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sourceSelect, toCitation } from "./citation";

/** A jurisdiction rule as the pages show it, fetched with only the columns they render. */

/** Reference records a rule or a policy names, in their reference order. */
export const named = { select: { slug: true, name: true }, orderBy: { sortOrder: "asc" } } as const;

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
