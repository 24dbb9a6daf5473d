/**
 * The embedded path (no DATABASE_URL): npm start's prepareDatabase on a PGlite folder, twice, and
 * the folder still opens afterwards (PGlite must have been closed cleanly).
 */
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { lockDocument } from "@/lib/server/documents/document-lock";
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
      // Documents (decision 049) on PGlite: the upload's advisory lock, a blob and its attachment;
      // the CHECK constraints refuse an attachment to no record and an unknown language.
      const sha256 = "a".repeat(64);
      const [source, other] = await database.prisma.source.findMany({ select: { id: true }, take: 2, orderBy: { id: "asc" } });
      await database.prisma.$transaction(async (tx) => {
        await lockDocument(tx, sha256);
        await tx.documentBlob.create({ data: { sha256, size: 3, mediaType: "text/plain" } });
        await tx.documentAttachment.create({ data: { sha256, sourceId: source!.id, title: "A document", language: "uk" } });
      });
      await expect(database.prisma.documentAttachment.create({ data: { sha256, title: "Attached to nothing" } })).rejects.toThrow();
      await expect(database.prisma.documentAttachment.create({ data: { sha256, sourceId: other!.id, title: "x", language: "ru" } })).rejects.toThrow();
      await expect(database.prisma.documentBlob.create({ data: { sha256: "NOT-A-HASH", size: 1, mediaType: "text/plain" } })).rejects.toThrow();
      expect(await database.prisma.documentAttachment.count()).toBe(1);
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
