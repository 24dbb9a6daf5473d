import { describe, expect, it } from "vitest";
import { AppError } from "./errors";
import { jsonBody } from "./request-body";

const post = (body: string) => new Request("http://tracker.test/api/v1/milestones", { method: "POST", body, headers: { "content-type": "application/json" } });

/** The field errors of a refused body, or the body itself when it was accepted. */
async function read(body: string): Promise<unknown> {
  try {
    return await jsonBody(post(body));
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, errors: error.details.errors };
    throw error;
  }
}

const parametersOf = (result: unknown) => (result as { errors?: { parameter: string }[] }).errors?.map((e) => e.parameter);

describe("jsonBody accepts", () => {
  it.each([
    ['{"title":"x"}', { title: "x" }],
    ['{"title":"Ukraine 🇺🇦 \\ud83c\\uddfa"}', { title: "Ukraine 🇺🇦 🇺" }],
    ['{"sources":[{"slug":"a"}],"a":{"b":{"c":[1,[2,[3]]]}}}', { sources: [{ slug: "a" }], a: { b: { c: [1, [2, [3]]] } } }],
  ])("%s", async (text, expected) => {
    expect(await read(text)).toEqual(expected);
  });
});

describe("jsonBody refuses with a 400 naming the field, never a 500", () => {
  it.each([
    ["no body", "", ["body"]],
    ["malformed JSON", "{", ["body"]],
    ["a NUL in a field", '{"title":"a\\u0000b"}', ["title"]],
    ["a NUL in a nested field", '{"sources":[{"title":"\\u0000"}]}', ["sources.0.title"]],
    ["a lone high surrogate", '{"title":"x \\ud800 y"}', ["title"]],
    ["a lone low surrogate", '{"description":"\\udc00"}', ["description"]],
    ["a surrogate pair in the wrong order", '{"title":"\\udc00\\ud800"}', ["title"]],
    ["a lone surrogate in a nested field", '{"sources":[{"slug":"ok"},{"title":"\\ud83d"}]}', ["sources.1.title"]],
    ["a lone surrogate in a key", '{"a\\ud800":"x"}', ["body"]],
    ["a lone surrogate at the top", '"\\ud800"', ["body"]],
  ])("%s", async (_what, text, parameters) => {
    const result = await read(text);
    expect(result).toMatchObject({ code: "INVALID_INPUT" });
    expect(parametersOf(result)).toEqual(parameters);
  });

  it.each([
    ["arrays", (n: number) => "[".repeat(n) + "]".repeat(n)],
    ["objects", (n: number) => '{"a":'.repeat(n) + "1" + "}".repeat(n)],
  ])("JSON %s nested 100,000 levels deep, as a field", async (_what, nest) => {
    const result = await read(`{"title":${nest(100_000)}}`);
    expect(result).toMatchObject({ code: "INVALID_INPUT", errors: [{ parameter: "body", message: expect.stringContaining("nested too deeply") }] });
  });

  it("a body just past the depth limit, and one just within it", async () => {
    expect(parametersOf(await read("[".repeat(65) + "]".repeat(65)))).toEqual(["body"]);
    expect(await read("[".repeat(64) + "]".repeat(64))).toBeInstanceOf(Array);
  });
});
