/**
 * The loopback load: autocannon on the case page's HTML, ten connections cycling over several
 * cases, for ten seconds after a two-second warm-up. Requests per second is the mean over the
 * seconds; errors are connection errors (autocannon counts timeouts among them) and non-2xx answers.
 */
import autocannon from "autocannon";
import type { LoadResult } from "./stats";

export const LOAD_OPTIONS = { connections: 10, durationSeconds: 10, warmUpSeconds: 2 };

/**
 * A cookie that only makes the server render every page: the page cache (decision 017) serves
 * visitors without cookies. The bench's page lines send it, and the second load run.
 */
export const RENDER_EVERY_PAGE = { cookie: "tracker-bench=render-every-page" };

/** As visitors get the page (its cache included), or, `rendered`, rendering every request. */
export async function loadCasePages(base: string, slugs: readonly string[], { rendered = false } = {}): Promise<LoadResult> {
  const options: autocannon.Options & { warmup: { connections: number; duration: number } } = {
    url: base,
    connections: LOAD_OPTIONS.connections,
    duration: LOAD_OPTIONS.durationSeconds,
    // Each connection goes through the list in turn (autocannon's `requests` sequence).
    requests: slugs.map((slug) => ({ method: "GET", path: `/cases/${slug}`, ...(rendered ? { headers: RENDER_EVERY_PAGE } : {}) })),
    // The @types package predates the warm-up option of autocannon 7+.
    warmup: { connections: LOAD_OPTIONS.connections, duration: LOAD_OPTIONS.warmUpSeconds },
  };
  const result = await autocannon(options);
  return { rps: Math.round(result.requests.average * 10) / 10, errors: result.errors + result.non2xx };
}
