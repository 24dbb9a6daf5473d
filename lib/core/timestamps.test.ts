import { describe, expect, it } from "vitest";
import { formatUtcDayMinute, formatUtcMinute, formatUtcPrecise } from "./timestamps";

describe("UTC timestamps", () => {
  it("to the minute and precisely, whatever the server's zone", () => {
    expect(formatUtcMinute("2026-11-22T04:31:05.123Z")).toBe("22 Nov 2026, 04:31 UTC");
    expect(formatUtcMinute("2025-01-02T23:59:59.999Z")).toBe("2 Jan 2025, 23:59 UTC");
    expect(formatUtcPrecise("2026-11-22T04:31:05.123Z")).toBe("2026-11-22 04:31:05.123 UTC");
    expect(formatUtcDayMinute(new Date("2025-01-02T23:59:59.999Z"))).toBe("2025-01-02 23:59 UTC");
  });
});
