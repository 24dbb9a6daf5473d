import "server-only";
import { isAdmin, type Actor } from "../actor";
import { AppError } from "../errors";

/** Who may change a note: its author, or an administrator correcting it; and a note is signed by a user. */

/** Who reads the notes (docs/decisions/010-annotations.md): every signed-in user, of any role; an anonymous visitor only counts them. */
export function mayReadNotes(actor: Actor): actor is Exclude<Actor, { kind: "anonymous" }> {
  return actor.kind !== "anonymous";
}

/** The author changes their own note; an administrator may correct or delete anyone's. */
export function mayChange(actor: Actor, authorId: string): boolean {
  return isAdmin(actor) || (actor.kind === "user" && actor.id === authorId);
}

export function refuseChange(what: "edit" | "delete", authorName: string): never {
  throw new AppError("FORBIDDEN", `Only the note's author (${authorName}) or an administrator may ${what} this note.`);
}

/** A note is signed by a user account: every version records who saved it. */
export function requireUser(actor: Actor, what: string): Extract<Actor, { kind: "user" }> {
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", `${what} needs a signed-in user: every version of a note records who saved it.`);
  return actor;
}
