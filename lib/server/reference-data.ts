import "server-only";
import { currentDatabase } from "./db";
import { databaseSnapshot } from "./prisma-client";

/**
 * Reference data (the vocabulary, the jurisdiction rules, the filter options), held in memory for
 * as long as the database's snapshot stays the same (docs/decisions/020-reference-data-per-snapshot.md).
 * Every jurisdiction answer, matrix, case list and timeline request reads them; they change when
 * an analyst saves a rule or logs a milestone. `pg_current_snapshot()` changes whenever a
 * transaction that wrote commits or aborts, so data held under a snapshot is what the database
 * holds for every request that reads the same snapshot: never stale, with nothing to invalidate.
 * It assumes one PostgreSQL server, reached directly (not replicas behind one address).
 * A busy database (an import, analysts writing) turns lookups into loads, which cost what they
 * cost before plus the snapshot's read.
 */
type Held = { snapshot: string; value: Promise<unknown> };
const heldByDatabase = new WeakMap<object, Map<string, Held>>();

/**
 * `load`, run once per snapshot and shared by every caller that sees that snapshot (callers at
 * the same time share one load). The value is frozen: callers share it and must not change it.
 */
export function heldPerSnapshot<T>(key: string, load: () => Promise<T>): () => Promise<T> {
  return async () => {
    const database = currentDatabase();
    // Read before loading: what load reads is then this snapshot's data or newer, never older.
    const snapshot = await databaseSnapshot(database);
    let held = heldByDatabase.get(database);
    if (!held) heldByDatabase.set(database, (held = new Map()));
    const kept = held.get(key);
    if (kept?.snapshot === snapshot) return kept.value as Promise<T>;
    const value = load().then(deepFreeze);
    held.set(key, { snapshot, value });
    // A failed load is not kept: the next caller tries again.
    value.catch(() => {
      if (held.get(key)?.value === value) held.delete(key);
    });
    return value;
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
