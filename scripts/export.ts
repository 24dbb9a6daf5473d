/**
 * `npm run export [-- --out dump.json]`: the full JSON dump of the tracker's records (reference
 * data, milestones, rules, complementarity policies, accused, cases with their charges, stages and
 * notes, users without secrets) for backup or for `npm run import` into an empty database. Format
 * and what is left out: docs/decisions/014-export-format.md. Reads DATABASE_URL, or the embedded
 * database like the other scripts. Without --out the dump goes to stdout; with it, to a temporary file renamed into place
 * at the end, so a failed run never leaves a truncated file that looks like a dump.
 *
 * Documents (decision 053): their rows are in the dump, their bytes go to a folder beside it,
 * `<out>.documents` (or `--documents <folder>`; required with stdout when the tracker holds any),
 * each copied from the tracker's store and checked against its SHA-256 on the way. `npm run import`
 * looks for them in the same place.
 */
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { once } from "node:events";
import { parseArgs } from "node:util";
import type { Writable } from "node:stream";
import { closeSharedDatabase, sharedDatabase } from "@/lib/server/prisma-client";
import { databaseTarget } from "@/lib/server/env";
import { documentStore, folderDocumentStore } from "@/lib/server/documents/document-store";
import { writeDump, type DumpDocuments } from "@/lib/server/export/dump";

async function writeTo(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, "drain");
}

async function main() {
  const { values } = parseArgs({ options: { out: { type: "string" }, documents: { type: "string" } } });
  const prisma = sharedDatabase(() => databaseTarget()).prisma;
  const folder = values.documents ?? (values.out ? `${values.out}.documents` : undefined);
  const documents: DumpDocuments | undefined = folder ? { from: documentStore(), to: folderDocumentStore(folder) } : undefined;
  if (!values.out) {
    const counts = await writeDump(prisma, (text) => writeTo(process.stdout, text), new Date(), documents);
    console.error(`Exported ${summary(counts)}.`);
    return;
  }
  const temporary = `${values.out}.partial`;
  const file = createWriteStream(temporary, { encoding: "utf8" });
  try {
    const counts = await writeDump(prisma, (text) => writeTo(file, text), new Date(), documents);
    file.end();
    await once(file, "finish");
    await rename(temporary, values.out);
    console.error(`Exported ${summary(counts)} to ${values.out}${counts.documentBlobs ? `, the documents' bytes to ${folder}` : ""}.`);
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
