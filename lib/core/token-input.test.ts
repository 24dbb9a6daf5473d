import { describe, expect, it } from "vitest";
import { parseTokenForm } from "./token-input";

describe("parseTokenForm", () => {
  it("accepts a name and a whole number of days", () => {
    expect(parseTokenForm({ name: "  export script ", expiresInDays: "30" })).toEqual({ ok: true, input: { name: "export script", expiresInDays: 30 } });
  });

  it("names each bad field with a message a person can act on", () => {
    const result = parseTokenForm({ name: " ", expiresInDays: "1.5" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.name).toMatch(/name that says what it is for/);
    expect(result.errors.expiresInDays).toMatch(/whole number of days, from 1 to 366/);
  });

  it.each(["0", "367", "", "-3", "ninety"])("refuses %j days", (days) => {
    const result = parseTokenForm({ name: "x", expiresInDays: days });
    expect(result.ok).toBe(false);
  });
});
