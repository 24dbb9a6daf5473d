import "server-only";
import type { Checked, RawRecord } from "@/lib/core/import/records";
import type { ImportKind } from "@/lib/core/import/types";
import type { Actor } from "../actor";
import type { FieldError } from "../errors";
import type { Tx } from "../transaction";

/** What a kind of record the import knows provides (Importer), and what it answers for each record. */

export type Path = readonly PropertyKey[];

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
  /**
   * The tables a large import of this kind writes, directly or through triggers: a rolled-back
   * import (a dry run, a rejected record) leaves its rows there as dead rows, which the import run
   * next, usually at once, would otherwise wade through in every index until autovacuum came.
   */
  tables?: readonly string[];
};

/** A record refused by the import itself (an unknown reference, a deleted record), with the record's paths. */
export class ImportRejection extends Error {
  constructor(readonly problems: { path: Path; message: string }[]) {
    super(problems.map((p) => p.message).join(" "));
    this.name = "ImportRejection";
  }
}
