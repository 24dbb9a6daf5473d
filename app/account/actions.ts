"use server";

import { revalidatePath } from "next/cache";
import { parseTokenForm, type TokenFormField, type TokenFormValues } from "@/lib/core/token-input";
import { createApiToken, revokeApiToken } from "@/lib/server/accounts/api-tokens";
import { currentActor } from "@/lib/server/auth";
import { refusalOf } from "@/lib/server/action";

export type CreateTokenState =
  | { status: "idle"; values: TokenFormValues }
  | { status: "invalid"; values: TokenFormValues; errors: Partial<Record<TokenFormField, string>>; message?: string }
  | { status: "created"; values: TokenFormValues; token: string; name: string; expiresAt: string };

export type RevokeTokenState = { status: "idle" } | { status: "error"; message: string } | { status: "revoked" };

const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === "string" ? value : "";
};

/** A refusal the user can read (mapped once, lib/server/action.ts). */
const messageOf = (error: unknown) => refusalOf(error, "in an account action").message;

export async function createTokenAction(_previous: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  const values: TokenFormValues = { name: text(form, "name"), expiresInDays: text(form, "expiresInDays") };
  const parsed = parseTokenForm(values);
  if (!parsed.ok) return { status: "invalid", values, errors: parsed.errors };
  try {
    const created = await createApiToken({ actor: await currentActor(), input: parsed.input });
    revalidatePath("/account");
    return { status: "created", values: { name: "", expiresInDays: values.expiresInDays }, token: created.token, name: created.name, expiresAt: created.expiresAt!.toISOString() };
  } catch (error) {
    return { status: "invalid", values, errors: {}, message: messageOf(error) };
  }
}

export async function revokeTokenAction(_previous: RevokeTokenState, form: FormData): Promise<RevokeTokenState> {
  try {
    await revokeApiToken({ actor: await currentActor(), input: { id: text(form, "id") } });
    revalidatePath("/account");
    return { status: "revoked" };
  } catch (error) {
    return { status: "error", message: messageOf(error) };
  }
}
