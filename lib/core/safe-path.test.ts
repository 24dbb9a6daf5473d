import { describe, expect, it } from "vitest";
import { safeLocalPath } from "./safe-path";

describe("safeLocalPath", () => {
  it.each([
    ["/coverage", "/coverage"],
    ["/which-forum?crime=genocide&asOf=2025-01-01", "/which-forum?crime=genocide&asOf=2025-01-01"],
    ["/milestones#2025", "/milestones#2025"],
  ])("keeps the local path %s", (value, expected) => {
    expect(safeLocalPath(value)).toBe(expected);
  });

  it.each(["//evil.com", "/\\evil.com", "/\tevil.com", "/%09/evil.com".replace("%09", "\t"), "https://evil.com", "evil.com", "", undefined, ["/a", "/b"], "/\n/evil.com", "/.//evil.example", "/..//evil.example", "/%2e//evil.example", "/a/..//evil.example"])(
    "refuses %j",
    (value) => {
      expect(safeLocalPath(value)).toBe("/");
    },
  );
});
