import "server-only";
import { partialDateOf, type IsoDate } from "@/lib/core/dates";
import { coverageOverTime, type CoverageOverTime } from "@/lib/core/coverage-over-time";
import { evaluate, ruleSchema, type Answer, type ForumNote, type ForumRef, type Rule } from "@/lib/core/jurisdiction";
import type { Locale } from "@/lib/core/locales";
import { provisionNoteLabel, recordedNames, type Namer, type ProvisionParts } from "@/lib/core/names-in";
import { policySchema, type Policy } from "@/lib/core/policy";
import { namesIn, plainShown, RECORDED_LOCALE, shownField, type ShownName, type ShownText, type TranslationIndex } from "@/lib/core/translations";
import { parseProfileQuery, type ParseResult, type Vocabulary } from "@/lib/core/profile-query";
import { db } from "./db";
import { AppError } from "./errors";
import { ruleSelect } from "./queries/rule-view";
import { heldUntilChanged } from "./held";
import { missingNote, referenceNamesIn } from "./reference-names";
import { readAllTranslations } from "./translations";

type Named = { id: string; slug: string; name: string };
export type ReferenceVocabulary = Vocabulary & {
  /** The short name heads a column of the matrix, where the full name does not fit. */
  forums: (ForumRef & { id: string; shortName: string; coversNote: ForumNote | null; coversNoteProvision?: ProvisionRow | null })[];
  names: { crimes: Named[]; accusedKinds: Named[]; levels: Named[]; modes: Named[]; situations: Named[] };
  /** The other languages of the forums and the names, in every language (decision 039): `namesIn` picks one. */
  translations: TranslationIndex;
};

/** The models the vocabulary names, whose translations it holds. */
const VOCABULARY_ENTITIES = ["Forum", "CrimeCategory", "AccusedKind", "ResponsibilityLevel", "ModeOfLiability", "Situation"] as const;

const named = { orderBy: { sortOrder: "asc" }, select: { id: true, slug: true, name: true } } as const;
const provisionLabel = (p: ProvisionParts) => provisionNoteLabel(recordedNames, p);
const provisionRef = { select: { slug: true, number: true, heading: true, url: true, instrument: { select: { slug: true, shortTitle: true, url: true } } } } as const;
type ProvisionRow = { slug: string; number: string | null; heading: string; url: string | null; instrument: { slug: string; shortTitle: string; url: string | null } };
const toProvision = (p: ProvisionRow) => ({ slug: p.slug, label: provisionLabel(p), url: p.url ?? p.instrument.url });

/** The forums and the slugs a question may use, in display order. */
async function queryVocabulary(): Promise<ReferenceVocabulary> {
  const [forumRows, crimes, accusedKinds, levels, modes, situations, translations] = await Promise.all([
    db.forum.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, slug: true, name: true, shortName: true, coversNote: true, coversNoteProvision: provisionRef } }),
    db.crimeCategory.findMany(named),
    db.accusedKind.findMany(named),
    db.responsibilityLevel.findMany(named),
    db.modeOfLiability.findMany(named),
    db.situation.findMany(named),
    readAllTranslations(VOCABULARY_ENTITIES),
  ]);
  const forums = forumRows.map(({ coversNote, coversNoteProvision, ...f }) => ({
    ...f,
    // Kept in parts, so that a page can name the provision in its language (forumsIn).
    coversNoteProvision,
    // The provision is null only if it was deleted since (the key is ON DELETE SET NULL); the note's text stays.
    coversNote: coversNote === null ? null : { text: coversNote, provision: coversNoteProvision && toProvision(coversNoteProvision) },
  })) as ReferenceVocabulary["forums"];
  const slugs = (rows: Named[]) => rows.map((r) => r.slug);
  return {
    forums,
    crimes: slugs(crimes),
    accusedKinds: slugs(accusedKinds),
    levels: slugs(levels),
    modes: slugs(modes),
    situations: slugs(situations),
    names: { crimes, accusedKinds, levels, modes, situations },
    translations,
  };
}

const slug = { select: { slug: true } } as const;
const slugsOf = (rows: { slug: string }[]) => rows.map((r) => r.slug);
const citedSource = { select: { slug: true, title: true, url: true } } as const;

