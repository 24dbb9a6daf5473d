import "server-only";
import { Link } from "@/lib/i18n/navigation";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { currentActor } from "@/lib/server/auth";

/**
 * Who may see the rule admin pages: an anonymous visitor is sent to sign in and back; a signed-in
 * user below admin gets `false` and the page shows <AdminsOnly />. This only hides the pages: the
 * server action's `saveRule` checks the role itself, whoever calls it.
 */
export async function requireAdminPage(callbackUrl: string): Promise<boolean> {
  const actor = await currentActor();
  if (actor.kind === "anonymous") return await redirectInLocale(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return actor.kind === "operator" || actor.role === "ADMIN";
}

export function AdminsOnly() {
  return (
    <div className="narrow-page" data-testid="admins-only">
      <h1>Administrators only</h1>
      <p className="notice notice-error" role="alert">
        Jurisdiction rules can be viewed and changed here by administrators only. Your account does not have the administrator
        role. Ask an administrator if you think a rule should change.
      </p>
      <p>
        Anyone may read the rules as they apply: see the <Link href="/forums">forums</Link> or ask{" "}
        <Link href="/which-forum">Which forum?</Link>.
      </p>
    </div>
  );
}
