import "server-only";
import { getTranslations } from "next-intl/server";
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

export async function AdminsOnly() {
  const t = await getTranslations("Admin");
  return (
    <div className="narrow-page" data-testid="admins-only">
      <h1>{t("adminsOnly")}</h1>
      <p className="notice notice-error" role="alert">
        {t("adminsOnlyText")}
      </p>
      <p>
        {t.rich("readRules", {
          forums: (chunks) => <Link href="/forums">{chunks}</Link>,
          whichForum: (chunks) => <Link href="/which-forum">{chunks}</Link>,
        })}
      </p>
    </div>
  );
}
