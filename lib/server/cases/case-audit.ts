import "server-only";
import { FAILED_DUTY_LABELS, KNOWLEDGE_STANDARD_LABELS } from "@/lib/core/case-input";
import { isoPartial, type PartialDate, partialDateOf } from "@/lib/core/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import { accusedRecord, caseFields, liveAccused, type AccusedFields } from "./case-record";
import { accusedColumns, type CaseRow } from "./find-case";

/** The audit trail's pictures of a case, an accused and a stage entry. */

/** A charge in words, for the audit trail: "War crimes · Command responsibility · Article 28 · against X · should have known · failed to prevent". */
function chargeWords(ch: CaseRow["charges"][number]): string {
  const parts = [ch.crime.name, ch.mode.name, ch.provisionCited, ch.accused ? `against ${ch.accused.name} (${ch.accused.slug})` : "against every accused"];
  if (ch.knowledgeStandard) parts.push(KNOWLEDGE_STANDARD_LABELS[ch.knowledgeStandard].toLowerCase());
  if (ch.failedDuties.length > 0) parts.push(`failed ${ch.failedDuties.map((d) => FAILED_DUTY_LABELS[d]).join(", ")}`);
  if (ch.description) parts.push(ch.description);
  return parts.join(" · ");
}

/** The audit trail's picture of a case: its fields, with references as slugs and its sets in words. */
export function snapshot(c: CaseRow): Prisma.InputJsonObject {
  return {
    ...caseFields(c),
    accused: liveAccused(c).map((a) => `${a.name} (${a.slug})`),
    charges: c.charges.map(chargeWords),
    sources: c.sources.map((s) => ({ source: s.source.slug, title: s.source.title, url: s.source.url, locator: s.locator })),
    milestones: c.milestones.map((m) => m.slug).sort(),
  };
}

/** What the audit trail's picture of an accused needs (accusedSnapshot). */
export const accusedAuditSelect = { ...accusedColumns, kind: { select: { slug: true } }, level: { select: { slug: true } } } as const;

export type AccusedSnapshotRow = AccusedFields & { deletedAt?: Date | null };

/** The audit trail's picture of an accused: its record, and whether it is deleted. */
export function accusedSnapshot(a: AccusedSnapshotRow): Prisma.InputJsonObject {
  return { ...accusedRecord(a), deletedAt: a.deletedAt ? a.deletedAt.toISOString() : null };
}

/** The audit trail's picture of one stage entry. */
export function stageSnapshot(caseSlug: string, s: { stage: string; occurredOn: Date; precision: PartialDate["precision"]; inAbsentia: boolean; note: string | null; sourceLocator: string | null; source: { slug: string } | null }): Prisma.InputJsonObject {
  return {
    case: caseSlug,
    stage: s.stage,
    stageDate: isoPartial(partialDateOf(s.occurredOn, s.precision)),
    inAbsentia: s.inAbsentia,
    note: s.note,
    source: s.source?.slug ?? null,
    sourceLocator: s.sourceLocator,
  };
}
