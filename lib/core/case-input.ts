/**
 * The input for recording or changing a case, and for recording a stage change: one zod schema
 * for the form, the API and the use cases (like lib/core/milestone-input.ts). Slugs refer to
 * records; the server resolves them and refuses unknown ones, naming the field.
 *
 * - `reference` is the forum's own public case number; null when the forum has published none
 *   (the tracker never invents one).
 * - `accused`: each entry is an existing accused (`{ slug }`) or a new one (`{ key?, name, kind, … }`).
 *   A new accused's `key` is a name the charges of the same input use to refer to it.
 * - `charges`: each names its accused (a slug or a key; left out, it is against every accused of
 *   the case). The knowledge standard and the failed duties belong to command responsibility only.
 * - `initialStage`: on creation only, the stage the case is at when the tracker starts following it.
 *   Later stages are recorded one by one (`stageChangeInputSchema`), checked by lib/core/stage-machine.ts.
 */
import { z } from "zod";
import { choice, formText, optionalText, partialDate, slug, slugList, sourceInput, text, type SourceInput } from "./input-fields";
import { EMPTY_SOURCE, type SourceFormValues } from "./milestone-input";
import { CASE_STAGES } from "./stage-machine";
import { MAX_ALIAS_LENGTH } from "./alias-input";
import { langField, refuseOwnLanguage, translationsField } from "./user-translations";

export const COMMAND_RESPONSIBILITY = "command-responsibility";
export const KNOWLEDGE_STANDARDS = ["KNEW", "SHOULD_HAVE_KNOWN", "CONSCIOUSLY_DISREGARDED"] as const;
export const FAILED_DUTIES = ["PREVENT", "REPRESS", "SUBMIT_TO_AUTHORITIES"] as const;
export const ACCUSED_KINDS = ["natural", "legal"] as const;
export type KnowledgeStandard = (typeof KNOWLEDGE_STANDARDS)[number];
export type FailedDuty = (typeof FAILED_DUTIES)[number];

export const KNOWLEDGE_STANDARD_LABELS: Record<KnowledgeStandard, string> = {
  KNEW: "Knew",
  SHOULD_HAVE_KNOWN: "Should have known",
  // Article 28(b) of the Rome Statute: the standard for civilian superiors.
  CONSCIOUSLY_DISREGARDED: "Knew, or consciously disregarded information which clearly indicated it",
};

export const FAILED_DUTY_LABELS: Record<FailedDuty, string> = {
  PREVENT: "to prevent",
  REPRESS: "to repress",
  SUBMIT_TO_AUTHORITIES: "to submit to the competent authorities",
};

const enumOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { message: `must be one of ${values.map((v) => `"${v}"`).join(", ")} (${what})` });

const filled = (v: unknown) => (typeof v === "string" ? v.trim() !== "" : v !== null && v !== undefined);
/** Cross-field checks run even when a field has its own error, so one submission reports every problem. */
const isObject = (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value);

export type CaseSourceInput = SourceInput;

const accusedInput = z
  .object({
    slug: slug.optional(),
    key: slug.optional(),
    name: optionalText(300),
    nameUkrainian: optionalText(300),
    kind: enumOf(ACCUSED_KINDS, "a natural person, or a legal person such as a company").optional(),
    rank: optionalText(200),
    level: slug.nullish().transform((v) => v ?? null),
    description: optionalText(5000),
    // Other spellings of the name, from the import (decision 040); the forms edit them on the accused's page.
    aliases: z.array(z.string().trim().min(1, { message: "must not be empty" }).max(MAX_ALIAS_LENGTH, { message: `must be at most ${MAX_ALIAS_LENGTH} characters` })).max(50).optional(),
  })
  .strict()
  .superRefine(
    (raw, ctx) => {
      const a = raw as Record<string, unknown>;
      if (filled(a.slug)) {
        for (const field of ["key", "name", "nameUkrainian", "kind", "rank", "level", "description"] as const) {
          if (filled(a[field])) ctx.addIssue({ code: "custom", path: [field], message: "must be left out when the entry refers to an existing accused by slug (change the accused's own record instead)" });
        }
        return;
      }
      if (!filled(a.name)) ctx.addIssue({ code: "custom", path: ["name"], message: "is required: the accused's name in English (or give the slug of a recorded accused)" });
      if (a.kind === undefined || a.kind === null) ctx.addIssue({ code: "custom", path: ["kind"], message: 'is required: "natural" (a person) or "legal" (a company or other legal entity)' });
      if (a.kind === "legal") {
        if (filled(a.rank)) ctx.addIssue({ code: "custom", path: ["rank"], message: "must be left out for a legal person: a company has no military or official rank" });
        if (filled(a.level)) ctx.addIssue({ code: "custom", path: ["level"], message: "must be left out for a legal person: levels of responsibility (top leadership … direct perpetrator) describe individuals" });
      }
    },
    { when: isObject },
  );

