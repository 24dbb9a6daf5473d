/**
 * Application errors: what went wrong in the domain's terms. Route handlers map them to HTTP in
 * one place (lib/server/http.ts); anything else is an internal error and never reaches a user.
 */
import type { z } from "zod";
import { fieldErrors } from "@/lib/core/field-errors";

export const APP_ERROR_STATUS = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

export type FieldError = { parameter: string; message: string; allowed?: readonly string[] };

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: AppErrorCode,
    message: string,
    // `current` and `yours`: a refused edit (CONFLICT) carries both texts, so nothing typed is lost;
    // `base`, the version the editor started from, where the record's history holds it.
    // `text`: where a document's text extraction stands, when its text is asked for before it is there.
    readonly details: { errors?: FieldError[]; current?: Record<string, unknown>; yours?: Record<string, unknown>; base?: Record<string, unknown> | null; text?: { state: string; reason: string | null } } = {},
  ) {
    super(message);
  }

  static invalidInput(errors: FieldError[]): AppError {
    const first = errors[0];
    const message = errors.length === 1 && first ? first.message : `${errors.length} parameters are invalid: ${errors.map((e) => e.parameter).join(", ")}.`;
    return new AppError("INVALID_INPUT", message, { errors });
  }
}

/** The input as the schema reads it, or a refusal naming each field that is wrong (400). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw AppError.invalidInput(fieldErrors(parsed.error));
  return parsed.data;
}

/**
 * The document store (an S3-compatible one, decision 051) cannot be used: unreachable, the bucket
 * missing, the keys refused. The message is for the operator and names what to fix; a request
 * that meets it is answered 503 with a short text of its own (lib/server/http.ts), never the detail.
 */
export class DocumentStoreUnavailableError extends Error {
  override name = "DocumentStoreUnavailableError";
}
