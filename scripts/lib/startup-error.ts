/**
 * A failure a person can act on, said in one sentence. In a module of its own, with no imports:
 * the start script and the test harness load it before the Prisma client has been generated
 * (lib/generated/ is not committed), so it must not pull the client in.
 */
export class StartupError extends Error {
  override name = "StartupError";
}
