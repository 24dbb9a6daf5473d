/**
 * Values held in memory until a write changes what they were read from
 * (docs/decisions/024-caches-dropped-by-changes.md): the vocabulary, the jurisdiction rules, the
 * filter options, the OpenAPI document. Each names the tables it reads; a committed change to one
 * of them, by any writer, drops it (lib/server/table-changes.ts), and nothing else does: a sign-in,
 * an API token's use, a follow or a note leaves it held.
 *
 * Not `server-only`: see table-changes.ts.
 */
import { currentDatabase } from "./db";
import type { Database } from "./prisma-client";
import { tableChanges } from "./table-changes";

type Store = { values: Map<string, { tables: ReadonlySet<string>; value: Promise<unknown> }> };
const stores = new WeakMap<Database, Store>();

function storeOf(database: Database): Store {
  let store = stores.get(database);
  if (store) return store;
  const created: Store = { values: new Map() };
  tableChanges(database).subscribe((changed) => {
    if (changed === "everything") return created.values.clear();
    for (const [key, held] of created.values) {
      for (const table of changed) {
        if (held.tables.has(table)) {
          created.values.delete(key);
          break;
        }
      }
    }
  });
  stores.set(database, (store = created));
  return store;
}

/**
 * `load`, run once and shared by every caller (callers at the same time share one load) until a
 * committed write to one of `tables` drops it. The value is frozen: callers share it and must not
 * change it. While the process cannot hear changes, every call loads afresh.
 */
export function heldUntilChanged<T>(key: string, tables: readonly string[], load: () => Promise<T>): () => Promise<T> {
  const reads = new Set(tables);
  return async () => {
    const database = currentDatabase();
    const store = storeOf(database);
    if (!tableChanges(database).listening) return deepFreeze(await load());
    const kept = store.values.get(key);
    if (kept) return kept.value as Promise<T>;
    // Kept before loading: a change heard while it loads drops it, so what a later caller gets
    // was read after that change.
    const value = load().then(deepFreeze);
    const held = { tables: reads, value };
    store.values.set(key, held);
    // A failed load is not kept: the next caller tries again.
    value.catch(() => {
      if (store.values.get(key) === held) store.values.delete(key);
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
