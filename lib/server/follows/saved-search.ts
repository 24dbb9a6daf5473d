import "server-only";
import { canonicalCaseListSearch, describeCaseListQuery, parseCaseListQuery } from "@/lib/core/case-list-query";
import type { Locale } from "@/lib/core/locales";
import { queryOf } from "../http";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "../errors";
import { caseListWhere, getCaseListOptions } from "../queries/case-list";

/**
 * A saved search is the case list's query string, kept in the case list's canonical form (so the
 * same filters in another order are one follow), and matched with the case list's own SQL
 * condition (so what the list shows and what the follow covers cannot drift apart). This file is
 * the one place that knows the case list's parser.
 */

const paramsOf = (text: string) => queryOf(new URLSearchParams(text.trim().replace(/^\?/, "")), { emptyIsUnset: true });

/**
 * The query string in canonical form, with its description in words. A query the case list
 * refuses (strictly, as the API reads it) is 400 naming `query`; so is one without any filter.
 * The page (`after`) and page size (`limit`) are not part of a search and are dropped.
 */
export async function canonicalSavedSearch(raw: string): Promise<{ query: string; description: string }> {
  let params: ReturnType<typeof paramsOf>;
  try {
    params = paramsOf(raw);
  } catch (error) {
    // A NUL character (%00) in the query string: named as the field the user gave, `query`.
    if (error instanceof AppError) throw AppError.invalidInput([{ parameter: "query", message: `query is not a search the case list accepts. ${error.message}` }]);
    throw error;
  }
  delete params.after;
  delete params.limit;
  const options = await getCaseListOptions();
  const parsed = parseCaseListQuery(params, options);
  if (!parsed.ok) {
    const detail = parsed.errors.map((e) => `${e.parameter}: ${e.message}`).join(" ");
    throw AppError.invalidInput([{ parameter: "query", message: `query is not a search the case list accepts. ${detail}` }]);
  }
  const query = canonicalCaseListSearch(parsed.value);
  if (query === "") {
    throw AppError.invalidInput([{ parameter: "query", message: "query has no filter: choose filters or search words on the case list, then follow that search." }]);
  }
  return { query, description: describeCaseListQuery(parsed.value, options) };
}

/**
 * Each stored saved search read for matching: its SQL condition over `"Case" c` (as a signed-in
 * user: every follower is) and its filters in words; null for one that no longer parses (a value
 * the tracker stopped recording): such a search matches nothing, and the Updates page says so.
 * The options are read once.
 */
export async function readSavedSearches(queries: readonly string[], locale: Locale = "en"): Promise<({ where: Prisma.Sql; description: string } | null)[]> {
  if (queries.length === 0) return [];
  const options = await getCaseListOptions();
  return queries.map((query) => {
    const parsed = parseCaseListQuery(paramsOf(query), options);
    if (!parsed.ok) return null;
    return { where: caseListWhere(parsed.value, { signedIn: true }), description: describeCaseListQuery(parsed.value, options, { labelled: true }, locale) };
  });
}
