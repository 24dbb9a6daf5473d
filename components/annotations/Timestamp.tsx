import { formatUtcMinute } from "@/lib/core/timestamps";

/** A stored moment, to the minute in UTC, so every reader sees the same time. */
export function Timestamp({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatUtcMinute(iso)}</time>;
}
