import { describe, expect, it } from "vitest";
import {
  formatPartialDate,
  partialDateOf,
  fromIsoDate,
  isIsoDate,
  isoPartial,
  normalise,
  parsePartialDate,
  periodOf,
  toIsoDate,
  type PartialDate,
  latestDateBegun,
} from "./dates";

describe("parsePartialDate", () => {
  it.each([
    ["2024-10-25", { date: "2024-10-25", precision: "DAY" }],
    ["2024-10", { date: "2024-10-01", precision: "MONTH" }],
    ["1994", { date: "1994-01-01", precision: "YEAR" }],
    [" 2025-01-01 ", { date: "2025-01-01", precision: "DAY" }],
    ["2024-02-29", { date: "2024-02-29", precision: "DAY" }],
  ])("reads %s", (text, expected) => {
    expect(parsePartialDate(text)).toEqual(expected);
  });

  // Year 0000 is not a year (1 BC is followed by AD 1) and PostgreSQL cannot store it.
  it.each(["2025-02-29", "2024-13", "2024-00", "2024-10-32", "24-10-25", "October 2024", "", "2024-1-5", "0000", "0000-06", "0000-01-01"])(
    "refuses %j",
    (text) => {
      expect(parsePartialDate(text)).toBeNull();
    },
  );
});

describe("periodOf", () => {
  it.each<[PartialDate, { start: string; end: string }]>([
    [{ date: "2024-10-25", precision: "DAY" }, { start: "2024-10-25", end: "2024-10-25" }],
    [{ date: "2024-10-01", precision: "MONTH" }, { start: "2024-10-01", end: "2024-10-31" }],
    [{ date: "2024-02-01", precision: "MONTH" }, { start: "2024-02-01", end: "2024-02-29" }],
    [{ date: "2025-02-01", precision: "MONTH" }, { start: "2025-02-01", end: "2025-02-28" }],
    [{ date: "1994-01-01", precision: "YEAR" }, { start: "1994-01-01", end: "1994-12-31" }],
  ])("%o spans %o", (partial, expected) => {
    expect(periodOf(partial)).toEqual(expected);
  });
});

describe("formatting", () => {
  it.each<[PartialDate, string, string]>([
    [{ date: "2024-10-25", precision: "DAY" }, "25 October 2024", "2024-10-25"],
    [{ date: "2025-06-01", precision: "MONTH" }, "June 2025", "2025-06"],
    [{ date: "1994-01-01", precision: "YEAR" }, "1994", "1994"],
  ])("%o reads as %s", (partial, words, iso) => {
    expect(formatPartialDate(partial)).toBe(words);
    expect(isoPartial(partial)).toBe(iso);
  });

  it("normalises a date to the start of its period", () => {
    expect(normalise("2024-10-25", "MONTH")).toBe("2024-10-01");
    expect(normalise("2024-10-25", "YEAR")).toBe("2024-01-01");
    expect(normalise("2024-10-25", "DAY")).toBe("2024-10-25");
  });
});

describe("database round trip", () => {
  it("keeps the calendar date whatever the local timezone", () => {
    expect(toIsoDate(fromIsoDate("2025-01-01"))).toBe("2025-01-01");
    expect(isIsoDate("2025-01-01")).toBe(true);
    expect(() => fromIsoDate("2025-02-30")).toThrow(RangeError);
    expect(() => fromIsoDate("0000-01-01")).toThrow(RangeError);
    expect(isIsoDate("0000-01-01")).toBe(false);
    expect(toIsoDate(fromIsoDate("0001-01-01"))).toBe("0001-01-01");
    expect(toIsoDate(fromIsoDate("9999-12-31"))).toBe("9999-12-31");
  });
});

describe("latestDateBegun", () => {
  it.each([
    ["2026-11-22T00:30:00Z", "2026-11-22"],
    // 23:00 UTC on the 21st is already the 22nd in Kyiv (UTC+2), and in Kiribati (UTC+14).
    ["2026-11-21T23:00:00Z", "2026-11-22"],
    ["2026-11-21T09:59:59Z", "2026-11-21"],
    ["2026-11-21T10:00:00Z", "2026-11-22"],
  ])("at %s it is %s somewhere", (now, expected) => {
    expect(latestDateBegun(new Date(now))).toBe(expected);
  });
});

describe("partialDateOf (a date column and its precision column)", () => {
  it.each([
    ["a day", new Date("2024-10-25T00:00:00Z"), "DAY", { date: "2024-10-25", precision: "DAY" }],
    ["a month", new Date("2024-10-01T00:00:00Z"), "MONTH", { date: "2024-10-01", precision: "MONTH" }],
    ["no recorded precision: to the day, as stored", new Date("2024-10-25T00:00:00Z"), null, { date: "2024-10-25", precision: "DAY" }],
    ["no date", null, "YEAR", null],
  ] as const)("%s", (_what, date, precision, expected) => {
    expect(partialDateOf(date, precision)).toEqual(expected);
  });
});

describe("dates in Ukrainian", () => {
  it.each([
    [{ date: "2024-10-25", precision: "DAY" }, "25 жовтня 2024 р."],
    [{ date: "2024-10-01", precision: "MONTH" }, "жовтень 2024 р."],
    [{ date: "2025-01-01", precision: "YEAR" }, "2025 р."],
    [{ date: "2025-03-01", precision: "DAY" }, "1 березня 2025 р."],
    [{ date: "2025-11-01", precision: "MONTH" }, "листопад 2025 р."],
  ] as const)("%j is %s", (value, expected) => expect(formatPartialDate(value, "uk")).toBe(expected));

  it("keeps the English forms", () => {
    expect(formatPartialDate({ date: "2024-10-25", precision: "DAY" }, "en")).toBe("25 October 2024");
    expect(formatPartialDate({ date: "2024-10-01", precision: "MONTH" }, "en")).toBe("October 2024");
  });

  it("agrees with Intl's Ukrainian day and month forms", () => {
    for (let m = 1; m <= 12; m++) {
      const at = new Date(Date.UTC(2024, m - 1, 3));
      const date = `2024-${String(m).padStart(2, "0")}-03`;
      expect(formatPartialDate({ date, precision: "DAY" }, "uk")).toBe(new Intl.DateTimeFormat("uk", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(at));
      expect(formatPartialDate({ date, precision: "MONTH" }, "uk")).toBe(new Intl.DateTimeFormat("uk", { month: "long", year: "numeric", timeZone: "UTC" }).format(at));
    }
  });
});
