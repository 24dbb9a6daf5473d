/**
 * The input for setting one field's translation (docs/decisions/043-translation-editor.md): one
 * zod schema for the editor's form and the API (PUT /api/v1/translations/{entity}/{slug}/{field}/{locale}).
 *
 * The states' rules (decision 039), checked here so that a form and a JSON client are told the
 * same thing beside the same field: OFFICIAL has a text, a recorded source (by slug) and where in
 * it (locator); TRANSLATED a text; MISSING no text and a reason (note). A source or locator on a
 * text that is not official is refused rather than dropped: it would otherwise be lost unseen.
 */
import { z } from "zod";
import { optionalText, SLUG } from "./input-fields";
import { RECORDED_LOCALE, TRANSLATABLE, WRITTEN_IN_EITHER_LANGUAGE, type TranslatableEntity, type TranslationState } from "./translations";
import { LOCALES } from "./locales";

export const TRANSLATION_STATES = ["OFFICIAL", "TRANSLATED", "MISSING"] as const satisfies readonly TranslationState[];

/** The reference models whose translations the editor sets: milestones, cases and notes get theirs on their own forms (decision 042). */
export const EDITABLE_ENTITIES = (Object.keys(TRANSLATABLE) as TranslatableEntity[]).filter((e) => !WRITTEN_IN_EITHER_LANGUAGE.includes(e));

/** The languages reference data is translated into: every interface language but the recorded one. */
export const TRANSLATION_LOCALES = LOCALES.filter((l) => l !== RECORDED_LOCALE);

export const TRANSLATION_TEXT_MAX = 4000;
export const TRANSLATION_LOCATOR_MAX = 300;
export const TRANSLATION_NOTE_MAX = 2000;

const STATE_MESSAGE = "must be one of official, translated, missing";

/** What a person sends: the state and what it needs, and the version they edited (0: there was no row). */
export const translationInputSchema = z
  .strictObject({
    state: z.preprocess((v) => (typeof v === "string" ? v.trim().toUpperCase() : v), z.enum(TRANSLATION_STATES, { message: STATE_MESSAGE })),
    text: optionalText(TRANSLATION_TEXT_MAX),
    source: z
      .string({ message: "must be a slug: lower-case words joined by hyphens" })
      .trim()
      .nullish()
      .transform((v) => (v ? v : null))
      .refine((v) => v === null || SLUG.test(v), { message: "must be a slug: lower-case words joined by hyphens" }),
    sourceLocator: optionalText(TRANSLATION_LOCATOR_MAX),
    note: optionalText(TRANSLATION_NOTE_MAX),
    expectedVersion: z
      .number({ message: "must be a whole number: the version you edited (0 when there was no translation)" })
      .int({ message: "must be a whole number: the version you edited (0 when there was no translation)" })
      .min(0, { message: "must be a whole number: the version you edited (0 when there was no translation)" }),
  })
  .superRefine((t, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (t.state !== "MISSING" && t.text === null) problem("text", "is required for an official or translated text");
    if (t.state === "MISSING" && t.text !== null) problem("text", "must be left empty when the translation is missing: say why in note");
    if (t.state === "MISSING" && t.note === null) problem("note", "is required when the translation is missing: say why (an uncertain legal term, a wrong translation withdrawn)");
    if (t.state === "OFFICIAL" && t.source === null) problem("source", "is required for an official text: the recorded source that publishes it");
    if (t.state === "OFFICIAL" && t.sourceLocator === null) problem("sourceLocator", "is required for an official text: where the source gives it (an article, a page)");
    if (t.state !== "OFFICIAL" && t.source !== null) problem("source", "applies only to an official text; leave it empty");
    if (t.state !== "OFFICIAL" && t.sourceLocator !== null) problem("sourceLocator", "applies only to an official text; leave it empty");
  });

export type TranslationInput = z.output<typeof translationInputSchema>;

/** Which translation: the record (model and slug), the field and the language, as the address names them. */
export type TranslationTarget = { entity: string; slug: string; field: string; locale: string };
