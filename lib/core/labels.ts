/** Words for the schema's enums, as a lawyer reading the page would say them. */
import type { ConditionKind, Status } from "./jurisdiction";
import type { Locale } from "./locales";
import type { CaseStage, Citation, ForumKind, InstrumentKind, NamedRef, RuleEffect, SourceKind } from "./views";

export const FORUM_KIND_LABELS: Record<ForumKind, string> = {
  PERMANENT_INTERNATIONAL_COURT: "Permanent international court",
  SPECIAL_TRIBUNAL: "Special tribunal",
  NATIONAL_COURTS: "National courts",
};

export const INSTRUMENT_KIND_LABELS: Record<InstrumentKind, string> = {
  TREATY: "Treaty",
  STATUTE: "Statute",
  CODE: "Code",
  CONSTITUTION: "Constitution",
  AGREEMENT: "Agreement",
  RESOLUTION: "Resolution",
  DECLARATION: "Declaration",
  MEMORANDUM: "Memorandum",
  PROPOSAL: "Proposal",
  JUDGMENT: "Judgment",
};

export const EFFECT_LABELS: Record<RuleEffect, string> = {
  COVERS: "Covers",
  CONDITIONAL: "Conditional",
  EXCLUDES: "Excludes",
};

/** Headings for rules grouped by effect, in reading order. */
export const EFFECT_ORDER: readonly RuleEffect[] = ["COVERS", "CONDITIONAL", "EXCLUDES"];

/** Rules in reading order: covering first, then conditional, then excluding; stable otherwise. */
export function byEffect<T extends { effect: RuleEffect }>(rules: readonly T[]): T[] {
  return [...rules].sort((a, b) => EFFECT_ORDER.indexOf(a.effect) - EFFECT_ORDER.indexOf(b.effect));
}

export const EFFECT_EXPLANATIONS: Record<RuleEffect, string> = {
  COVERS: "The forum has jurisdiction within the rule’s scope.",
  CONDITIONAL: "The forum has jurisdiction only if the stated condition holds.",
  EXCLUDES: "The forum has no jurisdiction within the rule’s scope.",
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  SEED_POST: "Blog post",
  OFFICIAL: "Official source",
  // A named secondary source (a news report, a reproduction of a code): never the official text.
  OTHER: "Secondary source",
  SYNTHETIC: "Demo data",
};

/**
 * "As reported by Example News and Another Paper": for a record whose every source is secondary
 * (kind OTHER: a news report, a reproduction), naming who reported it (the publisher, else the
 * title). Null when an official source or a post of the seed blog backs it, or it has no source.
 * Demo data is left out: it says so itself.
 */
