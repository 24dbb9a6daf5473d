/**
 * A readable field-by-field difference between two audit snapshots (plain JSON objects): only the
 * fields that changed, each value in words a reader can check against the record.
 */
import { formatPartialDate, parsePartialDate } from "./dates";
import { ASSESSMENT_LABELS } from "./annotation-input";
import { MILESTONE_STATUS_LABELS } from "./milestone-input";
import { CASE_STAGE_LABELS, CONDITION_KIND_LABELS, MILESTONE_FIELD_LABELS } from "./labels";

export type FieldChange = { field: string; label: string; before: string | null; after: string | null };

/** In the order a change is listed. */
const LABELS: Record<string, string> = {
  ...MILESTONE_FIELD_LABELS,
  deletedAt: "Deleted",
  slug: "Address (slug)",
  // Jurisdiction rules
  forum: "Forum",
  effect: "Effect",
  summary: "What the rule says",
  condition: "Condition",
  conditionKind: "Kind of condition",
  crimes: "Crimes",
  accusedKinds: "Kinds of accused",
  levels: "Levels of responsibility",
  modes: "Modes of liability",
  validFrom: "Valid from",
  validFromPrecision: "Valid from (precision)",
  validTo: "Valid until",
  validToPrecision: "Valid until (precision)",
  conductFrom: "Conduct reached from",
  conductFromPrecision: "Conduct reached from (precision)",
  conductTo: "Conduct reached until",
  conductToPrecision: "Conduct reached until (precision)",
  openedBy: "Opened by milestone",
  closedBy: "Closed by milestone",
  provision: "Provision",
  source: "Source",
  sourceLocator: "Passage of the source",
};

/**
 * Where an entity's snapshot names a field differently from a milestone's or a rule's, its own
 * words (a case's `summary` is not "What the rule says").
 */
const ENTITY_LABELS: Record<string, Record<string, string>> = {
  Case: {
    reference: "Case number",
    title: "Title",
    summary: "Summary",
    forum: "Forum",
    situation: "Situation",
    stage: "Stage",
    stageDate: "Stage reached on",
    inAbsentia: "In absentia",
    openedOn: "First recorded stage on",
    accused: "Accused",
    charges: "Charges",
    sources: "Sources",
    milestones: "Linked milestones",
    isSynthetic: "Demo data",
  },
  StageChange: { case: "Case", stage: "Stage", stageDate: "Date", inAbsentia: "In absentia", note: "Note", source: "Source", sourceLocator: "Passage of the source" },
  Accused: { name: "Name", nameUkrainian: "Name in Ukrainian", kind: "Kind of accused", rank: "Rank or office", level: "Level of responsibility", description: "Description", isSynthetic: "Demo data" },
  Annotation: { case: "Case", body: "Text", assessment: "Progress assessment", verified: "Verified" },
  // An account's own changes on /account: never the password itself, only that it changed.
  User: { password: "Password", sessionsEnded: "Sessions ended", thisSessionKept: "Kept the session that made the change" },
};

/** The kinds of record a snapshot names by slug, whose names the history shows instead. */
export type ReferenceKind = "forum" | "situation" | "track" | "type" | "instrument" | "crime" | "accusedKind" | "level" | "mode" | "provision" | "source" | "milestone" | "case";

/** Names by slug, per kind of record: what the server read for the slugs a history holds. */
export type ReferenceNames = Partial<Record<ReferenceKind, ReadonlyMap<string, string>>>;

/** The fields of each entity's snapshot that hold slugs (or lists of slugs), and of what. */
export const REFERENCE_FIELDS: Record<string, Record<string, ReferenceKind>> = {
  Milestone: { track: "track", type: "type", situation: "situation", forums: "forum", instruments: "instrument", cases: "case" },
  JurisdictionRule: { forum: "forum", situation: "situation", crimes: "crime", accusedKinds: "accusedKind", levels: "level", modes: "mode", provision: "provision", source: "source", openedBy: "milestone", closedBy: "milestone" },
  Case: { forum: "forum", situation: "situation", milestones: "milestone" },
  Accused: { kind: "accusedKind", level: "level" },
  StageChange: { case: "case", source: "source" },
  Annotation: { case: "case" },
};

