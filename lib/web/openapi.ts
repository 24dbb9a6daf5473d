/**
 * Builds the OpenAPI 3.1 document of the API from the zod schemas the handlers parse and answer
 * with, so the description cannot be written by hand and drift from the code. Pure: the caller
 * passes the endpoints (with schemas built from the reference data of the moment) and gets a
 * plain JSON object back. See docs/decisions/013-openapi.md.
 */
import { z } from "zod";

export const ERROR_STATUSES = [400, 401, 403, 404, 409, 413, 415] as const;
export type ErrorStatus = (typeof ERROR_STATUSES)[number];

/** The one error shape of every endpoint (lib/server/http.ts errorResponse). */
export const errorBodySchema = z.strictObject({
  error: z.strictObject({
    code: z.string().describe('What went wrong, e.g. "invalid_input", "unauthenticated", "forbidden", "not_found", "conflict".'),
    message: z.string().describe("A sentence for a person, naming the parameter or field."),
    errors: z
      .array(
        z.strictObject({
          parameter: z.string().describe("The query parameter or body field at fault."),
          message: z.string(),
          allowed: z.array(z.string()).optional().describe("The values it may take, where there is a list."),
        }),
      )
      .optional()
      .describe("One entry per bad parameter or field (400 only)."),
    current: z.record(z.string(), z.unknown()).optional().describe("409 only: the record as it is now."),
    yours: z.record(z.string(), z.unknown()).optional().describe("409 only: what you sent, so nothing typed is lost."),
    base: z
      .record(z.string(), z.unknown())
      .nullable()
      .optional()
      .describe("409 only, milestones: the milestone at the version you edited, as its history holds it (null when it does not), for a three-way merge with `current`."),
    text: z
      .strictObject({ state: z.string(), reason: z.string().nullable() })
      .optional()
      .describe("409 only, a document's text: where its extraction stands (`QUEUED`: ask again later; `FAILED`, `NO_TEXT_LAYER`: it will not come, `reason` says why)."),
  }),
});

const ERROR_DESCRIPTIONS: Record<ErrorStatus, string> = {
  400: "A parameter or field is unknown, repeated or invalid; `errors` names each one.",
  401: "No session and no valid API token.",
  403: "Signed in, but the role does not allow it (or a session request from another site).",
  404: "No such record (or it was deleted).",
  409: "A conflict: someone changed the record since the version you sent (or, for an import, another import is running); nothing was written.",
  413: "The request body is larger than the endpoint accepts; nothing was read or written.",
  415: "The content is of a kind the endpoint does not take (read from the bytes, not the name or the declared type); nothing was stored.",
};

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";
/** none: anyone; optional: credentials change the answer; required: 401 without them. */
export type Auth = "none" | "optional" | "required";

export type Endpoint = {
  method: HttpMethod;
  path: string;
  /** The resource the endpoint belongs to, used to group it. */
  tag: string;
  summary: string;
  description?: string;
  auth: Auth;
  pathParameters?: { name: string; description: string }[];
  /** Query parameters: each key of the object is one parameter. Everything else is refused with 400. */
  query?: z.ZodObject;
  body?: { schema: z.ZodType; description?: string };
  /**
   * A body that is a file as it is, not a JSON document of fields (an import): the schema of each
   * content type it may be sent as. Exclusive with `body`.
   */
  rawBody?: { description: string; content: Record<string, z.ZodType> };
  /**
   * `contentType` defaults to application/json; a streamed answer (application/x-ndjson) describes
   * one line; a list of types answers with any of them (a document's bytes), each with the schema.
   */
  response: {
    status: number;
    description: string;
    schema: z.ZodType;
    contentType?: string | readonly string[];
    /** Other content types the same answer comes in (asked for with `Accept`), each with its own schema. */
    otherContent?: Readonly<Record<string, z.ZodType>>;
  };
  errors: readonly ErrorStatus[];
};

export type DocumentInfo = { title: string; version: string; description: string; serverUrl?: string };

type Json = Record<string, unknown>;

const ERROR_REF = "#/components/schemas/Error";

/**
 * One zod schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect). `io: "input"` describes what a
 * client sends (before defaults and transforms); refinements and transforms have no JSON Schema
 * equivalent and are left out ("any"), so the handlers' messages remain the last word.
 */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as Json;
  return rest;
}

/** Whether a query parameter may be left out (optional, or has a default). */
export function isOptional(schema: z.ZodType): boolean {
  return schema.safeParse(undefined).success;
}

function parametersOf(endpoint: Endpoint): Json[] {
  const path = (endpoint.pathParameters ?? []).map((p) => ({ name: p.name, in: "path", required: true, description: p.description, schema: { type: "string" } }));
  const query = Object.entries(endpoint.query?.shape ?? {}).map(([name, field]) => {
    const schema = jsonSchemaOf(field as z.ZodType, "input");
    const { description, ...rest } = schema;
    const repeatable = rest.type === "array";
    return {
      name,
      in: "query",
      required: !isOptional(field as z.ZodType),
      ...(typeof description === "string" ? { description } : {}),
      schema: rest,
      ...(repeatable ? { style: "form", explode: true } : {}),
    };
  });
  return [...path, ...query];
}

