import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("clientAddress", () => {
  it.each([
    ["no proxy: the socket, whatever the client claims", "9.9.9.9", "203.0.113.7", 0, "203.0.113.7"],
    ["no proxy, no header", undefined, "203.0.113.7", 0, "203.0.113.7"],
    ["one trusted proxy: the address it appended", "198.51.100.2", "10.0.0.1", 1, "198.51.100.2"],
    ["one trusted proxy, spoofed entries before it are ignored", "9.9.9.9, 198.51.100.2", "10.0.0.1", 1, "198.51.100.2"],
    ["two trusted proxies", "9.9.9.9, 198.51.100.2, 10.0.0.2", "10.0.0.1", 2, "198.51.100.2"],
    ["more hops trusted than present: the first entry", "198.51.100.2", "10.0.0.1", 5, "198.51.100.2"],
    ["no socket address", undefined, undefined, 0, "unknown"],
  ] as const)("%s", (_name, header, socket, hops, expected) => {
    expect(clientAddress(header, socket, hops)).toBe(expected);
  });
});
