/**
 * What the list exports hold: one record per case (or milestone), the same in CSV and JSON, and the
 * columns of the CSV, each with its header and what it means. Pure: the server builds the records
 * (lib/server/export/*), this file says how they are written.
 *
 * JSON keeps structure and identifiers (slugs, arrays, booleans, ISO partial dates); CSV is for
 * reading in a spreadsheet, so it uses names, "yes"/"no", and joins several values with "; ".
 * Notes (annotations) are never exported here: these are public lists.
 *
 * Dates are ISO partial dates: "2024-10-25" (to the day), "2024-10" (the month), "2024" (the year):
 * exactly as precise as the source gives them, never padded to a day that is not known.
 */
import { LOCALES } from "./locales";
import type { MilestoneTextField } from "./milestone-input";
import type { TranslationTexts } from "./written-in";
import { stageSlug } from "./case-list-query";
import { CASE_STAGE_LABELS } from "./labels";
import type { CaseStage } from "./views";

export type Named = { slug: string; name: string };

/** One case as exported (JSON), from lib/server/export/case-export.ts. */
export type CaseExportRecord = {
  slug: string;
  /** The forum's own case number; null where none is public. */
  reference: string | null;
  title: string;
  forum: Named;
  situation: Named;
  /** The stage's URL value (`warrant-or-notice-of-suspicion`), as the list's `stage` filter takes it. */
  stage: string;
  stageLabel: string;
  /** When the current stage was reached, as an ISO partial date. */
  stageDate: string;
  inAbsentia: boolean;
  /** The first recorded stage's date, as an ISO partial date. */
  openedOn: string;
  accused: { slug: string; name: string; nameInUkrainian: string | null }[];
  crimes: Named[];
  modesOfLiability: Named[];
  /** The provisions as the charges cite them, each once. */
  provisionsCited: string[];
  isSynthetic: boolean;
  url: string;
  /** The language title is written in, and the title in the others (decision 042): { "uk": { "title": … } }. */
  lang: string;
  translations: Partial<Record<string, { title?: string | null }>>;
};

/** One milestone as exported (JSON), from lib/server/export/milestone-export.ts. */
export type MilestoneExportRecord = {
  slug: string;
  /** ISO partial date. */
  date: string;
  precision: "DAY" | "MONTH" | "YEAR";
  /** HAPPENED, or EXPECTED on that date. */
  status: "HAPPENED" | "EXPECTED";
  title: string;
  /** The language its title and what it changed are written in, and those texts in the others (decision 042). */
  lang: string;
  translations: TranslationTexts<MilestoneTextField>;
  track: Named;
  type: Named;
  forums: Named[];
  situation: Named | null;
  whatChanged: string | null;
  sources: { title: string; url: string | null; locator: string | null }[];
  isSynthetic: boolean;
  url: string;
};

/** The languages' English names, for the export's headers. */
const LOCALE_NAMES_EN: Record<(typeof LOCALES)[number], string> = { uk: "Ukrainian", en: "English" };

export type ExportColumn<R> = { header: string; description: string; value: (record: R) => string };

const yesNo = (value: boolean) => (value ? "yes" : "no");
const names = (items: readonly { name: string }[]) => items.map((i) => i.name).join("; ");
/** Placeholder that keeps the Ukrainian names in step with the English ones in their column. */
export const NO_UKRAINIAN_NAME = "—";

const titleIn = (r: CaseExportRecord, locale: string) => (r.lang === locale ? r.title : (r.translations[locale]?.title ?? ""));

