/**
 * What an import saves over a record imported before: what the file gives, and, for every field
 * the file does not give (a column left out of the header, a key left out of a JSON record), what
 * the tracker already has. A narrower file never wipes what it does not mention. Pure.
 */
import { mergedTranslations, sameTranslations, type UserTranslations } from "../user-translations";

/** A case as the case use cases take it, references as slugs. */
export type CaseWrite = {
  reference: string | null;
  title: string;
  summary: string | null;
  /** The language title and summary are written in (decision 042). */
  lang: string;
  /**
   * The title and summary in the other languages: what the case holds, or, from a file, what it
   * gives (a field left out is absent; null or empty removes the text).
   */
  translations: UserTranslations;
  forum: string;
  situation: string;
  accused: { slug: string }[];
  charges: ChargeWrite[];
  sources: { slug: string; locator: string | null }[];
  milestones: string[];
  isSynthetic: boolean;
};

export type ChargeWrite = {
  accused: string | null;
  crime: string;
  mode: string;
  provisionCited: string;
  provision: string | null;
  description: string | null;
  knowledgeStandard: string | null;
  failedDuties: string[];
};

const CHARGE_DETAILS = ["provision", "description", "knowledgeStandard", "failedDuties"] as const;
const identity = (c: ChargeWrite) => [c.accused ?? "", c.crime, c.mode, c.provisionCited].join("\u0000");

export function keepAbsentCaseFields(current: CaseWrite, next: CaseWrite, present: ReadonlySet<string>): CaseWrite {
  const kept = { ...next };
  if (!present.has("reference")) kept.reference = current.reference;
  if (!present.has("summary")) kept.summary = current.summary;
  if (!present.has("isSynthetic")) kept.isSynthetic = current.isSynthetic;
  if (!present.has("lang")) kept.lang = current.lang;
  // The texts in other languages the file gives over those held; none in the case's own language.
  kept.translations = mergedTranslations(current.translations, next.translations, kept.lang);
  // Milestone links are only ever added by an import, from either side (a case's milestones, a
  // milestone's cases), so that a case file and a milestone file never undo each other; a link
  // is removed on the form.
  kept.milestones = present.has("milestones") ? [...new Set([...current.milestones, ...next.milestones])] : current.milestones;
  if (!present.has("sources")) kept.sources = current.sources;
  else if (!present.has("sources.locator")) {
    kept.sources = next.sources.map((s) => ({ ...s, locator: current.sources.find((c) => c.slug === s.slug)?.locator ?? null }));
  }
  // A charge is the same charge when its accused, crime, mode and citation are: its details the file
  // leaves out come from it (each current charge lends its details once).
  const absent = CHARGE_DETAILS.filter((d) => !present.has(`charges.${d}`));
  if (absent.length > 0) {
    const unused = [...current.charges];
    kept.charges = next.charges.map((charge) => {
      const i = unused.findIndex((c) => identity(c) === identity(charge));
      if (i < 0) return charge;
      const [match] = unused.splice(i, 1);
      const merged = { ...charge };
      for (const detail of absent) (merged as Record<string, unknown>)[detail] = match![detail];
      return merged;
    });
  }
  return kept;
}

/** An accused's own fields, by the names the import reads them under. */
export type AccusedWrite = { name: string; nameOriginal: string | null; kindId: string; rank: string | null; levelId: string | null; description: string | null };

const ACCUSED_FIELDS: Record<keyof AccusedWrite, string> = {
  name: "accused.name",
  nameOriginal: "accused.nameUkrainian",
  kindId: "accused.kind",
  rank: "accused.rank",
  levelId: "accused.level",
  description: "accused.description",
};

export function keepAbsentAccusedFields(current: AccusedWrite, next: AccusedWrite, present: ReadonlySet<string>): AccusedWrite {
  const kept = { ...next };
  for (const [field, path] of Object.entries(ACCUSED_FIELDS) as [keyof AccusedWrite, string][]) {
    if (!present.has(path)) (kept as Record<string, unknown>)[field] = current[field];
  }
  return kept;
}

export const sameAccusedFields = (a: AccusedWrite, b: AccusedWrite) =>
  a.name === b.name && a.nameOriginal === b.nameOriginal && a.kindId === b.kindId && a.rank === b.rank && a.levelId === b.levelId && a.description === b.description;

/** Same members, in any order. */
export const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join("\u0000") === [...b].sort().join("\u0000");

/** The case holds what `next` says (the charges in order, the other sets in any order). */
export function sameCase(current: CaseWrite, next: CaseWrite): boolean {
  return (
    current.reference === next.reference &&
    current.title === next.title &&
    current.summary === next.summary &&
    current.lang === next.lang &&
    sameTranslations(current.translations, next.translations) &&
    current.forum === next.forum &&
    current.situation === next.situation &&
    current.isSynthetic === next.isSynthetic &&
    sameSet(current.accused.map((a) => a.slug), next.accused.map((a) => a.slug)) &&
    sameSet(current.sources.map((s) => `${s.slug}\u0000${s.locator ?? ""}`), next.sources.map((s) => `${s.slug}\u0000${s.locator ?? ""}`)) &&
    sameSet(current.milestones, next.milestones) &&
    current.charges.length === next.charges.length &&
    current.charges.every((c, i) => {
      const n = next.charges[i]!;
      return identity(c) === identity(n) && c.provision === n.provision && c.description === n.description && c.knowledgeStandard === n.knowledgeStandard && sameSet(c.failedDuties, n.failedDuties);
    })
  );
}
