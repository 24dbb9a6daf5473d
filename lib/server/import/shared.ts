import "server-only";
import type { Tx } from "../transaction";
import type { Checked, RawRecord } from "@/lib/core/import/records";
import type { ImportKind } from "@/lib/core/import/types";
import type { Actor } from "../actor";
import type { FieldError } from "../errors";

type Path = readonly PropertyKey[];

export type Problem = { path: Path; message: string };

/**
 * What the fast path made of each record of a batch: written or unchanged; refused, with the
 * record's paths (problems) or a use case's field names (errors); or left to the use cases.
 */
export type BatchResult =
  | { outcome: "created" | "updated" | "unchanged"; slug: string }
  | { problems: Problem[] }
  | { errors: FieldError[] }
  | { deferred: true };

/** One kind of record the import knows: how a record is checked, and how it is written. */
export type Importer<T, Context = unknown> = {
  kind: ImportKind;
  /** Pure: the form's schema over the record (lib/core/import/records.ts). */
  check(raw: RawRecord): Checked<T>;
  externalIdOf(value: T): string;
  /** Once per import, in the transaction: what every record needs (lookups). */
  prepare(tx: Tx, env: { actor: Actor; now: Date }): Promise<Context>;
  /** Writes one checked record; throws ImportRejection or an AppError to refuse it. */
  write(tx: Tx, context: Context, value: T): Promise<{ outcome: "created" | "updated" | "unchanged"; slug: string }>;
  /** Optional fast path: writes many records with few queries; what it defers goes through `write`. */
  writeBatch?(tx: Tx, context: Context, values: readonly T[]): Promise<BatchResult[]>;
  /** The record's path of a use case's field name ("initialStage.date" is the record's stage.date). */
  recordPath(path: (string | number)[]): Path;
};

/** A record refused by the import itself (an unknown reference, a deleted record), with the record's paths. */
export class ImportRejection extends Error {
  constructor(readonly problems: { path: Path; message: string }[]) {
    super(problems.map((p) => p.message).join(" "));
    this.name = "ImportRejection";
  }
}

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
