import "server-only";
import { isSameOrigin } from "@/lib/web/client-address";
import { proxyTrust } from "./env";
import { AppError, APP_ERROR_STATUS, DocumentStoreUnavailableError, type FieldError } from "./errors";

/**
 * The one place where errors become HTTP responses. Every JSON error has the same shape:
 * `{ error: { code, message, errors? } }`. Prisma errors and stack traces are logged, never sent.
 */
export function errorResponse(error: unknown): Response {
  if (error instanceof DocumentStoreUnavailableError) {
    // The operator reads what to fix in the log; the caller, that it is not their fault.
    console.error(`[tracker] ${error.message}`);
    return errorResponse(new AppError("SERVICE_UNAVAILABLE", "The document store cannot be reached just now; try again later. The error has been logged."));
  }
  if (error instanceof AppError) {
    const body = { error: { code: error.code.toLowerCase(), message: error.message, ...error.details } };
    return Response.json(body, { status: APP_ERROR_STATUS[error.code] });
  }
  if (isNulCharacterError(error)) {
    // A NUL character in an address or parameter that reached the database (it cannot hold U+0000).
    return Response.json(
      { error: { code: "invalid_input", message: "The request contains a NUL character (U+0000), which the tracker cannot store or look up." } },
      { status: 400 },
    );
  }
  console.error("[tracker] unexpected error in a route handler", error);
  return Response.json(
    { error: { code: "internal", message: "Something went wrong on our side. The error has been logged." } },
    { status: 500 },
  );
}

/** PostgreSQL's "invalid byte sequence for encoding UTF8: 0x00" (SQLSTATE 22021), however the driver wraps it. */
function isNulCharacterError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 4; depth++) {
    const { code, originalCode, message } = e as { code?: unknown; originalCode?: unknown; message?: unknown };
    if (code === "22021" || originalCode === "22021" || (typeof message === "string" && message.includes("0x00") && message.includes("invalid byte sequence"))) return true;
    e = (e as { driverAdapterError?: unknown; cause?: unknown }).driverAdapterError ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

/** Runs a route handler body, mapping any error through errorResponse. */
export async function respond(body: () => Promise<Response>): Promise<Response> {
  try {
    return await body();
  } catch (error) {
    return errorResponse(error);
  }
}

/**
 * Query parameters as the core's parsers take them: repeated names become arrays. This is the one
 * reader of every API endpoint's query, so an empty value (`?limit=`) means the same everywhere: a
 * 400 naming the parameter, like any other malformed value (give a value, or leave it out). A saved
 * search comes from a page's form, whose empty fields mean "not given" (`emptyIsUnset`).
 */
export function queryOf(searchParams: URLSearchParams, { emptyIsUnset = false } = {}): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  const errors: FieldError[] = [];
  for (const name of new Set(searchParams.keys())) {
    let values = searchParams.getAll(name);
    if (values.some((v) => v.includes("\u0000")) || name.includes("\u0000")) {
      throw AppError.invalidInput([{ parameter: name, message: `${name} contains a NUL character (U+0000), which the tracker cannot look up.` }]);
    }
    if (values.some((v) => v.trim() === "")) {
      if (!emptyIsUnset) {
        errors.push({ parameter: name, message: `"${name}" is empty: give it a value, or leave the parameter out.` });
        continue;
      }
      values = values.filter((v) => v.trim() !== "");
      if (values.length === 0) continue;
    }
    query[name] = values.length === 1 ? values[0]! : values;
  }
  if (errors.length > 0) throw AppError.invalidInput(errors);
  return query;
}

/**
 * CSRF protection for writes made with a session cookie: the browser's Origin (or, failing that,
 * Referer) must be this site, as isSameOrigin reads it (a client's X-Forwarded-Host counts only
 * behind a trusted proxy). Requests with a Bearer token carry no ambient credentials and are
 * exempt. Server actions get the same check in proxy.ts (lib/web/server-action-guard.ts).
 */
export function assertSameOrigin(request: Request): void {
  if (request.headers.get("authorization")) return;
  if (!isSameOrigin(request.headers, proxyTrust())) {
    throw new AppError("FORBIDDEN", "This request did not come from the tracker's own pages (its Origin does not match). Use an API token for scripts.");
  }
}
