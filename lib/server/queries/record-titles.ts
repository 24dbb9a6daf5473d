import "server-only";
import { shownField, type ShownText } from "@/lib/core/translations";
import { readTranslations } from "../translations";

export type TitledRecord = { entity: "Case" | "Milestone"; id: string; title: string; lang: string };

/**
 * The titles of cases and milestones in `locale`: the translation where there is one, else the
 * title as written, marked with its language (decision 042). For lists of records from other pages
 * (a document's, a source's).
 */
export async function recordTitlesIn(locale: string, records: readonly TitledRecord[]): Promise<(record: TitledRecord) => ShownText> {
  const ids = (entity: TitledRecord["entity"]) => records.filter((r) => r.entity === entity).map((r) => r.id);
  const index = await readTranslations(
    [
      { entity: "Case", ids: ids("Case") },
      { entity: "Milestone", ids: ids("Milestone") },
    ],
    locale,
  );
  return (record) => shownField(index, record.entity, record.id, "title", record.title, locale, record.lang);
}
