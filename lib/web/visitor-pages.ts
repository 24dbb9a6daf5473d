/**
 * The pages kept for visitors who are not signed in (proxy.ts,
 * docs/decisions/024-caches-dropped-by-changes.md). A page is kept until a committed write to a
 * table that pages show (anything but tokens, sign-in attempts, follows and the audit trail, see
 * table-changes.ts), by any writer, and is never kept while the process cannot hear changes.
 */
import { LRUCache } from "lru-cache";
import { withoutLocale } from "@/lib/core/locales";
import { sharedTableChanges, TABLES_NOTHING_HELD_READS, type TableChanges } from "@/lib/server/table-changes";

export type KeptPage = { status: number; headers: Record<string, string>; body: Uint8Array; keep: boolean };

const NOT_SHOWN: ReadonlySet<string> = new Set(TABLES_NOTHING_HELD_READS);
const BUDGET_BYTES = 64 * 1024 * 1024;

export class VisitorPages {
  private readonly pages = new LRUCache<string, KeptPage>({ maxSize: BUDGET_BYTES, sizeCalculation: (page) => Math.max(1, page.body.byteLength) });
  // Renders under way, per epoch: a request that comes after a change never waits for a render begun before it.
  private readonly rendering = new Map<string, Promise<KeptPage | null>>();
  private epoch = 0;

  constructor(private readonly changes: TableChanges) {
    changes.subscribe((changed, caseSlug) => {
      if (changed !== "everything" && [...changed].every((table) => NOT_SHOWN.has(table))) return;
      // A render under way may have read what changed: it is not kept.
      this.epoch += 1;
      if (changed !== "everything" && caseSlug !== undefined && [...changed].every((table) => table === "Annotation")) {
        // A note shows to visitors only as its case's note count, on the case's own page.
        for (const key of [...this.pages.keys()]) if (casePageOf(key) === caseSlug) this.pages.delete(key);
        return;
      }
      this.pages.clear();
    });
  }

  /** Whether pages may be kept now: only while changes are heard. */
  get usable(): boolean {
    return this.changes.listening;
  }

  /**
   * The kept page under `key`, or a new render of it (one at a time per key), kept if it may be
   * and nothing it may show changed while it rendered. Null when `render` could not render.
   */
  async answer(key: string, render: () => Promise<KeptPage | null>): Promise<{ page: KeptPage; cache: "hit" | "miss" } | null> {
    const kept = this.pages.get(key);
    if (kept) return { page: kept, cache: "hit" };
    const epoch = this.epoch;
    const pending = `${epoch}\n${key}`;
    let rendered = this.rendering.get(pending);
    if (!rendered) {
      rendered = render()
        .then((page) => {
          if (page?.keep && this.epoch === epoch && this.usable) this.pages.set(key, page);
          return page;
        })
        .finally(() => this.rendering.delete(pending));
      this.rendering.set(pending, rendered);
    }
    const page = await rendered;
    return page ? { page, cache: "miss" } : null;
  }
}

/**
 * The case a kept page is the page of (its key starts with the address, lib/web/page-cache.ts), if
 * any, in whichever language ("/uk/cases/x" and "/en/cases/x" are both the page of x).
 */
function casePageOf(key: string): string | undefined {
  const path = withoutLocale(key.split("\n", 1)[0]!.split("?", 1)[0]!);
  const match = /^\/cases\/([^/]+)$/.exec(path);
  return match ? decodeURIComponent(match[1]!) : undefined;
}

const KEY = Symbol.for("tracker.visitorPages");
type Holder = { [KEY]?: WeakMap<TableChanges, VisitorPages> };

/** The kept pages of the process's shared database, or undefined before the app has opened it. */
export function visitorPages(): VisitorPages | undefined {
  const changes = sharedTableChanges();
  if (!changes) return undefined;
  const holder = globalThis as Holder;
  const all = (holder[KEY] ??= new WeakMap());
  let pages = all.get(changes);
  if (!pages) all.set(changes, (pages = new VisitorPages(changes)));
  return pages;
}
