/**
 * The input for writing, changing or deleting an analyst's note on a case: one zod schema for the
 * form, the API and the use cases (docs/decisions/010-annotations.md).
 *
 * The body is Markdown, stored as typed (line endings normalised to "\n", trimmed at both ends);
 * it is rendered safely on display (components/Markdown.tsx), never trusted as HTML.
 */
import { z } from "zod";
import { formText } from "./input-fields";
import { LOCALES, type Locale } from "./locales";
import { compactTranslations, langField, refuseOwnLanguage, translationsField, type UserTranslations } from "./user-translations";

export const ASSESSMENTS = ["ADVANCING", "STALLED", "BLOCKED", "CONCLUDED"] as const;
export type Assessment = (typeof ASSESSMENTS)[number];

/** The words a lawyer reads on the badge and in the form. */
export const ASSESSMENT_LABELS: Record<Assessment, string> = {
  ADVANCING: "Advancing",
  STALLED: "Stalled",
  BLOCKED: "Blocked",
  CONCLUDED: "Concluded",
};

/** The same in Ukrainian (a case's progress: "справа" is feminine), as the case page's notes say them. */
const UK_ASSESSMENT_LABELS: Record<Assessment, string> = {
  ADVANCING: "Просувається",
  STALLED: "Застопорилася",
  BLOCKED: "Заблокована",
  CONCLUDED: "Завершена",
};

/** The assessments' words in a language. */
export const assessmentLabels = (locale: Locale = "en"): Record<Assessment, string> => (locale === "uk" ? UK_ASSESSMENT_LABELS : ASSESSMENT_LABELS);

/** What each assessment means, for the form's hint. */
export const ASSESSMENT_HINTS: Record<Assessment, string> = {
  ADVANCING: "the proceedings are moving (a new step, hearing or decision is expected)",
  STALLED: "nothing is moving, without a known obstacle",
  BLOCKED: "a known obstacle stops the proceedings (e.g. no custody, no cooperation)",
  CONCLUDED: "the proceedings have ended (judgment, withdrawal, death of the accused)",
};

export const ANNOTATION_BODY_MAX = 20_000;

const body = z
  .string({ message: "is required: write the note" })
  // A browser's textarea sends "\r\n"; stored as "\n" so that re-saving unchanged text changes nothing.
  .transform((v) => v.replace(/\r\n?/g, "\n").trim())
  .pipe(
    z
      .string()
      .min(1, { message: "is required: write the note" })
      .max(ANNOTATION_BODY_MAX, { message: `must be at most ${ANNOTATION_BODY_MAX.toLocaleString("en-GB")} characters` })
      // PostgreSQL text cannot hold U+0000; refuse it by name rather than fail on saving.
      .refine((v) => !v.includes("\u0000"), { message: "contains a NUL character (U+0000), which cannot be stored" }),
  );

const ASSESSMENT_MESSAGE = `must be one of ${ASSESSMENTS.map((a) => a.toLowerCase()).join(", ")}`;
const assessment = z.preprocess(
  // Forms send the option's value in lower case; the API may use either.
  (v) => (typeof v === "string" ? v.trim().toUpperCase() : v),
  z.enum(ASSESSMENTS, { error: (issue) => (issue.input === undefined || issue.input === "" ? `is required: choose one (${ASSESSMENTS.map((a) => a.toLowerCase()).join(", ")})` : ASSESSMENT_MESSAGE) }),
);

const expectedVersion = z.number({ message: "must be a whole number: the version you edited" }).int({ message: "must be a whole number: the version you edited" }).positive({ message: "must be a whole number: the version you edited" });

export const annotationInputSchema = z
  .object({
    body,
    // The language the body is written in, and the body in the other language (decision 042).
    lang: langField.default("en"),
    translations: translationsField({ body: ANNOTATION_BODY_MAX }).nullish().transform((v) => v ?? null),
    assessment,
    verified: z.boolean({ message: "must be true or false" }).default(false),
    // The version the editor started from (update and delete); a mismatch means someone else saved since.
    expectedVersion: expectedVersion.nullish().transform((v) => v ?? null),
  })
  .strict()
  .superRefine((n, ctx) => refuseOwnLanguage(n.lang, n.translations, ctx));

export type AnnotationInput = z.infer<typeof annotationInputSchema>;

/** Deleting needs only the version the user saw. */
export const annotationDeleteSchema = z.object({ expectedVersion: z.number({ message: "is required: give the version you are deleting" }).pipe(expectedVersion) }).strict();

type Content = { body: string; assessment: string; verified: boolean; lang?: string; translations?: UserTranslations };

/** The fields of a note that make a version: a save that changes none of them is not a new version. */
export function sameContent(a: Content, b: Content): boolean {
  return (
    a.body === b.body &&
    a.assessment === b.assessment &&
    a.verified === b.verified &&
    (a.lang ?? "en") === (b.lang ?? "en") &&
    JSON.stringify(compactTranslations(a.translations ?? {})) === JSON.stringify(compactTranslations(b.translations ?? {}))
  );
}

// ---------------------------------------------------------------------------------------------
// The form: what the user typed, as strings, so a refused submission shows it again.

/** `lang`: the language the body is written in; `otherBody`: the body in the other language (empty: none). */
export type AnnotationFormValues = { body: string; lang: string; otherBody: string; assessment: string; verified: boolean; expectedVersion: string };

export const EMPTY_ANNOTATION_FORM: AnnotationFormValues = { body: "", lang: "", otherBody: "", assessment: "", verified: false, expectedVersion: "" };

/** Reads the form's fields; a checkbox is sent only when ticked. */
export function annotationFormValuesOf(form: FormData): AnnotationFormValues {
  const verified = formText(form, "verified");
  return {
    body: formText(form, "body"),
    lang: formText(form, "lang"),
    otherBody: formText(form, "otherBody"),
    assessment: formText(form, "assessment"),
    verified: verified === "on" || verified === "true",
    expectedVersion: formText(form, "expectedVersion"),
  };
}

/**
 * The use case's input from the form's values. An empty assessment is sent as missing (so the
 * message says "choose one"); a version that is not a number is sent as typed, to be refused by name.
 */
export function annotationInputFromForm(values: AnnotationFormValues): Record<string, unknown> {
  const version = values.expectedVersion.trim();
  const lang = values.lang.trim() || "en";
  // The form shows the other language's body: left empty, the note has none in that language.
  const other = LOCALES.find((l) => l !== lang);
  return {
    body: values.body,
    lang,
    ...(other && (LOCALES as readonly string[]).includes(lang) ? { translations: { [other]: { body: values.otherBody.trim() === "" ? null : values.otherBody } } } : {}),
    ...(values.assessment ? { assessment: values.assessment } : {}),
    verified: values.verified,
    ...(version ? { expectedVersion: /^\d+$/.test(version) ? Number(version) : version } : {}),
  };
}

/** The version of a note someone else saved meanwhile, shown beside the user's own text. */
export type NoteVersion = { version: number; body: string; lang?: string; translations?: UserTranslations; assessment: string; verified: boolean; editedBy: string; editedAt: string };

/** What the note form shows after a save: added, refused (with what was typed), or a conflict. */
export type AnnotationFormState = {
  attempt: number;
  /** "saved": a new note was added (the add form empties itself and says so). */
  status: "idle" | "saved" | "refused";
  message: string | null;
  errors: { parameter: string; message: string }[];
  values: AnnotationFormValues;
  /** The version saved meanwhile by someone else; the form is now based on it. */
  conflict: { current: NoteVersion; yourVersion: number } | null;
};
