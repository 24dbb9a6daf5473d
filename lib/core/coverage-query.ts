/**
 * Reads a coverage-matrix question (as of a date, for a situation and a mode of liability) from
 * query parameters, for the API and the page alike. Strict like the "which forum?" parser: an
 * unknown, repeated or malformed parameter is refused with a message that names it and, where
 * there is a list, the allowed values. Every parameter has a default, so none is ever missing.
 */
import { z } from "zod";
import { isIsoDate, type IsoDate } from "./dates";
import { DEFAULT_MODE, DEFAULT_SITUATION, type ParameterError, type ParseResult } from "./profile-query";

export const COVERAGE_PARAMETERS = ["asOf", "situation", "mode"] as const;
export type CoverageParameter = (typeof COVERAGE_PARAMETERS)[number];

export type CoverageQuery = { asOf: IsoDate; situation: string; mode: string };

/** The slugs a matrix question may use, from the reference data. */
export type CoverageVocabulary = { situations: readonly string[]; modes: readonly string[] };

type Query = Record<string, string | readonly string[] | undefined>;

function allowedFor(parameter: string, vocabulary: CoverageVocabulary): readonly string[] | undefined {
  if (parameter === "situation") return vocabulary.situations;
  if (parameter === "mode") return vocabulary.modes;
  return undefined;
}

function oneOf(parameter: CoverageParameter, allowed: readonly string[]) {
  return z.string().refine((v) => allowed.includes(v), {
    message: `Unknown value for "${parameter}". Allowed: ${allowed.join(", ")}.`,
  });
}

/** Reads the matrix question; `today` is the default "as of" date (the caller owns the clock). */
export function parseCoverageQuery(query: Query, vocabulary: CoverageVocabulary, today: IsoDate): ParseResult<CoverageQuery> {
  const errors: ParameterError[] = [];
  const single: Record<string, string> = {};
  for (const [name, raw] of Object.entries(query)) {
    if (raw === undefined) continue;
    if (!(COVERAGE_PARAMETERS as readonly string[]).includes(name)) {
      errors.push({
        parameter: name,
        message: `Unknown parameter "${name}". Allowed parameters: ${COVERAGE_PARAMETERS.join(", ")}.`,
        allowed: COVERAGE_PARAMETERS,
      });
      continue;
    }
    const values = typeof raw === "string" ? [raw] : raw;
    if (values.length !== 1) {
      errors.push({ parameter: name, message: `Give "${name}" once, not ${values.length} times.`, allowed: allowedFor(name, vocabulary) });
      continue;
    }
    single[name] = values[0]!.trim();
  }

  const schema = z.object({
    asOf: z
      .string()
      .refine(isIsoDate, { message: `"asOf" must be a calendar date written YYYY-MM-DD, for example ${today}.` })
      .default(today),
    situation: oneOf("situation", vocabulary.situations).default(DEFAULT_SITUATION),
    mode: oneOf("mode", vocabulary.modes).default(DEFAULT_MODE),
  });
  const parsed = schema.safeParse(single);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const parameter = String(issue.path[0] ?? "query");
      errors.push({ parameter, message: issue.message, allowed: allowedFor(parameter, vocabulary) });
    }
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}
