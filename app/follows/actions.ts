"use server";

import { redirect } from "next/navigation";
import { safeLocalPath } from "@/lib/core/safe-path";
import { currentActor } from "@/lib/server/auth";
import { AppError } from "@/lib/server/errors";
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

function refusalOf(error: unknown): FollowRefusal {
  if (error instanceof AppError) {
    if (error.code === "UNAUTHENTICATED") return "signin";
    if (error.code === "NOT_FOUND") return "gone";
    if (error.code === "INVALID_INPUT") return error.details.errors?.some((e) => e.parameter === "target") ? "limit" : "invalid";
    if (error.code === "FORBIDDEN") return "error";
  }
  console.error("[tracker] a follow action failed", error);
  return "error";
}

function refused(reason: FollowRefusal, returnTo: string): never {
  if (reason === "signin") redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  redirect(`/updates?refused=${reason}`);
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
    refused(refusalOf(error), returnTo);
  }
  redirect(returnTo);
}

export async function unfollowAction(form: FormData): Promise<void> {
  const returnTo = safeLocalPath(text(form, "returnTo"));
  try {
    await unfollow({ actor: await currentActor(), id: text(form, "follow") ?? "" });
  } catch (error) {
    const reason = refusalOf(error);
    // Already unfollowed (another tab, a double click): the wish is fulfilled.
    if (reason !== "gone") refused(reason, returnTo);
  }
  redirect(returnTo);
}
