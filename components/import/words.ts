/**
 * The import page's words that depend on a value: outcomes, durations, the kinds of file, the
 * columns' descriptions. Each takes the page's `t` (the Import messages), so the pure helpers in
 * ./import-client.ts keep their English for the downloadable report and the tests.
 */
import type { useTranslations } from "next-intl";
import type { ImportColumn } from "@/lib/core/import/columns";
import type { ImportKind, RowOutcome } from "@/lib/core/import/types";

export type ImportWords = ReturnType<typeof useTranslations<"Import">>;

/** An outcome in words; until something is written, a "created" record does not exist yet. */
export function outcomeWords(t: ImportWords, outcome: RowOutcome, written: boolean): string {
  switch (outcome) {
    case "created":
      return written ? t("outcomeCreated") : t("outcomeWouldBeCreated");
    case "updated":
      return written ? t("outcomeUpdated") : t("outcomeWouldBeUpdated");
    case "unchanged":
      return t("outcomeUnchanged");
    case "rejected":
      return t("outcomeRejected");
  }
}

/** "under a second", "45 s", "1 min 20 s", "2 h 5 min" ("45 с", "1 хв 20 с", "2 год 5 хв"). */
export function durationWords(t: ImportWords, ms: number): string {
  if (ms < 1000) return t("underASecond");
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return t("durationS", { s: seconds });
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes < 60) return rest ? t("durationMinS", { min: minutes, s: rest }) : t("durationMin", { min: minutes });
  const hours = Math.floor(minutes / 60);
  return minutes % 60 ? t("durationHMin", { h: hours, min: minutes % 60 }) : t("durationH", { h: hours });
}

const KIND_LABELS = { cases: "kindCases", milestones: "kindMilestones", sources: "kindSources" } as const;
const KIND_WORDS = { cases: "kindWordCases", milestones: "kindWordMilestones", sources: "kindWordSources" } as const;

/** "Cases (with accused and charges)": a kind as the choice of what a file holds names it. */
export const kindLabel = (t: ImportWords, kind: ImportKind): string => t(KIND_LABELS[kind]);

/** "cases": a kind in a sentence. */
export const kindWord = (t: ImportWords, kind: ImportKind): string => t(KIND_WORDS[kind]);

/** A column's message key: accused_name → accusedName (the column's own name stays as it is). */
export const columnKey = (name: string): string => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** What a column holds, in the reader's language; a column without a message keeps its English description. */
export function columnDescription(t: ImportWords, kind: ImportKind, column: ImportColumn): string {
  const key = `columns.${kind}.${columnKey(column.name)}` as Parameters<ImportWords>[0];
  return t.has(key) ? t(key) : column.description;
}
