import { formatMinute } from "@/lib/core/timestamps";

/** A stored moment, to the minute, in the reader's time zone with its offset. */
export function Timestamp({ iso, zone }: { iso: string; zone: string }) {
  return <time dateTime={iso}>{formatMinute(iso, zone)}</time>;
}
