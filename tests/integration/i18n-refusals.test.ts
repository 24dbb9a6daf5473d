/**
 * Server actions and plain-text answers speak the language of the page that called them (`/uk/…`):
 * the refusals the use cases and parsers write in English come back in Ukrainian. The request's
 * language and user are stood in for (next-intl's getLocale, the session, the timeline's filter
 * options); every case here is refused before the database.
 */
import { createTranslator } from "next-intl";
import { beforeEach, describe, expect, it, vi } from "vitest";
import en from "@/messages/en.json";
import uk from "@/messages/uk.json";
import type { Actor } from "@/lib/server/actor";

const request = vi.hoisted(() => ({ locale: "uk" as "uk" | "en", actor: { kind: "anonymous" } as Actor }));

vi.mock("next-intl/server", () => ({
  getLocale: async () => request.locale,
  getTranslations: async (namespace: string) => createTranslator({ locale: request.locale, messages: request.locale === "uk" ? uk : en, namespace: namespace as never }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ getAll: () => [], set: () => {} }) }));
vi.mock("@/lib/server/queries/milestones", () => ({
  getMilestoneFilterOptions: async () => ({ track: [{ value: "accountability", label: "Accountability" }], type: [], forum: [], year: [{ value: "2024", label: "2024" }] }),
}));
// The feed names the filters' values in the page's language from the held names (no database here).
vi.mock("@/lib/server/reference-names", () => ({ referenceNamesIn: async () => ({ words: (_kind: string, _slug: string, recorded: string) => recorded }) }));
vi.mock("@/lib/server/auth", () => ({
  currentActor: async () => request.actor,
  currentSessionId: async () => null,
  addressOf: () => "127.0.0.1",
}));

const { changePasswordAction, createTokenAction, revokeTokenAction, setTimeZoneAction } = await import("@/app/[locale]/account/actions");
const { feedAddressAction } = await import("@/app/[locale]/account/feed-actions");
const { createAnnotationAction } = await import("@/app/[locale]/cases/[slug]/annotations/actions");
const { EMPTY_ANNOTATION_FORM } = await import("@/lib/core/annotation-input");
const { addAliasAction, removeAliasAction } = await import("@/app/[locale]/accused/[slug]/actions");
const { NO_REMOVAL } = await import("@/lib/web/alias-forms");

const formOf = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
};
const user: Actor = { kind: "user", id: "u1", role: "VIEWER" };

describe("the account page's actions answer in the page's language", () => {
  beforeEach(() => {
    request.locale = "uk";
    request.actor = user;
  });

  it("words the token form's field errors in Ukrainian, and keeps the English on an English page", async () => {
    const form = formOf({ name: "", expiresInDays: "0" });
    const state = await createTokenAction({ status: "idle", values: { name: "", expiresInDays: "90" } }, form);
    expect(state).toMatchObject({ status: "invalid", errors: { name: "Дайте токену назву, яка пояснює його призначення, наприклад «нічний скрипт експорту».", expiresInDays: "Введіть ціле число днів, від 1 до 366." } });
    request.locale = "en";
    const english = await createTokenAction({ status: "idle", values: { name: "", expiresInDays: "90" } }, form);
    expect(english).toMatchObject({ errors: { name: "Give the token a name that says what it is for, e.g. “nightly export script”." } });
  });

  it("words a refusal of the use case in Ukrainian", async () => {
    request.actor = { kind: "anonymous" };
    const state = await revokeTokenAction({ status: "idle" }, formOf({ id: "t1" }));
    expect(state).toEqual({ status: "error", message: "Увійдіть, щоб зробити це." });
  });

  it("words the password form's field errors in Ukrainian", async () => {
    const state = await changePasswordAction({ status: "idle" }, formOf({ currentPassword: "", newPassword: "short", confirmPassword: "short" }));
    expect(state.status).toBe("invalid");
    const errors = (state as { errors: Record<string, string> }).errors;
    expect(errors.currentPassword).toBe("Поточний пароль: обов’язкове поле.");
    expect(errors.newPassword).toBe("Новий пароль: має містити щонайменше 12 символів.");
  });

  it("words the time zone's refusal with its label in Ukrainian", async () => {
    const state = await setTimeZoneAction({ status: "idle" }, formOf({ timeZone: "Mars/Olympus" }));
    expect(state).toEqual({ status: "invalid", message: "Часовий пояс: не є часовим поясом, відомим трекеру: виберіть пояс зі списку (наприклад, Europe/Kyiv)." });
    request.locale = "en";
    expect(await setTimeZoneAction({ status: "idle" }, formOf({ timeZone: "Mars/Olympus" }))).toEqual({
      status: "invalid",
      message: "Time zone is not a time zone the tracker knows: choose one from the list (for example Europe/Kyiv).",
    });
  });

  it("words the private feed address's refusal in Ukrainian", async () => {
    request.actor = { kind: "operator", name: "ops" };
    const state = await feedAddressAction({ status: "idle" }, formOf({ intent: "revoke" }));
    expect(state).toEqual({ status: "error", active: null, message: "Адреса стрічки належить користувачеві, який увійшов до системи." });
  });
});

