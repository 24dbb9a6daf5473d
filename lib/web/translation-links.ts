import type { TranslatableEntity } from "@/lib/core/translations";

/** The page that shows a record's texts, where there is one: where a saved translation can be seen. */
export function recordPageOf(entity: TranslatableEntity, slug: string): string | null {
  if (entity === "Forum") return `/forums/${encodeURIComponent(slug)}`;
  if (entity === "CrimeCategory") return `/crimes/${encodeURIComponent(slug)}`;
  return null;
}

/** The editor of one field's translation. */
export const editorOf = (t: { entity: string; slug: string; field: string; locale: string }) =>
  `/translations/${encodeURIComponent(t.entity)}/${encodeURIComponent(t.slug)}/${encodeURIComponent(t.field)}/${encodeURIComponent(t.locale)}`;

/** A row's anchor on the list. */
export const rowId = (t: { entity: string; slug: string; field: string }) => `tr-${t.entity}-${t.slug}-${t.field}`;

type Words = (key: string) => string;
/** A model's and a field's words in the Translations catalogue (keys typed by name would need one line per model). */
export const entityWord = (t: unknown, entity: string) => (t as Words)(`entities.${entity}`);
export const fieldWord = (t: unknown, field: string) => (t as Words)(`fields.${field}`);
