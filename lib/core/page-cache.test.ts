import { describe, expect, it } from "vitest";
import { isCacheablePageRequest, isKeepableResponse, PageCache, pageCacheKey, type PageRequest } from "./page-cache";

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
    ["a router prefetch", get("/cases/x", { "next-router-prefetch": "1" }), false],
    ["a server action", get("/cases/x", { "next-action": "abc" }), false],
    ["a browser prefetch", get("/cases/x", { purpose: "prefetch" }), false],
  ])("%s: %s", (_what, request, expected) => {
    expect(isCacheablePageRequest(request as PageRequest)).toBe(expected);
  });
});

describe("pageCacheKey", () => {
  const base = get("/cases/x", { host: "tracker.example", "accept-encoding": "gzip" });
  const key = pageCacheKey(base, "100:105:101,103", "2026-11-22");

  it.each([
    ["another address", pageCacheKey(get("/cases/y", base.headers), "100:105:101,103", "2026-11-22")],
    ["another query", pageCacheKey(get("/cases/x?q=a", base.headers), "100:105:101,103", "2026-11-22")],
    ["another snapshot (a transaction committed)", pageCacheKey(base, "100:105:101", "2026-11-22")],
    ["another day", pageCacheKey(base, "100:105:101,103", "2026-11-23")],
    ["another encoding", pageCacheKey(get("/cases/x", { host: "tracker.example" }), "100:105:101,103", "2026-11-22")],
    ["another host", pageCacheKey(get("/cases/x", { host: "other.example", "accept-encoding": "gzip" }), "100:105:101,103", "2026-11-22")],
    ["another forwarded protocol", pageCacheKey(get("/cases/x", { ...base.headers, "x-forwarded-proto": "https" }), "100:105:101,103", "2026-11-22")],
  ])("differs for %s", (_what, other) => {
    expect(other).not.toBe(key);
  });

  it("is the same for the same request, snapshot and day", () => {
    expect(pageCacheKey(get("/cases/x", { host: "tracker.example", "accept-encoding": "gzip", "user-agent": "other" }), "100:105:101,103", "2026-11-22")).toBe(key);
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

describe("PageCache", () => {
  const page = (bytes: number) => ({ status: 200, headers: {}, body: Buffer.alloc(bytes) });

  it("returns what was kept", () => {
    const cache = new PageCache(100);
    const kept = page(10);
    cache.set("a", kept);
    expect(cache.get("a")).toBe(kept);
    expect(cache.get("b")).toBeUndefined();
  });

  it("drops the least recently used pages to stay within its bytes", () => {
    const cache = new PageCache(30);
    cache.set("a", page(10));
    cache.set("b", page(10));
    cache.set("c", page(10));
    cache.get("a"); // a is now the most recently used
    cache.set("d", page(10));
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    expect(cache.get("c")).toBeDefined();
    expect(cache.get("d")).toBeDefined();
    expect(cache.size).toEqual({ pages: 3, bytes: 30 });
  });

  it("replaces a page kept under the same key, counting its bytes once", () => {
    const cache = new PageCache(100);
    cache.set("a", page(40));
    cache.set("a", page(20));
    expect(cache.size).toEqual({ pages: 1, bytes: 20 });
  });

  it("never keeps a page larger than its whole budget", () => {
    const cache = new PageCache(10);
    cache.set("a", page(11));
    expect(cache.size).toEqual({ pages: 0, bytes: 0 });
  });
});
