/**
 * Reads a jurisdiction question ("which forum?") from query parameters, for the API and the form
 * alike. Strict: a missing, unknown, repeated or malformed parameter is refused with a message that
 * names it and, where there is a list, the allowed values.
 */
import { z } from "zod";
import { parseConduct } from "./conduct";
import type { IsoDate } from "./dates";
import type { Profile } from "./jurisdiction";
import { asOfParameter, issuesToErrors, oneOf, readParameters, type ParseResult, type Query } from "./query-params";

/** The slugs a question may use, from the reference data. */
export type Vocabulary = {
  crimes: readonly string[];
  accusedKinds: readonly string[];
  levels: readonly string[];
  modes: readonly string[];
  situations: readonly string[];
};

export type { ParameterError, ParseResult } from "./query-params";

export const PROFILE_PARAMETERS = ["crime", "accused", "level", "mode", "situation", "conduct", "asOf"] as const;
export const DEFAULT_MODE = "direct";
export const DEFAULT_SITUATION = "ukraine";
/** Legal persons have no level of responsibility; the rules for companies name none. */
export const LEGAL_PERSON = "legal";



function allowedFor(parameter: string, vocabulary: Vocabulary): readonly string[] | undefined {
  switch (parameter) {
    case "crime": return vocabulary.crimes;
    case "accused": return vocabulary.accusedKinds;
    case "level": return vocabulary.levels;
    case "mode": return vocabulary.modes;
    case "situation": return vocabulary.situations;
    default: return undefined;
  }
}

/** Reads the profile; `today` is the default "as of" date (the caller owns the clock). */
export function parseProfileQuery(query: Query, vocabulary: Vocabulary, today: IsoDate): ParseResult<Profile> {
  const allowed = (parameter: string) => allowedFor(parameter, vocabulary);
  const { single, errors } = readParameters(query, PROFILE_PARAMETERS, allowed);

  const schema = z.object({
    crime: z.string({ error: `Missing parameter "crime". Allowed: ${vocabulary.crimes.join(", ")}.` }).pipe(oneOf("crime", vocabulary.crimes)),
    accused: z.string({ error: `Missing parameter "accused". Allowed: ${vocabulary.accusedKinds.join(", ")}.` }).pipe(oneOf("accused", vocabulary.accusedKinds)),
    level: oneOf("level", vocabulary.levels).optional(),
    mode: oneOf("mode", vocabulary.modes).default(DEFAULT_MODE),
    situation: oneOf("situation", vocabulary.situations).default(DEFAULT_SITUATION),
    asOf: asOfParameter(today),
    conduct: z.string().optional(),
  });
  const parsed = schema.safeParse(single);
  if (!parsed.success) errors.push(...issuesToErrors(parsed.error, allowed));
  // The level depends on the kind of accused: required for a natural person, absent for a company.
  const accused = single.accused;
  if (accused === LEGAL_PERSON && single.level !== undefined) {
    errors.push({ parameter: "level", message: `"level" does not apply to a legal person (accused=${LEGAL_PERSON}); leave it out.` });
  } else if (accused !== LEGAL_PERSON && single.level === undefined && !errors.some((e) => e.parameter === "level")) {
    errors.push({ parameter: "level", message: `Missing parameter "level" for a natural person. Allowed: ${vocabulary.levels.join(", ")}.`, allowed: vocabulary.levels });
  }
  // The conduct is read against the "as of" date: it cannot begin after it.
  const conduct = parsed.success && parsed.data.conduct !== undefined ? parseConduct(parsed.data.conduct, parsed.data.asOf) : null;
  if (conduct && !conduct.ok) errors.push({ parameter: "conduct", message: conduct.message });
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };

  const { crime, mode, situation, asOf, level } = parsed.data;
  return {
    ok: true,
    value: {
      crime,
      accused: parsed.data.accused,
      level: parsed.data.accused === LEGAL_PERSON ? null : level!,
      mode,
      situation,
      asOf,
      conduct: conduct?.ok ? conduct.value : null,
    },
  };
}
