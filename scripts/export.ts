/**
 * `npm run export [-- --out dump.json]`: the full JSON dump of the tracker's records (reference
 * data, milestones, rules, complementarity policies, accused, cases with their charges, stages and
 * notes, users without secrets) for backup or for `npm run import` into an empty database. Format
 * and what is left out: docs/decisions/014-export-format.md. Reads DATABASE_URL, or the embedded
 * database like the other scripts. Without --out the dump goes to stdout; with it, to a temporary file renamed into place
 * at the end, so a failed run never leaves a truncated file that looks like a dump.
 */
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { once } from "node:events";
import { parseArgs } from "node:util";
import type { Writable } from "node:stream";
import { closeSharedDatabase, sharedDatabase } from "@/lib/server/prisma-client";
import { databaseTarget } from "@/lib/server/env";
import { writeDump } from "@/lib/server/export/dump";

async function writeTo(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, "drain");
}

async function main() {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const prisma = sharedDatabase(() => databaseTarget()).prisma;
  if (!values.out) {
    const counts = await writeDump(prisma, (text) => writeTo(process.stdout, text), new Date());
    console.error(`Exported ${summary(counts)}.`);
    return;
  }
  const temporary = `${values.out}.partial`;
  const file = createWriteStream(temporary, { encoding: "utf8" });
  try {
    const counts = await writeDump(prisma, (text) => writeTo(file, text), new Date());
    file.end();
    await once(file, "finish");
    await rename(temporary, values.out);
    console.error(`Exported ${summary(counts)} to ${values.out}.`);
  } catch (error) {
    file.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}

function summary(counts: Record<string, number>): string {
  return Object.entries(counts).map(([name, n]) => `${n} ${name}`).join(", ");
}

main()
  .catch((error: unknown) => {
    console.error(`The export failed: ${(error as Error).message ?? String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => closeSharedDatabase());
