import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/** Where the page sits: "Home › Forums › International Criminal Court". Callers pass the steps' labels in the page's language. */
export function Breadcrumbs({ trail }: { trail: { href?: string; label: string }[] }) {
  const t = useTranslations("Shared.breadcrumbs");
  return (
    <nav aria-label={t("label")} className="breadcrumbs">
      <ol>
        <li>
          <Link href="/">{t("home")}</Link>
        </li>
        {trail.map((step) => (
          <li key={step.label}>
            {step.href ? <Link href={step.href}>{step.label}</Link> : <span aria-current="page">{step.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
