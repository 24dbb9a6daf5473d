/**
 * The input for logging or changing a milestone: one zod schema for the form, the API and the use
 * cases. Slugs refer to reference records; the server resolves them and refuses unknown ones.
 *
 * Sources: each entry either refers to an existing source (`slug`, with the passage in `locator`)
 * or describes a new one (`title`, optional `url`, `publisher`, `locator`), which the server
 * creates. At least one source is required: nothing is logged without one.
 *
 * Effects (`opens`, `closes`: jurisdiction rule slugs) change the law the tracker states, so only
 * an administrator may set them; the use cases check the role.
 */
import { z } from "zod";
import { formatPartialDate, periodOf, type IsoDate, type PartialDate } from "./dates";
import { SHA256_HEX } from "./document-input";
import { checkSourceEntry, choice, optionalText, partialDate, slug, slugFromWords, slugList, sourceFields, text } from "./input-fields";
import type { Locale } from "./locales";
import { langInput, refuseOwnLanguage, translationsInput } from "./written-in";

export { isWebUrl } from "./input-fields";

export const MILESTONE_STATUSES = ["HAPPENED", "EXPECTED"] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];
export const MILESTONE_STATUS_LABELS: Record<MilestoneStatus, string> = { HAPPENED: "Happened", EXPECTED: "Expected" };

/** A milestone's status in a language ("Відбулася", "Очікується"). */
export const milestoneStatusLabels = (locale: Locale = "en"): Record<MilestoneStatus, string> =>
  locale === "uk" ? { HAPPENED: "Відбулася", EXPECTED: "Очікується" } : MILESTONE_STATUS_LABELS;

/** A milestone's texts, which are written in its language (`lang`) and may carry the others (decision 042). */
export const MILESTONE_TEXT_FIELDS = ["title", "description", "whatChanged"] as const;
export type MilestoneTextField = (typeof MILESTONE_TEXT_FIELDS)[number];
const MILESTONE_TEXT_LIMITS: Record<MilestoneTextField, number> = { title: 300, description: 5000, whatChanged: 5000 };

/**
 * A milestone's source: a case's, plus where the passage is in a document attached to the source
 * or the milestone (`document`: its SHA-256; `page`: from 1). The server checks the attachment.
 */
export const milestoneSourceInput = z
  .object({
    ...sourceFields,
    document: z
      .preprocess((v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim().toLowerCase()) : v), z.string({ message: "must be a document's SHA-256" }).regex(SHA256_HEX, { message: "must be a document's SHA-256: 64 hexadecimal digits" }).nullish())
      .transform((v) => v ?? null)
      .describe("The SHA-256 of a document attached to this source or to the milestone, where the passage is."),
    page: z
      .preprocess(
        (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : /^\s*-?\d+\s*$/.test(v) ? Number(v) : v) : v),
        z.number({ message: "must be a page number: a whole number from 1" }).int({ message: "must be a page number: a whole number from 1" }).positive({ message: "must be a page number: a whole number from 1" }).nullish(),
      )
      .transform((v) => v ?? null)
      .describe("The page of that document the passage is on, from 1."),
  })
  .strict()
  .superRefine((s, ctx) => {
    checkSourceEntry(s, ctx);
    if (s.page !== null && s.document === null) ctx.addIssue({ code: "custom", path: ["page"], message: "needs the document it is a page of (document: its SHA-256)" });
  });

