import "server-only";
import { fromIsoDate, isoPartial, partialDateOf } from "@/lib/core/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import { checkSource, type CheckedSource } from "@/lib/core/import/records";
import { auditActorId, auditNote, type Actor } from "../actor";
import { newSourceSlug } from "../slugs";
import type { Tx } from "../transaction";
import type { Importer } from "./importer";

const sourceSelect = { id: true, slug: true, externalId: true, kind: true, title: true, publisher: true, authors: true, url: true, publishedOn: true, publishedOnPrecision: true, note: true } as const;
type SourceRow = Prisma.SourceGetPayload<{ select: typeof sourceSelect }>;

/** The audit trail's picture of a source. */
function sourceSnapshot(s: SourceRow) {
  const published = partialDateOf(s.publishedOn, s.publishedOnPrecision);
  return {
    slug: s.slug,
    kind: s.kind,
    title: s.title,
    publisher: s.publisher,
    authors: s.authors,
    url: s.url,
    publishedOn: published && isoPartial(published),
    note: s.note,
  };
}

/**
 * Sources (the documents facts rest on). There is no form for a source on its own (forms add one
 * beside a milestone or a case), so its schema lives with the import (sourceImportSchema). A source
 * the seed recorded from the blog (SEED_POST) is never changed by an import.
 */
export const sourceImporter: Importer<CheckedSource, { actor: Actor }> = {
  kind: "sources",
  check: checkSource,
  externalIdOf: (s) => s.externalId,
  prepare: async (_tx, { actor }) => ({ actor }),
  recordPath: (path) => path,
  async write(tx: Tx, { actor }, s) {
    const data = {
      kind: s.kind,
      title: s.title,
      publisher: s.publisher,
      authors: s.authors,
      url: s.url,
      publishedOn: s.publishedOn ? fromIsoDate(s.publishedOn.date) : null,
      publishedOnPrecision: s.publishedOn?.precision ?? null,
      note: s.note,
    };
    const audit = { actorId: auditActorId(actor), note: auditNote(actor), entityType: "Source" };
    const existing = await tx.source.findUnique({ where: { externalId: s.externalId }, select: sourceSelect });
    if (!existing) {
      const created = await tx.source.create({ data: { ...data, slug: await newSourceSlug(tx, s.title), externalId: s.externalId }, select: sourceSelect });
      await tx.auditEvent.create({ data: { ...audit, action: "CREATE", entityId: created.id, after: sourceSnapshot(created) } });
      return { outcome: "created", slug: created.slug };
    }
    // Fields the file does not give keep their value.
    const given = Object.fromEntries(
      Object.entries(data).filter(([field]) => s.present.has(field === "publishedOnPrecision" ? "publishedOn" : field)),
    ) as Partial<typeof data>;
    const before = sourceSnapshot(existing);
    const after = sourceSnapshot({ ...existing, ...given });
    if (JSON.stringify(before) === JSON.stringify(after)) return { outcome: "unchanged", slug: existing.slug };
    const updated = await tx.source.update({ where: { id: existing.id }, data: given, select: sourceSelect });
    await tx.auditEvent.create({ data: { ...audit, action: "UPDATE", entityId: existing.id, before, after: sourceSnapshot(updated) } });
    return { outcome: "updated", slug: updated.slug };
  },
};
