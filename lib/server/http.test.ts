import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "./errors";
import { assertSameOrigin, queryOf } from "./http";

const request = (headers: Record<string, string>) => new Request("http://127.0.0.1:3930/api/v1/follows", { method: "POST", headers });

function verdict(headers: Record<string, string>): string {
  try {
    assertSameOrigin(request(headers));
    return "allowed";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe("assertSameOrigin", () => {
  afterEach(() => vi.unstubAllEnvs());

  it.each([
    ["a session write from the tracker's own page", { host: "127.0.0.1:3930", origin: "http://127.0.0.1:3930" }, "allowed"],
    ["a Bearer token (no ambient credentials)", { host: "127.0.0.1:3930", origin: "http://evil.example", authorization: "Bearer x" }, "allowed"],
    ["a foreign Origin", { host: "127.0.0.1:3930", origin: "http://evil.example" }, "FORBIDDEN"],
    // Security review defect 8: accepted (201) before.
    ["a foreign Origin with a forged X-Forwarded-Host to match it, and no trusted proxy", { host: "127.0.0.1:3930", origin: "http://evil.example", "x-forwarded-host": "evil.example" }, "FORBIDDEN"],
    ["no Origin nor Referer", { host: "127.0.0.1:3930" }, "FORBIDDEN"],
  ])("%s: %s", (_what, headers, expected) => {
    vi.stubEnv("TRUSTED_PROXY_HOPS", "0");
    expect(verdict(headers)).toBe(expected);
  });

  it("behind a trusted proxy, the host it forwarded", () => {
    vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
    expect(verdict({ host: "app:3000", origin: "https://tracker.example.org", "x-forwarded-host": "tracker.example.org" })).toBe("allowed");
    expect(verdict({ host: "app:3000", origin: "https://evil.example", "x-forwarded-host": "tracker.example.org" })).toBe("FORBIDDEN");
  });
});

describe("queryOf: an empty parameter is refused the same way on every API endpoint", () => {
  const read = (search: string, options?: { emptyIsUnset?: boolean }) => {
    try {
      return queryOf(new URLSearchParams(search), options);
    } catch (error) {
      if (error instanceof AppError) return { code: error.code, parameters: error.details.errors?.map((e) => e.parameter) };
      throw error;
    }
  };
  it.each([
    ["limit=", ["limit"]],
    ["forum=&track=", ["forum", "track"]],
    ["limit=%20", ["limit"]],
    ["q=war&forum=", ["forum"]],
    ["forum=icc&forum=", ["forum"]],
  ])("?%s is a 400 naming %j", (search, parameters) => {
    expect(read(search)).toEqual({ code: "INVALID_INPUT", parameters });
  });

  it("values are read as given, repeated names as a list", () => {
    expect(read("q=war&forum=icc&forum=stca")).toEqual({ q: "war", forum: ["icc", "stca"] });
  });

  it("a saved search from a page's form may leave fields empty: there they count as not given", () => {
    expect(read("q=&forum=icc&forum=", { emptyIsUnset: true })).toEqual({ forum: "icc" });
  });
});