const chargeInput = z
  .object({
    // A slug of an existing accused or the key of a new one; left out: every accused of the case.
    accused: z.string({ message: "must be the slug or key of one of the case's accused" }).trim().nullish().transform((v) => (v ? v : null)),
    crime: choice,
    mode: choice,
    provisionCited: text(500),
    // The tracker's own Provision record the citation rests on, where there is one (its slug).
    provision: z.string({ message: "must be the slug of a provision" }).trim().nullish().transform((v) => (v ? v : null)),
    description: optionalText(5000),
    knowledgeStandard: enumOf(KNOWLEDGE_STANDARDS, "what the superior knew; leave it out when the source does not say").nullish().transform((v) => v ?? null),
    failedDuties: z
      .array(enumOf(FAILED_DUTIES, "the duties the superior failed"))
      .nullish()
      .transform((v) => v ?? [])
      .refine((list) => new Set(list).size === list.length, { message: "lists a duty twice" }),
  })
  .strict()
  .superRefine(
    (raw, ctx) => {
      const c = raw as Record<string, unknown>;
      if (c.mode === COMMAND_RESPONSIBILITY || !filled(c.mode)) return;
      const why = `applies only to command responsibility (mode "${COMMAND_RESPONSIBILITY}"); this charge's mode is "${String(c.mode).trim()}"`;
      if (filled(c.knowledgeStandard)) ctx.addIssue({ code: "custom", path: ["knowledgeStandard"], message: `must be left out: the knowledge standard ${why}` });
      if (Array.isArray(c.failedDuties) && c.failedDuties.length > 0) ctx.addIssue({ code: "custom", path: ["failedDuties"], message: `must be left out: the failed duties ${why}` });
    },
    { when: isObject },
  );

const stageFields = {
  // Left out (an unchosen select) reads "choose one", not the list of enum values a form never shows.
  stage: z.enum(CASE_STAGES, {
    error: (issue) =>
      issue.input === undefined || issue.input === ""
        ? "is required: choose the stage the proceedings have reached"
        : `must be one of ${CASE_STAGES.map((v) => `"${v}"`).join(", ")} (the stage of the proceedings)`,
  }),
  date: partialDate,
  inAbsentia: z.boolean({ message: "must be true or false" }).nullish().transform((v) => v ?? false),
  note: optionalText(2000),
  source: sourceInput.nullish().transform((v) => v ?? null),
};

const expectedVersion = z.number({ message: "must be a whole number" }).int({ message: "must be a whole number" }).positive({ message: "must be a whole number" });

/** The first stage, given when a case is recorded. */
const initialStageInput = z.object(stageFields).strict();
export type StageInput = z.infer<typeof initialStageInput>;

/** A stage change: the stage the case moved to, when, and (going back or closing) why. */
export const stageChangeInputSchema = z
  .object({ ...stageFields, expectedVersion: z.number({ message: "is required: give the version of the case you saw" }).pipe(expectedVersion) })
  .strict();

