import { expect } from "vitest";
import { AppError } from "@/lib/server/errors";

/**
 * A check that a refused write leaves the data as it was: `run` must throw an AppError, and
 * `counts` (whatever the test reads of the tables it guards) must be the same after as before.
 */
export function refusedWithoutWritingTo(counts: () => Promise<unknown>) {
  return async (run: () => Promise<unknown>): Promise<AppError> => {
    const before = await counts();
    const error = await run().then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(await counts()).toEqual(before);
    return error as AppError;
  };
}
