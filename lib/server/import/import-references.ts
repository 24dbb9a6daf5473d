import "server-only";
import type { Tx } from "../transaction";
import type { NamedRecord } from "@/lib/core/import/records";
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

/** The refusal of a reference that names no record. */
export const notFound = (ref: string, what: RefModel) => `names "${ref}", but no ${what} has that external id or slug${what === "source" ? " (import the sources first)" : ""}.`;

/** Problems for the references not found, at `path(i)`. */
export function unresolved(refs: readonly string[], slugs: readonly (string | null)[], path: (i: number) => Path, what: RefModel): { path: Path; message: string }[] {
  return refs.flatMap((ref, i) => (slugs[i] === null ? [{ path: path(i), message: notFound(ref, what) }] : []));
}

/**
 * Adds to the problems of records the check refused those of the records they name that do not
 * exist (one lookup per kind of record for the whole batch), so that the report gives every
 * problem of a record in one round.
 */
export async function addNotFound(tx: Tx, refused: readonly { named: readonly NamedRecord[]; add: (path: Path, message: string) => void }[]): Promise<void> {
  for (const model of ["source", "case", "milestone"] as const) {
    const refs = refused.flatMap((r) => r.named.filter((n) => n.model === model).map((n) => n.ref));
    if (refs.length === 0) continue;
    const found = await recordsOf(tx, model, refs);
    for (const r of refused) for (const n of r.named) if (n.model === model && !found.has(n.ref)) r.add(n.path, notFound(n.ref, model));
  }
}

/** Same members, in any order. */
export const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join("\u0000") === [...b].sort().join("\u0000");
