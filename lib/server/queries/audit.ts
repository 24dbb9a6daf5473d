import "server-only";
import type { AuditFilterOptions, AuditFilters } from "@/lib/core/audit-filters";
import { SYSTEM_ACTOR } from "@/lib/core/audit-filters";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireRole, type Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";

/**
 * The audit trail for administrators. Every function here takes the actor and checks the role
 * itself, so no page, action or API that calls it can forget to.
 */

export const AUDIT_PAGE_SIZE = 50;

/** Model names as a reader would say them. */
const ENTITY_LABELS: Record<string, string> = {
  JurisdictionRule: "Jurisdiction rule",
  MilestoneTrack: "Milestone track",
  MilestoneType: "Milestone type",
  CrimeCategory: "Crime category",
  ResponsibilityLevel: "Responsibility level",
  AccusedKind: "Kind of accused",
  ModeOfLiability: "Mode of liability",
  ApiToken: "API token",
};

export const entityLabel = (type: string) => ENTITY_LABELS[type] ?? type.replace(/([a-z])([A-Z])/g, "$1 $2");

export async function getAuditFilterOptions(actor: Actor): Promise<AuditFilterOptions> {
  requireRole(actor, "ADMIN");
  const [types, users] = await Promise.all([
    db.auditEvent.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
    db.user.findMany({ where: { auditEvents: { some: {} } }, select: { email: true, name: true }, orderBy: { email: "asc" } }),
  ]);
  return {
    entity: types.map((t) => ({ value: t.entityType, label: entityLabel(t.entityType) })),
    actor: users.map((u) => ({ value: u.email, label: `${u.name} (${u.email})` })),
  };
}

const auditSelect = {
  id: true,
  at: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  note: true,
  actor: { select: { name: true, email: true } },
} as const satisfies Prisma.AuditEventSelect;

export type AuditRow = {
  id: string;
  at: string;
  action: "CREATE" | "UPDATE" | "DELETE";
  entityType: string;
  entityLabel: string;
  entityId: string;
  /** The record's page, when it has one and still exists. */
  href: string | null;
  /** The record's title or slug, when it is known. */
  name: string | null;
  before: unknown;
  after: unknown;
  actor: { name: string; email: string } | null;
  note: string | null;
};

/** Pages for the records the events name: milestones by slug, rules by their forum, forums and crimes by slug. */
async function recordLinks(rows: { entityType: string; entityId: string }[]): Promise<Map<string, { href: string; name: string }>> {
  const ids = (type: string) => [...new Set(rows.filter((r) => r.entityType === type).map((r) => r.entityId))];
  const [milestones, rules, forums, crimes] = await Promise.all([
    db.milestone.findMany({ where: { id: { in: ids("Milestone") }, deletedAt: null }, select: { id: true, slug: true, title: true } }),
    db.jurisdictionRule.findMany({ where: { id: { in: ids("JurisdictionRule") } }, select: { id: true, slug: true, forum: { select: { slug: true } } } }),
    db.forum.findMany({ where: { id: { in: ids("Forum") } }, select: { id: true, slug: true, name: true } }),
    db.crimeCategory.findMany({ where: { id: { in: ids("CrimeCategory") } }, select: { id: true, slug: true, name: true } }),
  ]);
  const links = new Map<string, { href: string; name: string }>();
  for (const m of milestones) links.set(`Milestone:${m.id}`, { href: `/milestones/${m.slug}`, name: m.title });
  for (const r of rules) links.set(`JurisdictionRule:${r.id}`, { href: `/forums/${r.forum.slug}#rule-${r.slug}`, name: r.slug });
  for (const f of forums) links.set(`Forum:${f.id}`, { href: `/forums/${f.slug}`, name: f.name });
  for (const c of crimes) links.set(`CrimeCategory:${c.id}`, { href: `/crimes/${c.slug}`, name: c.name });
  return links;
}

/**
 * The audit trail, newest first, `AUDIT_PAGE_SIZE` at a time. Keyset pagination on the id:
 * `before` is the last id of the previous page; `nextBefore` is null on the last page.
 */
export async function listAuditEvents(actor: Actor, filters: AuditFilters, pageSize = AUDIT_PAGE_SIZE): Promise<{ rows: AuditRow[]; nextBefore: string | null }> {
  requireRole(actor, "ADMIN");
  const where: Prisma.AuditEventWhereInput = {
    ...(filters.entity ? { entityType: filters.entity } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.actor === SYSTEM_ACTOR ? { actorId: null } : filters.actor ? { actor: { email: filters.actor } } : {}),
    ...(filters.before !== undefined ? { id: { lt: filters.before } } : {}),
  };
  const found = await db.auditEvent.findMany({ where, orderBy: { id: "desc" }, take: pageSize + 1, select: auditSelect });
  const page = found.slice(0, pageSize);
  const links = await recordLinks(page);
  return {
    rows: page.map((e) => ({
      id: e.id.toString(),
      at: e.at.toISOString(),
      action: e.action,
      entityType: e.entityType,
      entityLabel: entityLabel(e.entityType),
      entityId: e.entityId,
      href: links.get(`${e.entityType}:${e.entityId}`)?.href ?? null,
      name: links.get(`${e.entityType}:${e.entityId}`)?.name ?? null,
      before: e.before,
      after: e.after,
      actor: e.actor,
      note: e.note,
    })),
    nextBefore: found.length > pageSize ? page.at(-1)!.id.toString() : null,
  };
}