export const CASE_EXPORT_COLUMNS: readonly ExportColumn<CaseExportRecord>[] = [
  { header: "Slug", description: "The case's identifier in the tracker's addresses (/cases/<slug>).", value: (r) => r.slug },
  { header: "Case number", description: "The forum's own public case number; empty where none is public (never invented).", value: (r) => r.reference ?? "" },
  { header: "Title", description: "The case's title.", value: (r) => r.title },
  { header: "Forum", description: "The court or system the case is before.", value: (r) => r.forum.name },
  { header: "Situation", description: "The situation the case belongs to.", value: (r) => r.situation.name },
  { header: "Stage", description: "The stage the case has reached.", value: (r) => r.stageLabel },
  { header: "Stage date", description: "When that stage was reached: YYYY-MM-DD, YYYY-MM or YYYY, as precise as the source.", value: (r) => r.stageDate },
  { header: "In absentia", description: "yes when the proceedings are in the accused's absence.", value: (r) => yesNo(r.inAbsentia) },
  { header: "Opened on", description: "The date of the first recorded stage (ISO partial date).", value: (r) => r.openedOn },
  { header: "Accused", description: "The accused, by English name, separated by \"; \".", value: (r) => names(r.accused) },
  {
    header: "Accused, name in Ukrainian",
    description: `The same accused in the same order, by name in Ukrainian; "${NO_UKRAINIAN_NAME}" where none is recorded.`,
    value: (r) => r.accused.map((a) => a.nameInUkrainian ?? NO_UKRAINIAN_NAME).join("; "),
  },
  { header: "Crimes", description: "The crime categories charged, separated by \"; \".", value: (r) => names(r.crimes) },
  { header: "Modes of liability", description: "The modes of liability charged, separated by \"; \".", value: (r) => names(r.modesOfLiability) },
  { header: "Provisions cited", description: "The provisions as the charges cite them, separated by \"; \".", value: (r) => r.provisionsCited.join("; ") },
  { header: "Synthetic (demo data)", description: "yes for demonstration records, which are not facts.", value: (r) => yesNo(r.isSynthetic) },
  { header: "URL", description: "The case's page in the tracker.", value: (r) => r.url },
  { header: "Written in", description: "The language the title is written in: uk (Ukrainian) or en (English).", value: (r) => r.lang },
  { header: "Title in Ukrainian", description: "The title in Ukrainian: as written, or its translation; empty where there is none.", value: (r) => titleIn(r, "uk") },
  { header: "Title in English", description: "The title in English: as written, or its translation; empty where there is none.", value: (r) => titleIn(r, "en") },
];

const sourceText = (s: MilestoneExportRecord["sources"][number]) =>
  [s.title, s.url ? `<${s.url}>` : null, s.locator].filter((part): part is string => part !== null && part !== "").join(" ");

export const MILESTONE_EXPORT_COLUMNS: readonly ExportColumn<MilestoneExportRecord>[] = [
  { header: "Slug", description: "The milestone's identifier in the tracker's addresses (/milestones/<slug>).", value: (r) => r.slug },
  { header: "Date", description: "When it happened: YYYY-MM-DD, YYYY-MM or YYYY, as precise as the source.", value: (r) => r.date },
  { header: "Precision", description: "DAY, MONTH or YEAR: how precisely the date is known.", value: (r) => r.precision },
  { header: "Status", description: "HAPPENED, or EXPECTED on that date (scheduled, announced, pending).", value: (r) => r.status },
  { header: "Title", description: "The milestone's title.", value: (r) => r.title },
  { header: "Language", description: "The language its title and what it changed are written in: en or uk.", value: (r) => r.lang },
  ...LOCALES.flatMap((l): ExportColumn<MilestoneExportRecord>[] => [
    { header: `Title in ${LOCALE_NAMES_EN[l]}`, description: `The title in ${LOCALE_NAMES_EN[l]}, for a milestone written in another language; empty when there is none.`, value: (r) => (r.lang === l ? "" : (r.translations[l]?.title ?? "")) },
    { header: `What changed, in ${LOCALE_NAMES_EN[l]}`, description: `What it changed, in ${LOCALE_NAMES_EN[l]}, for a milestone written in another language; empty when there is none.`, value: (r) => (r.lang === l ? "" : (r.translations[l]?.whatChanged ?? "")) },
  ]),
  { header: "Track", description: "Accountability, security guarantees or sanctions.", value: (r) => r.track.name },
  { header: "Type", description: "The kind of event.", value: (r) => r.type.name },
  { header: "Forums", description: "The forums it concerns, separated by \"; \".", value: (r) => names(r.forums) },
  { header: "Situation", description: "The situation it concerns; empty for none.", value: (r) => r.situation?.name ?? "" },
  { header: "What changed", description: "What it changed in the architecture, in words.", value: (r) => r.whatChanged ?? "" },
  { header: "Sources", description: "Each source as: title <url> locator, separated by \"; \".", value: (r) => r.sources.map(sourceText).join("; ") },
  { header: "Synthetic (demo data)", description: "yes for demonstration records, which are not facts.", value: (r) => yesNo(r.isSynthetic) },
  { header: "URL", description: "The milestone's page in the tracker.", value: (r) => r.url },
];

export const csvHeader = <R>(columns: readonly ExportColumn<R>[]): string[] => columns.map((c) => c.header);
export const csvValues = <R>(columns: readonly ExportColumn<R>[], record: R): string[] => columns.map((c) => c.value(record));

/** `cases-2025-06-01.csv`: what the list is and the day it was taken. */
export function exportFilename(list: "cases" | "milestones", today: string, format: "csv" | "json"): string {
  return `${list}-${today}.${format}`;
}

/** The stage's URL value and its label, from the stored stage. */
export function stageFields(stage: CaseStage): { stage: string; stageLabel: string } {
  return { stage: stageSlug(stage), stageLabel: CASE_STAGE_LABELS[stage] };
}
