"use server";

import { redirectInLocale } from "@/lib/i18n/redirect";
import { safeLocalPath } from "@/lib/core/safe-path";
import { currentActor } from "@/lib/server/auth";
import { refusalOf } from "@/lib/server/action";
import { follow } from "@/lib/server/follows/follow";
import { unfollow } from "@/lib/server/follows/unfollow";

/**
 * The Follow buttons' actions (components/FollowButton.tsx). Plain form posts: they work without
 * JavaScript, and Next checks that a server action comes from this site's own pages (Origin).
 * Success goes back where the button was; a refusal goes to the Updates page, which explains it
 * (a fixed key in the address, never the message itself).
 */

const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === "string" ? value : undefined;
};

export type FollowRefusal = "signin" | "gone" | "invalid" | "limit" | "error";

/** The refusal (mapped once, lib/server/action.ts) as the key the Updates page explains. */
function reasonOf(error: unknown): FollowRefusal {
  const { code, errors } = refusalOf(error, "following or unfollowing");
  if (code === "UNAUTHENTICATED") return "signin";
  if (code === "NOT_FOUND") return "gone";
  if (code === "INVALID_INPUT") return errors.some((e) => e.parameter === "target") ? "limit" : "invalid";
  return "error";
}

async function refused(reason: FollowRefusal, returnTo: string): Promise<never> {
  if (reason === "signin") return await redirectInLocale(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return await redirectInLocale(`/updates?refused=${reason}`);
}

export async function followAction(form: FormData): Promise<void> {
  const returnTo = safeLocalPath(text(form, "returnTo"));
  const target = text(form, "target");
  const input =
    target === "case"
      ? { target, case: text(form, "case") }
      : target === "forum"
        ? { target, forum: text(form, "forum") }
        : { target, query: text(form, "query"), name: text(form, "name") || undefined };
  try {
    await follow({ actor: await currentActor(), input });
  } catch (error) {
    await refused(reasonOf(error), returnTo);
  }
  return await redirectInLocale(returnTo);
}

export async function unfollowAction(form: FormData): Promise<void> {
  const returnTo = safeLocalPath(text(form, "returnTo"));
  try {
    await unfollow({ actor: await currentActor(), id: text(form, "follow") ?? "" });
  } catch (error) {
    const reason = reasonOf(error);
    // Already unfollowed (another tab, a double click): the wish is fulfilled.
    if (reason !== "gone") await refused(reason, returnTo);
  }
  return await redirectInLocale(returnTo);
}
