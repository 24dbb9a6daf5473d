import { EMPTY_SOURCE, type CitableDocument, type SourceFormValues } from "@/lib/core/milestone-input";
import type { FoundSource } from "@/lib/core/views";

/**
 * The source rows of a record's form (a milestone's, a case's) as the page rebuilds them: a
 * recorded source cited from the picker, a row added. The forms hand the list to Conform's
 * `update`, which re-renders the rows (a round trip to the action that saves nothing).
 */

export const isEmptyRow = (s: Partial<SourceFormValues> | undefined) => !s || !(s.slug || s.title || s.url || s.publisher || s.kind || s.locator);

/** The source rows as the page holds them now, in order, without those ticked "remove". */
export function sourceRowsOnPage(formId: string, name: string): SourceFormValues[] {
  const form = document.getElementById(formId) as HTMLFormElement | null;
  if (!form) return [];
  const value = (row: number, part: string) => {
    const control = form.elements.namedItem(`${name}[${row}].${part}`);
    if (control instanceof HTMLInputElement && control.type === "checkbox") return control.checked ? "on" : "";
    return control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement || control instanceof HTMLSelectElement ? control.value : "";
  };
  const rows: SourceFormValues[] = [];
  for (let i = 0; form.elements.namedItem(`${name}[${i}].locator`) || form.elements.namedItem(`${name}[${i}].slug`); i++) {
    if (value(i, "remove") === "on") continue;
    const row: SourceFormValues = { slug: value(i, "slug"), title: value(i, "title"), url: value(i, "url"), publisher: value(i, "publisher"), kind: value(i, "kind"), locator: value(i, "locator") };
    // A milestone's passage in a document: kept when a source is picked or a row added.
    if (form.elements.namedItem(`${name}[${i}].document`)) Object.assign(row, { document: value(i, "document"), page: value(i, "page") });
    rows.push(row);
  }
  return rows;
}

/** The rows with a recorded source cited after the filled ones, before the empty ones; one row stays empty for typing. */
export function withCitedSource(rows: SourceFormValues[], source: FoundSource, locator: string): SourceFormValues[] {
  const cited = { ...EMPTY_SOURCE, slug: source.slug, title: source.title, publisher: source.publisher ?? "", url: source.url ?? "", locator };
  return withEmptyRow([...rows.filter((r) => !isEmptyRow(r)), cited, ...rows.filter(isEmptyRow)]);
}

/** The rows with one more empty row to type a new source in. */
export const withAddedRow = (rows: SourceFormValues[]): SourceFormValues[] => [...rows, EMPTY_SOURCE];

const withEmptyRow = (rows: SourceFormValues[]) => (rows.some(isEmptyRow) ? rows : [...rows, EMPTY_SOURCE]);

/** What a row citing a picked source shows: a row sends only its slug and passage, so the page keeps the rest. */
export const pickedDetails = (s: FoundSource) => [s.slug, { title: s.title, publisher: s.publisher ?? "", url: s.url ?? "" }] as const;

/** The documents a picked source brings, which its passage on a milestone may point at. */
export const pickedDocumentsOf = (s: FoundSource): CitableDocument[] => s.documents.map((d) => ({ sha256: d.sha256, title: d.title, source: s.slug }));
