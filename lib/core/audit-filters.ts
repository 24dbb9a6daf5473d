/**
 * The audit trail's filters and cursor, read from the URL (`/admin/audit?entity=Milestone&action=UPDATE&actor=system&before=120`).
 * Pure: the allowed entity types and actors come from the caller. A bad value never fails the page:
 * it becomes an issue the page shows (naming the parameter and the allowed values), and is ignored.
 */
import { z } from "zod";

export const AUDIT_ACTIONS = ["CREATE", "UPDATE", "DELETE"] as const;
export type AuditActionName = (typeof AUDIT_ACTIONS)[number];

/** The actor filter's value for events with no user: the seed, migrations, the operator's commands. */
export const SYSTEM_ACTOR = "system";

export const AUDIT_PARAMS = ["entity", "action", "actor"] as const;
export type AuditParam = (typeof AUDIT_PARAMS)[number];

export const AUDIT_PARAM_LABELS: Record<AuditParam | "before", string> = {
  entity: "Record type",
  action: "Action",
  actor: "Who",
  before: "Page",
};

export type AuditOption = { value: string; label: string };
export type AuditFilterOptions = { entity: AuditOption[]; actor: AuditOption[] };

export type AuditFilters = { entity?: string; action?: AuditActionName; actor?: string; before?: bigint };

export type AuditIssue = { param: AuditParam | "before"; received: string; message: string; allowed: AuditOption[] };

export const ACTION_OPTIONS: AuditOption[] = [
  { value: "CREATE", label: "Created" },
  { value: "UPDATE", label: "Updated" },
  { value: "DELETE", label: "Deleted" },
];

export function allowedFor(param: AuditParam, options: AuditFilterOptions): AuditOption[] {
  if (param === "action") return ACTION_OPTIONS;
  if (param === "actor") return [{ value: SYSTEM_ACTOR, label: "System (seed, operator)" }, ...options.actor];
  return options.entity;
}

const cursor = z.string().regex(/^[1-9]\d{0,18}$/, { message: "must be the number of an audit event" });

export function parseAuditFilters(
  params: Record<string, string | string[] | undefined>,
  options: AuditFilterOptions,
): { filters: AuditFilters; issues: AuditIssue[] } {
  const filters: AuditFilters = {};
  const issues: AuditIssue[] = [];
  const first = (name: string) => {
    const raw = params[name];
    const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map((v) => v.trim()).filter((v) => v !== "");
    return values[0];
  };

  for (const param of AUDIT_PARAMS) {
    const value = first(param);
    if (value === undefined) continue;
    const allowed = allowedFor(param, options);
    // Entity types are compared exactly (they are model names); actions and e-mails ignore case.
    const match = allowed.find((o) => (param === "entity" ? o.value === value : o.value.toLowerCase() === value.toLowerCase()));
    if (!match) {
      issues.push({ param, received: value, message: `“${param}=${value}” is not a known ${AUDIT_PARAM_LABELS[param].toLowerCase()}; this filter was ignored.`, allowed });
      continue;
    }
    if (param === "action") filters.action = match.value as AuditActionName;
    else filters[param] = match.value;
  }

  const before = first("before");
  if (before !== undefined) {
    const result = cursor.safeParse(before);
    if (result.success) filters.before = BigInt(result.data);
    else issues.push({ param: "before", received: before, message: `“before=${before}” ${result.error.issues[0]?.message}; showing the newest events.`, allowed: [] });
  }
  return { filters, issues };
}

/** The query string for the filters (and an optional cursor), in a fixed order. */
export function auditQuery(filters: Omit<AuditFilters, "before">, before?: string): string {
  const out = new URLSearchParams();
  for (const param of AUDIT_PARAMS) {
    const value = filters[param];
    if (value !== undefined) out.set(param, value);
  }
  if (before) out.set("before", before);
  return out.toString();
}
