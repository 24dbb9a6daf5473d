/**
 * The admin rule form: its fields and their values as typed (the form's starting values), the
 * field errors grouped by the form field they belong to, and the messages in the form's words.
 * The posted form is read by `ruleInputSchema` itself (lib/web/form-submission.ts).
 */
import { labelsIn } from "./labels";
import type { Locale } from "./locales";
import type { ConditionKind } from "./jurisdiction";

export const RULE_LIST_FIELDS = ["crimes", "accusedKinds", "levels", "modes"] as const;
export type RuleListField = (typeof RULE_LIST_FIELDS)[number];

export const RULE_TEXT_FIELDS = [
  "slug",
  "forum",
  "situation",
  "effect",
  "summary",
  "condition",
  "conditionKind",
  "validFrom",
  "validTo",
  "conductFrom",
  "conductTo",
  "openedBy",
  "closedBy",
  "provision",
  "source",
  "sourceLocator",
  "expectedVersion",
] as const;
export type RuleTextField = (typeof RULE_TEXT_FIELDS)[number];

export type RuleFormField = RuleTextField | RuleListField;

/** The form as typed: every text field a string ("" when empty), every list the ticked values. */
export type RuleFormValues = Record<RuleTextField, string> & Record<RuleListField, string[]>;

export function emptyRuleFormValues(): RuleFormValues {
  return {
    slug: "", forum: "", situation: "", effect: "", summary: "", condition: "", conditionKind: "", validFrom: "", validTo: "",
    conductFrom: "", conductTo: "",
    openedBy: "", closedBy: "", provision: "", source: "", sourceLocator: "", expectedVersion: "",
    crimes: [], accusedKinds: [], levels: [], modes: [],
  };
}

const FORM_FIELDS: ReadonlySet<string> = new Set<string>([...RULE_TEXT_FIELDS, ...RULE_LIST_FIELDS]);

/**
 * Field errors ({ parameter, message }) by form field: "crimes.1" belongs to "crimes"; a
 * parameter the form has no field for ("input") goes under "form", shown at the top.
 */
export function errorsByField(errors: readonly { parameter: string; message: string }[]): Partial<Record<RuleFormField | "form", string[]>> {
  const grouped: Partial<Record<RuleFormField | "form", string[]>> = {};
  for (const { parameter, message } of errors) {
    const head = parameter.split(".")[0] ?? "";
    const field = (FORM_FIELDS.has(head) ? head : "form") as RuleFormField | "form";
    (grouped[field] ??= []).push(message);
  }
  return grouped;
}

/** The form's label for each field, as the messages name them. */
export const RULE_FIELD_LABELS: Record<RuleFormField, string> = {
  slug: "Slug",
  forum: "Forum",
  situation: "Situation",
  effect: "Effect",
  summary: "Summary",
  condition: "Condition",
  conditionKind: "Kind of condition",
  crimes: "Crimes",
  accusedKinds: "Kinds of accused",
  levels: "Levels of responsibility",
  modes: "Modes of liability",
  validFrom: "Valid from",
  validTo: "Valid until",
  conductFrom: "Conduct from",
  conductTo: "Conduct until",
  openedBy: "Opened by milestone",
  closedBy: "Closed by milestone",
  provision: "Provision",
  source: "Source",
  sourceLocator: "Passage of the source",
  expectedVersion: "Version",
};

// Field names that are never ordinary words: replaced wherever they appear in a message.
const CAMEL_FIELD = /\b(conditionKind|conductFrom|conductTo|validFrom|validTo|openedBy|closedBy|accusedKinds|sourceLocator|expectedVersion)\b/g;
// A kind of condition as the schema's messages list it, `CASE_FACT (“A fact about the case”)`: the
// form offers the label only, so the message names it by the label only.
const KIND_NAME = /\b(CASE_FACT|NOT_OPERATIONAL|DATE_PRECISION) \((“[^”]+”)\)/g;
const LEADING_FIELD = new RegExp(`^(${[...RULE_TEXT_FIELDS, ...RULE_LIST_FIELDS].join("|")})(?:\\.\\d+)?(?=[\\s:])`);

/**
 * A validation message in the form's words: "validTo is before validFrom" becomes "“Valid until”
 * is before “Valid from”". The field a message starts with is named by its label; elsewhere only
 * the camel-case field names are replaced, never ordinary words such as "condition" or "forum".
 * A kind of condition is named by its label alone, as the form offers it. In another language
 * (`locale`, for a message lib/core/message-texts.ts has already said in it) the form gives its
 * own labels (`labelOf`), in «лапки», and a kind of condition is named as labels.ts names it.
 */
export function messageInFormWords(message: string, locale: Locale = "en", labelOf: (field: RuleFormField) => string = (field) => RULE_FIELD_LABELS[field]): string {
  const uk = locale !== "en";
  const label = (name: string) => (uk ? `«${labelOf(name as RuleFormField)}»` : `“${labelOf(name as RuleFormField)}”`);
  return message
    .replace(LEADING_FIELD, (_m, name: string) => label(name))
    .replace(CAMEL_FIELD, (_m, name: string) => label(name))
    .replace(KIND_NAME, (_m, kind: string, english: string) => (uk ? `«${labelsIn(locale).conditionKind[kind as ConditionKind]}»` : english));
}
