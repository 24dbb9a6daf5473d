/**
 * Runs once when Next's server starts: on Node, closes the database on SIGTERM/SIGINT
 * (lib/server/shutdown.ts), and, a little after the start, sweeps the document store of what a
 * crash left (lib/server/documents/sweep-documents.ts). Imported only on Node, so the Edge build
 * never sees Node's APIs.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { closeDatabaseOnSignals } = await import("@/lib/server/shutdown");
    closeDatabaseOnSignals();
    const { sweepOnStart } = await import("@/lib/server/documents/sweep-documents");
    setTimeout(() => void sweepOnStart(), 10_000).unref();
    // The text of documents left QUEUED (by uploads, or by a server that stopped mid-extraction).
    const { startExtractionJob } = await import("@/lib/server/documents/extraction-job");
    setTimeout(() => startExtractionJob(), 5_000).unref();
  }
}
