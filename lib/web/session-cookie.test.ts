import { describe, expect, it } from "vitest";
import { hasSessionCookie } from "./session-cookie";

describe("hasSessionCookie", () => {
  it.each<[string, string[], boolean]>([
    ["no cookies", [], false],
    ["the session cookie over http", ["next-auth.session-token"], true],
    ["the session cookie over https", ["__Secure-next-auth.session-token"], true],
    ["a token split into chunks", ["next-auth.session-token.0", "next-auth.session-token.1"], true],
    ["a secure token split into chunks", ["__Secure-next-auth.session-token.0"], true],
    ["among other cookies", ["theme", "next-auth.csrf-token", "next-auth.session-token"], true],
    ["only the sign-in form's CSRF token", ["next-auth.csrf-token", "__Host-next-auth.csrf-token"], false],
    ["only the callback address", ["next-auth.callback-url"], false],
    ["the bench's render cookie", ["tracker-bench"], false],
    ["a name that merely contains it", ["x-next-auth.session-token", "next-auth.session-token-old"], false],
  ])("%s", (_, names, expected) => {
    expect(hasSessionCookie(names)).toBe(expected);
  });
});
