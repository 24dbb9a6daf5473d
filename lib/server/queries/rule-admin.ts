import "server-only";
import type { Choice, ChoiceGroup, RuleFormOptions } from "@/lib/core/views";
import { formatPartialDate, isoPartial, type PartialDate, partialDateOf } from "@/lib/core/dates";
import { provisionLabel, SOURCE_KIND_LABELS } from "@/lib/core/labels";
import { emptyRuleFormValues, type RuleFormValues } from "@/lib/core/rule-form";
import type { RuleEffect } from "@/lib/core/views";
import { db } from "@/lib/server/db";

/** What the admin pages read: the list of rules, one rule as form values, the form's choices. */

export type AdminRuleRow = {
  slug: string;
  effect: RuleEffect;
  summary: string;
  situation: string | null;
  validity: { from: PartialDate | null; to: PartialDate | null };
  /** The conduct the rule reaches; both null when it sets no limit. */
  conduct: { from: PartialDate | null; to: PartialDate | null };
  version: number;
  updatedAt: string;
};

export type AdminForumGroup = { forum: { slug: string; name: string; shortName: string }; rules: AdminRuleRow[] };

/** Every rule not deleted, grouped by forum (in the forums' order), then by slug. */
export async function listRulesByForum(): Promise<AdminForumGroup[]> {
  const forums = await db.forum.findMany({
    orderBy: { sortOrder: "asc" },
    select: {
      slug: true,
      name: true,
      shortName: true,
      rules: {
        where: { deletedAt: null },
        orderBy: { slug: "asc" },
        select: {
          slug: true, effect: true, summary: true, version: true, updatedAt: true,
          validFrom: true, validFromPrecision: true, validTo: true, validToPrecision: true,
          conductFrom: true, conductFromPrecision: true, conductTo: true, conductToPrecision: true,
          situation: { select: { name: true } },
        },
      },
    },
  });
  return forums.map(({ rules, ...forum }) => ({
    forum,
    rules: rules.map((r) => ({
      slug: r.slug,
      effect: r.effect,
      summary: r.summary,
      situation: r.situation?.name ?? null,
      validity: { from: partialDateOf(r.validFrom, r.validFromPrecision), to: partialDateOf(r.validTo, r.validToPrecision) },
      conduct: { from: partialDateOf(r.conductFrom, r.conductFromPrecision), to: partialDateOf(r.conductTo, r.conductToPrecision) },
      version: r.version,
      updatedAt: r.updatedAt.toISOString(),
    })),
  }));
}

/** A rule as the form shows it (as `npm run rules -- show` prints it); null when there is none. */
export async function ruleFormValuesOf(slug: string): Promise<{ values: RuleFormValues; forum: string } | null> {
  const s = { select: { slug: true } } as const;
  const r = await db.jurisdictionRule.findFirst({
    where: { slug, deletedAt: null },
    include: { forum: s, situation: s, crimes: s, accusedKinds: s, levels: s, modes: s, openedBy: s, closedBy: s, provision: s, source: s },
  });
  if (!r) return null;
  const date = (d: Date | null, precision: "DAY" | "MONTH" | "YEAR") => (d ? isoPartial(partialDateOf(d, precision)) : "");
  return {
    forum: r.forum.slug,
    values: {
      ...emptyRuleFormValues(),
      slug: r.slug,
      forum: r.forum.slug,
      situation: r.situation?.slug ?? "",
      effect: r.effect,
      summary: r.summary,
      condition: r.condition ?? "",
      conditionKind: r.conditionKind ?? "",
      crimes: r.crimes.map((x) => x.slug),
      accusedKinds: r.accusedKinds.map((x) => x.slug),
      levels: r.levels.map((x) => x.slug),
      modes: r.modes.map((x) => x.slug),
      validFrom: date(r.validFrom, r.validFromPrecision),
      validTo: date(r.validTo, r.validToPrecision),
      conductFrom: date(r.conductFrom, r.conductFromPrecision),
      conductTo: date(r.conductTo, r.conductToPrecision),
      openedBy: r.openedBy?.slug ?? "",
      closedBy: r.closedBy?.slug ?? "",
      provision: r.provision.slug,
      source: r.source.slug,
      sourceLocator: r.sourceLocator ?? "",
      expectedVersion: String(r.version),
    },
  };
}



const named = { select: { slug: true, name: true, description: true }, orderBy: { sortOrder: "asc" } } as const;
const toChoice = (r: { slug: string; name: string; description?: string }): Choice => ({ value: r.slug, label: r.name });

/** The reference records a rule may name, labelled as a lawyer reads them. */
export async function loadRuleFormOptions(): Promise<RuleFormOptions> {
  const [forums, situations, crimes, accusedKinds, levels, modes, milestones, instruments, sources] = await Promise.all([
    db.forum.findMany({ select: { slug: true, name: true }, orderBy: { sortOrder: "asc" } }),
    db.situation.findMany(named),
    db.crimeCategory.findMany(named),
    db.accusedKind.findMany(named),
    db.responsibilityLevel.findMany(named),
    db.modeOfLiability.findMany(named),
    db.milestone.findMany({
      where: { deletedAt: null },
      orderBy: [{ occurredOn: "desc" }, { slug: "asc" }],
      select: { slug: true, title: true, occurredOn: true, precision: true },
    }),
    db.instrument.findMany({
      orderBy: [{ adoptedOn: { sort: "asc", nulls: "last" } }, { shortTitle: "asc" }],
      select: {
        shortTitle: true,
        title: true,
        provisions: { orderBy: [{ sortOrder: "asc" }, { slug: "asc" }], select: { slug: true, number: true, heading: true } },
      },
    }),
    db.source.findMany({ orderBy: [{ kind: "asc" }, { title: "asc" }], select: { slug: true, title: true, publisher: true, kind: true } }),
  ]);
  return {
    forums: forums.map(toChoice),
    situations: situations.map(toChoice),
    crimes: crimes.map(toChoice),
    accusedKinds: accusedKinds.map(toChoice),
    levels: levels.map(toChoice),
    modes: modes.map(toChoice),
    milestones: milestones.map((m) => ({
      value: m.slug,
      label: `${formatPartialDate(partialDateOf(m.occurredOn, m.precision))} — ${m.title}`,
    })),
    provisions: instruments
      .filter((i) => i.provisions.length > 0)
      .map((i) => ({
        label: i.title,
        choices: i.provisions.map((p) => ({
          value: p.slug,
          label: p.number ? `${provisionLabel({ number: p.number, instrument: i })} — ${p.heading}` : `${i.shortTitle}: ${p.heading}`,
        })),
      })),
    // The kind beside each, so a secondary source (a news report) is never picked for an official text.
    sources: sources.map((s) => ({ value: s.slug, label: `${s.publisher ? `${s.title} (${s.publisher})` : s.title} · ${SOURCE_KIND_LABELS[s.kind]}` })),
  };
}
