/**
 * The pages' views with the vocabularies' names in the page's language (decision 039). The reads
 * behind the views are the API's and stay English; a page renames each named record by its slug
 * with a `Namer` (lib/server/reference-names.ts gives one per language, from held data), so a view
 * keeps its shape and its components need no change. A name missing in the language comes back in
 * the recorded English with the note in brackets («Direct commission (англійською)»).
 */
import type { CaseListOptions } from "./case-list-query";
import type { FilterOptions } from "./milestone-filters";
import type { CodeList, ImportVocabulary } from "./import/vocabulary";
import type { Answer } from "./jurisdiction";
import type { CaseListFacets, CaseListRow, CaseChargeView, MilestoneItem, MilestoneView, NamedRef, Option, PolicyView, RuleView } from "./views";

/** The kinds of named record a page renames. */
export type NameKind =
  | "forum"
  | "forumShort"
  | "crime"
  | "accusedKind"
  | "level"
  | "mode"
  | "situation"
  | "track"
  | "type"
  | "instrument"
  | "provisionHeading"
  | "provisionSummary"
  /** A rule's summary and condition, a policy's statement: sentences, shown whole in the language or marked. */
  | "ruleSummary"
  | "ruleCondition"
  | "policyStatement"
  /** A provision's number ("Article 12(3)"): its words in the language, its numbers as recorded. */
  | "provisionNumber";

/** A record's name in the page's language, by its slug, from its recorded name: plain words. */
export type Namer = (kind: NameKind, slug: string, recorded: string) => string;

/** The recorded names as they are: English pages. */
export const recordedNames: Namer = (_kind, _slug, recorded) => recorded;

export function renamed<T extends { slug: string; name: string }>(words: Namer, kind: NameKind, ref: T): T;
export function renamed<T extends { slug: string; name: string }>(words: Namer, kind: NameKind, ref: T | null): T | null;
export function renamed<T extends { slug: string; name: string }>(words: Namer, kind: NameKind, ref: T | null): T | null {
  return ref && { ...ref, name: words(kind, ref.slug, ref.name) };
}

const all = <T extends { slug: string; name: string }>(words: Namer, kind: NameKind, refs: readonly T[]): T[] => refs.map((r) => renamed(words, kind, r));

/** A forum with a name and a short name. */
export function forumIn<T extends { slug: string; name: string; shortName: string }>(words: Namer, forum: T): T {
  return { ...forum, name: words("forum", forum.slug, forum.name), shortName: words("forumShort", forum.slug, forum.shortName) };
}

/** Options whose value is a record's slug (a form's select, a filter). */
export function optionsIn<T extends Option>(words: Namer, kind: NameKind, options: readonly T[]): T[] {
  return options.map((o) => ({ ...o, label: words(kind, o.value, o.label) }));
}

/** A provision's heading, summary and instrument's short title in the language. */
function provisionIn<T extends { slug: string; number: string | null; heading: string; summary: string; instrument: { slug: string; shortTitle: string } }>(words: Namer, provision: T): T {
  return {
    ...provision,
    number: provision.number && words("provisionNumber", provision.slug, provision.number),
    heading: words("provisionHeading", provision.slug, provision.heading),
    summary: words("provisionSummary", provision.slug, provision.summary),
    instrument: { ...provision.instrument, shortTitle: words("instrument", provision.instrument.slug, provision.instrument.shortTitle) },
  };
}

/** A provision as a note names it, with its parts: "Rome Statute, Article 17: Issues of admissibility". */
export type ProvisionParts = { slug: string; number: string | null; heading: string; instrument: { slug: string; shortTitle: string } };

/** That name in the language: "Римський статут, стаття 17: Питання прийнятності" (each part marked where missing). */
export function provisionNoteLabel(words: Namer, p: ProvisionParts): string {
  return `${words("instrument", p.instrument.slug, p.instrument.shortTitle)}${p.number ? `, ${words("provisionNumber", p.slug, p.number)}` : ""}: ${words("provisionHeading", p.slug, p.heading)}`;
}

export function ruleViewIn(words: Namer, rule: RuleView): RuleView {
  return {
    ...rule,
    forum: forumIn(words, rule.forum),
    situation: renamed(words, "situation", rule.situation),
    crimes: all(words, "crime", rule.crimes),
    accusedKinds: all(words, "accusedKind", rule.accusedKinds),
    levels: all(words, "level", rule.levels),
    modes: all(words, "mode", rule.modes),
    provision: provisionIn(words, rule.provision),
    summary: words("ruleSummary", rule.slug, rule.summary),
    condition: rule.condition && words("ruleCondition", rule.slug, rule.condition),
  };
}

export function policyViewIn(words: Namer, policy: PolicyView): PolicyView {
  return {
    ...policy,
    forum: renamed(words, "forum", policy.forum),
    situation: renamed(words, "situation", policy.situation),
    crimes: all(words, "crime", policy.crimes),
    accusedKinds: all(words, "accusedKind", policy.accusedKinds),
    levels: all(words, "level", policy.levels),
    statement: words("policyStatement", policy.slug, policy.statement),
  };
}

/**
 * "Which forum?"'s answer with its rules' summaries and conditions and its policies' statements in
 * the language (the engine, asked in it, already says its own sentences and the names there).
 */
