/**
 * Legal dates with a precision. A milestone may be known to the day ("25 October 2024"), the month
 * ("October 2024") or only the year ("1994"). The date is stored as the first day of the period it
 * names; the precision says how much of it is known. Dates here are ISO strings (YYYY-MM-DD),
 * never local-time Date objects, so that no timezone can move a legal date by a day.
 */

import type { Locale } from "./locales";

export const PRECISIONS = ["DAY", "MONTH", "YEAR"] as const;
export type Precision = (typeof PRECISIONS)[number];

export type IsoDate = string; // YYYY-MM-DD

export type PartialDate = { date: IsoDate; precision: Precision };

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;
// Ukrainian names a month by itself in the nominative ("жовтень 2024 р.") and in a date in the
// genitive ("25 жовтня 2024 р."). Written out rather than asked of Intl, whose data varies by build.
const UK_MONTHS = ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"] as const;
const UK_MONTHS_OF = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"] as const;

/** A month's name ("October", "жовтень") and, in a date, as a day's month ("October", "жовтня"). */
export function monthName(month: number, locale: Locale = "en", inDate = false): string {
  if (locale === "uk") return (inDate ? UK_MONTHS_OF : UK_MONTHS)[month - 1]!;
  return MONTHS[month - 1]!;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const ISO_YEAR = /^(\d{4})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/**
 * Years 0001 to 9999. There is no year 0000 (1 BC is followed by AD 1) and PostgreSQL refuses it
 * in a date column, so it is refused here, where the error can name the field.
 */
function isRealYear(year: number): boolean {
  return year >= 1;
}

/** True for a real calendar day written as YYYY-MM-DD (rejects 2025-02-30 and 0000-01-01). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealYear(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Reads "2024-10-25", "2024-10" or "2024" into a date and its precision; null when the text is
 * not such a date.
 */
export function parsePartialDate(value: string): PartialDate | null {
  const text = value.trim();
  if (ISO_DAY.test(text)) return isIsoDate(text) ? { date: text, precision: "DAY" } : null;
  const month = ISO_MONTH.exec(text);
  if (month) {
    const m = Number(month[2]);
    return isRealYear(Number(month[1])) && m >= 1 && m <= 12 ? { date: `${month[1]}-${month[2]}-01`, precision: "MONTH" } : null;
  }
  const year = ISO_YEAR.exec(text);
  if (year) return isRealYear(Number(year[1])) ? { date: `${year[1]}-01-01`, precision: "YEAR" } : null;
  return null;
}

/** The stored form of a partial date: the first day of its period. */
export function normalise(date: IsoDate, precision: Precision): IsoDate {
  const [y, m] = date.split("-");
  if (precision === "YEAR") return `${y}-01-01`;
  if (precision === "MONTH") return `${y}-${m}-01`;
  return date;
}

// The engine asks for the same few periods (its rules' boundaries) millions of times a second.
const periods = new Map<string, { start: IsoDate; end: IsoDate }>();

/** First and last day (inclusive) of the period a partial date names. */
export function periodOf({ date, precision }: PartialDate): { start: IsoDate; end: IsoDate } {
  const key = `${precision}${date}`;
  const known = periods.get(key);
  if (known) return known;
  const period = Object.freeze(computePeriod(date, precision));
  if (periods.size > 10_000) periods.clear();
  periods.set(key, period);
  return period;
}

function computePeriod(date: IsoDate, precision: Precision): { start: IsoDate; end: IsoDate } {
  const [y, m] = date.split("-").map(Number) as [number, number, number];
  if (precision === "YEAR") return { start: `${pad(y, 4)}-01-01`, end: `${pad(y, 4)}-12-31` };
  if (precision === "MONTH") {
    return { start: `${pad(y, 4)}-${pad(m)}-01`, end: `${pad(y, 4)}-${pad(m)}-${pad(daysInMonth(y, m))}` };
  }
  return { start: date, end: date };
}

/**
 * Only as much as is known: "25 October 2024", "October 2024" or "2024"; in Ukrainian
 * "25 жовтня 2024 р.", "жовтень 2024 р." or "2024 р.".
 */
export function formatPartialDate({ date, precision }: PartialDate, locale: Locale = "en"): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  if (locale === "uk") {
    if (precision === "YEAR") return `${y} р.`;
    if (precision === "MONTH") return `${monthName(m, "uk")} ${y} р.`;
    return `${d} ${monthName(m, "uk", true)} ${y} р.`;
  }
  if (precision === "YEAR") return String(y);
  const month = MONTHS[m - 1]!;
  if (precision === "MONTH") return `${month} ${y}`;
  return `${d} ${month} ${y}`;
}

// The month "in which" (у березні): the locative, for a date said as "when".
const UK_MONTHS_IN = ["січні", "лютому", "березні", "квітні", "травні", "червні", "липні", "серпні", "вересні", "жовтні", "листопаді", "грудні"] as const;

/**
 * A partial date after a Ukrainian preposition that takes the genitive ("з", "до", "від"):
 * "24 лютого 2022 р.", "березня 2023 р.", "2022 р.".
 */
export function ukDateOf({ date, precision }: PartialDate): string {
  const [y, m] = date.split("-").map(Number) as [number, number];
  if (precision === "MONTH") return `${monthName(m, "uk", true)} ${y} р.`;
  return formatPartialDate({ date, precision }, "uk");
}

/** A partial date as "when" in Ukrainian: "15 березня 2022 р.", "у березні 2022 р.", "у 2022 р.". */
export function ukDateWhen({ date, precision }: PartialDate): string {
  const [y, m] = date.split("-").map(Number) as [number, number];
  if (precision === "DAY") return formatPartialDate({ date, precision }, "uk");
  if (precision === "MONTH") return `у ${UK_MONTHS_IN[m - 1]} ${y} р.`;
  return `у ${y} р.`;
}

/** The compact ISO form of a partial date: "2024-10-25", "2024-10" or "2024". */
export function isoPartial({ date, precision }: PartialDate): string {
  if (precision === "YEAR") return date.slice(0, 4);
  if (precision === "MONTH") return date.slice(0, 7);
  return date;
}

/** The calendar date of a Date read from a Postgres `date` column (drivers return UTC midnight). */
export function toIsoDate(value: Date): IsoDate {
  return value.toISOString().slice(0, 10);
}

/**
 * A date read from a `date` column with the precision stored beside it, as a PartialDate. A missing
 * date stays null; a date without a recorded precision is shown to the day, as stored.
 */
export function partialDateOf(date: Date, precision: Precision): PartialDate;
export function partialDateOf(date: Date | null, precision: Precision | null): PartialDate | null;
export function partialDateOf(date: Date | null, precision: Precision | null): PartialDate | null {
  if (!date) return null;
  return { date: toIsoDate(date), precision: precision ?? "DAY" };
}

/** A Date at UTC midnight, for writing an ISO date to a `date` column. */
export function fromIsoDate(value: IsoDate): Date {
  if (!isIsoDate(value)) throw new RangeError(`Not a calendar date: ${value}`);
  return new Date(`${value}T00:00:00.000Z`);
}

/** Today's calendar date in UTC, from a clock passed in (the core never reads the time itself). */
export function isoToday(now: Date): IsoDate {
  return toIsoDate(now);
}

/**
 * The latest calendar date that has begun anywhere on Earth (UTC+14): the bound for "not in the
 * future". In Kyiv a day starts two or three hours before it does in UTC, and an event recorded
 * that morning must not be refused as tomorrow's.
 */
export function latestDateBegun(now: Date): IsoDate {
  return toIsoDate(new Date(now.getTime() + 14 * 60 * 60 * 1000));
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}
