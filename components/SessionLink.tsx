import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

const ROLE_LABELS = { VIEWER: "roleViewer", ANALYST: "roleAnalyst", ADMIN: "roleAdmin" } as const;

/** Who is signed in, or a way to sign in. Presentational: the layout decides who the user is. */
export function SessionLink({ user }: { user: { name: string; role: string } | null }) {
  const t = useTranslations("Session");
  if (!user) {
    return (
      <Link href="/sign-in" className="session-link">
        {t("signIn")}
      </Link>
    );
  }
  return (
    <span className="session-link">
      <Link href="/updates">{t("updates")}</Link>
      <Link href="/account" className="session-user" title={t("accountTitle")}>
        {user.name} <span className="session-role">({user.role in ROLE_LABELS ? t(ROLE_LABELS[user.role as keyof typeof ROLE_LABELS]) : user.role.toLowerCase()})</span>
      </Link>
      <Link href="/sign-out">{t("signOut")}</Link>
    </span>
  );
}
