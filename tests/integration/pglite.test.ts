/**
 * The embedded path (no DATABASE_URL): npm start's prepareDatabase on a PGlite folder, twice, and
 * the folder still opens afterwards (PGlite must have been closed cleanly).
 */
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabase } from "@/lib/server/prisma-client";
import { checkDatabase, prepareDatabase } from "@/scripts/lib/prepare-database";
import { createTempPgliteDir } from "@/tests/support/pglite-dir";

describe("the embedded PGlite database", () => {
  const dir = createTempPgliteDir();
  afterAll(() => dir.remove());

  it("prepareDatabase migrates and seeds a new folder, and a second run adds nothing", { timeout: 240_000 }, async () => {
    const first = await prepareDatabase(dir.target);
    expect(first.created).toBeGreaterThan(0);
    expect(first).toMatchObject({ updated: 0, unchanged: 0, skippedEdited: 0 });

    const second = await prepareDatabase(dir.target);
    expect(second).toEqual({ created: 0, updated: 0, unchanged: first.created, skippedEdited: 0 });

    // Reopened through the app's own client: the data is there, with its audit trail.
    const database = createDatabase(dir.target);
    try {
      expect(await database.prisma.forum.count()).toBeGreaterThan(0);
      expect(await database.prisma.auditEvent.count({ where: { action: "CREATE" } })).toBe(first.created);
    } finally {
      await database.close();
    }

    // And raw, after every client closed: the folder opens and has the migrations recorded.
    const pglite = new PGlite({ dataDir: dir.target.dataDir });
    try {
      const { rows } = await pglite.query<{ n: number }>(
        "select count(*)::int as n from _prisma_migrations where finished_at is not null",
      );
      expect(rows[0]!.n).toBeGreaterThan(0);
    } finally {
      await pglite.close();
    }
    await expect(checkDatabase(dir.target)).resolves.toBeUndefined();
  });
});
