/**
 * The strict reading of query parameters shared by the API parsers: every parameter must be known
 * and given once; zod then checks the values. Errors name the parameter and, where there is a
 * list, the allowed values.
 */
import { z } from "zod";
import { isIsoDate, type IsoDate } from "./dates";

export type ParameterError = { parameter: string; message: string; allowed?: readonly string[] };
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: ParameterError[] };
export type Query = Record<string, string | readonly string[] | undefined>;

/** Trimmed single values of the known parameters, and an error for each unknown or repeated one. */
export function readParameters(
  query: Query,
  known: readonly string[],
  allowedFor: (parameter: string) => readonly string[] | undefined,
): { single: Record<string, string>; errors: ParameterError[] } {
  const errors: ParameterError[] = [];
  const single: Record<string, string> = {};
  for (const [name, raw] of Object.entries(query)) {
    if (raw === undefined) continue;
    if (!known.includes(name)) {
      errors.push({ parameter: name, message: `Unknown parameter "${name}". Allowed parameters: ${known.join(", ")}.`, allowed: known });
      continue;
    }
    const values = typeof raw === "string" ? [raw] : raw;
    if (values.length !== 1) {
      errors.push({ parameter: name, message: `Give "${name}" once, not ${values.length} times.`, allowed: allowedFor(name) });
      continue;
    }
    single[name] = values[0]!.trim();
  }
  return { single, errors };
}

/** zod's issues as parameter errors. */
export function issuesToErrors(error: z.ZodError, allowedFor: (parameter: string) => readonly string[] | undefined): ParameterError[] {
  return error.issues.map((issue) => {
    const parameter = String(issue.path[0] ?? "query");
    return { parameter, message: issue.message, allowed: allowedFor(parameter) };
  });
}

/** A value that must be one of a list, with a message naming the parameter and the list. */
export function oneOf(parameter: string, allowed: readonly string[]) {
  return z.string().refine((v) => allowed.includes(v), {
    message: `Unknown value for "${parameter}". Allowed: ${allowed.join(", ")}.`,
  });
}

/** `asOf`: the day the law is read as of, a calendar date; `today` when left out. */
export function asOfParameter(today: IsoDate) {
  return z.string().refine(isIsoDate, { message: `"asOf" must be a calendar date written YYYY-MM-DD, for example ${today}.` }).default(today);
}
