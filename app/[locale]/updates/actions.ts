"use server";

import { redirectInLocale } from "@/lib/i18n/redirect";
import { currentActor } from "@/lib/server/auth";
import { refusalOf } from "@/lib/server/action";
import { markUpdatesRead } from "@/lib/server/follows/mark-updates-read";

/**
 * "Mark all as read". The form sends the recorded time of the newest update the page showed
 * (`upTo`), and the mark moves there, not to "now": an update recorded while the user was
 * reading is not on the page, so it must still be unread at the next visit.
 */
export async function markAllReadAction(form: FormData): Promise<void> {
  const upTo = form.get("upTo");
  try {
    await markUpdatesRead({ actor: await currentActor(), upTo: typeof upTo === "string" ? upTo : "" });
  } catch (error) {
    if (refusalOf(error, "marking updates read").code === "UNAUTHENTICATED") return await redirectInLocale("/sign-in?callbackUrl=/updates");
    return await redirectInLocale("/updates?refused=error");
  }
  return await redirectInLocale("/updates?marked=1");
}
