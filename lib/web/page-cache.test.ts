import { describe, expect, it } from "vitest";
import { isCacheablePageRequest, isKeepableResponse, keptHeaders, pageCacheKey, type PageRequest } from "./page-cache";

const get = (url: string, headers: PageRequest["headers"] = {}): PageRequest => ({ method: "GET", url, headers });

describe("isCacheablePageRequest", () => {
  it.each([
    ["a case page", get("/cases/some-case"), true],
    ["the case list with a search", get("/cases?q=deportation&forum=icc"), true],
    ["the home page", get("/"), true],
    ["a HEAD request", { method: "HEAD", url: "/cases/x", headers: {} }, false],
    ["a POST", { method: "POST", url: "/cases/x", headers: {} }, false],
    ["no address", { method: "GET", headers: {} }, false],
    ["the API", get("/api/v1/cases/x"), false],
    ["Next's assets", get("/_next/static/chunk.js"), false],
    ["a file", get("/favicon.ico"), false],
    ["anyone with a cookie (a session, or a sign-in form's token)", get("/cases/x", { cookie: "next-auth.session-token=abc" }), false],
    ["a bearer token", get("/cases/x", { authorization: "Bearer t" }), false],
    ["the client router's RSC payload", get("/cases/x", { rsc: "1" }), false],
    ["the client router's RSC payload, by its parameter", get("/cases/x?_rsc=abc12", {}), false],
    ["a router prefetch", get("/cases/x", { "next-router-prefetch": "1" }), false],
    ["a server action", get("/cases/x", { "next-action": "abc" }), false],
    ["a browser prefetch", get("/cases/x", { purpose: "prefetch" }), false],
  ])("%s: %s", (_what, request, expected) => {
    expect(isCacheablePageRequest(request as PageRequest)).toBe(expected);
  });
});

describe("pageCacheKey", () => {
  const base = get("/cases/x", { host: "tracker.example", "accept-encoding": "gzip" });
  const key = pageCacheKey(base, "2026-11-22");

  it.each([
    ["another address", pageCacheKey(get("/cases/y", base.headers), "2026-11-22")],
    ["another query", pageCacheKey(get("/cases/x?q=a", base.headers), "2026-11-22")],
    ["another day", pageCacheKey(base, "2026-11-23")],
    ["another host", pageCacheKey(get("/cases/x", { host: "other.example", "accept-encoding": "gzip" }), "2026-11-22")],
    ["another forwarded protocol", pageCacheKey(get("/cases/x", { ...base.headers, "x-forwarded-proto": "https" }), "2026-11-22")],
  ])("differs for %s", (_what, other) => {
    expect(other).not.toBe(key);
  });

  it("is the same for the same request and day, whatever the encoding or the browser", () => {
    expect(pageCacheKey(get("/cases/x", { host: "tracker.example", "accept-encoding": "br", "user-agent": "other" }), "2026-11-22")).toBe(key);
  });
});

describe("keptHeaders", () => {
  it("keeps what describes the page and drops what describes one transfer", () => {
    expect(
      keptHeaders([
        ["Content-Type", "text/html; charset=utf-8"],
        ["Content-Security-Policy", "script-src 'nonce-abc'"],
        ["Content-Length", "10"],
        ["Content-Encoding", "gzip"],
        ["Transfer-Encoding", "chunked"],
        ["Date", "Thu, 03 Dec 2026 12:00:00 GMT"],
        ["Vary", "rsc, next-router-state-tree"],
      ]),
    ).toEqual({ "content-type": "text/html; charset=utf-8", "content-security-policy": "script-src 'nonce-abc'", vary: "rsc, next-router-state-tree" });
  });
});

describe("isKeepableResponse", () => {
  it.each([
    [200, { "content-type": "text/html; charset=utf-8" }, true],
    [404, { "content-type": "text/html; charset=utf-8" }, false],
    [307, { location: "/sign-in" }, false],
    [500, { "content-type": "text/html" }, false],
    [200, { "content-type": "text/html", "set-cookie": ["a=b"] }, false],
    [200, { "content-type": "application/json" }, false],
    [200, {}, false],
  ])("%i %j: %s", (status, headers, expected) => {
    expect(isKeepableResponse(status, headers)).toBe(expected);
  });
});
