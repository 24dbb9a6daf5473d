/**
 * Two writes that lock the same rows in opposite orders deadlock; PostgreSQL aborts one. A use
 * case's own transaction (inTransaction without an outer one) runs again then, so neither user
 * sees an error for what was only bad timing (docs/decisions/054-writes-retried-after-a-deadlock.md).
 */
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/server/errors";
import { inTransaction, isWriteConflict } from "@/lib/server/transaction";
import { seededDatabase } from "@/tests/support/seeded-database";

seededDatabase("tracker_transaction_retry");

/** Locks `first`, waits until the other transaction holds its own first lock, then locks `second`. */
function lockingInOrder(first: number, second: number, attempts: number[], bothHoldOne: () => Promise<void>) {
  return inTransaction(undefined, async (tx) => {
    attempts.push(first);
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${first}::bigint)`;
    if (attempts.filter((a) => a === first).length === 1) await bothHoldOne();
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${second}::bigint)`;
    return first;
  });
}

describe("a use case's transaction", () => {
  it("runs again when PostgreSQL aborts it to break a deadlock, so both writes succeed", async () => {
    const attempts: number[] = [];
    let holding = 0;
    const bothHoldOne = async () => {
      holding += 1;
      while (holding < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    };
    const results = await Promise.all([lockingInOrder(9101, 9102, attempts, bothHoldOne), lockingInOrder(9102, 9101, attempts, bothHoldOne)]);
    expect(results).toEqual([9101, 9102]);
    // One of the two ran twice: the deadlock happened, and was retried.
    expect(attempts).toHaveLength(3);
  });

  it("does not run again for any other error", async () => {
    let runs = 0;
    await expect(
      inTransaction(undefined, async () => {
        runs += 1;
        throw new AppError("NOT_FOUND", "There is no such milestone.");
      }),
    ).rejects.toThrow("There is no such milestone.");
    expect(runs).toBe(1);
  });

  it("gives up after three tries with a conflict that tells the user nothing was saved", async () => {
    let runs = 0;
    const error = await inTransaction(undefined, async () => {
      runs += 1;
      throw Object.assign(new Error("deadlock detected"), { code: "40P01" });
    }).catch((e: unknown) => e);
    expect(runs).toBe(3);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("CONFLICT");
    expect((error as AppError).message).toMatch(/nothing was saved/i);
  });

  it("runs a caller's transaction once: the caller decides", async () => {
    let runs = 0;
    const error = await inTransaction(undefined, (outer) =>
      inTransaction(outer, async () => {
        runs += 1;
        throw Object.assign(new Error("could not serialize access"), { code: "40001" });
      }),
    ).catch((e: unknown) => e);
    // The inner run is not retried by itself; the outer transaction is, as a whole.
    expect(runs).toBe(3);
    expect(isWriteConflict(Object.assign(new Error("x"), { code: "40001" }))).toBe(true);
    expect(error).toBeInstanceOf(AppError);
  });
});
