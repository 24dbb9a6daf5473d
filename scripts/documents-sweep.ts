/**
 * `npm run documents:sweep [-- --grace-minutes 60]`: removes what a crash can leave in the
 * document store (uploads never finished, files no record names) once older than the grace
 * period, and lists documents whose bytes are missing. The server does the same a few seconds
 * after it starts; with the embedded database, stop the server first (one process per folder).
 */
import { parseArgs } from "node:util";
import { documentStore } from "@/lib/server/documents/document-store";
import { SWEEP_GRACE_MS, sweepDocuments } from "@/lib/server/documents/sweep-documents";
import { db } from "@/lib/server/db";
import { documentStoreLabel } from "@/lib/server/env";
import { closeSharedDatabase } from "@/lib/server/prisma-client";

async function main() {
  const { values } = parseArgs({ options: { "grace-minutes": { type: "string" } } });
  const minutes = values["grace-minutes"] === undefined ? SWEEP_GRACE_MS / 60_000 : Number(values["grace-minutes"]);
  if (!Number.isFinite(minutes) || minutes < 0) throw new Error("--grace-minutes must be a number of minutes, 0 or more.");
  const report = await sweepDocuments({ prisma: db, store: documentStore(), graceMs: minutes * 60_000 });
  console.log(`Document store (${documentStoreLabel()}): ${report.stagedRemoved} unfinished upload(s) removed, ${report.unnamedRemoved.length} file(s) no record names removed.`);
  for (const sha256 of report.unnamedRemoved) console.log(`  removed ${sha256}`);
  if (report.rowsWithoutBytes.length > 0) {
    console.log(`The bytes of ${report.rowsWithoutBytes.length} document(s) are missing:`);
    for (const sha256 of report.rowsWithoutBytes) console.log(`  ${sha256}`);
    process.exitCode = 1;
  }
}

main()
  .catch((error: unknown) => {
    console.error(`Cannot sweep the document store: ${(error as Error).message}`);
    process.exitCode = 1;
  })
  .finally(() => closeSharedDatabase());
