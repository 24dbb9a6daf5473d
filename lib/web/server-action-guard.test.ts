import { describe, expect, it } from "vitest";
import { isPossibleServerAction, nulPathRefusal, serverActionRefusal, SERVER_ACTION_BODY_LIMIT } from "./server-action-guard";

const trust = { trustedProxyHops: 0, publicUrl: "http://127.0.0.1:3930" };
const ours = { host: "127.0.0.1:3930", origin: "http://127.0.0.1:3930" };
const action = (headers: Record<string, string>, body: BodyInit = "[]", path = "/milestones/new") =>
  new Request(`http://127.0.0.1:3930${path}`, { method: "POST", headers: { "next-action": "60c9c14537c7", "content-type": "text/plain;charset=UTF-8", ...headers }, body });

async function status(request: Request): Promise<number | null> {
  return (await serverActionRefusal(request, trust))?.status ?? null;
}

describe("isPossibleServerAction", () => {
  it.each([
    ["a fetch action", action(ours), true],
    ["a form post without JavaScript", new Request("http://t/milestones/new", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x" }, body: "--x--" }), true],
    ["a URL-encoded form post", new Request("http://t/milestones/new", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "a=b" }), true],
    ["a page read", new Request("http://t/milestones/new"), false],
    ["an API write (a route handler)", action(ours, "{}", "/api/v1/milestones"), false],
    ["an import upload", new Request("http://t/api/v1/imports", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x" }, body: "--x--" }), false],
  ])("%s: %s", (_what, request, expected) => {
    expect(isPossibleServerAction(request)).toBe(expected);
  });
});

describe("serverActionRefusal", () => {
  it.each([
    ["from the tracker's own page", ours, null],
    ["from a foreign Origin", { host: "127.0.0.1:3930", origin: "http://evil.example" }, 403],
    ["from a foreign Origin with a forged X-Forwarded-Host", { host: "127.0.0.1:3930", origin: "http://evil.example", "x-forwarded-host": "evil.example" }, 403],
    ["with no Origin nor Referer", { host: "127.0.0.1:3930" }, 403],
    ["with a Referer of ours", { host: "127.0.0.1:3930", referer: "http://127.0.0.1:3930/milestones/new" }, null],
  ])("a server action %s: %s", async (_what, headers, expected) => {
    expect(await status(action(headers))).toBe(expected);
  });

  it("413 for a body over the limit, by its length or counted when sent without one", async () => {
    const big = "x".repeat(SERVER_ACTION_BODY_LIMIT + 1);
    expect(await status(action({ ...ours, "content-length": String(big.length) }, big))).toBe(413);
    const chunked = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 3; i++) controller.enqueue(new TextEncoder().encode("x".repeat(SERVER_ACTION_BODY_LIMIT / 2)));
        controller.close();
      },
    });
    expect(await status(new Request("http://127.0.0.1:3930/milestones/new", { method: "POST", headers: { ...ours, "next-action": "a" }, body: chunked, duplex: "half" } as RequestInit))).toBe(413);
    expect(await status(action(ours, "x".repeat(SERVER_ACTION_BODY_LIMIT)))).toBe(null);
  });

  it("a foreign Origin is refused before the body is read", async () => {
    const big = "x".repeat(SERVER_ACTION_BODY_LIMIT + 1);
    expect(await status(action({ host: "127.0.0.1:3930", origin: "http://evil.example" }, big))).toBe(403);
  });
});

describe("nulPathRefusal", () => {
  const refuse = (path: string) => nulPathRefusal(new Request(`http://127.0.0.1:3930${path}`));
  it.each([
    ["/api/v1/cases/%00", "id"],
    ["/api/v1/cases/a%00b", "id"],
    ["/api/v1/cases/%00/stages", "id"],
    ["/api/v1/cases/some-case/annotations/%00", "annotationId"],
    ["/api/v1/forums/%00", "slug"],
    ["/api/v1/crimes/a%00", "slug"],
    ["/api/v1/milestones/%00", "id"],
    ["/api/v1/%00", "path"],
  ])("%s is a 400 naming %s", async (path, parameter) => {
    const response = refuse(path) as Response;
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "invalid_input", errors: [{ parameter }] } });
  });

  it.each(["/accused/%00", "/forums/%00", "/crimes/%00", "/cases/a%00b"])("the page %s is not found", (path) => {
    expect(refuse(path)).toEqual({ notFound: true });
  });

  it.each(["/api/v1/cases/a-case", "/forums/icc", "/api/v1/cases?q=%00"])("%s passes", (path) => {
    expect(refuse(path)).toBeNull();
  });
});