export const caseInputSchema = z
  .object({
    reference: optionalText(100),
    title: text(300),
    summary: optionalText(5000),
    // The language title and summary are written in; the other language's texts beside them
    // (docs/decisions/042-users-texts-in-either-language.md).
    lang: langField.default("en"),
    translations: translationsField({ title: 300, summary: 5000 }).nullish().transform((v) => v ?? null),
    forum: choice,
    situation: choice,
    accused: z.array(accusedInput, { message: "must be a list" }).min(1, { message: "needs at least one accused: who the proceedings are against" }).max(100, { message: "must list at most 100 accused" }),
    charges: z.array(chargeInput, { message: "must be a list" }).min(1, { message: "needs at least one charge: the crime, the mode of liability and the provision cited" }).max(200, { message: "must list at most 200 charges" }),
    sources: z.array(sourceInput, { message: "must be a list" }).max(20, { message: "must list at most 20 sources" }).default([]),
    milestones: slugList,
    isSynthetic: z.boolean({ message: "must be true or false" }).nullish().transform((v) => v ?? false),
    // The version the editor started from: required to change a case, refused when recording one.
    expectedVersion: expectedVersion.nullish().transform((v) => v ?? null),
    // Recording a case only: its stage when the tracker starts following it.
    initialStage: initialStageInput.nullish().transform((v) => v ?? null),
  })
  .strict()
  // The cross-field checks also run when a row has errors of its own, so that one submission
  // reports every problem; the rows may then be partly invalid, hence the defensive reading.
  .superRefine(
    (c, ctx) => {
      const rows = (list: unknown): Record<string, unknown>[] => (Array.isArray(list) ? list.filter((r): r is Record<string, unknown> => typeof r === "object" && r !== null) : []);
      const str = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);
      const slugs = new Map<string, number>();
      const keys = new Map<string, number>();
      rows(c.accused).forEach((a, i) => {
        const slug = str(a.slug);
        const key = str(a.key);
        if (slug) {
          if (slugs.has(slug)) ctx.addIssue({ code: "custom", path: ["accused", i, "slug"], message: `lists the accused "${slug}" a second time` });
          slugs.set(slug, i);
        } else if (key) {
          if (keys.has(key)) ctx.addIssue({ code: "custom", path: ["accused", i, "key"], message: `is used by another new accused ("${key}"); give each a different key` });
          keys.set(key, i);
        }
      });
      for (const [key, i] of keys) {
        if (slugs.has(key)) ctx.addIssue({ code: "custom", path: ["accused", i, "key"], message: `"${key}" is also the slug of an accused listed; give the new accused another key` });
      }
      rows(c.charges).forEach((charge, i) => {
        const accused = str(charge.accused);
        if (accused && !slugs.has(accused) && !keys.has(accused)) {
          ctx.addIssue({
            code: "custom",
            path: ["charges", i, "accused"],
            message: `must name one of the case's accused (the slug of one listed, or the key of a new one); "${accused}" is not among them. Leave it out for a charge against every accused.`,
          });
        }
      });
      refuseOwnLanguage(c.lang, c.translations, ctx);
      const referenced = rows(c.sources).map((s) => str(s.slug)).filter((s): s is string => !!s);
      if (new Set(referenced).size !== referenced.length) ctx.addIssue({ code: "custom", path: ["sources"], message: "lists the same source twice" });
    },
    { when: isObject },
  );

export type CaseInput = z.infer<typeof caseInputSchema>;

/**
 * Changing an accused's own record (their name, rank, level…): they may be in cases before several
 * forums, so this is done once, on the accused, not through a case. `expectedUpdatedAt` is the
 * moment of the last change the editor saw (the record has no version number); a mismatch means
 * someone else changed it since.
 */
export const accusedUpdateSchema = z
  .object({
    name: text(300),
    nameUkrainian: optionalText(300),
    kind: enumOf(ACCUSED_KINDS, "a natural person, or a legal person such as a company"),
    rank: optionalText(200),
    level: slug.nullish().transform((v) => v ?? null),
    description: optionalText(5000),
    expectedUpdatedAt: z.string({ message: "is required: give the time of the last change you saw (updatedAt)" }).trim().min(1, { message: "is required: give the time of the last change you saw (updatedAt)" }),
  })
  .strict()
  .superRefine(
    (raw, ctx) => {
      const a = raw as Record<string, unknown>;
      if (a.kind !== "legal") return;
      if (filled(a.rank)) ctx.addIssue({ code: "custom", path: ["rank"], message: "must be left out for a legal person: a company has no military or official rank" });
      if (filled(a.level)) ctx.addIssue({ code: "custom", path: ["level"], message: "must be left out for a legal person: levels of responsibility (top leadership … direct perpetrator) describe individuals" });
    },
    { when: isObject },
  );
/** The accused form's starting values, as typed. */
export type AccusedFormValues = { name: string; nameUkrainian: string; kind: string; rank: string; level: string; description: string; expectedUpdatedAt: string };

// ---------------------------------------------------------------------------------------------
// The form: what the user typed, as strings, so that a refused submission shows it again.
// Rows are numbered fields ("accused.0.name", "charges.1.crime"); a charge names its accused by
// row ("row:0"), because a new accused has no slug until it is saved.

