import "server-only";
import type { ReactNode } from "react";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { isAdmin } from "@/lib/server/actor";
import { currentActor } from "@/lib/server/auth";

/**
 * Who may see an administrators' page (the rule admin, the translation editor): an anonymous
 * visitor is sent to sign in and back; a signed-in user below admin gets `false` and the page
 * shows <AdminsOnly />. This only hides the pages: the use case behind each server action checks
 * the role itself, whoever calls it.
 */
export async function requireAdminPage(callbackUrl: string): Promise<boolean> {
  const actor = await currentActor();
  if (actor.kind === "anonymous") return await redirectInLocale(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return isAdmin(actor);
}

/** What a signed-in user below admin reads instead: who may, and where to read what they may. */
export function AdminsOnly({ title, text, children }: { title: string; text: string; children: ReactNode }) {
  return (
    <div className="narrow-page" data-testid="admins-only">
      <h1>{title}</h1>
      <p className="notice notice-error" role="alert">
        {text}
      </p>
      <p>{children}</p>
    </div>
  );
}
