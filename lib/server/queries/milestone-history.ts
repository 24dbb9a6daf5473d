import "server-only";
import type { Locale } from "@/lib/core/locales";
import type { HistoryEntry } from "@/lib/core/views";
import { diffSnapshots, referencedSlugs } from "@/lib/core/audit-diff";
import { localizeMessage } from "@/lib/core/message-texts";
import { db } from "@/lib/server/db";
import { referenceNames } from "./reference-names";


const versionOf = (snapshot: unknown) => (snapshot && typeof snapshot === "object" && typeof (snapshot as { version?: unknown }).version === "number" ? (snapshot as { version: number }).version : null);

/**
 * Who acted, when no account did: an operator at the command line, a named script, the seed. The
 * English is the message id; its Ukrainian is in lib/core/message-texts.ts (decision 041).
 */
function noAccountActor(note: string | null, locale: Locale): string {
  if (note?.startsWith("operator")) return localizeMessage("an operator (command line)", locale);
  if (note) return localizeMessage(`${note} (no user account)`, locale);
  return localizeMessage("reference data (seed)", locale);
}

/**
 * The audit events of one record, newest first, with who acted and what changed field by field,
 * in the reader's language (`locale`: the labels and the words the history adds).
 */
export async function auditHistory(entityType: string, entityId: string, locale: Locale = "en"): Promise<HistoryEntry[]> {
  const events = await db.auditEvent.findMany({
    where: { entityType, entityId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { id: true, at: true, action: true, before: true, after: true, note: true, actor: { select: { name: true, email: true } } },
  });
  const names = await referenceNames(referencedSlugs([{ entityType, values: events.flatMap((e) => [e.before, e.after]) }]));
  return events.map((e) => ({
    id: String(e.id),
    at: e.at,
    action: e.action,
    // Public pages: the operator's shell account name is not for readers; "operator" says enough.
    who: e.actor ? e.actor.name : noAccountActor(e.note, locale),
    versions: { before: versionOf(e.before), after: versionOf(e.after) },
    changes: diffSnapshots(e.before, e.after, entityType, names, locale),
  }));
}

/**
 * A milestone's history. Found by slug even when deleted (the caller decides who may see a
 * deleted one).
 */
export async function getMilestoneHistory(slug: string, locale: Locale = "en") {
  const milestone = await db.milestone.findUnique({ where: { slug }, select: { id: true, slug: true, title: true, deletedAt: true, version: true } });
  if (!milestone) return null;
  return { milestone, entries: await auditHistory("Milestone", milestone.id, locale) };
}

/** A jurisdiction rule's history: every change an admin (or the reference data) made to it. */
export async function getRuleHistory(slug: string, locale: Locale = "en") {
  const rule = await db.jurisdictionRule.findUnique({
    where: { slug },
    select: { id: true, slug: true, version: true, deletedAt: true, forum: { select: { slug: true, name: true } } },
  });
  if (!rule) return null;
  return { rule, entries: await auditHistory("JurisdictionRule", rule.id, locale) };
}
