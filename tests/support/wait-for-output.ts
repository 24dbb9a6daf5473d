import type { ChildProcess } from "node:child_process";

/**
 * Resolves once `output()` (what `child` printed so far) matches `ready`; rejects with
 * `failure(why)` if `child` exits first or `ms` pass. For test servers started as child processes.
 */
export function waitForOutput(child: ChildProcess, output: () => string, ready: RegExp, { ms, failure }: { ms: number; failure: (why: string) => Error }): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      clearInterval(poll);
      reject(failure(`did not start within ${ms / 1000} s`));
    }, ms);
    const poll = setInterval(() => {
      if (ready.test(output())) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve();
      } else if (child.exitCode !== null || child.signalCode !== null) {
        clearInterval(poll);
        clearTimeout(timer);
        reject(failure("exited before it was ready"));
      }
    }, 50);
  });
}
