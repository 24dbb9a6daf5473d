import { describe, expect, it } from "vitest";
import { diffSnapshots } from "./audit-diff";

describe("diffSnapshots", () => {
  it("lists only the changed fields, in words", () => {
    const before = { version: 1, title: "A", date: "2026-10", precision: "MONTH", forums: ["icc"], sources: [{ source: "s", title: "Post", url: "https://e.org", locator: null }] };
    const after = { version: 2, title: "A", date: "2026-10-25", precision: "DAY", forums: ["icc", "special-tribunal"], sources: before.sources };
    expect(diffSnapshots(before, after)).toEqual([
      { field: "date", label: "Date", before: "October 2026 (month precision)", after: "25 October 2026 (day precision)" },
      { field: "forums", label: "Forums", before: "icc", after: "icc; special-tribunal" },
    ]);
  });

  it("a creation shows every field given, against nothing", () => {
    expect(diffSnapshots(null, { title: "A", whatChanged: null })).toEqual([{ field: "title", label: "Title", before: null, after: "A" }]);
  });
});