export function answerIn(words: Namer, answer: Answer): Answer {
  return {
    ...answer,
    forums: answer.forums.map((f) => ({
      ...f,
      reasons: f.reasons.map((r) =>
        r.rule === null ? r : { ...r, summary: words("ruleSummary", r.rule, r.summary), ...(r.condition ? { condition: words("ruleCondition", r.rule, r.condition) } : {}) },
      ),
      conditions: f.conditions.map((c) => (c.rule === null ? c : { ...c, text: words("ruleCondition", c.rule, c.text) })),
    })),
    policy: answer.policy.map((p) => ({ ...p, statement: words("policyStatement", p.slug, p.statement) })),
  };
}

export function milestoneItemIn<T extends MilestoneItem>(words: Namer, item: T): T {
  return { ...item, track: renamed(words, "track", item.track), type: renamed(words, "type", item.type), situation: renamed(words, "situation", item.situation) };
}

export function milestoneViewIn<T extends MilestoneView>(words: Namer, view: T): T {
  return {
    ...view,
    track: renamed(words, "track", view.track),
    type: renamed(words, "type", view.type),
    situation: renamed(words, "situation", view.situation),
    forums: view.forums.map((f) => forumIn(words, f)),
  };
}

export function chargeIn<T extends CaseChargeView>(words: Namer, charge: T): T {
  return { ...charge, crime: renamed(words, "crime", charge.crime), mode: renamed(words, "mode", charge.mode) };
}

/** Which vocabulary each case-list facet names (stages and years are words and numbers of their own). */
const FACET_KINDS = { forum: "forum", situation: "situation", crime: "crime", mode: "mode", accused: "accusedKind", level: "level" } as const satisfies Partial<Record<keyof CaseListOptions, NameKind>>;

/** The case list's options (the facets' values), in the language; forums keep their short names for the narrow column. */
export function caseListOptionsIn(words: Namer, options: CaseListOptions): CaseListOptions {
  const out = { ...options };
  for (const [facet, kind] of Object.entries(FACET_KINDS) as [keyof typeof FACET_KINDS, NameKind][]) {
    out[facet] = options[facet].map((o) => ({
      ...o,
      label: words(kind, o.value, o.label),
      ...(o.short === undefined ? {} : { short: words("forumShort", o.value, o.short) }),
    }));
  }
  return out;
}

export function caseListFacetsIn(words: Namer, facets: CaseListFacets): CaseListFacets {
  const out = { ...facets };
  for (const [facet, kind] of Object.entries(FACET_KINDS) as [keyof typeof FACET_KINDS, NameKind][]) {
    out[facet] = facets[facet].map((f) => ({ ...f, label: words(kind, f.value, f.label) }));
  }
  return out;
}

export function caseListRowIn<T extends CaseListRow>(words: Namer, row: T): T {
  return { ...row, forum: forumIn(words, row.forum), situation: renamed(words, "situation", row.situation), crimes: all(words, "crime", row.crimes) };
}

export type { NamedRef };

/** The timeline's filter options (tracks, types, forums; years are numbers) in the language. */
export function milestoneFilterOptionsIn(words: Namer, options: FilterOptions): FilterOptions {
  return { ...options, track: optionsIn(words, "track", options.track), type: optionsIn(words, "type", options.type), forum: optionsIn(words, "forum", options.forum) };
}

/** The rules a page holds by slug (getRuleViews), renamed. */
export function ruleViewsIn(words: Namer, rules: ReadonlyMap<string, RuleView>): Map<string, RuleView> {
  return new Map([...rules].map(([slug, rule]) => [slug, ruleViewIn(words, rule)]));
}

/** Which vocabulary each coded import column names (stages have words of their own; provisions and instruments keep their recorded titles). */
const IMPORT_KINDS = { forum: "forum", situation: "situation", crime: "crime", mode: "mode", accusedKind: "accusedKind", level: "level", track: "track", type: "type" } as const satisfies Partial<Record<CodeList, NameKind>>;

/** The import page's lists of allowed values: the code to write, beside its name in the page's language. */
export function importVocabularyIn(words: Namer, vocabulary: ImportVocabulary): ImportVocabulary {
  const out = { ...vocabulary };
  for (const [list, kind] of Object.entries(IMPORT_KINDS) as [keyof typeof IMPORT_KINDS, NameKind][]) {
    out[list] = vocabulary[list].map((v) => ({ ...v, label: words(kind, v.value, v.label) }));
  }
  return out;
}

/**
 * A provision's number in Ukrainian: its words translated, its numbers as recorded ("Article
 * 12(3)" → "стаття 12(3)", "Paragraphs 51, 54 and 58" → "пункти 51, 54 і 58", "Section XIV-1" →
 * "розділ XIV-1"). A number in another form is left as recorded.
 */
export function provisionNumberUk(number: string): string {
  const words: [RegExp, string][] = [
    [/^Articles /, "статті "],
    [/^Article /, "стаття "],
    [/^Paragraphs /, "пункти "],
    [/^Paragraph /, "пункт "],
    [/^Section /, "розділ "],
  ];
  const found = words.find(([word]) => word.test(number));
  if (!found) return number;
  return number
    .replace(found[0], found[1])
    .replace(/ \((\d{4}) text\)$/, " (редакція $1 року)")
    .replace(/ and (\d)/g, " і $1");
}