/** The jurisdiction rules in force in the database (not deleted), read as the pages read them (ruleSelect), parsed for the engine. */
async function queryRules(): Promise<Rule[]> {
  const rows = await db.jurisdictionRule.findMany({ where: { deletedAt: null }, orderBy: { slug: "asc" }, select: ruleSelect });
  // Parse at the boundary: the engine trusts its input, so the database's must be checked.
  return ruleSchema.array().parse(
    rows.map((r) => ({
      slug: r.slug,
      forum: r.forum.slug,
      situation: r.situation?.slug ?? null,
      effect: r.effect,
      summary: r.summary,
      condition: r.condition,
      conditionKind: r.conditionKind,
      crimes: slugsOf(r.crimes),
      accusedKinds: slugsOf(r.accusedKinds),
      levels: slugsOf(r.levels),
      modes: slugsOf(r.modes),
      validFrom: partialDateOf(r.validFrom, r.validFromPrecision),
      validTo: partialDateOf(r.validTo, r.validToPrecision),
      conductFrom: partialDateOf(r.conductFrom, r.conductFromPrecision),
      conductTo: partialDateOf(r.conductTo, r.conductToPrecision),
      openedBy: r.openedBy && { slug: r.openedBy.slug, title: r.openedBy.title },
      closedBy: r.closedBy && { slug: r.closedBy.slug, title: r.closedBy.title },
      provision: toProvision(r.provision),
      source: { slug: r.source.slug, title: r.source.title, url: r.source.url, locator: r.sourceLocator },
    })),
  );
}

/** The complementarity split (policy, not jurisdiction), in display order; its scope lists in their records' order. */
async function queryPolicies(): Promise<Policy[]> {
  const scope = { orderBy: { id: "asc" }, select: { slug: true } } as const;
  const rows = await db.complementarityPolicy.findMany({
    orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    select: {
      slug: true,
      kind: true,
      forum: slug,
      situation: slug,
      statement: true,
      proposedBy: true,
      crimes: scope,
      accusedKinds: scope,
      levels: scope,
      source: citedSource,
      sourceLocator: true,
    },
  });
  return policySchema.array().parse(
    rows.map((p) => ({
      ...p,
      forum: p.forum?.slug ?? null,
      situation: p.situation?.slug ?? null,
      crimes: slugsOf(p.crimes),
      accusedKinds: slugsOf(p.accusedKinds),
      levels: slugsOf(p.levels),
      source: { ...p.source, locator: p.sourceLocator },
    })),
  );
}


/** The tables the vocabulary, the rules and the policies are read from (below). */
export const JURISDICTION_TABLES = [
  "Forum", "Situation", "CrimeCategory", "ModeOfLiability", "AccusedKind", "ResponsibilityLevel",
  "Instrument", "Provision", "Source", "Milestone", "JurisdictionRule", "ComplementarityPolicy", "Translation",
  "_AccusedKindToJurisdictionRule", "_CrimeCategoryToJurisdictionRule", "_JurisdictionRuleToModeOfLiability",
  "_JurisdictionRuleToResponsibilityLevel", "_AccusedKindToComplementarityPolicy", "_ComplementarityPolicyToCrimeCategory",
  "_ComplementarityPolicyToResponsibilityLevel",
] as const;

/**
 * The vocabulary and the rules, together: the matrix and the "which forum?" answer need both.
 * Held until one of the tables they are read from changes (held.ts). Frozen: shared by every request.
 */
export const loadReference: () => Promise<{ vocabulary: ReferenceVocabulary; rules: Rule[]; policies: Policy[] }> = heldUntilChanged("jurisdiction", JURISDICTION_TABLES, async () => {
  const [vocabulary, rules, policies] = await Promise.all([queryVocabulary(), queryRules(), queryPolicies()]);
  return { vocabulary, rules, policies };
});

/** The forums and the slugs a question may use, in display order. */
export const loadVocabulary = async (): Promise<ReferenceVocabulary> => (await loadReference()).vocabulary;

export type VocabularyIn = {
  forums: { slug: string; name: string; shortName: string; shown: { name: ShownText; shortName: ShownText } }[];
  crimes: ShownName[];
  accusedKinds: ShownName[];
  levels: ShownName[];
  modes: ShownName[];
  situations: ShownName[];
};

