"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/server/auth";
import { AppError } from "@/lib/server/errors";
import { requestLocale } from "@/lib/server/action";
import { localizeMessage } from "@/lib/core/message-texts";
import { createFeedToken, revokeFeedToken } from "@/lib/server/feed-token";
import { siteOrigin } from "@/lib/server/site-url";

/** After an action: whether an address is now active, and the new address (shown this once). */
export type FeedAddressState =
  | { status: "idle" }
  | { status: "created"; active: true; url: string; replaced: boolean }
  | { status: "revoked"; active: false }
  | { status: "error"; active: boolean | null; message: string };

async function messageOf(error: unknown): Promise<string> {
  if (error instanceof AppError) return localizeMessage(error.message, await requestLocale());
  console.error("[tracker] a feed address action failed", error);
  return (await getTranslations("Account"))("feedFailed");
}

/**
 * Creates the private feed address, replaces it (the old one stops working) or revokes it, as the
 * pressed button's `intent` says. One action, so the form's state is always the latest outcome.
 */
export async function feedAddressAction(_previous: FeedAddressState, form: FormData): Promise<FeedAddressState> {
  const intent = form.get("intent");
  try {
    const actor = await currentActor();
    if (intent === "revoke") {
      await revokeFeedToken({ actor });
      revalidatePath("/account");
      return { status: "revoked", active: false };
    }
    const { token, replaced } = await createFeedToken({ actor });
    const origin = siteOrigin({ headers: await headers() });
    revalidatePath("/account");
    return { status: "created", active: true, url: `${origin}/updates/feed.xml?token=${encodeURIComponent(token)}`, replaced };
  } catch (error) {
    return { status: "error", active: null, message: await messageOf(error) };
  }
}