export function asReportedBy(citations: readonly Pick<Citation, "kind" | "publisher" | "title">[], locale: Locale = "en"): string | null {
  const real = citations.filter((c) => c.kind !== "SYNTHETIC");
  if (real.length === 0 || real.some((c) => c.kind !== "OTHER")) return null;
  const names = [...new Set(real.map((c) => c.publisher ?? c.title))];
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} ${locale === "uk" ? "та" : "and"} ${names.at(-1)}`;
  return locale === "uk" ? `За повідомленням: ${list}` : `As reported by ${list}`;
}

/**
 * The first sentence of a description, for one-line summaries in lists. A sentence ends at a
 * full stop followed by a space and a capital letter, so "Article 8(2)(b)(iv)." mid-text is safe.
 */
export function firstSentence(text: string): string {
  const match = /^(.+?[.!?])\s+(?=[A-Z“"‘(])/.exec(text.trim());
  return match ? match[1]! : text.trim();
}

/** "Rome Statute, Article 25(1)", or only the instrument where the provision has no number. */
export function provisionLabel(provision: { number: string | null; instrument: { shortTitle: string } }): string {
  return provision.number ? `${provision.instrument.shortTitle}, ${provision.number}` : provision.instrument.shortTitle;
}

/**
 * A provision named well enough to recognise on its own: "Rome Statute, Article 25(1)", or, where
 * the sources give no number, the instrument and the heading ("Criminal Code of Ukraine: Ecocide").
 */
export function provisionTitle(provision: { number: string | null; heading: string; instrument: { shortTitle: string } }): string {
  return provision.number ? provisionLabel(provision) : `${provision.instrument.shortTitle}: ${provision.heading}`;
}

/** "War crimes, Genocide" or "any" for the empty list that means every value. */
export function listOrAny(items: readonly { name: string }[], locale: Locale = "en"): string {
  return items.length === 0 ? (locale === "uk" ? "будь-який" : "any") : items.map((i) => i.name).join(", ");
}

/** "200,000" or "200 000": a count as the pages write it, with thousands separated. */
export function formatCount(count: number, locale: Locale = "en"): string {
  return count.toLocaleString(locale === "uk" ? "uk-UA" : "en-GB");
}

/** "1 milestone", "2 milestones", "200,000 cases". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/**
 * A rule's scope in a few words, naming only what limits it: "Situation: Ukraine · Natural person ·
 * Top leadership". A rule limited by nothing reads "every situation, any accused".
 */
export function scopeSummary(rule: {
  situation: { name: string } | null;
  accusedKinds: readonly { name: string }[];
  levels: readonly { name: string }[];
  modes: readonly { name: string }[];
}, locale: Locale = "en"): string {
  const uk = locale === "uk";
  const parts = [rule.situation ? `${uk ? "Ситуація" : "Situation"}: ${rule.situation.name}` : uk ? "Будь-яка ситуація" : "Every situation"];
  if (rule.accusedKinds.length > 0) parts.push(rule.accusedKinds.map((k) => k.name).join(", "));
  if (rule.levels.length > 0) parts.push(rule.levels.map((l) => l.name).join(", "));
  if (rule.modes.length > 0) parts.push(rule.modes.map((m) => m.name).join(", "));
  if (parts.length === 1) parts.push(uk ? "будь-який обвинувачений" : "any accused");
  return parts.join(" · ");
}

/** A forum's status for a profile, in words, as the answer page, the matrix and its legend say it. */
export const JURISDICTION_STATUS_LABELS: Record<Status, string> = {
  covers: "Covers",
  conditional: "Conditional",
  excluded: "Excluded",
  unknown: "No rule recorded",
};

export const JURISDICTION_STATUS_EXPLANATIONS: Record<Status, string> = {
  covers: "The forum has jurisdiction: a rule in force covers the profile and nothing excludes it.",
  conditional:
    "The forum has jurisdiction only if a stated condition holds, or a rule’s start or end is known only to the month or year and the date falls inside that period.",
  excluded: "The forum has no jurisdiction: a recorded rule excludes the profile (for this conduct, as of this date), and says why.",
  unknown:
    "The tracker records no rule of this forum that reaches the profile. That is the tracker’s silence, not the law’s: it is never counted as an impunity gap.",
};

/** What a condition turns on, in a lawyer’s words. */
export const CONDITION_KIND_LABELS: Record<ConditionKind, string> = {
  CASE_FACT: "A fact about the case",
  NOT_OPERATIONAL: "The forum is not yet operational",
  DATE_PRECISION: "A date known only to the month or year",
};

export const CONDITION_KIND_EXPLANATIONS: Record<ConditionKind, string> = {
  CASE_FACT: "Something you can check in the case: when the conduct took place, where, or whether the accused still holds office.",
  NOT_OPERATIONAL: "The forum exists in law but does not yet try cases.",
  DATE_PRECISION: "The sources give a boundary only to the month or year, and the date asked falls inside that period.",
};

export const CASE_STAGE_LABELS: Record<CaseStage, string> = {
  PRELIMINARY_EXAMINATION: "Preliminary examination",
  INVESTIGATION: "Investigation",
  WARRANT_OR_NOTICE_OF_SUSPICION: "Warrant or notice of suspicion",
  ARREST_OR_SURRENDER: "Arrest or surrender",
  CONFIRMATION_OR_INDICTMENT: "Confirmation of charges or indictment",
  TRIAL: "Trial",
  JUDGMENT: "Judgment",
  APPEAL: "Appeal",
  REPARATIONS: "Reparations",
  CLOSED: "Closed",
};

/** "Natural person, top leadership" or "Legal person": the accused side of a case category. */
export function accusedWords(accused: string, level: string | null, names: { accusedKinds: readonly NamedRef[]; levels: readonly NamedRef[] }): string {
  const kind = nameOf(names.accusedKinds, accused);
  return level === null ? kind : `${kind}, ${nameOf(names.levels, level).toLowerCase()}`;
}

/** The recorded name of a slug, or the slug itself when the name is not loaded. */
export function nameOf(items: readonly NamedRef[], slug: string): string {
  return items.find((i) => i.slug === slug)?.name ?? slug;
}

/** A milestone's fields in words, in the order the form shows them (the form and the history add their own). */
export const MILESTONE_FIELD_LABELS = {
  title: "Title",
  description: "What happened",
  whatChanged: "What it changed",
  lang: "Written in",
  date: "Date",
  status: "Happened or expected",
  track: "Track",
  type: "Type",
  situation: "Situation",
  forums: "Forums",
  instruments: "Instruments",
  cases: "Cases",
  rules: "Related rules",
  sources: "Sources",
  opens: "Rules it opens",
  closes: "Rules it closes",
};

/**
 * The enums' words in a language. The English maps above stay the words of the API, the exports
 * and the audit; pages take theirs from here: `labelsIn(locale).caseStage[stage]`.
 */
export type Labels = {
  forumKind: Record<ForumKind, string>;
  instrumentKind: Record<InstrumentKind, string>;
  effect: Record<RuleEffect, string>;
  effectExplanation: Record<RuleEffect, string>;
  sourceKind: Record<SourceKind, string>;
  jurisdictionStatus: Record<Status, string>;
  jurisdictionStatusExplanation: Record<Status, string>;
  conditionKind: Record<ConditionKind, string>;
  conditionKindExplanation: Record<ConditionKind, string>;
  caseStage: Record<CaseStage, string>;
  milestoneField: Record<keyof typeof MILESTONE_FIELD_LABELS, string>;
};

const ENGLISH: Labels = {
  forumKind: FORUM_KIND_LABELS,
  instrumentKind: INSTRUMENT_KIND_LABELS,
  effect: EFFECT_LABELS,
  effectExplanation: EFFECT_EXPLANATIONS,
  sourceKind: SOURCE_KIND_LABELS,
  jurisdictionStatus: JURISDICTION_STATUS_LABELS,
  jurisdictionStatusExplanation: JURISDICTION_STATUS_EXPLANATIONS,
  conditionKind: CONDITION_KIND_LABELS,
  conditionKindExplanation: CONDITION_KIND_EXPLANATIONS,
  caseStage: CASE_STAGE_LABELS,
  milestoneField: MILESTONE_FIELD_LABELS,
};

const UKRAINIAN: Labels = {
  forumKind: {
    PERMANENT_INTERNATIONAL_COURT: "Постійний міжнародний суд",
    SPECIAL_TRIBUNAL: "Спеціальний трибунал",
    NATIONAL_COURTS: "Національні суди",
  },
  instrumentKind: {
    TREATY: "Договір",
    STATUTE: "Статут",
    CODE: "Кодекс",
    CONSTITUTION: "Конституція",
    AGREEMENT: "Угода",
    RESOLUTION: "Резолюція",
    DECLARATION: "Декларація",
    MEMORANDUM: "Меморандум",
    PROPOSAL: "Пропозиція",
    JUDGMENT: "Судове рішення",
  },
  effect: { COVERS: "Охоплює", CONDITIONAL: "За умови", EXCLUDES: "Виключає" },
  effectExplanation: {
    COVERS: "Форум має юрисдикцію в межах сфери дії правила.",
    CONDITIONAL: "Форум має юрисдикцію лише за умови, що виконано зазначену умову.",
    EXCLUDES: "Форум не має юрисдикції в межах сфери дії правила.",
  },
  sourceKind: {
    SEED_POST: "Допис блогу",
    OFFICIAL: "Офіційне джерело",
    OTHER: "Вторинне джерело",
    SYNTHETIC: "Демонстраційні дані",
  },
  jurisdictionStatus: {
    covers: "Охоплює",
    conditional: "За умови",
    excluded: "Виключено",
    unknown: "Правила не записано",
  },
  jurisdictionStatusExplanation: {
    covers: "Форум має юрисдикцію: чинне правило охоплює профіль, і ніщо його не виключає.",
    conditional:
      "Форум має юрисдикцію лише за виконання зазначеної умови, або якщо початок чи кінець дії правила відомі лише з точністю до місяця чи року, а дата припадає на цей період.",
    excluded: "Форум не має юрисдикції: записане правило виключає профіль (для цього діяння, станом на цю дату) і пояснює чому.",
    unknown:
      "У трекері не записано жодного правила цього форуму, що стосується профілю. Це мовчання трекера, а не права: його ніколи не вважають прогалиною безкарності.",
  },
  conditionKind: {
    CASE_FACT: "Факт справи",
    NOT_OPERATIONAL: "Форум ще не діє",
    DATE_PRECISION: "Дата, відома лише з точністю до місяця чи року",
  },
  conditionKindExplanation: {
    CASE_FACT: "Те, що можна перевірити у справі: коли і де вчинено діяння, чи обіймає обвинувачений досі посаду.",
    NOT_OPERATIONAL: "Форум існує в праві, але ще не розглядає справ.",
    DATE_PRECISION: "Джерела дають межу лише з точністю до місяця чи року, а запитана дата припадає на цей період.",
  },
  caseStage: {
    PRELIMINARY_EXAMINATION: "Попереднє вивчення",
    INVESTIGATION: "Розслідування",
    WARRANT_OR_NOTICE_OF_SUSPICION: "Ордер на арешт або повідомлення про підозру",
    ARREST_OR_SURRENDER: "Арешт або передача",
    CONFIRMATION_OR_INDICTMENT: "Підтвердження обвинувачень або обвинувальний акт",
    TRIAL: "Судовий розгляд",
    JUDGMENT: "Судове рішення",
    APPEAL: "Апеляція",
    REPARATIONS: "Репарації",
    CLOSED: "Закрито",
  },
  milestoneField: {
    title: "Назва",
    description: "Що сталося",
    whatChanged: "Що це змінило",
    lang: "Мова запису",
    date: "Дата",
    status: "Відбулася чи очікується",
    track: "Напрям",
    type: "Тип",
    situation: "Ситуація",
    forums: "Форуми",
    instruments: "Правові акти",
    cases: "Справи",
    rules: "Пов’язані правила",
    sources: "Джерела",
    opens: "Правила, які вона відкриває",
    closes: "Правила, які вона закриває",
  },
};

export function labelsIn(locale: Locale): Labels {
  return locale === "uk" ? UKRAINIAN : ENGLISH;
}
