import "server-only";
import { currentActor } from "../auth";
import { db } from "../db";

/** The signed-in user's name and role for the page header; null when nobody is signed in. */
export async function currentUser(): Promise<{ name: string; role: string } | null> {
  const actor = await currentActor();
  if (actor.kind !== "user") return null;
  return db.user.findUnique({ where: { id: actor.id }, select: { name: true, role: true } });
}
