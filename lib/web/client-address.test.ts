import { describe, expect, it } from "vitest";
import { clientAddress, isSameOrigin, requestHosts } from "./client-address";

// Under `next start` the X-Forwarded-For a route sees is the client's own header when it sent one,
// else the socket's address, which Next fills in: there is no separate socket address to read.
describe("clientAddress", () => {
  it.each([
    ["no proxy: the address Next filled in", "203.0.113.7", 0, "203.0.113.7"],
    ["no proxy, a forged chain: its last entry, never an earlier one", "9.9.9.9, 203.0.113.7", 0, "203.0.113.7"],
    ["one trusted proxy: the address it appended", "198.51.100.2", 1, "198.51.100.2"],
    ["one trusted proxy, spoofed entries before it are ignored", "9.9.9.9, 198.51.100.2", 1, "198.51.100.2"],
    ["two trusted proxies", "9.9.9.9, 198.51.100.2, 10.0.0.2", 2, "198.51.100.2"],
    ["more hops trusted than present: the first entry", "198.51.100.2", 5, "198.51.100.2"],
    ["no header", undefined, 0, "unknown"],
    ["an empty header", " , ", 1, "unknown"],
    ["a forged entry of any length is cut to 64 characters", `${"9".repeat(10_000)}`, 0, "9".repeat(64)],
  ] as const)("%s", (_name, header, hops, expected) => {
    expect(clientAddress(header, hops)).toBe(expected);
  });
});

describe("requestHosts: the hosts a request may say it came from", () => {
  const headers = (h: Record<string, string>) => new Headers(h);
  it.each([
    ["no proxy: Host only, a forged X-Forwarded-Host is ignored", { host: "127.0.0.1:3930", "x-forwarded-host": "evil.example" }, 0, undefined, ["127.0.0.1:3930"]],
    ["no proxy, with the public URL", { host: "127.0.0.1:3930" }, 0, "https://tracker.example.org", ["127.0.0.1:3930", "tracker.example.org"]],
    ["behind one proxy: the host it forwarded", { host: "app:3000", "x-forwarded-host": "tracker.example.org" }, 1, undefined, ["app:3000", "tracker.example.org"]],
    ["behind one proxy that appends: its own entry, not the client's", { host: "app:3000", "x-forwarded-host": "evil.example, tracker.example.org" }, 1, undefined, ["app:3000", "tracker.example.org"]],
    ["behind two proxies", { host: "app:3000", "x-forwarded-host": "evil.example, tracker.example.org, edge.internal" }, 2, undefined, ["app:3000", "tracker.example.org"]],
    ["no headers at all", {}, 0, undefined, []],
  ] as const)("%s", (_name, h, hops, publicUrl, expected) => {
    expect(requestHosts(headers(h), { trustedProxyHops: hops, publicUrl })).toEqual(expected);
  });
});

describe("isSameOrigin", () => {
  const trust = { trustedProxyHops: 0, publicUrl: "http://127.0.0.1:3930" };
  it.each([
    ["the tracker's own page", { host: "127.0.0.1:3930", origin: "http://127.0.0.1:3930" }, trust, true],
    ["a Referer when there is no Origin", { host: "127.0.0.1:3930", referer: "http://127.0.0.1:3930/milestones/new" }, trust, true],
    ["a foreign Origin", { host: "127.0.0.1:3930", origin: "http://evil.example" }, trust, false],
    // Security review defect 8: this was accepted.
    ["a foreign Origin with a forged X-Forwarded-Host to match", { host: "127.0.0.1:3930", origin: "http://evil.example", "x-forwarded-host": "evil.example" }, trust, false],
    ["behind a trusted proxy, the host it forwarded", { host: "app:3000", origin: "https://tracker.example.org", "x-forwarded-host": "tracker.example.org" }, { trustedProxyHops: 1 }, true],
    ["no Origin and no Referer", { host: "127.0.0.1:3930" }, trust, false],
    ["Origin null (a sandboxed frame)", { host: "127.0.0.1:3930", origin: "null" }, trust, false],
    ["a malformed Origin", { host: "127.0.0.1:3930", origin: "::" }, trust, false],
  ] as const)("%s", (_name, h, t, expected) => {
    expect(isSameOrigin(new Headers(h), t)).toBe(expected);
  });
});
