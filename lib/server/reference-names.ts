import "server-only";
/**
 * The names of the reference vocabularies in a page's language (docs/decisions/039-reference-data-in-two-languages.md),
 * for every page that shows a forum, crime, level, mode, kind of accused, situation, track, type or
 * instrument (and a provision's heading and summary) by the text its own read returned (the case list, a case, the timeline, a rule…).
 * Those reads stay as they are (the API and the exports serve them, in English); the page renames
 * by slug from here. The records and their names' translations are held in memory until one of
 * their tables changes (decision 024): no statement per page, none per row.
 */
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import uk from "@/messages/uk.json";
import type { Locale } from "@/lib/core/locales";
import { provisionNumberUk, type NameKind, type Namer } from "@/lib/core/names-in";
import { plainShown, pickText, RECORDED_LOCALE, type ShownText, type StoredTranslation, type TranslatableEntity } from "@/lib/core/translations";
import { db } from "./db";
import { heldUntilChanged } from "./held";
import { toStoredTranslation, translationSelect } from "./translations";

/** What a page names by slug, and the model and field each name is. */
const KINDS = {
  forum: { entity: "Forum", field: "name" },
  forumShort: { entity: "Forum", field: "shortName" },
  crime: { entity: "CrimeCategory", field: "name" },
  accusedKind: { entity: "AccusedKind", field: "name" },
  level: { entity: "ResponsibilityLevel", field: "name" },
  mode: { entity: "ModeOfLiability", field: "name" },
  situation: { entity: "Situation", field: "name" },
  track: { entity: "MilestoneTrack", field: "name" },
  type: { entity: "MilestoneType", field: "name" },
  instrument: { entity: "Instrument", field: "shortTitle" },
  provisionHeading: { entity: "Provision", field: "heading" },
  provisionSummary: { entity: "Provision", field: "summary" },
  ruleSummary: { entity: "JurisdictionRule", field: "summary" },
  ruleCondition: { entity: "JurisdictionRule", field: "condition" },
  policyStatement: { entity: "ComplementarityPolicy", field: "statement" },
} as const satisfies Record<Exclude<NameKind, "provisionNumber">, { entity: TranslatableEntity; field: string }>;

const ENTITIES = [...new Set(Object.values(KINDS).map((k) => k.entity))];
const FIELDS = [...new Set(Object.values(KINDS).map((k) => k.field))];

/** The tables the names are read from: a change to one drops them. */
export const REFERENCE_NAME_TABLES = [...ENTITIES, "Translation"] as const;

type Held = {
  /** `entity:slug:field` → the stored translations of that name, every language. */
  translations: Record<string, StoredTranslation[]>;
};

const bySlug = { select: { id: true, slug: true } } as const;

const loadNames = heldUntilChanged("reference names", REFERENCE_NAME_TABLES, async (): Promise<Held> => {
  const [forums, crimes, kinds, levels, modes, situations, tracks, types, instruments, provisions, rules, policies, rows] = await Promise.all([
    db.forum.findMany(bySlug),
    db.crimeCategory.findMany(bySlug),
    db.accusedKind.findMany(bySlug),
    db.responsibilityLevel.findMany(bySlug),
    db.modeOfLiability.findMany(bySlug),
    db.situation.findMany(bySlug),
    db.milestoneTrack.findMany(bySlug),
    db.milestoneType.findMany(bySlug),
    db.instrument.findMany(bySlug),
    db.provision.findMany(bySlug),
    db.jurisdictionRule.findMany(bySlug),
    db.complementarityPolicy.findMany(bySlug),
    db.translation.findMany({ where: { entityType: { in: ENTITIES }, field: { in: FIELDS } }, select: translationSelect }),
  ]);
  const records = { Forum: forums, CrimeCategory: crimes, AccusedKind: kinds, ResponsibilityLevel: levels, ModeOfLiability: modes, Situation: situations, MilestoneTrack: tracks, MilestoneType: types, Instrument: instruments, Provision: provisions, JurisdictionRule: rules, ComplementarityPolicy: policies };
  const slugOf: Record<string, string> = {};
  for (const [entity, list] of Object.entries(records)) {
    for (const r of list) slugOf[`${entity}:${r.id}`] = r.slug;
  }
  const translations: Held["translations"] = {};
  for (const row of rows) {
    const slug = slugOf[`${row.entityType}:${row.entityId}`];
    if (slug === undefined) continue;
    const { entityType, entityId: _id, field, ...t } = toStoredTranslation(row);
    (translations[`${entityType}:${slug}:${field}`] ??= []).push(t);
  }
  return { translations };
});

export type NamesIn = {
  locale: Locale;
  /** The name of a record (by slug) in the page's language, or its recorded name marked missing. */
  shown(kind: NameKind, slug: string, recorded: string): ShownText;
  /** The same as plain words, for an option, a title, a chart label or a feed: the note in brackets when missing. */
  words: Namer;
};

/** The note a missing name carries in plain words («англійською»). */
export function missingNote(locale: Locale): (lang: string) => string {
  const t = createTranslator({ locale, messages: locale === "uk" ? uk : en, namespace: "Reference" });
  return (lang) => t("inLanguage", { language: lang });
}

const ukNumber = (recorded: string): StoredTranslation => {
  const text = provisionNumberUk(recorded);
  // Left as recorded (a form the rule does not know) is shown as English, marked.
  return { locale: "uk", state: text === recorded ? "MISSING" : "TRANSLATED", text, source: null, sourceLocator: null, translatedBy: null, translatedOn: null };
};

/** The vocabularies' names in `locale`. Nothing is read for English (the recorded language). */
export async function referenceNamesIn(locale: Locale): Promise<NamesIn> {
  const held = locale === RECORDED_LOCALE ? null : await loadNames();
  const note = missingNote(locale);
  const shown = (kind: NameKind, slug: string, recorded: string): ShownText => {
    // A provision's number is words and numbers, said in Ukrainian by rule, not stored.
    if (kind === "provisionNumber") return pickText({ text: recorded, locale: RECORDED_LOCALE }, locale === "uk" ? [ukNumber(recorded)] : [], locale)!;
    const { entity, field } = KINDS[kind];
    return pickText({ text: recorded, locale: RECORDED_LOCALE }, held?.translations[`${entity}:${slug}:${field}`] ?? [], locale)!;
  };
  return {
    locale,
    shown,
    words: (kind, slug, recorded) => {
      const value = shown(kind, slug, recorded);
      return plainShown(value, note(value.lang));
    },
  };
}
