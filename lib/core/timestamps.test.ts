import { describe, expect, it } from "vitest";
import { DEFAULT_TIME_ZONE, formatDayMinute, formatMinute, formatPrecise, isTimeZone, timeZones } from "./timestamps";

describe("timestamps in the reader's time zone, with the offset said", () => {
  it.each([
    // Kyiv is UTC+2 in winter and UTC+3 in summer; the offset follows the day, whatever the server's zone.
    ["winter in Kyiv", "2026-11-22T04:31:05.123Z", "Europe/Kyiv", "22 Nov 2026, 06:31 UTC+2", "2026-11-22 06:31:05.123 UTC+2", "2026-11-22 06:31 UTC+2"],
    ["summer in Kyiv", "2025-07-01T21:15:00.000Z", "Europe/Kyiv", "2 Jul 2025, 00:15 UTC+3", "2025-07-02 00:15:00.000 UTC+3", "2025-07-02 00:15 UTC+3"],
    ["UTC", "2025-01-02T23:59:59.999Z", "UTC", "2 Jan 2025, 23:59 UTC", "2025-01-02 23:59:59.999 UTC", "2025-01-02 23:59 UTC"],
    ["New York, the day before", "2025-01-02T03:00:00.000Z", "America/New_York", "1 Jan 2025, 22:00 UTC-5", "2025-01-01 22:00:00.000 UTC-5", "2025-01-01 22:00 UTC-5"],
    ["a half-hour offset", "2025-01-02T03:00:00.000Z", "Asia/Kolkata", "2 Jan 2025, 08:30 UTC+5:30", "2025-01-02 08:30:00.000 UTC+5:30", "2025-01-02 08:30 UTC+5:30"],
  ])("%s", (_name, iso, zone, minute, precise, dayMinute) => {
    expect(formatMinute(iso, zone)).toBe(minute);
    expect(formatPrecise(iso, zone)).toBe(precise);
    expect(formatDayMinute(new Date(iso), zone)).toBe(dayMinute);
  });

  it("knows the zones a user may choose, Kyiv's among them, and refuses others", () => {
    expect(DEFAULT_TIME_ZONE).toBe("Europe/Kyiv");
    expect(timeZones()).toContain("Europe/Kyiv");
    expect(timeZones()).toContain("UTC");
    expect(isTimeZone("Europe/Kyiv")).toBe(true);
    expect(isTimeZone("Europe/Kiev")).toBe(true); // the old spelling, still an alias
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });
});