function operationOf(endpoint: Endpoint): Json {
  const types = [endpoint.response.contentType ?? "application/json"].flat();
  const answer = jsonSchemaOf(endpoint.response.schema, "output");
  const responses: Json = {
    [String(endpoint.response.status)]: {
      description: endpoint.response.description,
      content: {
        ...Object.fromEntries(types.map((type) => [type, { schema: answer }])),
        ...Object.fromEntries(Object.entries(endpoint.response.otherContent ?? {}).map(([type, schema]) => [type, { schema: jsonSchemaOf(schema, "output") }])),
      },
    },
  };
  const twice = types.filter((type) => endpoint.response.otherContent && type in endpoint.response.otherContent);
  if (twice.length > 0) throw new Error(`${endpoint.method.toUpperCase()} ${endpoint.path} describes its answer as ${twice.join(", ")} twice.`);
  for (const status of endpoint.errors) {
    responses[String(status)] = { description: ERROR_DESCRIPTIONS[status], content: { "application/json": { schema: { $ref: ERROR_REF } } } };
  }
  const parameters = parametersOf(endpoint);
  if (endpoint.body && endpoint.rawBody) throw new Error(`${endpoint.method.toUpperCase()} ${endpoint.path} has both a JSON body and a raw body.`);
  return {
    operationId: operationId(endpoint),
    tags: [endpoint.tag],
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(endpoint.body
      ? {
          requestBody: {
            required: true,
            ...(endpoint.body.description ? { description: endpoint.body.description } : {}),
            content: { "application/json": { schema: jsonSchemaOf(endpoint.body.schema, "input") } },
          },
        }
      : {}),
    ...(endpoint.rawBody
      ? {
          requestBody: {
            required: true,
            description: endpoint.rawBody.description,
            content: Object.fromEntries(Object.entries(endpoint.rawBody.content).map(([type, schema]) => [type, { schema: jsonSchemaOf(schema, "input") }])),
          },
        }
      : {}),
    // Anyone: an empty requirement. Optional: either credential or none. Required: one of the two.
    security: endpoint.auth === "none" ? [] : endpoint.auth === "optional" ? [{}, { session: [] }, { bearer: [] }] : [{ session: [] }, { bearer: [] }],
    responses,
  };
}

/** "get /api/v1/rules/{slug}" -> "getRulesSlug": unique per method and path. */
export function operationId(endpoint: Pick<Endpoint, "method" | "path">): string {
  const words = endpoint.path
    .replace(/^\/api\/(v1\/)?/, "")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1));
  return endpoint.method + words.join("");
}

/** The OpenAPI 3.1 document for the endpoints, in the order given. */
export function buildOpenApiDocument(info: DocumentInfo, endpoints: readonly Endpoint[]): Json {
  const paths: Record<string, Json> = {};
  const tags: string[] = [];
  for (const endpoint of endpoints) {
    const item = (paths[endpoint.path] ??= {});
    if (item[endpoint.method]) throw new Error(`${endpoint.method.toUpperCase()} ${endpoint.path} is described twice.`);
    item[endpoint.method] = operationOf(endpoint);
    if (!tags.includes(endpoint.tag)) tags.push(endpoint.tag);
  }
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: { title: info.title, version: info.version, description: info.description },
    ...(info.serverUrl ? { servers: [{ url: info.serverUrl }] } : {}),
    tags: tags.map((name) => ({ name })),
    paths,
    components: {
      schemas: { Error: jsonSchemaOf(errorBodySchema, "output") },
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "The tracker's sign-in session; writes must come from the tracker's own pages (same Origin)." },
        bearer: { type: "http", scheme: "bearer", description: "An API token created on the account page: `Authorization: Bearer <token>`." },
      },
    },
  };
}

/** Every `$ref` in a document, with whether it points at something in the document. */
export function refsOf(document: unknown): { ref: string; resolves: boolean }[] {
  const found: { ref: string; resolves: boolean }[] = [];
  const resolve = (ref: string): boolean => {
    if (!ref.startsWith("#/")) return false;
    let node: unknown = document;
    for (const raw of ref.slice(2).split("/")) {
      const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      if (!node || typeof node !== "object" || !(key in node)) return false;
      node = (node as Record<string, unknown>)[key];
    }
    return true;
  };
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (key === "$ref" && typeof value === "string") found.push({ ref: value, resolves: resolve(value) });
        else walk(value);
      }
    }
  };
  walk(document);
  return found;
}

/** The values a parameter may take when it is a list (an enum, optional, defaulted or repeated). */
export function allowedValues(schema: z.ZodType | undefined): readonly string[] | undefined {
  let node: unknown = schema;
  for (let depth = 0; depth < 6 && node && typeof node === "object"; depth++) {
    const options = (node as { options?: unknown }).options;
    if (Array.isArray(options)) return options.map(String);
    const def = (node as { def?: { innerType?: unknown; element?: unknown } }).def;
    node = def?.innerType ?? def?.element;
  }
  return undefined;
}
