import { describe, expect, it } from "vitest";
import { z } from "zod";
import { allowedValues, buildOpenApiDocument, isOptional, operationId, refsOf, type Endpoint } from "./openapi";

const info = { title: "Test", version: "1", description: "A test." };
const endpoint = (patch: Partial<Endpoint>): Endpoint => ({
  method: "get",
  path: "/api/v1/things",
  tag: "Things",
  summary: "List things",
  auth: "none",
  response: { status: 200, description: "Things.", schema: z.strictObject({ total: z.number().int() }) },
  errors: [400],
  ...patch,
});

describe("buildOpenApiDocument", () => {
  it("is an OpenAPI 3.1 document whose every $ref resolves", () => {
    const doc = buildOpenApiDocument(info, [endpoint({ errors: [400, 401, 403, 404, 409] })]);
    expect(doc.openapi).toBe("3.1.0");
    const refs = refsOf(doc);
    expect(refs.length).toBe(5);
    expect(refs.every((r) => r.resolves)).toBe(true);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it.each([
    ["an enum with a default", z.enum(["a", "b"]).default("a"), { required: false, schema: { type: "string", enum: ["a", "b"], default: "a" } }],
    ["a required enum", z.enum(["x"]), { required: true, schema: { type: "string", enum: ["x"] } }],
    ["an optional date", z.iso.date().optional(), { required: false }],
    ["a repeatable list", z.array(z.enum(["p", "q"])).optional(), { required: false, style: "form", explode: true }],
  ])("describes %s as a query parameter", (_, field, expected) => {
    const doc = buildOpenApiDocument(info, [endpoint({ query: z.strictObject({ field }) })]) as { paths: Record<string, { get: { parameters: unknown[] } }> };
    expect(doc.paths["/api/v1/things"]!.get.parameters[0]).toMatchObject({ name: "field", in: "query", ...expected });
  });

  it("moves a parameter's description to the parameter", () => {
    const doc = buildOpenApiDocument(info, [endpoint({ query: z.strictObject({ forum: z.string().optional().describe("Only this forum.") }) })]) as {
      paths: Record<string, { get: { parameters: { description?: string; schema: { description?: string } }[] } }>;
    };
    const parameter = doc.paths["/api/v1/things"]!.get.parameters[0]!;
    expect(parameter.description).toBe("Only this forum.");
    expect(parameter.schema.description).toBeUndefined();
  });

  it("describes request bodies as a client sends them (before transforms)", () => {
    const body = z.strictObject({ expectedVersion: z.number().int().nullish().transform((v) => v ?? null) });
    const doc = buildOpenApiDocument(info, [endpoint({ method: "post", body: { schema: body }, auth: "required" })]) as {
      paths: Record<string, { post: { requestBody: { content: { "application/json": { schema: { properties: Record<string, unknown> } } } }; security: unknown[] } }>;
    };
    const op = doc.paths["/api/v1/things"]!.post;
    expect(Object.keys(op.requestBody.content["application/json"].schema.properties)).toEqual(["expectedVersion"]);
    expect(op.security).toEqual([{ session: [] }, { bearer: [] }]);
  });

  it("describes a raw file body by content type, a streamed answer by its own type, and 413", () => {
    const doc = buildOpenApiDocument(info, [
      endpoint({
        method: "post",
        auth: "required",
        rawBody: { description: "The file itself.", content: { "text/csv": z.string(), "application/json": z.array(z.record(z.string(), z.unknown())) } },
        response: { status: 200, description: "Lines.", contentType: "application/x-ndjson", schema: z.strictObject({ type: z.literal("done") }) },
        errors: [400, 413],
      }),
    ]) as { paths: Record<string, { post: { requestBody: { required: boolean; description: string; content: Record<string, { schema: Record<string, unknown> }> }; responses: Record<string, { content: Record<string, unknown> }> } }> };
    const op = doc.paths["/api/v1/things"]!.post;
    expect(op.requestBody).toMatchObject({ required: true, description: "The file itself." });
    expect(op.requestBody.content).toEqual({ "text/csv": { schema: { type: "string" } }, "application/json": { schema: { type: "array", items: expect.objectContaining({ type: "object" }) } } });
    expect(Object.keys(op.responses["200"]!.content)).toEqual(["application/x-ndjson"]);
    expect(Object.keys(op.responses).sort()).toEqual(["200", "400", "413"]);
    expect(op.responses["413"]!.content).toEqual({ "application/json": { schema: { $ref: "#/components/schemas/Error" } } });
  });

  it("describes an answer that also comes in another content type (asked for with Accept) with that type's own schema", () => {
    const pages = z.strictObject({ pages: z.array(z.strictObject({ page: z.number().int(), text: z.string() })) });
    const doc = buildOpenApiDocument(info, [endpoint({ response: { status: 200, description: "The text.", contentType: "text/plain", schema: z.string(), otherContent: { "application/json": pages } } })]) as {
      paths: Record<string, { get: { responses: Record<string, { content: Record<string, { schema: Record<string, unknown> }> }> } }>;
    };
    const content = doc.paths["/api/v1/things"]!.get.responses["200"]!.content;
    expect(Object.keys(content)).toEqual(["text/plain", "application/json"]);
    expect(content["text/plain"]!.schema).toEqual({ type: "string" });
    expect(content["application/json"]!.schema).toMatchObject({ type: "object", required: ["pages"], properties: { pages: { type: "array" } } });
    const twice = endpoint({ response: { status: 200, description: "x", schema: z.string(), otherContent: { "application/json": pages } } });
    expect(() => buildOpenApiDocument(info, [twice])).toThrow(/application\/json twice/);
  });

  it("refuses an endpoint with both a JSON body and a raw body", () => {
    const both = endpoint({ method: "post", body: { schema: z.strictObject({}) }, rawBody: { description: "x", content: { "text/csv": z.string() } } });
    expect(() => buildOpenApiDocument(info, [both])).toThrow(/both a JSON body and a raw body/);
  });

  it.each([
    ["none", []],
    ["optional", [{}, { session: [] }, { bearer: [] }]],
  ] as const)("states security for %s", (auth, security) => {
    const doc = buildOpenApiDocument(info, [endpoint({ auth })]) as { paths: Record<string, { get: { security: unknown } }> };
    expect(doc.paths["/api/v1/things"]!.get.security).toEqual(security);
  });

  it("refuses an endpoint described twice", () => {
    expect(() => buildOpenApiDocument(info, [endpoint({}), endpoint({})])).toThrow(/described twice/);
  });
});

describe("helpers", () => {
  it.each([
    [{ method: "get", path: "/api/v1/rules/{slug}" }, "getRulesSlug"],
    [{ method: "delete", path: "/api/v1/cases/{id}/annotations/{annotationId}" }, "deleteCasesIdAnnotationsAnnotationId"],
    [{ method: "get", path: "/api/v1/openapi.json" }, "getOpenapiJson"],
  ] as const)("operationId(%o) is %s", (e, id) => expect(operationId(e)).toBe(id));

  it.each([
    [z.enum(["a", "b"]), ["a", "b"]],
    [z.enum(["a"]).optional(), ["a"]],
    [z.enum(["a"]).default("a"), ["a"]],
    [z.array(z.enum(["a"])).optional(), ["a"]],
    [z.string(), undefined],
  ])("allowedValues", (schema, values) => expect(allowedValues(schema)).toEqual(values));

  it("isOptional", () => {
    expect(isOptional(z.string())).toBe(false);
    expect(isOptional(z.string().optional())).toBe(true);
    expect(isOptional(z.string().default("x"))).toBe(true);
  });

  it("refsOf finds refs that do not resolve", () => {
    expect(refsOf({ a: { $ref: "#/b" }, b: {}, c: [{ $ref: "#/nope" }] })).toEqual([
      { ref: "#/b", resolves: true },
      { ref: "#/nope", resolves: false },
    ]);
  });
});
