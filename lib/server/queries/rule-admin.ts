import "server-only";
import type { Choice, ChoiceGroup, RuleFormOptions } from "@/lib/core/views";
import { formatPartialDate, isoPartial, type PartialDate, partialDateOf } from "@/lib/core/dates";
import { labelsIn, provisionLabel } from "@/lib/core/labels";
import type { Locale } from "@/lib/core/locales";
import { optionsIn } from "@/lib/core/names-in";
import { plainShown, type ShownText } from "@/lib/core/translations";
import { shownUserText } from "@/lib/core/user-translations";
import { emptyRuleFormValues, type RuleFormValues } from "@/lib/core/rule-form";
import type { RuleEffect } from "@/lib/core/views";
import { db } from "@/lib/server/db";
import { missingNote, referenceNamesIn } from "@/lib/server/reference-names";
import { readUserTranslations, shownBySlug } from "@/lib/server/translations";

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
export async function loadRuleFormOptions(locale: Locale = "en"): Promise<RuleFormOptions> {
  const [forums, situations, crimes, accusedKinds, levels, modes, milestones, instruments, sources, { words }] = await Promise.all([
    db.forum.findMany({ select: { slug: true, name: true }, orderBy: { sortOrder: "asc" } }),
    db.situation.findMany(named),
    db.crimeCategory.findMany(named),
    db.accusedKind.findMany(named),
    db.responsibilityLevel.findMany(named),
    db.modeOfLiability.findMany(named),
    db.milestone.findMany({
      where: { deletedAt: null },
      orderBy: [{ occurredOn: "desc" }, { slug: "asc" }],
      select: { id: true, slug: true, title: true, lang: true, occurredOn: true, precision: true },
    }),
    db.instrument.findMany({
      orderBy: [{ adoptedOn: { sort: "asc", nulls: "last" } }, { shortTitle: "asc" }],
      select: {
        slug: true,
        shortTitle: true,
        title: true,
        provisions: { orderBy: [{ sortOrder: "asc" }, { slug: "asc" }], select: { slug: true, number: true, heading: true } },
      },
    }),
    db.source.findMany({ orderBy: [{ kind: "asc" }, { title: "asc" }], select: { slug: true, title: true, publisher: true, kind: true } }),
    referenceNamesIn(locale),
  ]);
  // Every name in the form's language (decision 039), the milestones' titles too (decision 042):
  // the translation, else the recorded text with its language named in brackets.
  const [titles, instrumentText] = await Promise.all([
    readUserTranslations(db, "Milestone", milestones.map((m) => m.id)),
    shownBySlug("Instrument", instruments.map((i) => i.slug), locale),
  ]);
  const note = missingNote(locale);
  const plain = (shown: ShownText) => plainShown(shown, note(shown.lang));
  const labels = labelsIn(locale);
  return {
    forums: optionsIn(words, "forum", forums.map(toChoice)),
    situations: optionsIn(words, "situation", situations.map(toChoice)),
    crimes: optionsIn(words, "crime", crimes.map(toChoice)),
    accusedKinds: optionsIn(words, "accusedKind", accusedKinds.map(toChoice)),
    levels: optionsIn(words, "level", levels.map(toChoice)),
    modes: optionsIn(words, "mode", modes.map(toChoice)),
    milestones: milestones.map((m) => ({
      value: m.slug,
      label: `${formatPartialDate(partialDateOf(m.occurredOn, m.precision), locale)} — ${plain(shownUserText(m.title, m.lang, titles.get(m.id) ?? {}, "title", locale))}`,
    })),
    provisions: instruments
      .filter((i) => i.provisions.length > 0)
      .map((i) => {
        const shortTitle = words("instrument", i.slug, i.shortTitle);
        return {
          label: plain(instrumentText(i.slug, "title", i.title)),
          choices: i.provisions.map((p) => {
            const heading = words("provisionHeading", p.slug, p.heading);
            return {
              value: p.slug,
              label: p.number ? `${provisionLabel({ number: words("provisionNumber", p.slug, p.number), instrument: { shortTitle } })} — ${heading}` : `${shortTitle}: ${heading}`,
            };
          }),
        };
      }),
    // The kind beside each, so a secondary source (a news report) is never picked for an official text.
    sources: sources.map((s) => ({ value: s.slug, label: `${s.publisher ? `${s.title} (${s.publisher})` : s.title} · ${labels.sourceKind[s.kind]}` })),
  };
}
