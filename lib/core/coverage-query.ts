/**
 * Reads a coverage-matrix question (as of a date, for a situation and a mode of liability) from
 * query parameters, for the API and the page alike. Strict like the "which forum?" parser: an
 * unknown, repeated or malformed parameter is refused with a message that names it and, where
 * there is a list, the allowed values. Every parameter has a default, so none is ever missing.
 */
import { z } from "zod";
import { isIsoDate, type IsoDate } from "./dates";
import { DEFAULT_MODE, DEFAULT_SITUATION } from "./profile-query";
import { issuesToErrors, oneOf, readParameters, type ParseResult, type Query } from "./query-params";

export const COVERAGE_PARAMETERS = ["asOf", "situation", "mode"] as const;
export type CoverageParameter = (typeof COVERAGE_PARAMETERS)[number];

export type CoverageQuery = { asOf: IsoDate; situation: string; mode: string };

/** The slugs a matrix question may use, from the reference data. */
export type CoverageVocabulary = { situations: readonly string[]; modes: readonly string[] };


function allowedFor(parameter: string, vocabulary: CoverageVocabulary): readonly string[] | undefined {
  if (parameter === "situation") return vocabulary.situations;
  if (parameter === "mode") return vocabulary.modes;
  return undefined;
}


/** Reads the matrix question; `today` is the default "as of" date (the caller owns the clock). */
export function parseCoverageQuery(query: Query, vocabulary: CoverageVocabulary, today: IsoDate): ParseResult<CoverageQuery> {
  const allowed = (parameter: string) => allowedFor(parameter, vocabulary);
  const { single, errors } = readParameters(query, COVERAGE_PARAMETERS, allowed);

  const schema = z.object({
    asOf: z
      .string()
      .refine(isIsoDate, { message: `"asOf" must be a calendar date written YYYY-MM-DD, for example ${today}.` })
      .default(today),
    situation: oneOf("situation", vocabulary.situations).default(DEFAULT_SITUATION),
    mode: oneOf("mode", vocabulary.modes).default(DEFAULT_MODE),
  });
  const parsed = schema.safeParse(single);
  if (!parsed.success) errors.push(...issuesToErrors(parsed.error, allowed));
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}
