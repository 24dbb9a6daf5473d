/**
 * Where a jurisdiction rule's validity stands on a given day, and how to say its dates in words.
 * Not a jurisdiction engine: it only places one rule's [validFrom, validTo] against a date, so a
 * page can tell a reader which rules are in force, historical or not yet in force.
 */
import { formatPartialDate, periodOf, ukDateOf, type IsoDate, type PartialDate } from "./dates";
import type { Locale } from "./locales";

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

const UK_STATUS_LABELS: Record<ValidityStatus, string> = {
  IN_FORCE: "Чинне сьогодні",
  HISTORICAL: "Утратило чинність",
  NOT_YET: "Ще не набрало чинності",
  UNCERTAIN: "Межа припадає на цей період",
};

/** Where a rule's validity stands, in a language ("In force today", "Чинне сьогодні"). */
export const validityStatusLabels = (locale: Locale = "en"): Record<ValidityStatus, string> => (locale === "uk" ? UK_STATUS_LABELS : STATUS_LABELS);

export type Timing = { state: "in-force" | "not-yet" | "expired" | "uncertain"; uncertainDate?: string };

/** Where the "as of" date falls against a rule's validity; `uncertainDate` in the locale's words. */
export function timing(
  rule: { validFrom: PartialDate | null; validTo: PartialDate | null; openedBy: { title: string } | null; closedBy: { title: string } | null },
  asOf: IsoDate,
  locale: Locale = "en",
): Timing {
  const uk = locale === "uk";
  let uncertainDate: string | undefined;
  // A boundary known only to a period [start, end] falls on some day of it. A rule that begins in
  // October 2024 has surely begun on 31 October; one that ends in October is surely still in force
  // on 1 October. Only the days strictly between are uncertain.
  if (rule.validFrom) {
    const { start, end } = periodOf(rule.validFrom);
    if (asOf < start) return { state: "not-yet" };
    if (asOf < end) {
      uncertainDate = uk
        ? `${rule.openedBy?.title ?? "Правило набуло чинності"}: ${formatPartialDate(rule.validFrom, "uk")}, день невідомий`
        : `${rule.openedBy?.title ?? "The rule began"}: ${formatPartialDate(rule.validFrom)}, day not known`;
    }
  }
  if (rule.validTo) {
    const { start, end } = periodOf(rule.validTo);
    if (asOf > end) return { state: "expired" };
    if (asOf > start) {
      uncertainDate = uk
        ? `${rule.closedBy?.title ?? "Правило втратило чинність"}: ${formatPartialDate(rule.validTo, "uk")}, день невідомий`
        : `${rule.closedBy?.title ?? "The rule ended"}: ${formatPartialDate(rule.validTo)}, day not known`;
    }
  }
  return uncertainDate ? { state: "uncertain", uncertainDate } : { state: "in-force" };
}

/**
 * Both ends are inclusive. A boundary known only to the month or year falls on some day of that
 * period; `timing` above decides which days are certain, for these pages and the engine alike.
 */
export function validityStatus({ from, to }: Validity, today: IsoDate): ValidityStatus {
  const { state } = timing({ validFrom: from, validTo: to, openedBy: null, closedBy: null }, today);
  return STATE_TO_STATUS[state];
}

const STATE_TO_STATUS = { "in-force": "IN_FORCE", "not-yet": "NOT_YET", expired: "HISTORICAL", uncertain: "UNCERTAIN" } as const;

/**
 * "From 1 January 2025", "Until 31 December 2024", "From October 2024 until …", or no limit; in
 * Ukrainian "З 1 січня 2025 р.", "До 31 грудня 2024 р.", "З жовтня 2024 р. до …".
 */
export function describeValidity({ from, to }: Validity, locale: Locale = "en"): string {
  if (locale === "uk") {
    if (from && to) return `З ${ukDateOf(from)} до ${ukDateOf(to)}`;
    if (from) return `З ${ukDateOf(from)}`;
    if (to) return `До ${ukDateOf(to)}`;
    return "Дату початку чи закінчення не записано";
  }
  if (from && to) return `From ${formatPartialDate(from)} until ${formatPartialDate(to)}`;
  if (from) return `From ${formatPartialDate(from)}`;
  if (to) return `Until ${formatPartialDate(to)}`;
  return "No start or end date recorded";
}

/** A rule that names no crime applies to every crime (the schema's "empty list means any"). */
export function appliesToCrime(ruleCrimeSlugs: readonly string[], crimeSlug: string): boolean {
  return ruleCrimeSlugs.length === 0 || ruleCrimeSlugs.includes(crimeSlug);
}
