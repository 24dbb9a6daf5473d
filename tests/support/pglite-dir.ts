/** A temporary folder for an embedded PGlite database, removed afterwards. */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DatabaseTarget } from "@/lib/server/env";

export type TempPgliteDir = {
  /** What DATA_DIR should be set to (npm start keeps the database in DATA_DIR/pglite). */
  dataDir: string;
  /** The PGlite directory itself, as databaseTarget() resolves it. */
  target: Extract<DatabaseTarget, { kind: "pglite" }>;
  remove(): void;
};

export function createTempPgliteDir(): TempPgliteDir {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "tracker-pglite-"));
  const pgliteDir = path.join(dataDir, "pglite");
  return {
    dataDir,
    target: { kind: "pglite", dataDir: pgliteDir, label: `embedded PostgreSQL (PGlite) in ${pgliteDir}` },
    remove: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