/**
 * The slugs each kind of record is named by in some snapshots: what the server looks up once for a
 * whole history (or page of the audit trail).
 */
export function referencedSlugs(snapshots: readonly { entityType: string; values: readonly unknown[] }[]): Map<ReferenceKind, Set<string>> {
  const wanted = new Map<ReferenceKind, Set<string>>();
  for (const { entityType, values } of snapshots) {
    const fields = REFERENCE_FIELDS[entityType] ?? {};
    for (const value of values) {
      if (!value || typeof value !== "object") continue;
      for (const [field, kind] of Object.entries(fields)) {
        const v = (value as Record<string, unknown>)[field];
        for (const slug of Array.isArray(v) ? v : [v]) {
          if (typeof slug !== "string" || slug === "") continue;
          if (!wanted.has(kind)) wanted.set(kind, new Set());
          wanted.get(kind)!.add(slug);
        }
      }
    }
  }
  return wanted;
}

const DATE_FIELDS = new Set(["date", "stageDate", "openedOn"]);
const YES_NO_FIELDS = new Set(["inAbsentia", "isSynthetic", "verified", "thisSessionKept"]);

/** Fields the history shows elsewhere (the version) or that only restate another (precision is in the date). */
const SKIP = new Set(["version", "precision"]);

function show(field: string, value: unknown, reference?: ReadonlyMap<string, string>): string | null {
  if (value === null || value === undefined || value === "") return null;
  // A slug becomes the record's name ("Special Tribunal", not special-tribunal); one the server did
  // not find (a record since removed) stays as it was written.
  if (reference && (typeof value === "string" || (Array.isArray(value) && value.every((v) => typeof v === "string")))) {
    const slugs = Array.isArray(value) ? (value as string[]) : [value as string];
    return slugs.length === 0 ? null : slugs.map((slug) => reference.get(slug) ?? slug).join("; ");
  }
  if (DATE_FIELDS.has(field) && typeof value === "string") {
    const date = parsePartialDate(value);
    return date ? `${formatPartialDate(date)} (${date.precision.toLowerCase()} precision)` : value;
  }
  if (YES_NO_FIELDS.has(field) && typeof value === "boolean") return value ? "yes" : "no";
  if (field === "stage" && typeof value === "string") return CASE_STAGE_LABELS[value as keyof typeof CASE_STAGE_LABELS] ?? value;
  if (field === "conditionKind" && typeof value === "string") return CONDITION_KIND_LABELS[value as keyof typeof CONDITION_KIND_LABELS] ?? value;
  if (field === "assessment" && typeof value === "string") return ASSESSMENT_LABELS[value as keyof typeof ASSESSMENT_LABELS] ?? value;
  if (field === "status" && typeof value === "string") return MILESTONE_STATUS_LABELS[value as keyof typeof MILESTONE_STATUS_LABELS] ?? value;
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

/**
 * `entityType` is the audit event's ("Case", "Milestone"…): it picks the entity's own field names.
 * `names` turns the slugs the snapshots hold into the records' names.
 */
export function diffSnapshots(before: unknown, after: unknown, entityType?: string, names: ReferenceNames = {}): FieldChange[] {
  const b = (before && typeof before === "object" ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === "object" ? after : {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !SKIP.has(f));
  const labels = { ...LABELS, ...(entityType ? ENTITY_LABELS[entityType] : undefined) };
  const order = [...Object.keys(entityType ? (ENTITY_LABELS[entityType] ?? {}) : {}), ...Object.keys(LABELS)];
  fields.sort((x, y) => (order.indexOf(x) === -1 ? 99 : order.indexOf(x)) - (order.indexOf(y) === -1 ? 99 : order.indexOf(y)));
  return fields
    .map((field) => {
      const kind = entityType ? REFERENCE_FIELDS[entityType]?.[field] : undefined;
      const reference = kind ? names[kind] : undefined;
      return { field, label: labels[field] ?? field, before: show(field, b[field], reference), after: show(field, a[field], reference) };
    })
    .filter((c) => c.before !== c.after);
}