/** The vocabulary's names in a language (decision 039), from the translations it holds: no statement. */
export function vocabularyIn(vocabulary: ReferenceVocabulary, locale: string): VocabularyIn {
  const index = vocabulary.translations;
  const { names } = vocabulary;
  return {
    forums: vocabulary.forums.map((f) => ({
      slug: f.slug,
      name: f.name,
      shortName: f.shortName,
      shown: { name: shownField(index, "Forum", f.id, "name", f.name, locale), shortName: shownField(index, "Forum", f.id, "shortName", f.shortName, locale) },
    })),
    crimes: namesIn(index, "CrimeCategory", names.crimes, locale),
    accusedKinds: namesIn(index, "AccusedKind", names.accusedKinds, locale),
    levels: namesIn(index, "ResponsibilityLevel", names.levels, locale),
    modes: namesIn(index, "ModeOfLiability", names.modes, locale),
    situations: namesIn(index, "Situation", names.situations, locale),
  };
}

/**
 * The forums as the engine and the answer name them, in a language (decision 039): their names,
 * short names and notes in `locale`, or the recorded English marked («англійською») where missing.
 * The engine's sentences and the answer's cards then speak the page's language. No statement.
 */
export function forumsIn(vocabulary: ReferenceVocabulary, locale: Locale, words?: Namer): ReferenceVocabulary["forums"] {
  if (locale === RECORDED_LOCALE) return vocabulary.forums;
  const index = vocabulary.translations;
  const note = missingNote(locale);
  const plain = (shown: ShownText) => plainShown(shown, note(shown.lang));
  return vocabulary.forums.map((f) => ({
    ...f,
    name: plain(shownField(index, "Forum", f.id, "name", f.name, locale)),
    shortName: plain(shownField(index, "Forum", f.id, "shortName", f.shortName, locale)),
    coversNote: f.coversNote && {
      text: plain(shownField(index, "Forum", f.id, "coversNote", f.coversNote.text, locale)),
      provision: f.coversNote.provision && words && f.coversNoteProvision ? { ...f.coversNote.provision, label: provisionNoteLabel(words, f.coversNoteProvision) } : f.coversNote.provision,
    },
  }));
}

/** The vocabulary's lists as plain names in a language (a missing one in English, the note in brackets), for tables and sentences. */
export function vocabularyWords(vocabulary: ReferenceVocabulary, locale: Locale) {
  const names = vocabularyIn(vocabulary, locale);
  const note = missingNote(locale);
  const plain = (items: readonly ShownName[]) => items.map((i) => ({ slug: i.slug, name: plainShown(i.shown, note(i.shown.lang)) }));
  return {
    forums: forumsIn(vocabulary, locale),
    crimes: plain(names.crimes),
    accusedKinds: plain(names.accusedKinds),
    levels: plain(names.levels),
    modes: plain(names.modes),
    situations: plain(names.situations),
  };
}

type Query = Record<string, string | readonly string[] | undefined>;

/**
 * Answers "which forum?" for query parameters, or says which parameters are refused. For the page,
 * which shows refusals next to the form's fields instead of failing.
 */
export async function readJurisdiction(args: { query: Query; today: IsoDate; locale?: Locale }): Promise<{ result: ParseResult<Answer>; vocabulary: ReferenceVocabulary }> {
  const { vocabulary, rules, policies } = await loadReference();
  const parsed = parseProfileQuery(args.query, vocabulary, args.today);
  if (!parsed.ok) return { result: parsed, vocabulary };
  const forums = args.locale ? forumsIn(vocabulary, args.locale, (await referenceNamesIn(args.locale)).words) : vocabulary.forums;
  return { result: { ok: true, value: evaluate(parsed.value, forums, rules, policies, args.locale) }, vocabulary };
}

/** Answers "which forum?" for query parameters; refuses bad ones with AppError INVALID_INPUT. */
export async function answerJurisdiction(args: { query: Query; today: IsoDate }): Promise<{ answer: Answer; vocabulary: ReferenceVocabulary }> {
  const { result, vocabulary } = await readJurisdiction(args);
  if (!result.ok) throw AppError.invalidInput(result.errors);
  return { answer: result.value, vocabulary };
}

/**
 * The answer's question asked as of every date (lib/core/coverage-over-time.ts): each forum's
 * periods, from the same rules and forums as the answer.
 */
export async function readCoverageOverTime(answer: Answer, locale: Locale = "en"): Promise<CoverageOverTime> {
  const { vocabulary, rules } = await loadReference();
  const { crime, accused, level, mode, situation } = answer.profile;
  return coverageOverTime({ crime, accused, level, mode, situation, conduct: answer.conduct }, forumsIn(vocabulary, locale), rules);
}
