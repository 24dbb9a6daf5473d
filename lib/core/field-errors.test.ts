import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrors } from "./field-errors";

const schema = z.object({ title: z.string().min(1, { message: "is required" }), sources: z.array(z.object({ url: z.string().url({ message: "must be a URL" }) })) }).strict();

describe("fieldErrors names the field of each zod issue", () => {
  it.each([
    ["a nested field by its dotted path", { title: "x", sources: [{ url: "nope" }] }, [{ parameter: "sources.0.url", message: "sources.0.url must be a URL" }]],
    ["a top-level field", { title: "", sources: [] }, [{ parameter: "title", message: "title is required" }]],
    ["unknown fields, listed", { title: "x", sources: [], extra: 1 }, [{ parameter: "input", message: "input unknown field(s): extra" }]],
  ])("%s", (_what, value, expected) => {
    const result = schema.safeParse(value);
    expect(result.success ? [] : fieldErrors(result.error)).toEqual(expected);
  });

  it("names the input itself when the issue has no path", () => {
    const result = z.string({ message: "must be text" }).safeParse(1);
    expect(result.success ? [] : fieldErrors(result.error)).toEqual([{ parameter: "input", message: "input must be text" }]);
  });
});
