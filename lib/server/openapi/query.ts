import "server-only";
import type { z } from "zod";
import { allowedValues } from "@/lib/web/openapi";
import { issuesToErrors, readParameters, type Query } from "@/lib/core/query-params";
import { AppError } from "@/lib/server/errors";
import { queryOf } from "@/lib/server/http";

/**
 * Reads a request's query with one of the API's zod schemas (lib/server/openapi/schemas.ts), the
 * same schema the document describes. Strict: an unknown or repeated parameter, or a bad value,
 * is a 400 naming the parameter and, where there is a list, its allowed values.
 */
export function parseQuery<S extends z.ZodObject>(request: Request, schema: S): z.output<S> {
  const query: Query = queryOf(new URL(request.url).searchParams);
  const known = Object.keys(schema.shape);
  const allowedFor = (parameter: string) => allowedValues(schema.shape[parameter] as z.ZodType | undefined);
  if (known.length === 0) {
    const names = Object.keys(query);
    // An address that takes no parameters: say so rather than "Allowed parameters: (none)".
    if (names.length > 0) throw AppError.invalidInput(names.map((name) => ({ parameter: name, message: `Unknown parameter "${name}": this address takes no parameters.` })));
    return schema.parse({});
  }
  const { single, errors } = readParameters(query, known, allowedFor);
  const parsed = schema.safeParse(single);
  if (!parsed.success) {
    // A parameter already refused (repeated, unknown) is not reported a second time as missing.
    const refused = new Set(errors.map((e) => e.parameter));
    errors.push(...issuesToErrors(parsed.error, allowedFor).filter((e) => !refused.has(e.parameter)).map((e) => ({ ...e, message: `${e.parameter}: ${e.message}` })));
  }
  if (errors.length > 0 || !parsed.success) throw AppError.invalidInput(errors);
  return parsed.data;
}