export const milestoneInputSchema = z
  .object({
    title: text(MILESTONE_TEXT_LIMITS.title),
    description: text(MILESTONE_TEXT_LIMITS.description),
    whatChanged: optionalText(MILESTONE_TEXT_LIMITS.whatChanged),
    // The language the title, description and what it changed are written in; the other
    // languages' texts beside them (a text left empty: none).
    lang: langInput,
    translations: translationsInput(MILESTONE_TEXT_LIMITS),
    date: partialDate,
    // Happened, or expected (scheduled, announced, pending) on `date`. Either spelling of case.
    status: z
      .preprocess((v) => (typeof v === "string" ? v.trim().toUpperCase() : v), z.enum(MILESTONE_STATUSES, { message: "must be happened or expected" }))
      .optional()
      .transform((v) => v ?? "HAPPENED"),
    track: choice,
    type: choice,
    situation: slug.nullish().transform((v) => v ?? null),
    forums: slugList,
    instruments: slugList,
    cases: slugList,
    rules: slugList,
    sources: z.array(milestoneSourceInput).min(1, { message: "needs at least one source: where the fact comes from" }).max(20, { message: "must list at most 20 sources" }),
    // Admins only (checked by the use cases): the rules this milestone opens or closes from its date.
    opens: slugList,
    closes: slugList,
    // The version the editor started from; a mismatch means someone else changed the milestone since.
    expectedVersion: z.number({ message: "must be a whole number" }).int().positive().nullish().transform((v) => v ?? null),
  })
  .strict()
  .superRefine((m, ctx) => {
    refuseOwnLanguage(m.lang, m.translations, ctx);
    const referenced = m.sources.map((s) => s.slug).filter((s): s is string => !!s);
    if (new Set(referenced).size !== referenced.length) ctx.addIssue({ code: "custom", path: ["sources"], message: "lists the same source twice" });
    if (m.status === "EXPECTED" && (m.opens.length > 0 || m.closes.length > 0)) {
      ctx.addIssue({ code: "custom", path: ["status"], message: "cannot be expected while the milestone opens or closes rules: a rule changes when the milestone happens. Remove the effects, or mark it happened" });
    }
    const both = m.opens.filter((r) => m.closes.includes(r));
    if (both.length > 0) ctx.addIssue({ code: "custom", path: ["closes"], message: `cannot both open and close the same rule: ${both.join(", ")}` });
  });

export type MilestoneInput = z.infer<typeof milestoneInputSchema>;

/**
 * The refusal of a milestone marked happened on a date after `today`: what happened cannot be
 * dated in the future (a month or year counts from its first day, so this month is never refused).
 * Null when the date may stand.
 */
export function futureHappenedProblem(status: MilestoneStatus, date: PartialDate, today: IsoDate): string | null {
  if (status !== "HAPPENED" || periodOf(date).start <= today) return null;
  return `is after today (${formatPartialDate(date)}): a milestone that has happened cannot be dated in the future. Mark it expected, with the date it is expected, or correct the date.`;
}

/** A URL-safe slug for a new milestone: the title's words and the year ("icc-warrant-2025"). */
export function milestoneSlug(title: string, year: number): string {
  const base = slugFromWords(title, "milestone");
  return base.endsWith(`-${year}`) ? base : `${base}-${year}`;
}

// ---------------------------------------------------------------------------------------------
// The form: what the user typed, as strings, so a refused submission shows it again.

/** `document`, `page`: a milestone's passage in an attached document (its SHA-256, the page as typed). */
export type SourceFormValues = { slug: string; title: string; url: string; publisher: string; kind: string; locator: string; document?: string; page?: string };

/** A document the edit form offers for a passage: attached to the milestone (`source` null) or to one of its sources. */
export type CitableDocument = { sha256: string; title: string; source: string | null };
/** A milestone's texts in one other language, as the form holds them ("" for none). */
export type MilestoneTranslationValues = Record<MilestoneTextField, string>;
export type MilestoneFormValues = {
  title: string;
  description: string;
  whatChanged: string;
  /** The language the texts above are written in. */
  lang: string;
  /** The texts in the other languages, by language. */
  translations: Partial<Record<Locale, MilestoneTranslationValues>>;
  date: string;
  status: string;
  track: string;
  type: string;
  situation: string;
  forums: string[];
  instruments: string[];
  cases: string[];
  rules: string[];
  sources: SourceFormValues[];
  opens: string[];
  closes: string[];
  expectedVersion: string;
};

export const EMPTY_SOURCE: SourceFormValues = { slug: "", title: "", url: "", publisher: "", kind: "", locator: "" };
