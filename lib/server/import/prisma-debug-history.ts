import "server-only";
import { Debug as clientDebug } from "@prisma/client/runtime/client";
import { Debug as adapterDebug } from "@prisma/driver-adapter-utils";

/**
 * Prisma's debug helpers keep the arguments of their last 100 calls, even with DEBUG off, to put
 * them in error reports: the client keeps each query plan, the driver adapter each query, with its
 * parameters. A batch of the case import sends a thousand cases' rows as parameters (megabytes),
 * so the last few batches stayed reachable: some 100 MB more heap for the whole import, and a
 * garbage collector busy with it. Calling each helper a hundred times with nothing pushes them out;
 * it costs microseconds. (The embedded database's adapter keeps its own history, not reached here.)
 */
const HISTORY = 100;
const client = clientDebug("tracker:import");
const adapter = adapterDebug("tracker:import");

export function forgetPrismaDebugHistory(): void {
  for (let i = 0; i < HISTORY; i++) {
    client("batch written");
    adapter("batch written");
  }
}
