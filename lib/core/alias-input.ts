/**
 * An accused's alias as analysts add it (docs/decisions/040-names-in-every-spelling-and-ukrainian-search.md):
 * another spelling of the name, Ukrainian, Russian, English or a transliteration (Путин, Poutine).
 */
import { z } from "zod";
import { nameKey } from "./search-normal";

export const MAX_ALIAS_LENGTH = 300;

/** The spelling two aliases must not share: trimmed, spaces single, lower case, one apostrophe (’). */
export function aliasSpelling(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase().replace(/['ʼ`’]/g, "’");
}

/** An alias's name as stored: trimmed, spaces single. */
export const aliasName = (name: string) => name.normalize("NFC").trim().replace(/\s+/g, " ");

const expectedUpdatedAt = z
  .string({ message: "is required: give the time of the last change you saw (updatedAt)" })
  .trim()
  .min(1, { message: "is required: give the time of the last change you saw (updatedAt)" });

export const aliasInputSchema = z
  .object({
    name: z
      .string({ message: "is required: another spelling of the accused's name" })
      .transform(aliasName)
      .pipe(
        // The message again: a form's reader (Conform) reads a name of spaces, trimmed to "", as left out.
        z
          .string({ message: "is required: another spelling of the accused's name" })
          .min(1, { message: "is required: another spelling of the accused's name" })
          .max(MAX_ALIAS_LENGTH, { message: `must be at most ${MAX_ALIAS_LENGTH} characters` })
          .refine((n) => /[\p{L}\p{N}]/u.test(n) && nameKey(n) !== "", { message: "must hold a letter or digit" }),
      )
      .describe("Another spelling of the name (Путин, Poutine), at most 300 characters."),
    expectedUpdatedAt: expectedUpdatedAt.describe("The accused's updatedAt as you last saw it (409 if it changed since)."),
  })
  .strict();

export const aliasDeleteSchema = z.object({ expectedUpdatedAt: expectedUpdatedAt.describe("The accused's updatedAt as you last saw it (409 if it changed since).") }).strict();

export type AliasInput = z.output<typeof aliasInputSchema>;
