"use server";

import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { redirectInLocale } from "@/lib/i18n/redirect";
import type { PasswordChangeField } from "@/lib/core/account-input";
import { hasSessionCookie } from "@/lib/web/session-cookie";
import { parseTokenForm, type TokenFormField, type TokenFormValues } from "@/lib/core/token-input";
import { createApiToken, revokeApiToken } from "@/lib/server/accounts/api-tokens";
import { changePassword } from "@/lib/server/accounts/change-password";
import { endSessions } from "@/lib/server/accounts/sessions";
import { setTimeZone } from "@/lib/server/accounts/set-time-zone";
import { refusalOf, requestLocale } from "@/lib/server/action";
import type { Locale } from "@/lib/core/locales";
import { localizeMessage } from "@/lib/core/message-texts";
import { addressOf, currentActor, currentSessionId } from "@/lib/server/auth";
import { AppError } from "@/lib/server/errors";
import { formText } from "@/lib/core/input-fields";

export type CreateTokenState =
  | { status: "idle"; values: TokenFormValues }
  | { status: "invalid"; values: TokenFormValues; errors: Partial<Record<TokenFormField, string>>; message?: string }
  | { status: "created"; values: TokenFormValues; token: string; name: string; expiresAt: string };

export type RevokeTokenState = { status: "idle" } | { status: "error"; message: string } | { status: "revoked" };

export type EndSessionsState = { status: "idle" } | { status: "error"; message: string } | { status: "ended"; ended: number };

// Passwords are never sent back: a refused change comes back with its errors and empty fields.
export type ChangePasswordState =
  | { status: "idle" }
  | { status: "invalid"; errors: Partial<Record<PasswordChangeField, string>>; message?: string }
  | { status: "changed"; sessionsEnded: number };

/** A refusal the user can read, in the page's language (mapped once, lib/server/action.ts). */
const messageOf = async (error: unknown) => refusalOf(error, "in an account action", await requestLocale()).message;

/** Each field's message in `locale`. */
function localizedErrors<Field extends string>(errors: Partial<Record<Field, string>>, locale: Locale): Partial<Record<Field, string>> {
  return Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, localizeMessage(message as string, locale)])) as Partial<Record<Field, string>>;
}

export async function createTokenAction(_previous: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  const values: TokenFormValues = { name: formText(form, "name"), expiresInDays: formText(form, "expiresInDays") };
  const parsed = parseTokenForm(values);
  if (!parsed.ok) return { status: "invalid", values, errors: localizedErrors(parsed.errors, await requestLocale()) };
  try {
    const created = await createApiToken({ actor: await currentActor(), input: parsed.input });
    revalidatePath("/account");
    return { status: "created", values: { name: "", expiresInDays: values.expiresInDays }, token: created.token, name: created.name, expiresAt: created.expiresAt!.toISOString() };
  } catch (error) {
    return { status: "invalid", values, errors: {}, message: await messageOf(error) };
  }
}

export async function revokeTokenAction(_previous: RevokeTokenState, form: FormData): Promise<RevokeTokenState> {
  try {
    await revokeApiToken({ actor: await currentActor(), input: { id: formText(form, "id") } });
    revalidatePath("/account");
    return { status: "revoked" };
  } catch (error) {
    return { status: "error", message: await messageOf(error) };
  }
}

/**
 * "Sign out everywhere else" (`intent=others`) keeps the session making the request; "sign out
 * everywhere" (`intent=all`) ends it too, forgets its cookie and sends the browser to sign in.
 */
export async function endSessionsAction(_previous: EndSessionsState, form: FormData): Promise<EndSessionsState> {
  const everywhere = form.get("intent") === "all";
  try {
    const keep = everywhere ? undefined : ((await currentSessionId()) ?? undefined);
    const { ended } = await endSessions({ actor: await currentActor(), input: { keep } });
    if (!everywhere) {
      revalidatePath("/account");
      return { status: "ended", ended };
    }
  } catch (error) {
    return { status: "error", message: await messageOf(error) };
  }
  const jar = await cookies();
  for (const { name } of jar.getAll()) {
    if (hasSessionCookie([name])) jar.set(name, "", { maxAge: 0, path: "/", httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
  }
  return await redirectInLocale("/sign-in?callbackUrl=%2Faccount&signedOut=everywhere");
}

export async function changePasswordAction(_previous: ChangePasswordState, form: FormData): Promise<ChangePasswordState> {
  const input = { currentPassword: formText(form, "currentPassword"), newPassword: formText(form, "newPassword"), confirmPassword: formText(form, "confirmPassword") };
  try {
    const [actor, sessionId, requestHeaders] = await Promise.all([currentActor(), currentSessionId(), headers()]);
    const address = addressOf({ "x-forwarded-for": requestHeaders.get("x-forwarded-for") ?? undefined });
    const { sessionsEnded } = await changePassword({ actor, input, sessionId, address });
    revalidatePath("/account");
    return { status: "changed", sessionsEnded };
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID_INPUT" && error.details.errors?.length) {
      const errors: Partial<Record<PasswordChangeField, string>> = {};
      for (const e of error.details.errors) errors[e.parameter as PasswordChangeField] ??= e.message;
      return { status: "invalid", errors: localizedErrors(errors, await requestLocale()) };
    }
    return { status: "invalid", errors: {}, message: await messageOf(error) };
  }
}

export type TimeZoneState = { status: "idle" } | { status: "invalid"; message: string } | { status: "saved"; timeZone: string };

export async function setTimeZoneAction(_previous: TimeZoneState, form: FormData): Promise<TimeZoneState> {
  try {
    const { timeZone } = await setTimeZone({ actor: await currentActor(), input: { timeZone: formText(form, "timeZone") } });
    revalidatePath("/account");
    return { status: "saved", timeZone };
  } catch (error) {
    const field = error instanceof AppError ? error.details.errors?.[0] : undefined;
    // "timeZone is not a time zone …": said with the field's label, in the page's language.
    if (!field) return { status: "invalid", message: await messageOf(error) };
    const reason = localizeMessage(field.message.replace(/^timeZone /, ""), await requestLocale());
    return { status: "invalid", message: (await getTranslations("Account"))("timeZoneInvalid", { reason }) };
  }
}
