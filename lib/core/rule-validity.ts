/**
 * Where a jurisdiction rule's validity stands on a given day, and how to say its dates in words.
 * Not a jurisdiction engine: it only places one rule's [validFrom, validTo] against a date, so a
 * page can tell a reader which rules are in force, historical or not yet in force.
 */
import { formatPartialDate, periodOf, type IsoDate, type PartialDate } from "./dates";

export type Validity = { from: PartialDate | null; to: PartialDate | null };

export type ValidityStatus =
  | "IN_FORCE"
  | "HISTORICAL"
  | "NOT_YET"
  // Today falls in a boundary known only to the month or year: the source cannot say which side.
  | "UNCERTAIN";

export const STATUS_LABELS: Record<ValidityStatus, string> = {
  IN_FORCE: "In force today",
  HISTORICAL: "No longer in force",
  NOT_YET: "Not yet in force",
  UNCERTAIN: "Boundary falls this period",
};

/**
 * Both ends are inclusive. A boundary known to the month or year covers that whole period: a rule
 * "until October 2024" may hold to 31 October 2024, and one "from October 2024" may start on the 1st.
 */
export function validityStatus({ from, to }: Validity, today: IsoDate): ValidityStatus {
  if (from) {
    const { start, end } = periodOf(from);
    if (today < start) return "NOT_YET";
    if (today < end && from.precision !== "DAY") return "UNCERTAIN";
  }
  if (to) {
    const { start, end } = periodOf(to);
    if (today > end) return "HISTORICAL";
    if (today >= start && to.precision !== "DAY") return "UNCERTAIN";
  }
  return "IN_FORCE";
}

/** "From 1 January 2025", "Until 31 December 2024", "From October 2024 until …", or no limit. */
export function describeValidity({ from, to }: Validity): string {
  if (from && to) return `From ${formatPartialDate(from)} until ${formatPartialDate(to)}`;
  if (from) return `From ${formatPartialDate(from)}`;
  if (to) return `Until ${formatPartialDate(to)}`;
  return "No start or end date recorded";
}

/** A rule that names no crime applies to every crime (the schema's "empty list means any"). */
export function appliesToCrime(ruleCrimeSlugs: readonly string[], crimeSlug: string): boolean {
  return ruleCrimeSlugs.length === 0 || ruleCrimeSlugs.includes(crimeSlug);
}
