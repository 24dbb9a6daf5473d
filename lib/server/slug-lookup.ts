import "server-only";
import type { FieldError } from "./errors";

type Find = (slugs: string[]) => Promise<{ id: string; slug: string }[]>;

/** What a lookup by slug selects. */
export const bySlug = { select: { id: true, slug: true } } as const;

/** The ids of the rows a lookup by slug found, by slug. */
export const idsBySlug = (rows: readonly { id: string; slug: string }[]) => new Map(rows.map((r) => [r.slug, r.id]));

/**
 * Resolves the slugs an input names to ids, field by field. An unknown slug adds an error naming its
 * field to `errors` instead of throwing, so that the caller refuses every unknown slug at once.
 */
export function slugLookup(errors: FieldError[]) {
  async function ids(field: string, slugs: readonly string[], find: Find): Promise<string[]> {
    if (slugs.length === 0) return [];
    const found = await find([...slugs]);
    const missing = slugs.filter((s) => !found.some((f) => f.slug === s));
    if (missing.length > 0) errors.push({ parameter: field, message: `${field}: no such record: ${missing.join(", ")}.` });
    return slugs.flatMap((s) => found.filter((f) => f.slug === s).map((f) => f.id));
  }
  const one = async (field: string, slug: string | null, find: Find): Promise<string | null> => (slug === null ? null : ((await ids(field, [slug], find))[0] ?? null));
  return { ids, one };
}
