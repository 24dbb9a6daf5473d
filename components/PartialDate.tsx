import { useLocale, useTranslations } from "next-intl";
import { formatPartialDate, isoPartial, type PartialDate as PartialDateValue } from "@/lib/core/dates";

/**
 * A legal date at the precision its source gives: "25 October 2024", "October 2024" or "1994"
 * ("25 жовтня 2024 р.", "жовтень 2024 р."). The machine-readable form keeps the same precision
 * (`2024-10`), never inventing a day.
 */
export function PartialDate({ value }: { value: PartialDateValue }) {
  return <time dateTime={isoPartial(value)}>{formatPartialDate(value, useLocale())}</time>;
}

/** A short note when a date is less precise than a day, so a reader does not assume one. */
export function PrecisionNote({ value }: { value: PartialDateValue }) {
  const t = useTranslations("Dates");
  if (value.precision === "DAY") return null;
  return <span className="precision-note">{value.precision === "MONTH" ? t("monthOnly") : t("yearOnly")}</span>;
}
