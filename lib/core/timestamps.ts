/**
 * Record timestamps (when something was stored or changed), shown in the reader's time zone: a
 * signed-in user's own (set on /account), Europe/Kyiv for everyone else, where most of the
 * tracker's users work. Each time says its offset, so two readers in different zones can still
 * tell they mean the same moment.
 */

import { formatPartialDate } from "./dates";
import type { Locale } from "./locales";

/** The time zone of visitors, and of users who have not chosen one. */
export const DEFAULT_TIME_ZONE = "Europe/Kyiv";

/** Whether the runtime knows `zone` as an IANA time zone ("Europe/Kyiv", "UTC"). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The zones a user may choose from, as the runtime lists them, plus UTC. Kyiv under its own name:
 * older ICU data (Node 20's) still lists it as Europe/Kiev, which it knows as an alias.
 */
export function timeZones(): string[] {
  const listed = Intl.supportedValuesOf("timeZone").map((zone) => (zone === "Europe/Kiev" ? "Europe/Kyiv" : zone));
  return listed.includes("UTC") ? listed : ["UTC", ...listed];
}

type Parts = { year: string; month: string; monthShort: string; day: string; hour: string; minute: string; second: string; offset: string };

// Formatters are costly to build and a page formats many times in one zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
      timeZoneName: "shortOffset",
    });
    formatters.set(zone, f);
  }
  return f;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
// The short genitive months of Ukrainian dates ("22 лист. 2026").
const UK_MONTHS = ["січ.", "лют.", "бер.", "квіт.", "трав.", "черв.", "лип.", "серп.", "вер.", "жовт.", "лист.", "груд."];

function partsOf(at: Date, zone: string): Parts {
  const parts = Object.fromEntries(formatterFor(zone).formatToParts(at).map((p) => [p.type, p.value])) as Record<string, string>;
  // "GMT+2" → "UTC+2"; "GMT" or "GMT+0" (zero offset) → "UTC".
  const offset = (parts.timeZoneName ?? "GMT").replace(/^GMT/, "UTC").replace(/^UTC[+-]0$/, "UTC");
  return {
    year: parts.year!,
    month: parts.month!,
    monthShort: MONTHS[Number(parts.month) - 1]!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
    offset,
  };
}

/** "22 Nov 2026, 06:31 UTC+2" ("22 лист. 2026 р., 06:31 UTC+2"): to the minute, for lists. */
export function formatMinute(iso: string, zone: string, locale: Locale = "en"): string {
  const p = partsOf(new Date(iso), zone);
  if (locale === "uk") return `${Number(p.day)} ${UK_MONTHS[Number(p.month) - 1]} ${p.year} р., ${p.hour}:${p.minute} ${p.offset}`;
  return `${Number(p.day)} ${p.monthShort} ${p.year}, ${p.hour}:${p.minute} ${p.offset}`;
}

/** "2026-11-22 06:31:05.123 UTC+2": precise, for the audit trail. */
export function formatPrecise(iso: string, zone: string): string {
  const at = new Date(iso);
  const p = partsOf(at, zone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}.${String(at.getUTCMilliseconds()).padStart(3, "0")} ${p.offset}`;
}

/** "2026-11-22 06:31 UTC+2": to the minute, in date order, for histories. */
export function formatDayMinute(at: Date, zone: string): string {
  const p = partsOf(at, zone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} ${p.offset}`;
}

/** The day a moment falls on in `zone`: "2026-11-22", and "22 November 2026" ("22 листопада 2026 р.") to show. */
export function dayIn(at: Date, zone: string, locale: Locale = "en"): { iso: string; label: string } {
  const p = partsOf(at, zone);
  const iso = `${p.year}-${p.month}-${p.day}`;
  return { iso, label: formatPartialDate({ date: iso, precision: "DAY" }, locale) };
}
