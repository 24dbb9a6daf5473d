/** Record timestamps (when something was stored or changed), shown in UTC so every reader sees the same time. */

/** "22 Nov 2026, 04:31 UTC" — to the minute, for lists. */
export function formatUtcMinute(iso: string): string {
  const d = new Date(iso);
  const month = d.toLocaleString("en-GB", { month: "short", timeZone: "UTC" });
  const hh = String(d.getUTCHours()).padStart(2, "0");
  const mm = String(d.getUTCMinutes()).padStart(2, "0");
  return `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}, ${hh}:${mm} UTC`;
}

/** "2026-11-22 04:31:05.123 UTC" — precise, for the audit trail. */
export function formatUtcPrecise(iso: string): string {
  return `${new Date(iso).toISOString().replace("T", " ").replace("Z", "")} UTC`;
}

/** "2026-11-22 04:31 UTC" — to the minute, in date order, for histories. */
export function formatUtcDayMinute(at: Date): string {
  return `${at.toISOString().slice(0, 10)} ${at.toISOString().slice(11, 16)} UTC`;
}
