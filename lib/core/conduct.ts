/**
 * The date of the conduct a question is about: a day, a month or a year ("2022-03-15",
 * "2022-03", "2022"), or a period between two of them ("2022-02-24/2023-03"), as ISO 8601 writes
 * an interval. Read strictly, for the API and the forms alike; `asOf` is a different date (the
 * architecture in force), and conduct cannot begin after it.
 */
import { isoPartial, parsePartialDate, periodOf, type IsoDate } from "./dates";
import type { Conduct } from "./jurisdiction";

export const CONDUCT_FORMAT = "YYYY-MM-DD, YYYY-MM or YYYY, or a period FROM/TO of those";

export type ConductParse = { ok: true; value: Conduct } | { ok: false; message: string };

export function parseConduct(text: string, asOf: IsoDate): ConductParse {
  const parts = text.trim().split("/");
  if (parts.length > 2) return { ok: false, message: `"conduct" must be ${CONDUCT_FORMAT}; "${text}" has more than one "/".` };
  const dates = parts.map((p) => parsePartialDate(p));
  if (dates.some((d) => d === null) || parts.some((p) => p.trim() === "")) {
    return { ok: false, message: `"conduct" must be ${CONDUCT_FORMAT} (for example 2022-03 or 2022-02-24/2023-03-09); "${text}" is not.` };
  }
  const from = dates[0]!;
  const to = dates[1] ?? from;
  if (periodOf(to).end < periodOf(from).start) {
    return { ok: false, message: `"conduct": the period ends (${isoPartial(to)}) before it begins (${isoPartial(from)}).` };
  }
  if (periodOf(from).start > asOf) {
    return {
      ok: false,
      message: `"conduct" (${isoPartial(from)}) begins after "asOf" (${asOf}): the law as of a date cannot reach conduct that had not yet happened. Move "asOf" later or the conduct earlier.`,
    };
  }
  return { ok: true, value: { from, to } };
}

/** The parameter's own form of a conduct: "2022-03" or "2022-02-24/2023-03". */
export function formatConductParameter(conduct: Conduct): string {
  const from = isoPartial(conduct.from);
  const to = isoPartial(conduct.to);
  return from === to ? from : `${from}/${to}`;
}
