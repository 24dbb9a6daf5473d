/**
 * Which tables changed, as the database tells it: every table has a statement trigger that
 * NOTIFYs its name when a transaction that wrote it commits (migration
 * 20261203114018_table_change_notifications). This process listens, so that what it holds in
 * memory (reference data, visitors' pages) is dropped by the writes that change it and by nothing
 * else, whoever wrote: the app, psql or the CLI import (docs/decisions/024-caches-dropped-by-changes.md).
 *
 * Not `server-only`: the page cache in proxy.ts reads the listener of the shared database through
 * `globalThis` (Next bundles the proxy apart from the pages, in the same process).
 */
import { randomUUID } from "node:crypto";
import type { Database } from "./prisma-client";

export const CHANGE_CHANNEL = "tracker_table_change";
// A notification of our own, sent after a write, that says every earlier one has been heard.
const HEARD_PREFIX = "heard:";

/** Told which tables changed, or `everything` when changes may have been missed (a lost connection). */
export type ChangeSubscriber = (changed: ReadonlySet<string> | "everything") => void;

export type TableChanges = {
  /** Whether changes are heard now. While they are not, nothing may be held: a change could be missed. */
  readonly listening: boolean;
  subscribe(subscriber: ChangeSubscriber): () => void;
  /**
   * Resolves once every change committed before the call has been heard and its subscribers told.
   * A use case awaits it after its transaction, so that its caller's next read sees the write.
   */
  heard(): Promise<void>;
  close(): Promise<void>;
};

const HEARD_TIMEOUT_MS = 2_000;
const RECONNECT_MS = 1_000;

function listenTo(database: Database): TableChanges {
  const subscribers = new Set<ChangeSubscriber>();
  const waiting = new Map<string, () => void>();
  let listening = false;
  let closed = false;
  let stop: (() => Promise<void>) | undefined;

  const tell = (changed: ReadonlySet<string> | "everything") => {
    for (const subscriber of subscribers) subscriber(changed);
  };
  const onNotice = (payload: string) => {
    if (payload.startsWith(HEARD_PREFIX)) {
      const id = payload.slice(HEARD_PREFIX.length);
      waiting.get(id)?.();
      waiting.delete(id);
      return;
    }
    tell(new Set([payload]));
  };
  const onLost = () => {
    listening = false;
    stop = undefined;
    tell("everything");
    for (const resolve of waiting.values()) resolve();
    waiting.clear();
    if (!closed) setTimeout(connect, RECONNECT_MS).unref();
  };
  const connect = () => {
    if (closed) return;
    database
      .listen(CHANGE_CHANNEL, onNotice, onLost)
      .then((unlisten) => {
        if (closed) return void unlisten();
        stop = unlisten;
        // Anything held before now was held while nobody listened: it is dropped first.
        tell("everything");
        listening = true;
      })
      .catch((error: unknown) => {
        console.error(`[tracker] cannot listen for changes (${(error as Error).message}); nothing is cached until it can`);
        if (!closed) setTimeout(connect, RECONNECT_MS).unref();
      });
  };
  connect();

  return {
    get listening() {
      return listening;
    },
    subscribe(subscriber) {
      subscribers.add(subscriber);
      return () => void subscribers.delete(subscriber);
    },
    async heard() {
      if (!listening) return;
      const id = randomUUID();
      const heard = new Promise<void>((resolve) => waiting.set(id, resolve));
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), HEARD_TIMEOUT_MS)));
      try {
        await database.prisma.$queryRaw`SELECT pg_notify(${CHANGE_CHANNEL}, ${HEARD_PREFIX + id})::text AS sent`;
        // Notifications reach a listener in the order their transactions committed.
        if ((await Promise.race([heard, late])) === "late") tell("everything");
      } catch {
        tell("everything");
      } finally {
        clearTimeout(timer);
        waiting.delete(id);
      }
    },
    async close() {
      closed = true;
      listening = false;
      await stop?.();
    },
  };
}

// One listener per database per process, found by the pages and the proxy alike.
const KEY = Symbol.for("tracker.tableChanges");
type Holder = { [KEY]?: WeakMap<Database, TableChanges> };

export function tableChanges(database: Database): TableChanges {
  const holder = globalThis as Holder;
  const listeners = (holder[KEY] ??= new WeakMap());
  let changes = listeners.get(database);
  if (!changes) listeners.set(database, (changes = listenTo(database)));
  return changes;
}

/**
 * Tables that no held value and no visitor's page reads: a write to them alone drops nothing and
 * waits for nothing. (An audit row is always written with the record it is about, which is read.)
 */
export const TABLES_NOTHING_HELD_READS = ["ApiToken", "SignInAttempt", "Session", "Follow", "AuditEvent"] as const;

/**
 * The listener of the process's shared database (prisma-client.ts `sharedDatabase`), if the app
 * has opened it: for the proxy, which Next bundles apart and which must not open a database itself.
 */
export function sharedTableChanges(): TableChanges | undefined {
  const database = (globalThis as { [key: symbol]: Database | undefined })[Symbol.for("tracker.database")];
  return database ? tableChanges(database) : undefined;
}
