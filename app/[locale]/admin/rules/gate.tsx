import "server-only";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { AdminsOnly as AdminsOnlyPage } from "../../admins-only";

export { requireAdminPage } from "../../admins-only";

/** The rule admin's refusal: the rules stay readable on the forums' and "Which forum?" pages. */
export async function AdminsOnly() {
  const t = await getTranslations("Admin");
  return (
    <AdminsOnlyPage title={t("adminsOnly")} text={t("adminsOnlyText")}>
      {t.rich("readRules", {
        forums: (chunks) => <Link href="/forums">{chunks}</Link>,
        whichForum: (chunks) => <Link href="/which-forum">{chunks}</Link>,
      })}
    </AdminsOnlyPage>
  );
}
