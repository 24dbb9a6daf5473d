/**
 * A stale save of a milestone, as notes handle theirs: the version someone saved meanwhile
 * ("theirs") and the one the user sent ("yours") compared field by field, with the version both
 * started from ("base", from the history) when it is known. A field only they changed takes their
 * value; a field only the user changed keeps the user's; a field both changed keeps the user's and
 * is marked for a choice. Nothing is saved here: the form shows the proposal, and the user's next
 * save, at their version, is the deliberate one.
 */
import { z } from "zod";
import { LOCALES, type Locale } from "./locales";
import { EMPTY_SOURCE, MILESTONE_TEXT_FIELDS, type MilestoneFormValues, type MilestoneTextField, type MilestoneTranslationValues, type SourceFormValues } from "./milestone-input";

/** A text of the milestone in another language, as a field of the comparison ("translations.uk.title"). */
export type TranslationMergeField = `translations.${Locale}.${MilestoneTextField}`;
const TRANSLATION_FIELDS = LOCALES.flatMap((l) => MILESTONE_TEXT_FIELDS.map((f): TranslationMergeField => `translations.${l}.${f}`));

/**
 * The fields compared, in the order the form shows them: the language and the texts in the other
 * languages too (decision 042), so a translation changed meanwhile is shown side by side.
 */
