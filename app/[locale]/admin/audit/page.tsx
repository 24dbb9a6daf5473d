import { diffSnapshots, referencedSlugs, type ReferenceNames } from "@/lib/core/audit-diff";
import { FilterForm } from "@/components/FilterForm";
import { FilterNotice } from "@/components/FilterNotice";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import {
  AUDIT_PARAMS,
  allowedFor,
  auditQuery,
  parseAuditFilters,
  SYSTEM_ACTOR,
  type AuditFilterOptions,
  type AuditFilters,
  type AuditOption,
  type AuditParam,
} from "@/lib/core/audit-filters";
import { localizedPath, type Locale } from "@/lib/core/locales";
import { localizeMessage } from "@/lib/core/message-texts";
import { formatPrecise } from "@/lib/core/timestamps";
import { currentActor } from "@/lib/server/auth";
import { timeZoneOf } from "@/lib/server/actor";
import { AppError } from "@/lib/server/errors";
import { getAuditFilterOptions, listAuditEvents, type AuditRow } from "@/lib/server/queries/audit";
import { referenceNames } from "@/lib/server/queries/reference-names";
import styles from "./audit.module.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Audit");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
type Words = Awaited<ReturnType<typeof getTranslations<"Audit">>>;

/** The message keys of the actions' words, and of the filters' names. */
const ACTION_WORDS = { CREATE: "created", UPDATE: "updated", DELETE: "deleted" } as const;
const PARAM_WORDS = { entity: "paramEntity", action: "paramAction", actor: "paramActor", before: "paramBefore" } as const;

/** The record types the audit trail names, by entity type (others keep the server's words). */
const ENTITY_WORDS = {
  Accused: "accused",
  AccusedKind: "accusedKind",
  Annotation: "annotation",
  ApiToken: "apiToken",
  Case: "case",
  CrimeCategory: "crimeCategory",
  DocumentAttachment: "document",
  FeedToken: "feedToken",
  JurisdictionRule: "jurisdictionRule",
  Milestone: "milestone",
  MilestoneTrack: "milestoneTrack",
  MilestoneType: "milestoneType",
  ModeOfLiability: "modeOfLiability",
  ResponsibilityLevel: "responsibilityLevel",
  Source: "source",
  StageChange: "stageChange",
  User: "user",
} as const;

/** An entity type in the reader's language; an unknown one keeps the server's label. */
function entityWords(t: Words, type: string, fallback: string): string {
  return type in ENTITY_WORDS ? t(`entity.${ENTITY_WORDS[type as keyof typeof ENTITY_WORDS]}`) : fallback;
}

/** A filter's choices in the reader's language: the actions, the system actor and the record types. */
function choicesIn(t: Words, param: AuditParam, options: AuditFilterOptions): AuditOption[] {
  return allowedFor(param, options).map((o) => {
    if (param === "action" && o.value in ACTION_WORDS) return { ...o, label: t(ACTION_WORDS[o.value as keyof typeof ACTION_WORDS]) };
    if (param === "actor" && o.value === SYSTEM_ACTOR) return { ...o, label: t("systemActor") };
    if (param === "entity") return { ...o, label: entityWords(t, o.value, o.label) };
    return o;
  });
}

async function Refusal({ message }: { message: string }) {
  const t = await getTranslations("Audit");
  return (
    <>
      <Breadcrumbs trail={[{ label: t("title") }]} />
      <h1>{t("title")}</h1>
      <div className="notice notice-error" role="alert" data-testid="audit-refusal">
        <h2>{t("adminsOnly")}</h2>
        <p>{message}</p>
        <p>{t.rich("askAdmin", { link: (chunks) => <Link href="/account">{chunks}</Link> })}</p>
      </div>
    </>
  );
}

function Filters({ options, filters, t, locale }: { options: AuditFilterOptions; filters: AuditFilters; t: Words; locale: Locale }) {
  const any = { actor: t("anyActor"), action: t("anyAction"), entity: t("anyEntity") } as const;
  const fields = AUDIT_PARAMS.map((param) => ({ param, label: t(PARAM_WORDS[param]), any: any[param], value: filters[param] ?? "", choices: choicesIn(t, param, options) }));
  return <FilterForm action={localizedPath(locale, "/admin/audit")} legend={t("filterLegend")} idPrefix="audit" filters={fields} />;
}

function Who({ row, t }: { row: AuditRow; t: Words }) {
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
      {t("system")}
      {row.note ? (
        <>
          <br />
          <span className="muted small">{row.note}</span>
        </>
      ) : null}
    </>
  );
}

