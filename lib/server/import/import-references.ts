import "server-only";
import type { Tx } from "../transaction";
import type { Path } from "./importer";

/** The records an import's references name (by external id or slug), and problems for those not found. */

type RefModel = "source" | "case" | "milestone";

/**
 * Finds the records that references given as external ids or slugs name (an external id wins
 * where both match). Deleted cases and milestones are not found: a reference not in the map.
 */
export async function recordsOf(tx: Tx, model: RefModel, refs: readonly string[]): Promise<Map<string, { id: string; slug: string }>> {
  const distinct = [...new Set(refs)];
  if (distinct.length === 0) return new Map();
  const where = { OR: [{ externalId: { in: distinct } }, { slug: { in: distinct } }] };
  const select = { id: true, slug: true, externalId: true } as const;
  const rows =
    model === "source"
      ? await tx.source.findMany({ where, select })
      : model === "case"
        ? await tx.case.findMany({ where: { ...where, deletedAt: null }, select })
        : await tx.milestone.findMany({ where: { ...where, deletedAt: null }, select });
  const found = new Map<string, { id: string; slug: string }>();
  for (const ref of distinct) {
    const row = rows.find((r) => r.externalId === ref) ?? rows.find((r) => r.slug === ref);
    if (row) found.set(ref, { id: row.id, slug: row.slug });
  }
  return found;
}

/** The slug of each reference, null where none is found. */
export async function slugsOf(tx: Tx, model: RefModel, refs: readonly string[]): Promise<(string | null)[]> {
  const found = await recordsOf(tx, model, refs);
  return refs.map((ref) => found.get(ref)?.slug ?? null);
}

/** Problems for the references not found, at `path(i)`. */
export function unresolved(refs: readonly string[], slugs: readonly (string | null)[], path: (i: number) => Path, what: string): { path: Path; message: string }[] {
  return refs.flatMap((ref, i) => (slugs[i] === null ? [{ path: path(i), message: `names "${ref}", but no ${what} has that external id or slug${what === "source" ? " (import the sources first)" : ""}.` }] : []));
}

/** Same members, in any order. */
export const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join("\u0000") === [...b].sort().join("\u0000");
