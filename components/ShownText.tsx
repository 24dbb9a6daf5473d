/**
 * Reference data in the page's language (docs/decisions/039-reference-data-in-two-languages.md). A
 * text whose translation is missing is shown in the language it is recorded in, with that language
 * as its `lang` (so screen readers and hyphenation read it right) and a note in the page's language
 * («англійською»). Where it is shown as plain words (an option, a title), the note goes in brackets.
 */
import { useTranslations } from "next-intl";
import { plainShown, SEED_TRANSLATOR, type ShownText as ShownTextValue } from "@/lib/core/translations";
import { PartialDate } from "./PartialDate";

export function ShownText({ value, format = (text) => text }: { value: ShownTextValue; format?: (text: string) => string }) {
  const t = useTranslations("Reference");
  if (!value.missing) return <>{format(value.text)}</>;
  return (
    <>
      <span lang={value.lang}>{format(value.text)}</span> <span className="lang-note">({t("inLanguage", { language: value.lang })})</span>
    </>
  );
}

/** The words of a shown text for an attribute or an option: "Direct commission (англійською)". */
export function useShownWords(): (value: ShownTextValue) => string {
  const t = useTranslations("Reference");
  return (value) => plainShown(value, t("inLanguage", { language: value.lang }));
}

/**
 * Where a text in the page's language comes from, under it: the official text's source, or who
 * translated it and when, or that it is not translated yet. Nothing for a recorded text.
 */
export function TextOrigin({ value, what }: { value: ShownTextValue; what: string }) {
  const t = useTranslations("Reference");
  if (value.state === "RECORDED") return null;
  let origin: React.ReactNode;
  if (value.state === "OFFICIAL" && value.source) {
    const source = value.source;
    origin = t.rich("official", {
      title: [source.title, value.sourceLocator].filter(Boolean).join(", "),
      source: (chunks) => (source.url ? <a href={source.url}>{chunks}</a> : <cite>{chunks}</cite>),
    });
  } else if (value.state === "TRANSLATED" && value.translatedBy) {
    const by = value.translatedBy === SEED_TRANSLATOR ? t("trackerTeam") : value.translatedBy;
    const on = value.translatedOn;
    origin = t.rich("translated", { by, date: () => (on ? <PartialDate value={{ date: on, precision: "DAY" }} /> : null) });
  } else {
    origin = t("missing", { language: value.lang });
  }
  return (
    <p className="muted small text-origin">
      {what}: {origin}
    </p>
  );
}
