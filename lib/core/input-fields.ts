/**
 * The building blocks of the input schemas (milestones, cases): slugs, choices, texts, partial
 * dates and sources, each with the message a form shows beside the field. One definition, so a
 * milestone and a case word the same mistake the same way.
 */
import { z } from "zod";
import { parsePartialDate, type PartialDate } from "./dates";
import { transliterate } from "./transliteration";

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slug = z.string({ message: "must be a slug: lower-case words joined by hyphens" }).trim().regex(SLUG, { message: "must be a slug: lower-case words joined by hyphens" });
/** A required choice from a list: an empty choice says "choose one", not "must be a slug". */
export const choice = z
  .string({ message: "is required: choose one" })
  .trim()
  .superRefine((v, ctx) => {
    // One check, not an aborting one, so the case's cross-field checks still run beside it.
    if (v === "") ctx.addIssue({ code: "custom", message: "is required: choose one" });
    else if (!SLUG.test(v)) ctx.addIssue({ code: "custom", message: "must be a slug: lower-case words joined by hyphens" });
  });
export const slugList = z.array(slug).default([]).refine((list) => new Set(list).size === list.length, { message: "lists a value twice" });
/** PostgreSQL cannot store U+0000; refused here, naming the field, rather than failing in the database. */
const NO_NUL = [(v: string) => !v.includes("\u0000"), { message: "contains a NUL character (U+0000), which cannot be stored: remove it (most editors do not show it)" }] as const;
export const text = (max: number) =>
  z
    .string({ message: "is required" })
    .trim()
    .min(1, { message: "is required" })
    .max(max, { message: `must be at most ${max} characters` })
    .refine(...NO_NUL);
export const optionalText = (max: number) =>
  z
    .string({ message: "must be text" })
    .trim()
    .max(max, { message: `must be at most ${max} characters` })
    .refine(...NO_NUL)
    .nullish()
    .transform((v) => (v ? v : null));

/** A web address a reader can open: http or https only (no javascript:, file:, mailto:). */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0 && !/\s/.test(value);
  } catch {
    return false;
  }
}

export const partialDate = z
  .string({ message: "is required: write it YYYY-MM-DD, YYYY-MM or YYYY" })
  .trim()
  .transform((value, ctx): PartialDate => {
    const parsed = parsePartialDate(value);
    if (!parsed) {
      ctx.addIssue({
        code: "custom",
        message:
          value === ""
            ? "is required: write it YYYY-MM-DD, YYYY-MM or YYYY"
            : /^0000(-|$)/.test(value)
              ? "must be in a year from 0001 to 9999: there is no year 0000"
              : "must be a real date written YYYY-MM-DD (a day), YYYY-MM (a month) or YYYY (a year)",
      });
      return z.NEVER;
    }
    return parsed;
  });

/**
 * What a new source is: `official` (a court, a treaty depositary, a gazette, an official body:
 * the institution's own text) or `secondary` (a post, an article, a report about it).
 */
export const SOURCE_KINDS = ["official", "secondary"] as const;
export type SourceKindInput = (typeof SOURCE_KINDS)[number];
export const SOURCE_KIND_LABELS: Record<SourceKindInput, string> = { official: "Official", secondary: "Secondary" };

/** The stored kind of a new source: official, or other (secondary); demo data is always marked as such. */
export function storedSourceKind(kind: SourceKindInput | undefined, isSynthetic = false): "OFFICIAL" | "OTHER" | "SYNTHETIC" {
  if (isSynthetic) return "SYNTHETIC";
  return kind === "official" ? "OFFICIAL" : "OTHER";
}

/** A source entry's fields (cases and milestones); milestones add a document's page. */
export const sourceFields = {
  slug: slug.optional(),
  title: optionalText(500),
  url: optionalText(2000),
  publisher: optionalText(300),
  kind: z
    .preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() : v), z.enum(SOURCE_KINDS, { message: "must be official or secondary" }))
    .optional(),
  locator: optionalText(4000),
};

/** The rules of a source entry: a recorded source by its slug alone, or a new one with its title. */
export function checkSourceEntry(s: { slug?: string; title: string | null; url: string | null; publisher: string | null; kind?: string }, ctx: z.RefinementCtx): void {
  if (s.slug) {
    for (const field of ["title", "url", "publisher", "kind"] as const) {
      if (s[field]) ctx.addIssue({ code: "custom", path: [field], message: "must be left out when the entry refers to a recorded source (by its slug): a recorded source is changed on its own" });
    }
    return;
  }
  // The form has no slug field: a recorded source is picked there, and given by its slug in the API.
  if (!s.title) ctx.addIssue({ code: "custom", path: ["title"], message: "is required for a new source (or pick a recorded source instead)" });
  if (s.url && !isWebUrl(s.url)) ctx.addIssue({ code: "custom", path: ["url"], message: "must be a web address starting with http:// or https://" });
}

export const sourceInput = z.object(sourceFields).strict().superRefine(checkSourceEntry);

export type SourceInput = z.infer<typeof sourceInput>;

/**
 * A URL-safe slug from a title or a name: its words, lower-case, without accents ("icc-v-ivanov").
 * Cyrillic is transliterated first, by the official Ukrainian system (see transliteration.ts), so
 * «Верховна Рада ухвалила закон» gives "verkhovna-rada-ukhvalyla-zakon" rather than the fallback;
 * Latin text is untouched by it and gives the slug it always gave (decision 038).
 */
export function slugFromWords(words: string, fallback: string): string {
  const base = transliterate(words)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return base || fallback;
}

/** A posted form's text field as typed; "" when it was not sent. */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** Deleting a record (a case, a milestone): the version the user is deleting. */
export const deleteInputSchema = z.object({ expectedVersion: z.number({ message: "is required: give the version you are deleting" }).int().positive() }).strict();
