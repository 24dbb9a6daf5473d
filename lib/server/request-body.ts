import "server-only";
import { AppError, type FieldError } from "./errors";

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
  const errors = unstorableText(body);
  if (errors.length > 0) throw AppError.invalidInput(errors);
  return body;
}

/** Deeper than any input the tracker takes (about five levels), shallow enough to walk safely. */
export const MAX_JSON_DEPTH = 64;

/**
 * Where a JSON value holds text PostgreSQL cannot store: a NUL character (U+0000), or half of a
 * UTF-16 surrogate pair ("\ud800" alone), which JSON.parse lets through and the database then
 * refuses, as a 500. Refused here, the error names the field instead. The walk keeps its own
 * stack, and refuses a body nested deeper than MAX_JSON_DEPTH, so no body can overflow the call stack.
 */
// String.prototype.isWellFormed is ES2024, past the TypeScript lib this project compiles against.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function unstorableText(root: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const check = (text: string, parameter: string) => {
    if (text.includes("\u0000")) errors.push({ parameter, message: `${parameter} contains a NUL character (U+0000), which cannot be stored.` });
    else if (LONE_SURROGATE.test(text)) errors.push({ parameter, message: `${parameter} contains half of a UTF-16 surrogate pair (such as \\ud800 alone), which is not text and cannot be stored.` });
  };
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: "", depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === "string") {
      check(value, path || "body");
      continue;
    }
    if (!value || typeof value !== "object") continue;
    if (depth >= MAX_JSON_DEPTH) {
      return [{ parameter: "body", message: `body is nested too deeply: at most ${MAX_JSON_DEPTH} levels of arrays and objects.` }];
    }
    const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : Object.entries(value);
    // Pushed last to first, so the fields are reported in the order they were sent.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i]!;
      stack.push({ value: item, path: path ? `${path}.${key}` : key, depth: depth + 1 });
    }
    // A key cannot be stored either; the error names the object that holds it.
    for (const [key] of entries) if (!Array.isArray(value)) check(key, path || "body");
  }
  return errors;
}
