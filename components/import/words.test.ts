/**
 * The import page's words in both languages: the columns' descriptions in English are the ones
 * lib/core/import/columns.ts documents (so the page and the README never drift apart), every
 * column has its Ukrainian, and durations and outcomes read as before in English.
 */
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { IMPORT_COLUMNS } from "@/lib/core/import/columns";
import { formatDuration, IMPORT_KINDS, IMPORT_KIND_LABELS } from "@/lib/core/import/types";
import en from "@/messages/en.json";
import uk from "@/messages/uk.json";
import { outcomeLabel } from "./import-client";
import { columnDescription, columnKey, durationWords, kindLabel, outcomeWords, type ImportWords } from "./words";

const english = createTranslator({ locale: "en", messages: en, namespace: "Import" }) as unknown as ImportWords;
const ukrainian = createTranslator({ locale: "uk", messages: uk, namespace: "Import" }) as unknown as ImportWords;

describe("the import columns' descriptions", () => {
  it.each(IMPORT_KINDS)("of %s are the documented ones in English, and each has its Ukrainian", (kind) => {
    for (const column of IMPORT_COLUMNS[kind]) {
      const key = columnKey(column.name) as keyof (typeof en.Import.columns)[typeof kind];
      expect(en.Import.columns[kind][key], column.name).toBe(column.description);
      expect(columnDescription(english, kind, column)).toBe(column.description);
      expect(columnDescription(ukrainian, kind, column)).toBe(uk.Import.columns[kind][key]);
    }
    expect(Object.keys(en.Import.columns[kind])).toHaveLength(IMPORT_COLUMNS[kind].length);
  });

  it("keeps the column names themselves", () => {
    expect(columnKey("accused_name_uk")).toBe("accusedNameUk");
    expect(columnKey("title")).toBe("title");
  });
});

describe("the import page's words", () => {
  it("say the kinds as before in English", () => {
    for (const kind of IMPORT_KINDS) expect(kindLabel(english, kind)).toBe(IMPORT_KIND_LABELS[kind]);
    expect(kindLabel(ukrainian, "milestones")).toBe("Події");
  });

  it("say durations as before in English, and in Ukrainian", () => {
    for (const ms of [200, 1_000, 45_000, 60_000, 80_000, 3_600_000, 3_900_000, 7_260_000]) expect(durationWords(english, ms)).toBe(formatDuration(ms));
    expect(durationWords(ukrainian, 80_000)).toBe("1 хв 20 с");
    expect(durationWords(ukrainian, 500)).toBe("менше секунди");
  });

  it("say outcomes as the report does in English, and in Ukrainian", () => {
    for (const outcome of ["created", "updated", "unchanged", "rejected"] as const) {
      for (const written of [true, false]) expect(outcomeWords(english, outcome, written)).toBe(outcomeLabel(outcome, written));
    }
    expect(outcomeWords(ukrainian, "created", false)).toBe("Буде створено");
  });

  it("count records with the Ukrainian plural forms", () => {
    expect([1, 2, 5, 21].map((count) => ukrainian("recordsChecked", { count }))).toEqual(["перевірено 1 запис", "перевірено 2 записи", "перевірено 5 записів", "перевірено 21 запис"]);
    expect(english("recordsChecked", { count: 12000 })).toBe("12,000 records checked");
  });
});
