/**
 * A readable field-by-field difference between two audit snapshots (plain JSON objects): only the
 * fields that changed, each value in words a reader can check against the record.
 */
import { formatPartialDate, parsePartialDate } from "./dates";
import { assessmentLabels } from "./annotation-input";
import { milestoneStatusLabels } from "./milestone-input";
import { labelsIn, MILESTONE_FIELD_LABELS, type Labels } from "./labels";
import type { Locale } from "./locales";

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

/** The same labels in Ukrainian, field by field (a missing one falls back to the English). */
const UK_LABELS: Record<string, string> = {
  ...labelsIn("uk").milestoneField,
  deletedAt: "Видалено",
  slug: "Адреса (slug)",
  forum: "Форум",
  effect: "Дія правила",
  summary: "Що каже правило",
  condition: "Умова",
  conditionKind: "Вид умови",
  crimes: "Злочини",
  accusedKinds: "Категорії обвинувачених",
  levels: "Рівні відповідальності",
  modes: "Форми участі",
  validFrom: "Чинне з",
  validFromPrecision: "Чинне з (точність)",
  validTo: "Чинне до",
  validToPrecision: "Чинне до (точність)",
  conductFrom: "Охоплює діяння з",
  conductFromPrecision: "Охоплює діяння з (точність)",
  conductTo: "Охоплює діяння до",
  conductToPrecision: "Охоплює діяння до (точність)",
  openedBy: "Відкрито подією",
  closedBy: "Закрито подією",
  provision: "Положення",
  source: "Джерело",
  sourceLocator: "Уривок джерела",
};

const UK_ENTITY_LABELS: Record<string, Record<string, string>> = {
  Case: {
    reference: "Номер справи",
    title: "Назва",
    summary: "Стислий виклад",
    forum: "Форум",
    situation: "Ситуація",
    stage: "Стадія",
    stageDate: "Дата досягнення стадії",
    inAbsentia: "Заочно",
    openedOn: "Перша записана стадія",
    accused: "Обвинувачені",
    charges: "Обвинувачення",
    sources: "Джерела",
    milestones: "Пов’язані події",
    isSynthetic: "Демонстраційні дані",
  },
  StageChange: { case: "Справа", stage: "Стадія", stageDate: "Дата", inAbsentia: "Заочно", note: "Нотатка", source: "Джерело", sourceLocator: "Уривок джерела" },
  Accused: { name: "Ім’я", nameUkrainian: "Ім’я українською", kind: "Категорія обвинуваченого", rank: "Звання або посада", level: "Рівень відповідальності", description: "Опис", isSynthetic: "Демонстраційні дані" },
  Annotation: { case: "Справа", body: "Текст", assessment: "Оцінка ходу справи", verified: "Перевірено" },
  User: { password: "Пароль", sessionsEnded: "Завершені сеанси", thisSessionKept: "Сеанс, з якого внесено зміну, збережено" },
};

/** The values' own words: "yes", a date's precision, a passage. */
const VALUE_WORDS: Record<Locale, { yes: string; no: string; precision: Record<string, string>; deletedAt: (at: string) => string; passage: (text: string) => string }> = {
  en: {
    yes: "yes",
    no: "no",
    precision: { DAY: "day precision", MONTH: "month precision", YEAR: "year precision" },
    deletedAt: (at) => `yes, at ${at} UTC`,
    passage: (text) => `passage: “${text}”`,
  },
  uk: {
    yes: "так",
    no: "ні",
    precision: { DAY: "з точністю до дня", MONTH: "з точністю до місяця", YEAR: "з точністю до року" },
    deletedAt: (at) => `так, ${at} UTC`,
    passage: (text) => `уривок: «${text}»`,
  },
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

function show(field: string, value: unknown, reference?: ReadonlyMap<string, string>, locale: Locale = "en"): string | null {
  const words = VALUE_WORDS[locale];
  const labels = labelsIn(locale);
  if (value === null || value === undefined || value === "") return null;
  // A slug becomes the record's name ("Special Tribunal", not special-tribunal); one the server did
  // not find (a record since removed) stays as it was written.
  if (reference && (typeof value === "string" || (Array.isArray(value) && value.every((v) => typeof v === "string")))) {
    const slugs = Array.isArray(value) ? (value as string[]) : [value as string];
    return slugs.length === 0 ? null : slugs.map((slug) => reference.get(slug) ?? slug).join("; ");
  }
  if (DATE_FIELDS.has(field) && typeof value === "string") {
    const date = parsePartialDate(value);
    return date ? `${formatPartialDate(date, locale)} (${words.precision[date.precision]})` : value;
  }
  if (YES_NO_FIELDS.has(field) && typeof value === "boolean") return value ? words.yes : words.no;
  if (field === "stage" && typeof value === "string") return labels.caseStage[value as keyof Labels["caseStage"]] ?? value;
  if (field === "conditionKind" && typeof value === "string") return labels.conditionKind[value as keyof Labels["conditionKind"]] ?? value;
  if (field === "assessment" && typeof value === "string") return assessmentLabels(locale)[value as keyof ReturnType<typeof assessmentLabels>] ?? value;
  if (field === "status" && typeof value === "string") return milestoneStatusLabels(locale)[value as keyof ReturnType<typeof milestoneStatusLabels>] ?? value;
  if (field === "deletedAt" && typeof value === "string") return words.deletedAt(value.replace("T", " ").slice(0, 16));
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    return value
      .map((item) => {
        if (item && typeof item === "object") {
          const s = item as { title?: string; source?: string; url?: string | null; locator?: string | null };
          return [s.title ?? s.source, s.url ? `<${s.url}>` : null, s.locator ? words.passage(s.locator) : null].filter(Boolean).join(", ");
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
 * `names` turns the slugs the snapshots hold into the records' names. `locale`: the labels' and
 * the values' words (the records' own names and texts stay as recorded).
 */
export function diffSnapshots(before: unknown, after: unknown, entityType?: string, names: ReferenceNames = {}, locale: Locale = "en"): FieldChange[] {
  const b = (before && typeof before === "object" ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === "object" ? after : {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !SKIP.has(f));
  const labels =
    locale === "uk"
      ? { ...LABELS, ...(entityType ? ENTITY_LABELS[entityType] : undefined), ...UK_LABELS, ...(entityType ? UK_ENTITY_LABELS[entityType] : undefined) }
      : { ...LABELS, ...(entityType ? ENTITY_LABELS[entityType] : undefined) };
  const order = [...Object.keys(entityType ? (ENTITY_LABELS[entityType] ?? {}) : {}), ...Object.keys(LABELS)];
  fields.sort((x, y) => (order.indexOf(x) === -1 ? 99 : order.indexOf(x)) - (order.indexOf(y) === -1 ? 99 : order.indexOf(y)));
  return fields
    .map((field) => {
      const kind = entityType ? REFERENCE_FIELDS[entityType]?.[field] : undefined;
      const reference = kind ? names[kind] : undefined;
      return { field, label: labels[field] ?? field, before: show(field, b[field], reference, locale), after: show(field, a[field], reference, locale) };
    })
    .filter((c) => c.before !== c.after);
}
