import "server-only";
import { AppError } from "./errors";

/** A request's JSON body; malformed or missing JSON is a 400 naming "body", never a 500. */
export async function jsonBody(request: Request, { optional = false } = {}): Promise<unknown> {
  const text = await request.text().catch(() => "");
  if (text.trim() === "") {
    if (optional) return undefined;
    throw AppError.invalidInput([{ parameter: "body", message: "body is required: send the fields as a JSON object (Content-Type: application/json)." }]);
  }
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    throw AppError.invalidInput([{ parameter: "body", message: "body is not valid JSON." }]);
  }
  const nul = nulPaths(body, "");
  if (nul.length > 0) {
    throw AppError.invalidInput(nul.map((parameter) => ({ parameter, message: `${parameter} contains a NUL character (U+0000), which cannot be stored.` })));
  }
  return body;
}

/**
 * Where a JSON value holds a NUL character. PostgreSQL text cannot store U+0000, so such a value
 * would fail in the database as a 500; refused here, the error names the field instead.
 */
function nulPaths(value: unknown, path: string): string[] {
  if (typeof value === "string") return value.includes("\u0000") ? [path || "body"] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => nulPaths(item, path ? `${path}.${i}` : String(i)));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => (key.includes("\u0000") ? [path || "body"] : nulPaths(item, path ? `${path}.${key}` : key)));
  }
  return [];
}
