/**
 * `npm run user:create -- --email ana@example.org --role admin [--name "Ana"]`
 * The password comes from TRACKER_USER_PASSWORD or, on a terminal, a prompt that does not echo;
 * never from an argument (it would land in the shell history). Runs the createUser use case as
 * the operator, with the react-server condition so server-only modules load.
 */
import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { AppError } from "@/lib/server/errors";
import { closeSharedDatabase } from "@/lib/server/prisma-client";
import { createUser } from "@/lib/server/accounts/create-user";

function promptHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({ write(chunk, _enc, done) { if (!muted) process.stdout.write(chunk); done(); } });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => { rl.close(); process.stdout.write("\n"); resolve(answer); });
    muted = true;
  });
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } } });
  let password = process.env.TRACKER_USER_PASSWORD;
  if (!password) {
    if (!process.stdin.isTTY) throw new AppError("INVALID_INPUT", "Set TRACKER_USER_PASSWORD, or run this on a terminal to be asked for the password.");
    password = await promptHidden("Password (at least 12 characters): ");
    const again = await promptHidden("The same password again: ");
    if (password !== again) throw new AppError("INVALID_INPUT", "The two passwords differ.");
  }
  const user = await createUser({
    actor: { kind: "operator", name: process.env.USER ?? "operator" },
    input: { email: values.email, role: values.role?.toUpperCase(), name: values.name, password },
  });
  console.log(`Created ${user.role.toLowerCase()} ${user.email}.`);
}

main()
  .catch((error: unknown) => {
    if (error instanceof AppError) {
      console.error(error.message);
      for (const e of error.details.errors ?? []) if (e.message !== error.message) console.error(`  - ${e.message}`);
    } else console.error((error as Error).message ?? String(error));
    process.exitCode = 1;
  })
  .finally(() => closeSharedDatabase());
