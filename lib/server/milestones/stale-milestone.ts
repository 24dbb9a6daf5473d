import "server-only";
import { formatMinute } from "@/lib/core/timestamps";
import { isMilestonePicture } from "@/lib/core/milestone-merge";
import { timeZoneOf, type Actor } from "../actor";
import { AppError } from "../errors";
import type { Tx } from "../transaction";
import type { MilestoneRow } from "./find-milestone";
import { toRecord } from "./milestone-record";

/**
 * The refusal of a stale save (409), carrying what a merge needs, as a note's conflict does: the
 * milestone as it is now with who saved it and when (`current`), and the version the editor
 * started from as the history pictured it (`base`, null when the history does not hold it in
 * slugs), so a form or an API client can tell who changed which field.
 */
export async function staleMilestone(tx: Tx, actor: Actor, now: MilestoneRow, yourVersion: number): Promise<AppError> {
  const [latest, started] = await Promise.all([
    tx.auditEvent.findFirst({
      where: { entityType: "Milestone", entityId: now.id },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      select: { at: true, actor: { select: { name: true } } },
    }),
    tx.auditEvent.findFirst({
      where: { entityType: "Milestone", entityId: now.id, after: { path: ["version"], equals: yourVersion } },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      select: { after: true },
    }),
  ]);
  const editedBy = latest ? (latest.actor?.name ?? "the system (seed or import)") : null;
  const editedAt = latest ? latest.at.toISOString() : null;
  const by = latest ? ` by ${editedBy} at ${formatMinute(editedAt!, timeZoneOf(actor))}` : "";
  return new AppError(
    "CONFLICT",
    `Someone else saved a new version of milestone "${now.slug}" (version ${now.version}${by}) while you were editing version ${yourVersion}. Nothing was overwritten: compare the two versions, then save again based on version ${now.version}.`,
    { current: { ...toRecord(now), editedBy, editedAt }, base: isMilestonePicture(started?.after) ? (started!.after as Record<string, unknown>) : null },
  );
}
