import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/** The 403 of a page: who may do this, and that reading stays open. `what` and `back.label` come in the page's language. */
export function NotAllowed({ what, role, back }: { what: string; role: "analyst" | "admin"; back: { href: string; label: string } }) {
  const t = useTranslations("Shared.notAllowed");
  return (
    <div className="notice notice-error" role="alert">
      <h2>{t("title", { what })}</h2>
      <p>{t("text", { role })}</p>
      <p>
        <Link href={back.href}>{back.label}</Link>
      </p>
    </div>
  );
}
