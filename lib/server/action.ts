import "server-only";
import type { SubmissionResult } from "@conform-to/dom";
import { getLocale } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/core/locales";
import { localizeMessage } from "@/lib/core/message-texts";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { fieldNameOf, type FormReply } from "@/lib/web/form-submission";
import type { Actor } from "./actor";
import { AppError, type AppErrorCode, type FieldError } from "./errors";

/**
 * How a server action tells its form that it refused: the counterpart of `respond()` in
 * lib/server/http.ts, in one place for every form. An AppError is the user's to read (its message
 * and the fields it names); anything else is logged and said in one neutral sentence.
 *
 * The use cases refuse in English (the API's words, which a machine reads); what a form shows is
 * in the reader's language (lib/core/message-texts.ts): `locale`, the request's (`requestLocale()`).
 */
export type Refusal = { code: AppErrorCode | "INTERNAL"; message: string; errors: FieldError[]; details: AppError["details"] };

export const UNEXPECTED = "Something went wrong on our side; nothing was saved. The error has been logged; try again in a moment.";

export function refusalOf(error: unknown, doing: string, locale: Locale = DEFAULT_LOCALE): Refusal {
  if (error instanceof AppError) {
    const errors = (error.details.errors ?? []).map((e) => ({ ...e, message: localizeMessage(e.message, locale) }));
    return { code: error.code, message: localizeMessage(error.message, locale), errors, details: error.details };
  }
  console.error(`[tracker] unexpected error ${doing}`, error);
  return { code: "INTERNAL", message: localizeMessage(UNEXPECTED, locale), errors: [], details: {} };
}

/**
 * The language of the request a server action answers (the page's, `/uk/…`), for its messages;
 * English outside a request (a test, a script).
 */
export async function requestLocale(): Promise<Locale> {
  try {
    const locale = await getLocale();
    return isLocale(locale) ? locale : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** A form's reply with each message (the form's and each field's) in `locale`. */
export function localizedReply<Reply extends { error?: Record<string, string[] | null> | null }>(reply: Reply, locale: Locale): Reply {
  if (locale === DEFAULT_LOCALE || !reply.error) return reply;
  const error = Object.fromEntries(Object.entries(reply.error).map(([name, messages]) => [name, messages?.map((m) => localizeMessage(m, locale)) ?? null]));
  return { ...reply, error };
}


type Submission = { reply(options?: { formErrors?: string[]; fieldErrors?: Record<string, string[]> }): SubmissionResult<string[]> };

/** The form's answer to a refusal: its message at the top, each field's message beside the field (in `locale`, English by default). */
export function refusedReply(submission: Submission, error: unknown, { attempt, doing, locale = DEFAULT_LOCALE }: { attempt: number; doing: string; locale?: Locale }): FormReply {
  const refusal = refusalOf(error, doing, locale);
  const fieldErrors: Record<string, string[]> = {};
  for (const e of refusal.errors) (fieldErrors[fieldNameOf(e.parameter)] ??= []).push(e.message);
  return { ...submission.reply({ formErrors: [refusal.message], fieldErrors }), attempt, code: refusal.code };
}

/**
 * Parses, then saves: the form's submission (from lib/web/form-submission.ts `parseForm`) is
 * answered without saving when it is invalid or only asks for another row; otherwise `save` runs
 * the use case and a refusal comes back to the form. On success it returns what `save` returned
 * (the caller redirects: `redirect` must not run inside the try). Its messages are in the
 * request's language.
 */
export async function saveFromForm<Value, Saved>(
  submission: Submission & ({ status: "success"; value: Value } | { status?: "error" | undefined }),
  { attempt, doing, save }: { attempt: number; doing: string; save: (value: Value) => Promise<Saved> },
): Promise<{ saved: Saved; reply?: undefined; error?: undefined } | { reply: FormReply; saved?: undefined; error?: unknown }> {
  // The schema's own refusals (parseWithZod on the server), beside their fields.
  if (submission.status === "error") return { reply: { ...localizedReply(submission.reply(), await requestLocale()), attempt } };
  // Only another row asked for (Conform's insert intent): nothing is saved, so nothing is refused.
  if (submission.status !== "success") return { reply: { ...submission.reply(), error: undefined, attempt } };
  try {
    return { saved: await save(submission.value) };
  } catch (error) {
    // The error too, for a form that says more about one (a stale save's two versions).
    return { reply: refusedReply(submission, error, { attempt, doing, locale: await requestLocale() }), error };
  }
}

/**
 * A confirmed change of one record at the version the user saw (delete, restore), from a
 * ConfirmForm naming the record in `field`: on success, to `to(slug)`; a refusal comes back as
 * the form's message, in the request's language.
 */
export async function confirmedChange(
  form: FormData,
  { actor, field, doing, change, to }: { actor: Actor; field: string; doing: string; change: (args: { actor: Actor; id: string; input: { expectedVersion: number } }) => Promise<{ slug: string }>; to: (slug: string) => string },
): Promise<{ message: string | null }> {
  let slug: string;
  try {
    slug = (await change({ actor, id: String(form.get(field) ?? ""), input: { expectedVersion: Number(form.get("expectedVersion")) } })).slug;
  } catch (error) {
    return { message: refusalOf(error, doing, await requestLocale()).message };
  }
  return await redirectInLocale(to(slug));
}
