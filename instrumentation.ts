/**
 * Runs once when Next's server starts: on Node, closes the database on SIGTERM/SIGINT
 * (lib/server/shutdown.ts). Imported only on Node, so the Edge build never sees Node's APIs.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { closeDatabaseOnSignals } = await import("@/lib/server/shutdown");
    closeDatabaseOnSignals();
  }
}
