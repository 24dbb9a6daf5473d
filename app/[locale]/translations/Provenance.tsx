import { getTranslations } from "next-intl/server";
import { PartialDate } from "@/components/PartialDate";
import { SEED_TRANSLATOR } from "@/lib/core/translations";
import type { TranslationRecord } from "@/lib/server/translations/translation-record";

/** Where a stored translation comes from: its source, its translator and day, or why it is missing. */
export async function Provenance({ t: translation }: { t: TranslationRecord }) {
  const [t, tr] = await Promise.all([getTranslations("Translations"), getTranslations("Reference")]);
  const { state, source } = translation;
  return (
    <>
      {state === "OFFICIAL" && source ? (
        <p className="small">
          {t.rich("officialFrom", {
            title: [source.title, translation.sourceLocator].filter(Boolean).join(", "),
            source: (chunks) => (source.url ? <a href={source.url}>{chunks}</a> : <cite>{chunks}</cite>),
          })}
        </p>
      ) : null}
      {state === "TRANSLATED" ? (
        <p className="small">
          {t.rich("translatedBy", {
            by: translation.translatedBy === SEED_TRANSLATOR ? tr("trackerTeam") : (translation.translatedBy ?? "—"),
            date: () => (translation.translatedOn ? <PartialDate value={{ date: translation.translatedOn, precision: "DAY" }} /> : null),
          })}
        </p>
      ) : null}
      {state === "MISSING" && !translation.stored ? <p className="small muted">{t("neverTranslated")}</p> : null}
      {translation.note ? <p className="small">{state === "MISSING" ? t("missingWhy", { note: translation.note }) : t("note", { note: translation.note })}</p> : null}
    </>
  );
}
