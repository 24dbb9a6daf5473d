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
import { choice, optionalText, partialDate, slug, slugList, sourceInput, text, type SourceInput } from "./input-fields";
import { EMPTY_SOURCE, filledSources, type SourceFormValues } from "./milestone-input";
import { CASE_STAGES } from "./stage-machine";

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

export type AccusedInput = z.infer<typeof accusedInput>;

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

export type ChargeInput = z.infer<typeof chargeInput>;

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
export type StageChangeInput = z.infer<typeof stageChangeInputSchema>;

export const caseInputSchema = z
  .object({
    reference: optionalText(100),
    title: text(300),
    summary: optionalText(5000),
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
export type AccusedUpdateInput = z.infer<typeof accusedUpdateSchema>;

/** A URL-safe slug from a title or a name: its words, lower-case, without accents ("icc-v-ivanov"). */
export function slugFromWords(words: string, fallback: string): string {
  const base = words
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return base || fallback;
}

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

/** The value of a charge's "against" choice for the accused in row `index`. */
export const accusedRowRef = (index: number) => `row:${index}`;
const ROW_REF = /^row:(\d+)$/;
const REMOVED_ROW = "row:removed";

const accusedFilled = (a: AccusedFormRow) => !!(a.slug || a.name.trim() || a.nameUkrainian.trim() || a.kind || a.rank.trim() || a.level || a.description.trim());
const chargeFilled = (c: ChargeFormRow) => !!(c.crime || c.mode || c.provisionCited.trim() || c.description.trim() || c.knowledgeStandard || c.failedDuties.length > 0);

function rowIndexes(form: FormData, list: string): number[] {
  const indexes = new Set<number>();
  const pattern = new RegExp(`^${list}\\.(\\d+)\\.`);
  for (const key of form.keys()) {
    const m = pattern.exec(key);
    if (m) indexes.add(Number(m[1]));
  }
  return [...indexes].sort((a, b) => a - b);
}

/**
 * Reads the form's fields. Rows ticked "remove" and rows left empty are dropped and the rest
 * renumbered, with each charge's "against" following its accused row, so that an error on
 * "accused.1.name" names the row the form shows second.
 */
export function caseFormValuesOf(form: FormData): CaseFormValues {
  const one = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : "";
  };
  const all = (name: string) => form.getAll(name).filter((v): v is string => typeof v === "string" && v !== "");

  const renumber = new Map<number, number>();
  const accused: AccusedFormRow[] = [];
  for (const i of rowIndexes(form, "accused")) {
    const row: AccusedFormRow = {
      slug: one(`accused.${i}.slug`),
      name: one(`accused.${i}.name`),
      nameUkrainian: one(`accused.${i}.nameUkrainian`),
      kind: one(`accused.${i}.kind`),
      rank: one(`accused.${i}.rank`),
      level: one(`accused.${i}.level`),
      description: one(`accused.${i}.description`),
    };
    if (form.get(`accused.${i}.remove`) || !accusedFilled(row)) continue;
    renumber.set(i, accused.length);
    accused.push(row);
  }
  const charges: ChargeFormRow[] = [];
  for (const i of rowIndexes(form, "charges")) {
    const against = one(`charges.${i}.accused`);
    const ref = ROW_REF.exec(against);
    const row: ChargeFormRow = {
      accused: ref ? (renumber.has(Number(ref[1])) ? accusedRowRef(renumber.get(Number(ref[1]))!) : REMOVED_ROW) : "",
      crime: one(`charges.${i}.crime`),
      mode: one(`charges.${i}.mode`),
      provisionCited: one(`charges.${i}.provisionCited`),
      provision: one(`charges.${i}.provision`),
      description: one(`charges.${i}.description`),
      knowledgeStandard: one(`charges.${i}.knowledgeStandard`),
      failedDuties: all(`charges.${i}.failedDuties`),
    };
    if (form.get(`charges.${i}.remove`) || !chargeFilled(row)) continue;
    charges.push(row);
  }
  const sources = filledSources(
    rowIndexes(form, "sources")
      .filter((i) => !form.get(`sources.${i}.remove`))
      .map((i) => ({
        slug: one(`sources.${i}.slug`),
        title: one(`sources.${i}.title`),
        url: one(`sources.${i}.url`),
        publisher: one(`sources.${i}.publisher`),
        locator: one(`sources.${i}.locator`),
      })),
  );
  return {
    reference: one("reference"),
    title: one("title"),
    summary: one("summary"),
    forum: one("forum"),
    situation: one("situation"),
    accused,
    charges,
    sources,
    milestones: all("milestones"),
    isSynthetic: form.get("isSynthetic") === "on",
    expectedVersion: one("expectedVersion"),
    stage: one("initialStage.stage"),
    stageDate: one("initialStage.date"),
    stageInAbsentia: form.get("initialStage.inAbsentia") === "on",
    stageNote: one("initialStage.note"),
  };
}

/** The key a new accused of row `index` gets in the input, for the charges to refer to it. */
const newAccusedKey = (index: number) => `new-accused-${index + 1}`;

/**
 * The use case's input from the form's values (read by caseFormValuesOf, so rows are already
 * renumbered). An existing accused is sent by slug, with anything typed beside it, so that the
 * schema says "leave it out" rather than dropping it silently.
 */
export function caseInputFromFormValues(values: CaseFormValues, { creating }: { creating: boolean }): Record<string, unknown> {
  const typed = (entries: Record<string, string>) => Object.fromEntries(Object.entries(entries).filter(([, v]) => v.trim() !== ""));
  const accused = values.accused.map((a, i) =>
    a.slug
      ? { slug: a.slug, ...typed({ name: a.name, nameUkrainian: a.nameUkrainian, kind: a.kind, rank: a.rank, level: a.level, description: a.description }) }
      : {
          key: newAccusedKey(i),
          name: a.name,
          nameUkrainian: a.nameUkrainian,
          ...(a.kind ? { kind: a.kind } : {}),
          rank: a.rank,
          level: a.level || null,
          description: a.description,
        },
  );
  const against = (ref: string): string | null => {
    if (ref === "") return null;
    const m = ROW_REF.exec(ref);
    const row = m ? values.accused[Number(m[1])] : undefined;
    if (!row) return "(a removed accused)";
    return row.slug || newAccusedKey(Number(m![1]));
  };
  const charges = values.charges.map((c) => ({
    accused: against(c.accused),
    crime: c.crime,
    mode: c.mode,
    provisionCited: c.provisionCited,
    provision: c.provision || null,
    description: c.description,
    knowledgeStandard: c.knowledgeStandard || null,
    failedDuties: c.failedDuties,
  }));
  const sources = filledSources(values.sources).map((s) => (s.slug ? { slug: s.slug, locator: s.locator } : { title: s.title, url: s.url, publisher: s.publisher, locator: s.locator }));
  const version = values.expectedVersion.trim();
  return {
    reference: values.reference,
    title: values.title,
    summary: values.summary,
    forum: values.forum,
    situation: values.situation,
    accused,
    charges,
    sources,
    milestones: values.milestones,
    isSynthetic: values.isSynthetic,
    ...(creating
      ? { initialStage: { ...(values.stage ? { stage: values.stage } : {}), date: values.stageDate, inAbsentia: values.stageInAbsentia, note: values.stageNote } }
      : {}),
    ...(version ? { expectedVersion: /^\d+$/.test(version) ? Number(version) : version } : {}),
  };
}

// The stage-change form.

export type StageFormValues = { stage: string; date: string; inAbsentia: boolean; note: string; sourceSlug: string; sourceTitle: string; sourceUrl: string; sourceLocator: string; expectedVersion: string };

export function stageFormValuesOf(form: FormData): StageFormValues {
  const one = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : "";
  };
  return {
    stage: one("stage"),
    date: one("date"),
    inAbsentia: form.get("inAbsentia") === "on",
    note: one("note"),
    sourceSlug: one("source.slug"),
    sourceTitle: one("source.title"),
    sourceUrl: one("source.url"),
    sourceLocator: one("source.locator"),
    expectedVersion: one("expectedVersion"),
  };
}

/** The stage change's input from the form: the source is a recorded one (by slug), a new one, or none. */
export function stageInputFromFormValues(values: StageFormValues): Record<string, unknown> {
  const source = values.sourceSlug
    ? { slug: values.sourceSlug, locator: values.sourceLocator }
    : values.sourceTitle.trim() || values.sourceUrl.trim() || values.sourceLocator.trim()
      ? { title: values.sourceTitle, url: values.sourceUrl, locator: values.sourceLocator }
      : null;
  const version = values.expectedVersion.trim();
  return {
    ...(values.stage ? { stage: values.stage } : {}),
    date: values.date,
    inAbsentia: values.inAbsentia,
    note: values.note,
    source,
    ...(version ? { expectedVersion: /^\d+$/.test(version) ? Number(version) : version } : {}),
  };
}