export type AccusedFormRow = { slug: string; name: string; nameUkrainian: string; kind: string; rank: string; level: string; description: string };
export type ChargeFormRow = { accused: string; crime: string; mode: string; provisionCited: string; provision: string; description: string; knowledgeStandard: string; failedDuties: string[] };
export type CaseFormValues = {
  reference: string;
  title: string;
  summary: string;
  lang: string;
  /** The other language's title and summary, under that language ({ uk: { title, summary } }). */
  translations: Partial<Record<string, { title: string; summary: string }>>;
  forum: string;
  situation: string;
  accused: AccusedFormRow[];
  charges: ChargeFormRow[];
  sources: SourceFormValues[];
  milestones: string[];
  isSynthetic: boolean;
  expectedVersion: string;
  // Recording a case only.
  stage: string;
  stageDate: string;
  stageInAbsentia: boolean;
  stageNote: string;
};

export const EMPTY_ACCUSED: AccusedFormRow = { slug: "", name: "", nameUkrainian: "", kind: "", rank: "", level: "", description: "" };
export const EMPTY_CHARGE: ChargeFormRow = { accused: "", crime: "", mode: "", provisionCited: "", provision: "", description: "", knowledgeStandard: "", failedDuties: [] };
export { EMPTY_SOURCE };

export const EMPTY_CASE_FORM: CaseFormValues = {
  reference: "",
  title: "",
  summary: "",
  // The page's language, unless chosen (the form fills it in).
  lang: "",
  translations: {},
  forum: "",
  situation: "",
  accused: [],
  charges: [],
  sources: [],
  milestones: [],
  isSynthetic: false,
  expectedVersion: "",
  stage: "",
  stageDate: "",
  stageInAbsentia: false,
  stageNote: "",
};

/** The value of a charge's "against" choice for the accused in row `index` (as the edit page starts it). */
export const accusedRowRef = (index: number) => `row:${index}`;

/** The key of a new accused (row `index`), which the charges of the same form use to name it. */
export const newAccusedKey = (index: number) => `new-accused-${index + 1}`;
const REMOVED_ACCUSED = "(a removed accused)";

/**
 * The posted case form (its rows already cleaned by lib/web/form-submission.ts) as the input
 * names accused: a new accused row carries its key, and each charge names its accused by that key
 * or by a recorded accused's slug. A row in which a recorded accused was chosen is sent as that
 * accused (its key goes, so the schema does not refuse it, and charges naming the key name the
 * slug); a charge naming a row that is no longer sent (removed, left empty) says so, and the
 * schema refuses it beside that charge.
 */
export function withAccusedNamed(form: FormData): FormData {
  const slugOfKey = new Map<string, string | null>();
  const part = (name: string) => /^accused\[(\d+)\]\.(slug|key)$/.exec(name);
  const rows = new Map<string, { slug?: string; key?: string }>();
  for (const [name, value] of form) {
    const m = part(name);
    if (m && typeof value === "string") (rows.get(m[1]!) ?? rows.set(m[1]!, {}).get(m[1]!)!)[m[2] as "slug" | "key"] = value;
  }
  for (const { slug, key } of rows.values()) if (key) slugOfKey.set(key, slug || null);
  const out = new FormData();
  for (const [name, value] of form) {
    const m = part(name);
    if (m && m[2] === "key" && rows.get(m[1]!)?.slug) continue;
    if (/^charges\[\d+\]\.accused$/.test(name) && typeof value === "string" && value.startsWith("new-accused-")) {
      out.append(name, slugOfKey.has(value) ? (slugOfKey.get(value) ?? value) : REMOVED_ACCUSED);
      continue;
    }
    out.append(name, value);
  }
  return out;
}

// The stage-change form.

/**
 * The stage form as the API reads it: a recorded source (chosen by its slug) is cited with its
 * passage only, so a title or address typed beside it is not sent; with nothing filled in, no source.
 */
export function withStageSource(form: FormData): FormData {
  const recorded = formText(form, "source.slug") !== "";
  const typed = ["source.title", "source.url", "source.locator"].some((name) => formText(form, name).trim() !== "");
  const out = new FormData();
  for (const [name, value] of form) {
    if (name.startsWith("source.") && (recorded ? name === "source.title" || name === "source.url" : !typed)) continue;
    out.append(name, value);
  }
  return out;
}
