/**
 * A readable field-by-field difference between two audit snapshots (plain JSON objects): only the
 * fields that changed, each value in words a reader can check against the record.
 */
import { formatPartialDate, parsePartialDate } from "./dates";

export type FieldChange = { field: string; label: string; before: string | null; after: string | null };

const LABELS: Record<string, string> = {
  title: "Title",
  description: "What happened",
  whatChanged: "What it changed",
  date: "Date",
  track: "Track",
  type: "Type",
  situation: "Situation",
  forums: "Forums",
  instruments: "Instruments",
  cases: "Cases",
  rules: "Related rules",
  sources: "Sources",
  opens: "Rules it opens",
  closes: "Rules it closes",
  deletedAt: "Deleted",
  slug: "Address (slug)",
  // Jurisdiction rules
  forum: "Forum",
  effect: "Effect",
  summary: "What the rule says",
  condition: "Condition",
  crimes: "Crimes",
  accusedKinds: "Kinds of accused",
  levels: "Levels of responsibility",
  modes: "Modes of liability",
  validFrom: "Valid from",
  validFromPrecision: "Valid from (precision)",
  validTo: "Valid until",
  validToPrecision: "Valid until (precision)",
  openedBy: "Opened by milestone",
  closedBy: "Closed by milestone",
  provision: "Provision",
  source: "Source",
  sourceLocator: "Passage of the source",
};

/** Fields the history shows elsewhere (the version) or that only restate another (precision is in the date). */
const SKIP = new Set(["version", "precision"]);

function show(field: string, value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (field === "date" && typeof value === "string") {
    const date = parsePartialDate(value);
    return date ? `${formatPartialDate(date)} (${date.precision.toLowerCase()} precision)` : value;
  }
  if (field === "deletedAt" && typeof value === "string") return `yes, at ${value.replace("T", " ").slice(0, 16)} UTC`;
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    return value
      .map((item) => {
        if (item && typeof item === "object") {
          const s = item as { title?: string; source?: string; url?: string | null; locator?: string | null };
          return [s.title ?? s.source, s.url ? `<${s.url}>` : null, s.locator ? `passage: “${s.locator}”` : null].filter(Boolean).join(", ");
        }
        return String(item);
      })
      .join("; ");
  }
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

export function diffSnapshots(before: unknown, after: unknown): FieldChange[] {
  const b = (before && typeof before === "object" ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === "object" ? after : {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !SKIP.has(f));
  const order = Object.keys(LABELS);
  fields.sort((x, y) => (order.indexOf(x) === -1 ? 99 : order.indexOf(x)) - (order.indexOf(y) === -1 ? 99 : order.indexOf(y)));
  return fields
    .map((field) => ({ field, label: LABELS[field] ?? field, before: show(field, b[field]), after: show(field, a[field]) }))
    .filter((c) => c.before !== c.after);
}
