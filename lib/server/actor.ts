/**
 * Who is acting. Use cases take an actor and check it themselves, so every entry point (page,
 * server action, API, CLI) gets the same authorisation.
 */
import { DEFAULT_TIME_ZONE } from "@/lib/core/timestamps";
import { AppError } from "./errors";

export type Role = "VIEWER" | "ANALYST" | "ADMIN";

export type Actor =
  // timeZone: the zone the user reads times in (set on /account); absent where it was not read.
  | { kind: "user"; id: string; role: Role; timeZone?: string }
  // Someone with shell access to the server, running an npm script: an administrator by definition.
  | { kind: "operator"; name: string }
  | { kind: "anonymous" };

const RANK: Record<Role, number> = { VIEWER: 0, ANALYST: 1, ADMIN: 2 };

/** Whether the actor has `role` or a higher one: for showing or hiding write links (the use cases check again regardless). */
export function hasRole(actor: Actor, role: Role): boolean {
  if (actor.kind === "operator") return true;
  return actor.kind === "user" && RANK[actor.role] >= RANK[role];
}

/** An administrator: a user with the admin role, or the operator. */
export const isAdmin = (actor: Actor): boolean => hasRole(actor, "ADMIN");

/** Throws 401 for an anonymous actor and 403 for a role below `role`. */
export function requireRole(actor: Actor, role: Role): void {
  if (actor.kind === "operator") return;
  if (actor.kind === "anonymous") throw new AppError("UNAUTHENTICATED", "Sign in to do this.");
  if (RANK[actor.role] < RANK[role]) {
    throw new AppError("FORBIDDEN", `This needs the ${role.toLowerCase()} role; you are signed in as ${actor.role.toLowerCase()}.`);
  }
}

/** The time zone the actor reads times in: their own, else Kyiv's (lib/core/timestamps.ts). */
export const timeZoneOf = (actor: Actor): string => (actor.kind === "user" && actor.timeZone) || DEFAULT_TIME_ZONE;

/** The user to record in the audit trail (null for the operator). */
export function auditActorId(actor: Actor): string | null {
  return actor.kind === "user" ? actor.id : null;
}

export function auditNote(actor: Actor): string | undefined {
  return actor.kind === "operator" ? `operator: ${actor.name}` : undefined;
}
