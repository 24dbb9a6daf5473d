/**
 * Reads a coverage-matrix question (as of a date, for a situation and a mode of liability) from
 * query parameters, for the API and the page alike. Strict like the "which forum?" parser: an
 * unknown, repeated or malformed parameter is refused with a message that names it and, where
 * there is a list, the allowed values. Every parameter has a default, so none is ever missing.
 */
import { z } from "zod";
import { parseConduct } from "./conduct";
import type { IsoDate } from "./dates";
import type { Conduct } from "./jurisdiction";
import { DEFAULT_MODE, DEFAULT_SITUATION } from "./profile-query";
import { asOfParameter, issuesToErrors, oneOf, readParameters, type ParseResult, type Query } from "./query-params";

export const COVERAGE_PARAMETERS = ["conduct", "asOf", "situation", "mode", "policy"] as const;
/** The values of `policy`: on shows the complementarity split beside the cells. */
export const POLICY_VIEWS = ["on", "off"] as const;

/** `policy`: show the complementarity split (policy, not jurisdiction) beside each cell. */
export type CoverageQuery = { asOf: IsoDate; conduct: Conduct | null; situation: string; mode: string; policy: boolean };

/** The slugs a matrix question may use, from the reference data. */
export type CoverageVocabulary = { situations: readonly string[]; modes: readonly string[] };


function allowedFor(parameter: string, vocabulary: CoverageVocabulary): readonly string[] | undefined {
  if (parameter === "situation") return vocabulary.situations;
  if (parameter === "mode") return vocabulary.modes;
  if (parameter === "policy") return POLICY_VIEWS;
  return undefined;
}


/** Reads the matrix question; `today` is the default "as of" date (the caller owns the clock). */
export function parseCoverageQuery(query: Query, vocabulary: CoverageVocabulary, today: IsoDate): ParseResult<CoverageQuery> {
  const allowed = (parameter: string) => allowedFor(parameter, vocabulary);
  const { single, errors } = readParameters(query, COVERAGE_PARAMETERS, allowed);

  const schema = z.object({
    asOf: asOfParameter(today),
    situation: oneOf("situation", vocabulary.situations).default(DEFAULT_SITUATION),
    mode: oneOf("mode", vocabulary.modes).default(DEFAULT_MODE),
    conduct: z.string().optional(),
    policy: z.enum(POLICY_VIEWS, { error: `"policy" must be "on" or "off".` }).default("off"),
  });
  const parsed = schema.safeParse(single);
  if (!parsed.success) errors.push(...issuesToErrors(parsed.error, allowed));
  const conduct = parsed.success && parsed.data.conduct !== undefined ? parseConduct(parsed.data.conduct, parsed.data.asOf) : null;
  if (conduct && !conduct.ok) errors.push({ parameter: "conduct", message: conduct.message });
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  const { asOf, situation, mode, policy } = parsed.data;
  return { ok: true, value: { asOf, situation, mode, conduct: conduct?.ok ? conduct.value : null, policy: policy === "on" } };
}
