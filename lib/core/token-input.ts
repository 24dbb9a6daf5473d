/**
 * The account page's "new API token" form, read with friendly messages keyed by field. The use
 * case (lib/server/accounts/api-tokens.ts) checks the same bounds again; this is for the form.
 */
import { z } from "zod";

export const MAX_TOKEN_DAYS = 366;
export const DEFAULT_TOKEN_DAYS = 90;

export const tokenFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { message: "Give the token a name that says what it is for, e.g. “nightly export script”." })
    .max(100, { message: "Keep the name to 100 characters or fewer." }),
  expiresInDays: z
    .string()
    .trim()
    .regex(/^\d+$/, { message: `Enter a whole number of days, from 1 to ${MAX_TOKEN_DAYS}.` })
    .transform(Number)
    .refine((n) => n >= 1 && n <= MAX_TOKEN_DAYS, { message: `Enter a whole number of days, from 1 to ${MAX_TOKEN_DAYS}.` }),
});

export type TokenFormField = "name" | "expiresInDays";
export type TokenFormValues = Record<TokenFormField, string>;

export function parseTokenForm(values: TokenFormValues):
  | { ok: true; input: { name: string; expiresInDays: number } }
  | { ok: false; errors: Partial<Record<TokenFormField, string>> } {
  const result = tokenFormSchema.safeParse(values);
  if (result.success) return { ok: true, input: result.data };
  const errors: Partial<Record<TokenFormField, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as TokenFormField;
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}
