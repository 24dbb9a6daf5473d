import { formatPartialDate, isoPartial, type PartialDate as PartialDateValue } from "@/lib/core/dates";

/**
 * A legal date at the precision its source gives: "25 October 2024", "October 2024" or "1994".
 * The machine-readable form keeps the same precision (`2024-10`), never inventing a day.
 */
export function PartialDate({ value }: { value: PartialDateValue }) {
  return <time dateTime={isoPartial(value)}>{formatPartialDate(value)}</time>;
}

/** A short note when a date is less precise than a day, so a reader does not assume one. */
export function PrecisionNote({ value }: { value: PartialDateValue }) {
  if (value.precision === "DAY") return null;
  return (
    <span className="precision-note">
      {value.precision === "MONTH" ? "(the source gives the month, not the day)" : "(the source gives the year only)"}
    </span>
  );
}
