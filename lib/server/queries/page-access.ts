import "server-only";
import { redirect } from "next/navigation";
import type { Actor, Role } from "../actor";
import { currentActor } from "../auth";

const RANK: Record<Role, number> = { VIEWER: 0, ANALYST: 1, ADMIN: 2 };

/** The actor's role for showing or hiding write links (the use cases check again regardless). */
export function hasRole(actor: Actor, role: Role): boolean {
  if (actor.kind === "operator") return true;
  return actor.kind === "user" && RANK[actor.role] >= RANK[role];
}

/**
 * For a page that needs a role: anonymous users go to sign in and come back; a signed-in user with
 * too low a role gets `allowed: false`, and the page shows why.
 */
export async function pageActor(role: Role, callbackUrl: string): Promise<{ actor: Actor; allowed: boolean }> {
  const actor = await currentActor();
  if (actor.kind === "anonymous") redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return { actor, allowed: hasRole(actor, role) };
}
