import { diffSnapshots, referencedSlugs, type ReferenceNames } from "@/lib/core/audit-diff";
import { FilterForm } from "@/components/FilterForm";
import { FilterNotice } from "@/components/FilterNotice";
import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import {
  AUDIT_PARAM_LABELS,
  AUDIT_PARAMS,
  allowedFor,
  auditQuery,
  parseAuditFilters,
  type AuditFilterOptions,
  type AuditFilters,
} from "@/lib/core/audit-filters";
import { formatPrecise } from "@/lib/core/timestamps";
import { currentActor } from "@/lib/server/auth";
import { timeZoneOf } from "@/lib/server/actor";
import { AppError } from "@/lib/server/errors";
import { getAuditFilterOptions, listAuditEvents, type AuditRow } from "@/lib/server/queries/audit";
import { referenceNames } from "@/lib/server/queries/reference-names";
import styles from "./audit.module.css";

export const metadata: Metadata = { title: "Audit trail" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ACTION_WORDS = { CREATE: "Created", UPDATE: "Updated", DELETE: "Deleted" } as const;

function Refusal({ message }: { message: string }) {
  return (
    <>
      <Breadcrumbs trail={[{ label: "Audit trail" }]} />
      <h1>Audit trail</h1>
      <div className="notice notice-error" role="alert" data-testid="audit-refusal">
        <h2>Only administrators can read the audit trail</h2>
        <p>{message}</p>
        <p>
          If you need to know who changed a record, ask an administrator. <Link href="/account">Back to your account</Link>.
        </p>
      </div>
    </>
  );
}

function Filters({ options, filters }: { options: AuditFilterOptions; filters: AuditFilters }) {
  const any = { actor: "Anyone", action: "Any action", entity: "Any record type" } as const;
  const fields = AUDIT_PARAMS.map((param) => ({ param, label: AUDIT_PARAM_LABELS[param], any: any[param], value: filters[param] ?? "", choices: allowedFor(param, options) }));
  return <FilterForm action="/admin/audit" legend="Filter the audit trail" idPrefix="audit" filters={fields} />;
}

function Who({ row }: { row: AuditRow }) {
  if (row.actor) {
    return (
      <>
        {row.actor.name}
        <br />
        <span className="muted small">{row.actor.email}</span>
      </>
    );
  }
  return (
    <>
      System
      {row.note ? (
        <>
          <br />
          <span className="muted small">{row.note}</span>
        </>
      ) : null}
    </>
  );
}

function Changes({ row, names }: { row: AuditRow; names: ReferenceNames }) {
  const changes = diffSnapshots(row.before, row.after, row.entityType, names);
  if (changes.length === 0) return <span className="muted">No field values recorded</span>;
  const summary =
    row.action === "UPDATE" ? `${changes.length} field${changes.length === 1 ? "" : "s"} changed` : row.action === "CREATE" ? `${changes.length} field${changes.length === 1 ? "" : "s"} set` : `${changes.length} field${changes.length === 1 ? "" : "s"} recorded`;
  return (
    <details className={styles.details}>
      <summary>
        {summary}: {changes.slice(0, 3).map((c) => c.field).join(", ")}
        {changes.length > 3 ? "…" : ""}
      </summary>
      <table className={styles.diff}>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.field}>
              <th scope="row">
                <code>{c.field}</code>
              </th>
              <td className={styles.before}>{c.before ?? <span className="muted">(none)</span>}</td>
              <td className={styles.after}>{c.after ?? <span className="muted">(none)</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export default async function AuditPage({ searchParams }: Props) {
  const params = await searchParams;
  const actor = await currentActor();
  const zone = timeZoneOf(actor);
  let options: AuditFilterOptions;
  try {
    options = await getAuditFilterOptions(actor);
  } catch (error) {
    if (error instanceof AppError && error.code === "UNAUTHENTICATED") return await redirectInLocale("/sign-in?callbackUrl=/admin/audit");
    if (error instanceof AppError && error.code === "FORBIDDEN") return <Refusal message={error.message} />;
    throw error;
  }
  const { filters, issues } = parseAuditFilters(params, options);
  const { rows, nextBefore } = await listAuditEvents(actor, filters);
  // The records the page's events name by slug, named as their pages name them.
  const names = await referenceNames(referencedSlugs(rows.map((r) => ({ entityType: r.entityType, values: [r.before, r.after] }))));
  const base = { entity: filters.entity, action: filters.action, actor: filters.actor };
  const filtered = AUDIT_PARAMS.some((p) => filters[p] !== undefined);

  return (
    <>
      <Breadcrumbs trail={[{ href: "/account", label: "Your account" }, { label: "Audit trail" }]} />
      <h1>Audit trail</h1>
      <p className="lead">
        Every creation, change and deletion of a record, newest first: who made it, when (in your time zone, with its offset from UTC), and the fields it changed.
        Events are written in the same transaction as the change, so none is missing.
      </p>

      <Filters key={auditQuery(base)} options={options} filters={filters} />
      {issues.length > 0 ? (
        <FilterNotice
          headingId="audit-issues-heading"
          items={issues.map((issue) => ({
            key: issue.param,
            param: issue.param,
            label: AUDIT_PARAM_LABELS[issue.param],
            message: issue.message,
            allowedHeading: "Allowed values",
            allowed: issue.allowed,
          }))}
        />
      ) : null}

      <div className="results-bar" role="status">
        <p>
          <strong>{rows.length === 0 ? "No events" : `Events ${filters.before !== undefined ? "older than the previous page" : "from the newest"}`}</strong>
          {filtered ? " matching the filters" : ""}
          {rows.length > 0 ? ` (${rows.length} shown)` : ""}
        </p>
        {filtered || issues.length > 0 || filters.before !== undefined ? (
          <Link href="/admin/audit" className="clear-link">
            {filtered ? "Clear filters" : "Back to the newest"}
          </Link>
        ) : null}
      </div>

      {rows.length === 0 ? (
        <div className="empty">
          <p>No audit event matches.</p>
        </div>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table} data-testid="audit-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Record</th>
                <th scope="col">Changes</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-testid="audit-row" data-event-id={row.id}>
                  <td className={styles.when}>
                    <time dateTime={row.at}>{formatPrecise(row.at, zone)}</time>
                    <br />
                    <span className="muted small">event {row.id}</span>
                  </td>
                  <td>
                    <Who row={row} />
                  </td>
                  <td>
                    <span className={`${styles.action} ${styles[row.action.toLowerCase()]}`}>{ACTION_WORDS[row.action]}</span>
                  </td>
                  <td>
                    {row.entityLabel}
                    <br />
                    {row.href ? (
                      <Link href={row.href} className={styles.recordLink}>
                        {row.name ?? row.entityId}
                      </Link>
                    ) : null}
                    {row.href ? <br /> : null}
                    <code className={`small ${styles.entityId}`}>{row.entityId}</code>
                  </td>
                  <td>
                    <Changes row={row} names={names} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <nav aria-label="Audit trail pages" className={styles.pager}>
        {filters.before !== undefined ? <Link href={`/admin/audit${auditQuery(base) ? `?${auditQuery(base)}` : ""}`}>Newest</Link> : null}
        {nextBefore ? (
          <Link href={`/admin/audit?${auditQuery(base, nextBefore)}`} rel="next">
            Older events →
          </Link>
        ) : rows.length > 0 ? (
          <span className="muted">These are the oldest events.</span>
        ) : null}
      </nav>
    </>
  );
}
