import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "./errors";
import { assertSameOrigin } from "./http";

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
