import { useTranslations } from "next-intl";

/**
 * Marks a milestone that has not happened: scheduled, announced or pending on its date. In words,
 * not only in colour, and read out as such.
 */
export function ExpectedBadge() {
  const t = useTranslations("Milestones");
  return (
    <span className="tag tag-expected" title={t("expectedTitle")}>
      {t("expected")}
    </span>
  );
}
