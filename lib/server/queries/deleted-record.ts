import "server-only";
import { cache } from "react";
import type { DeletedRecordView } from "@/lib/core/views";
import { db } from "@/lib/server/db";


/**
 * A deleted milestone or case, found by the address it had: when it was deleted and by whom (the
 * audit trail's last DELETE of it). Null when the slug names no record, or a live one.
 */
// Once per request: the page's metadata and the page itself both ask.
export const findDeletedRecord = cache(async (kind: "milestone" | "case", slug: string): Promise<DeletedRecordView | null> => {
  const select = { id: true, title: true, deletedAt: true } as const;
  const row = kind === "milestone" ? await db.milestone.findUnique({ where: { slug }, select }) : await db.case.findUnique({ where: { slug }, select });
  if (!row?.deletedAt) return null;
  const event = await db.auditEvent.findFirst({
    where: { entityType: kind === "milestone" ? "Milestone" : "Case", entityId: row.id, action: "DELETE" },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { actor: { select: { name: true } } },
  });
  return { title: row.title, deletedAt: row.deletedAt, deletedBy: event?.actor?.name ?? null };
});
