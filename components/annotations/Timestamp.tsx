import { useLocale } from "next-intl";
import { formatMinute } from "@/lib/core/timestamps";

/** A stored moment, to the minute, in the reader's time zone with its offset, in the page's language. */
export function Timestamp({ iso, zone }: { iso: string; zone: string }) {
  return <time dateTime={iso}>{formatMinute(iso, zone, useLocale())}</time>;
}
