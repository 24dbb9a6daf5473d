/**
 * The addresses the pages link to, built in one place so that a matrix cell, a milestone's change
 * and the answer page agree on the parameters (and the parsers accept what the links send).
 */
import type { Profile } from "./jurisdiction";

function query(params: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== null && value !== undefined) search.append(name, value);
  return search.toString();
}

/** The "Which forum?" answer for a profile; no level for a legal person, whom levels do not fit. */
export function whichForumHref(profile: Profile): string {
  const { crime, accused, level, mode, situation, asOf } = profile;
  return `/which-forum?${query({ crime, accused, level, mode, situation, asOf })}`;
}

/** The tracked cases of one matrix cell. */
export function casesHref(cell: { forum: string; crime: string; accused: string; level: string | null; mode: string; situation: string }): string {
  const { forum, crime, accused, level, mode, situation } = cell;
  return `/cases?${query({ forum, crime, accused, level, mode, situation })}`;
}

/** The coverage matrix as of a date, for a situation and a mode of liability. */
export function coverageHref(args: { asOf: string; situation: string; mode: string }): string {
  return `/coverage?${query({ asOf: args.asOf, situation: args.situation, mode: args.mode })}`;
}

/** The id of a matrix row, so an answer can link to its place in the matrix. */
export function matrixRowId(category: { crime: string; accused: string; level: string | null }): string {
  return `row-${category.crime}-${category.accused}${category.level ? `-${category.level}` : ""}`;
}