function Changes({ row, names, t, locale }: { row: AuditRow; names: ReferenceNames; t: Words; locale: Locale }) {
  const changes = diffSnapshots(row.before, row.after, row.entityType, names, locale);
  if (changes.length === 0) return <span className="muted">{t("noFieldValues")}</span>;
  const count = changes.length;
  const summary = row.action === "UPDATE" ? t("fieldsChanged", { count }) : row.action === "CREATE" ? t("fieldsSet", { count }) : t("fieldsRecorded", { count });
  return (
    <details className={styles.details}>
      <summary>
        {summary}: {changes.slice(0, 3).map((c) => c.field).join(", ")}
        {changes.length > 3 ? "…" : ""}
      </summary>
      <table className={styles.diff}>
        <thead>
          <tr>
            <th scope="col">{t("field")}</th>
            <th scope="col">{t("before")}</th>
            <th scope="col">{t("after")}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.field}>
              <th scope="row">
                <code>{c.field}</code>
              </th>
              <td className={styles.before}>{c.before ?? <span className="muted">{t("none")}</span>}</td>
              <td className={styles.after}>{c.after ?? <span className="muted">{t("none")}</span>}</td>
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
    if (error instanceof AppError && error.code === "FORBIDDEN") return <Refusal message={localizeMessage(error.message, (await getLocale()) as Locale)} />;
    throw error;
  }
  const { filters, issues } = parseAuditFilters(params, options);
  const { rows, nextBefore } = await listAuditEvents(actor, filters);
  // The records the page's events name by slug, named as their pages name them.
  const names = await referenceNames(referencedSlugs(rows.map((r) => ({ entityType: r.entityType, values: [r.before, r.after] }))));
  const base = { entity: filters.entity, action: filters.action, actor: filters.actor };
  const filtered = AUDIT_PARAMS.some((p) => filters[p] !== undefined);
  const [t, tAccount, locale] = await Promise.all([getTranslations("Audit"), getTranslations("Account"), getLocale() as Promise<Locale>]);

  return (
    <>
      <Breadcrumbs trail={[{ href: "/account", label: tAccount("title") }, { label: t("title") }]} />
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>

      <Filters key={auditQuery(base)} options={options} filters={filters} t={t} locale={locale} />
      {issues.length > 0 ? (
        <FilterNotice
          headingId="audit-issues-heading"
          items={issues.map((issue) => ({
            key: issue.param,
            param: issue.param,
            label: t(PARAM_WORDS[issue.param]),
            message: localizeMessage(issue.message, locale),
            allowedHeading: t("allowedValues"),
            allowed: issue.param === "before" ? issue.allowed : choicesIn(t, issue.param, options),
          }))}
        />
      ) : null}

      <div className="results-bar" role="status">
        <p>
          <strong>{rows.length === 0 ? t("noEvents") : filters.before !== undefined ? t("eventsOlder") : t("eventsNewest")}</strong>
          {filtered ? ` ${t("matchingFilters")}` : ""}
          {rows.length > 0 ? ` (${t("shown", { count: rows.length })})` : ""}
        </p>
        {filtered || issues.length > 0 || filters.before !== undefined ? (
          <Link href="/admin/audit" className="clear-link">
            {filtered ? t("clearFilters") : t("backToNewest")}
          </Link>
        ) : null}
      </div>

      {rows.length === 0 ? (
        <div className="empty">
          <p>{t("noMatch")}</p>
        </div>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table} data-testid="audit-table">
            <thead>
              <tr>
                <th scope="col">{t("when")}</th>
                <th scope="col">{t("who")}</th>
                <th scope="col">{t("action")}</th>
                <th scope="col">{t("record")}</th>
                <th scope="col">{t("changes")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-testid="audit-row" data-event-id={row.id}>
                  <td className={styles.when}>
                    <time dateTime={row.at}>{formatPrecise(row.at, zone)}</time>
                    <br />
                    <span className="muted small">{t("event", { id: row.id })}</span>
                  </td>
                  <td>
                    <Who row={row} t={t} />
                  </td>
                  <td>
                    <span className={`${styles.action} ${styles[row.action.toLowerCase()]}`}>{t(ACTION_WORDS[row.action])}</span>
                  </td>
                  <td>
                    {entityWords(t, row.entityType, row.entityLabel)}
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
                    <Changes row={row} names={names} t={t} locale={locale} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <nav aria-label={t("pages")} className={styles.pager}>
        {filters.before !== undefined ? <Link href={`/admin/audit${auditQuery(base) ? `?${auditQuery(base)}` : ""}`}>{t("newest")}</Link> : null}
        {nextBefore ? (
          <Link href={`/admin/audit?${auditQuery(base, nextBefore)}`} rel="next">
            {t("older")}
          </Link>
        ) : rows.length > 0 ? (
          <span className="muted">{t("oldest")}</span>
        ) : null}
      </nav>
    </>
  );
}
