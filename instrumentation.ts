/**
 * Runs once when Next's server starts. Closes the database when the server is told to stop: the
 * embedded PGlite must be closed cleanly or its folder may be unusable at the next start.
 * `npm start` sets NEXT_MANUAL_SIG_HANDLE so that Next leaves the signals to this hook; under a
 * plain `next start` both run, and this one closes the database first.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { closeSharedDatabase } = await import("@/lib/server/prisma-client");
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
