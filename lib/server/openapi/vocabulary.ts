import "server-only";
import { loadVocabulary } from "@/lib/server/jurisdiction";
import { getCaseListOptions } from "@/lib/server/queries/case-list";
import { getMilestoneFilterOptions } from "@/lib/server/queries/milestones";
import type { ApiVocabulary } from "./schemas";

/**
 * The values the API's parameters accept, read from the database at request time: the same
 * sources the existing parsers use (the "which forum?" vocabulary, the timeline's and the case
 * list's filter options), so the document lists exactly what the handlers accept today.
 */
export async function loadApiVocabulary(): Promise<ApiVocabulary> {
  const [reference, milestones, cases] = await Promise.all([loadVocabulary(), getMilestoneFilterOptions(), getCaseListOptions()]);
  const values = (options: readonly { value: string }[]) => options.map((o) => o.value);
  return {
    forums: reference.forums.map((f) => f.slug),
    crimes: reference.crimes,
    situations: reference.situations,
    accusedKinds: reference.accusedKinds,
    levels: reference.levels,
    modes: reference.modes,
    tracks: values(milestones.track),
    milestoneTypes: values(milestones.type),
    milestoneYears: values(milestones.year),
    caseAccused: values(cases.accused),
    caseYears: values(cases.year),
  };
}
