import { useLocale, useTranslations } from "next-intl";
import { otherLanguageAmong } from "@/lib/core/translations";

/**
 * Under a section, that the short texts recorded with a case (an accused's rank and description,
 * the charges' provisions as cited, the stages' notes) are shown as recorded, in the other
 * language: they carry no translations. Nothing when all of them are in the page's language.
 */
export function AsRecorded({ what, texts }: { what: "accused" | "charges" | "stages"; texts: readonly (string | null | undefined)[] }) {
  const t = useTranslations("Case");
  const language = otherLanguageAmong(texts, useLocale());
  return language ? <p className="muted small text-origin">{t("asRecorded", { what, language })}</p> : null;
}