export const MERGE_FIELDS = [
  "title",
  "date",
  "status",
  "description",
  "whatChanged",
  "lang",
  ...TRANSLATION_FIELDS,
  "track",
  "type",
  "situation",
  "sources",
  "forums",
  "instruments",
  "cases",
  "rules",
  "opens",
  "closes",
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

/** The language and field of a translation's field of the comparison; null for the others. */
export function translationOf(field: MergeField): { locale: Locale; field: MilestoneTextField } | null {
  const m = /^translations\.(\w+)\.(\w+)$/.exec(field);
  return m ? { locale: m[1] as Locale, field: m[2] as MilestoneTextField } : null;
}

/** A field's value in a version: a translation's text ("" for none) or the field's own value. */
export function mergeValue(values: MilestoneFormValues, field: MergeField): unknown {
  const t = translationOf(field);
  if (t) return values.translations[t.locale]?.[t.field] ?? "";
  return values[field as Exclude<MergeField, TranslationMergeField>];
}

/** The version with a field set to a value (a translation's text inside its language). */
export function withMergeValue(values: MilestoneFormValues, field: MergeField, value: unknown): MilestoneFormValues {
  const t = translationOf(field);
  if (!t) return { ...values, [field]: value };
  const held: MilestoneTranslationValues = { title: "", description: "", whatChanged: "", ...values.translations[t.locale] };
  return { ...values, translations: { ...values.translations, [t.locale]: { ...held, [t.field]: String(value ?? "") } } };
}

/** The fields that hold a list of slugs: compared as sets (their order means nothing). */
const SET_FIELDS = new Set<MergeField>(["forums", "instruments", "cases", "rules", "opens", "closes"]);

/** One field both versions hold differently. `null` for "changed by": the base is not known. */
export type FieldDifference = {
  field: MergeField;
  changedByThem: boolean | null;
  changedByYou: boolean | null;
  /** What the proposal puts in the form. */
  take: "theirs" | "yours";
};

/** What the form needs to show a stale save: both versions, who saved theirs, and the differences. */
export type MilestoneConflict = {
  yourVersion: number;
  theirVersion: number;
  /** Who saved their version and when (ISO), when the history says. */
  editedBy: string | null;
  editedAt: string | null;
  theirs: MilestoneFormValues;
  yours: MilestoneFormValues;
  /** Whether the version the user started from was found, so "changed by" can be told. */
  baseKnown: boolean;
  differences: FieldDifference[];
};

// What a row cites: the source, the passage, and the document and page it points at (a changed page is a change).
const sourceKey = (s: SourceFormValues) =>
  (s.slug.trim() ? `slug:${s.slug.trim()}` : `new:${s.title.trim()}|${s.url.trim()}|${s.publisher.trim()}|${s.kind.trim()}`) +
  `|${s.locator.trim()}|${(s.document ?? "").trim().toLowerCase()}|${s.document?.trim() ? (s.page ?? "").trim() : ""}`;

/** A field's value in a form that compares: text trimmed, sets sorted, sources by what they cite. */
function comparable(values: MilestoneFormValues, field: MergeField): string {
  if (field === "sources") return JSON.stringify(values.sources.filter((s) => s.slug.trim() || s.title.trim()).map(sourceKey));
  const value = mergeValue(values, field);
  if (Array.isArray(value)) return JSON.stringify(SET_FIELDS.has(field) ? [...new Set(value)].sort() : value);
  const text = String(value ?? "").trim().replace(/\r\n/g, "\n");
  if (field === "lang") return text.toLowerCase() || "en";
  return field === "status" ? text.toUpperCase() : text;
}

export const sameField = (a: MilestoneFormValues, b: MilestoneFormValues, field: MergeField) => comparable(a, field) === comparable(b, field);

/**
 * The fields `theirs` and `yours` hold differently (among `fields`), each with who changed it
 * since `base` and the proposal, and the form's values with the proposal applied, based on
 * their version (so the next save is checked against it).
 */
export function compareMilestoneVersions({ base, theirs, yours, theirVersion, fields = MERGE_FIELDS }: {
  base: MilestoneFormValues | null;
  theirs: MilestoneFormValues;
  yours: MilestoneFormValues;
  theirVersion: number;
  fields?: readonly MergeField[];
}): { differences: FieldDifference[]; proposal: MilestoneFormValues } {
  const differences: FieldDifference[] = [];
  let proposal: MilestoneFormValues = { ...yours, expectedVersion: String(theirVersion) };
  for (const field of fields) {
    if (sameField(theirs, yours, field)) continue;
    const changedByThem = base ? !sameField(base, theirs, field) : null;
    const changedByYou = base ? !sameField(base, yours, field) : null;
    const take = changedByThem === true && changedByYou === false ? "theirs" : "yours";
    if (take === "theirs") proposal = withMergeValue(proposal, field, mergeValue(theirs, field));
    differences.push({ field, changedByThem, changedByYou, take });
  }
  return { differences, proposal };
}

// ---------------------------------------------------------------------------------------------
// A version as the form holds it: from a record (the API's), a picture of the history, or a form.

const text = z.preprocess((v) => (v === null || v === undefined ? "" : v), z.coerce.string()).catch("");
const slugs = z.preprocess((v) => (v === undefined || v === null ? [] : typeof v === "string" ? [v] : v), z.array(z.coerce.string())).catch([]);
// A record's sources carry `slug`; the history's pictures `source`; a form's rows either. The
// passage's document and page (a number in a record, as typed in a form) come along, so a version
// chosen in a conflict keeps them.
const source = z
  .object({ slug: text.optional(), source: text.optional(), title: text, url: text, publisher: text, kind: text, locator: text, document: text, page: text })
  .transform((s): SourceFormValues => ({ ...EMPTY_SOURCE, slug: s.slug || s.source || "", title: s.title, url: s.url, publisher: s.publisher, kind: s.kind, locator: s.locator, ...(s.document ? { document: s.document, page: s.page } : {}) }));

// A picture or record holds `{ uk: { title: "…", description: null } }`; a form `translations.uk.title`, which Conform nests alike.
const translationTexts = z
  .preprocess((v) => (typeof v === "object" && v !== null ? v : {}), z.object({ title: text, description: text, whatChanged: text }))
  .catch({ title: "", description: "", whatChanged: "" });
const translations = z
  .preprocess((v) => (typeof v === "object" && v !== null && !Array.isArray(v) ? v : {}), z.record(z.string(), z.unknown()))
  .transform((v) => Object.fromEntries(LOCALES.filter((l) => v[l] !== undefined && v[l] !== null).map((l) => [l, translationTexts.parse(v[l])])) as MilestoneFormValues["translations"])
  .catch({});

const versionShape = z.object({
  title: text,
  description: text,
  whatChanged: text,
  // A picture from before decision 042 has no language: it was English.
  lang: z.preprocess((v) => (v === null || v === undefined || v === "" ? "en" : v), z.coerce.string()).catch("en"),
  translations,
  date: text,
  status: text,
  track: text,
  type: text,
  situation: text,
  forums: slugs,
  instruments: slugs,
  cases: slugs,
  rules: slugs,
  sources: z.preprocess((v) => (Array.isArray(v) ? v : []), z.array(source)).catch([]),
  opens: slugs,
  closes: slugs,
  expectedVersion: text,
  version: z.unknown().optional(),
});

/**
 * A version of a milestone in the form's shape, from what the API returns, a picture the history
 * holds, or a form's submission; null when it is not a milestone's picture (an old history entry
 * written with database ids has no `track` slug, and is no base to compare with).
 */
export function milestoneFormValuesOf(value: unknown): MilestoneFormValues | null {
  if (typeof value !== "object" || value === null) return null;
  const parsed = versionShape.safeParse(value);
  if (!parsed.success) return null;
  const { version, ...values } = parsed.data;
  return { ...values, expectedVersion: values.expectedVersion || (typeof version === "number" ? String(version) : "") };
}

/** Whether a history picture can stand as the base: it names its track and type by slug. */
export function isMilestonePicture(value: unknown): boolean {
  return typeof value === "object" && value !== null && typeof (value as { track?: unknown }).track === "string" && typeof (value as { type?: unknown }).type === "string";
}

/**
 * The form's side of a stale save: the two versions from the refusal's `current` (the milestone
 * as it is now, with who saved it) and `base`, and what the user sent; the differences among
 * `fields` and the proposal the form shows next. Null when `current` is not a milestone.
 */
export function milestoneConflictOf({ current, base, sent, fields = MERGE_FIELDS }: {
  current: Record<string, unknown>;
  base: Record<string, unknown> | null;
  sent: unknown;
  fields?: readonly MergeField[];
}): { conflict: MilestoneConflict; proposal: MilestoneFormValues } | null {
  const theirs = milestoneFormValuesOf(current);
  const yours = milestoneFormValuesOf(sent);
  const theirVersion = Number(current.version);
  if (!theirs || !yours || !Number.isInteger(theirVersion)) return null;
  const started = base ? milestoneFormValuesOf(base) : null;
  const { differences, proposal } = compareMilestoneVersions({ base: started, theirs, yours, theirVersion, fields });
  const optionalText = (v: unknown) => (typeof v === "string" ? v : null);
  return {
    conflict: {
      yourVersion: Number(yours.expectedVersion),
      theirVersion,
      editedBy: optionalText(current.editedBy),
      editedAt: optionalText(current.editedAt),
      theirs,
      yours,
      baseKnown: started !== null,
      differences,
    },
    proposal,
  };
}
