import "server-only";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { hasRole, type Actor, type Role } from "./actor";
import { currentActor } from "./auth";

/**
 * For a page that needs a role: anonymous users go to sign in and come back; a signed-in user with
 * too low a role gets `allowed: false`, and the page shows why. Not in actor.ts, which every use
 * case and the command line import: this one is for pages (a redirect, the request's session).
 */
export async function pageActor(role: Role, callbackUrl: string): Promise<{ actor: Actor; allowed: boolean }> {
  const actor = await currentActor();
  if (actor.kind === "anonymous") return await redirectInLocale(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return { actor, allowed: hasRole(actor, role) };
}
