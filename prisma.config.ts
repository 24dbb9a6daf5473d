import path from "node:path";
import { defineConfig } from "prisma/config";
import { pgliteMigrationAdapter, postgresMigrationAdapter } from "./prisma/migration-adapter";

// The CLI runs the JavaScript schema engine through a driver adapter: the native engines cannot
// be downloaded here (docs/decisions/002-prisma-offline.md). TRACKER_PGLITE_DIR selects the
// embedded database; otherwise DATABASE_URL names a Postgres server.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const pgliteDir = process.env.TRACKER_PGLITE_DIR;
    if (pgliteDir) return pgliteMigrationAdapter(pgliteDir);
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("Set DATABASE_URL (a Postgres server) or TRACKER_PGLITE_DIR.");
    return postgresMigrationAdapter(url);
  },
});
