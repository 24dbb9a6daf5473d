import { useTranslations } from "next-intl";

/** Marks a record that is demo data, not a fact; every such record must say so where it is shown. */
export function DemoBadge() {
  const t = useTranslations("Demo");
  return (
    <span className="badge badge-demo" title={t("title")}>
      {t("badge")}
    </span>
  );
}