describe("the note form's action answers in the page's language", () => {
  const idle = { attempt: 0, status: "idle", message: null, errors: [], values: EMPTY_ANNOTATION_FORM, conflict: null } as unknown as Parameters<typeof createAnnotationAction>[0];

  it("words the refusal and the field's message in Ukrainian", async () => {
    request.locale = "uk";
    request.actor = { kind: "user", id: "u1", role: "ANALYST" };
    const state = await createAnnotationAction(idle, formOf({ case: "ongwen", body: "" }));
    expect(state.status).toBe("refused");
    expect(state.message).toMatch(/^Неправильні параметри/);
    expect(state.errors.map((e) => e.message)).toContain("body обов’язкове поле: напишіть нотатку");
  });

  it("words a refusal for the signed-out in Ukrainian", async () => {
    request.locale = "uk";
    request.actor = { kind: "anonymous" };
    const state = await createAnnotationAction(idle, formOf({ case: "ongwen", body: "A note" }));
    expect(state.message).toBe("Увійдіть, щоб зробити це.");
  });
});

describe("the accused page's spelling forms answer in the page's language", () => {
  const aliasForm = (name: string) => formOf({ accused: "putin", name, expectedUpdatedAt: "2026-12-01T00:00:00.000Z" });

  it("refuses an empty spelling beside the field, in Ukrainian, writing nothing", async () => {
    request.locale = "uk";
    request.actor = { kind: "user", id: "u1", role: "ANALYST" };
    const reply = await addAliasAction(undefined, aliasForm("   "));
    expect(reply.status).toBe("error");
    expect(reply.error?.name).toEqual(["обов’язкове поле: інше написання імені обвинуваченого"]);
    expect(reply.done).toBeUndefined();
  });

  it("refuses a viewer, keeping what was typed, and a viewer's removal", async () => {
    request.locale = "uk";
    request.actor = user;
    const reply = await addAliasAction(undefined, aliasForm("Путин"));
    expect(reply).toMatchObject({ status: "error", code: "FORBIDDEN", initialValue: { name: "Путин" } });
    expect(reply.error?.[""]?.[0]).toMatch(/^Для цього потрібна роль/);
    request.locale = "en";
    const removal = await removeAliasAction(NO_REMOVAL, formOf({ accused: "putin", alias: "a1", aliasName: "Путин", expectedUpdatedAt: "2026-12-01T00:00:00.000Z" }));
    expect(removal.done).toBeNull();
    expect(removal.refused).toMatchObject({ aliasId: "a1", message: "This needs the analyst role; you are signed in as viewer." });
  });
});

describe("the timeline's Atom feed refuses in the address's language", () => {
  it("says an ignored filter in Ukrainian at /uk/, in English at /en/", async () => {
    const { GET } = await import("@/app/[locale]/milestones/feed.xml/route");
    const uk = await GET(new Request("http://localhost/uk/milestones/feed.xml?year=24"), { params: Promise.resolve({ locale: "uk" }) });
    expect(uk.status).toBe(400);
    const text = await uk.text();
    expect(text).toContain("Рік (year): «year=24»: має бути чотиризначним роком; цей фільтр не враховано.");
    const en = await GET(new Request("http://localhost/en/milestones/feed.xml?year=24"), { params: Promise.resolve({ locale: "en" }) });
    expect(await en.text()).toContain("“year=24” must be a four-digit year; this filter was ignored.");
  });
});
