import { closeSharedDatabase } from "./prisma-client";

/**
 * Closes the database when the server is told to stop: the embedded PGlite must be closed cleanly
 * or its folder may be unusable at the next start. With NEXT_MANUAL_SIG_HANDLE (set by `npm start`)
 * Next leaves the signals to this hook, which then ends the process; under a plain `next start`
 * both run, and this one closes the database first.
 */
export function closeDatabaseOnSignals(): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    closeSharedDatabase()
      .catch((error: unknown) => console.error("[tracker] closing the database failed:", (error as Error).message))
      .finally(() => {
        if (process.env.NEXT_MANUAL_SIG_HANDLE) process.exit(signal === "SIGINT" ? 130 : 143);
      });
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}
