/**
 * The addresses the pages link to, built in one place so that a matrix cell, a milestone's change
 * and the answer page agree on the parameters (and the parsers accept what the links send).
 */
import { formatConductParameter } from "./conduct";
import type { Conduct, Profile } from "./jurisdiction";

function query(params: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== null && value !== undefined) search.append(name, value);
  return search.toString();
}

const conductParameter = (conduct: Conduct | null | undefined) => (conduct ? formatConductParameter(conduct) : null);

/**
 * The "Which forum?" answer for a profile; no level for a legal person, whom levels do not fit, and
 * no conduct when none was given (the answer then says, period by period, what each forum can try).
 */
export function whichForumHref(profile: Profile): string {
  const { crime, accused, level, mode, situation, asOf } = profile;
  return `/which-forum?${query({ crime, accused, level, mode, situation, conduct: conductParameter(profile.conduct), asOf })}`;
}

/** The tracked cases of one matrix cell. */
export function casesHref(cell: { forum: string; crime: string; accused: string; level: string | null; mode: string; situation: string }): string {
  const { forum, crime, accused, level, mode, situation } = cell;
  return `/cases?${query({ forum, crime, accused, level, mode, situation })}`;
}

/**
 * The coverage matrix for a conduct (or every conduct, when none is given) as of a date, for a
 * situation and a mode of liability; `policy` shows the complementarity split beside the cells.
 */
export function coverageHref(args: { asOf: string; situation: string; mode: string; conduct?: Conduct | null; policy?: boolean }): string {
  return `/coverage?${query({
    conduct: conductParameter(args.conduct),
    asOf: args.asOf,
    situation: args.situation,
    mode: args.mode,
    policy: args.policy ? "on" : null,
  })}`;
}

/** The id of a matrix row, so an answer can link to its place in the matrix. */
export function matrixRowId(category: { crime: string; accused: string; level: string | null }): string {
  return `row-${category.crime}-${category.accused}${category.level ? `-${category.level}` : ""}`;
}
