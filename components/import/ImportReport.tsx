"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { useState } from "react";
import type { ImportKind, ImportRowReport, RowOutcome } from "@/lib/core/import/types";
import type { Locale } from "@/lib/core/locales";
import { localizeMessage } from "@/lib/core/message-texts";
import { asSentence, linesLabel, recordHref, reportCsv, reportFileName } from "./import-client";
import type { RowFilter, RowStore } from "./row-store";
import { outcomeWords } from "./words";

const PAGE_SIZE = 100;
const ORDER: readonly RowOutcome[] = ["created", "updated", "unchanged"];

/**
 * The record-by-record report: filters by outcome (rejected first when there are any), 100 records
 * a page (a file of 200,000 records must not become 200,000 table rows), and the whole report as CSV.
 */
export function ImportReport({ store, kind, written, dryRun, fileName, complete }: { store: RowStore; kind: ImportKind; written: boolean; dryRun: boolean; fileName: string; complete: boolean }) {
  const counts = store.counts();
  const t = useTranslations("Import");
  const locale = useLocale() as Locale;
  const format = useFormatter();
  const formatCount = (n: number) => format.number(n);
  const [filter, setFilter] = useState<RowFilter>(counts.rejected > 0 ? "rejected" : "all");
  const [page, setPage] = useState(0);
  const total = store.size(filter);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const rows = store.slice(filter, current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const filters: { value: RowFilter; label: string; count: number }[] = [
    ...(counts.rejected > 0 ? [{ value: "rejected" as const, label: outcomeWords(t, "rejected", written), count: counts.rejected }] : []),
    { value: "all", label: t("all"), count: store.length },
    ...ORDER.filter((o) => counts[o] > 0).map((o) => ({ value: o, label: outcomeWords(t, o, written), count: counts[o] })),
  ];
  const first = total === 0 ? 0 : current * PAGE_SIZE + 1;
  const last = current * PAGE_SIZE + rows.length;

  function download() {
    const blob = new Blob([reportCsv(store.all(), written, locale)], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = reportFileName(fileName, dryRun);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  return (
    <section className="import-report-section" aria-labelledby="import-report-heading">
      <h3 id="import-report-heading">{t("recordByRecord")}</h3>
      <p className="small muted">
        {complete ? null : `${t("readBeforeStop")} `}
        {t("lineNumbers")}
      </p>
      <div className="import-report-tools">
        <div className="import-filters" role="group" aria-label={t("show")}>
          <span className="import-filters-label" aria-hidden="true">
            {t("showColon")}
          </span>
          {filters.map((f) => (
            <button
              key={f.value}
              type="button"
              className={`import-filter${f.value === "rejected" ? " import-filter-rejected" : ""}`}
              aria-pressed={filter === f.value}
              onClick={() => {
                setFilter(f.value);
                setPage(0);
              }}
            >
              {f.label} <span className="import-filter-count">{formatCount(f.count)}</span>
            </button>
          ))}
        </div>
        <button type="button" className="import-button-secondary" onClick={download}>
          {t("download")}
        </button>
      </div>

      <div className="import-table-wrap">
        <table className="import-report" aria-describedby="import-report-range">
          <caption className="visually-hidden">
            {t("caption", { filter: filters.find((f) => f.value === filter)?.label ?? "", first, last, total })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("colLines")}</th>
              <th scope="col">{t("colExternalId")}</th>
              <th scope="col">{t("colOutcome")}</th>
              <th scope="col">{t("colRecord")}</th>
              <th scope="col">{t("colColumn")}</th>
              <th scope="col">{t("colReason")}</th>
            </tr>
          </thead>
          {rows.map((row, i) => (
            <ReportRow key={`${current}-${i}`} row={row} kind={kind} written={written} />
          ))}
        </table>
      </div>

      <nav className="import-pager" aria-label={t("reportPages")}>
        <p id="import-report-range" className="import-range">
          {total === 0 ? t("noRecords") : t("range", { first: formatCount(first), last: formatCount(last), total: formatCount(total) })}
          {pages > 1 ? ` · ${t("page", { page: formatCount(current + 1), pages: formatCount(pages) })}` : null}
        </p>
        {pages > 1 ? (
          <div className="form-actions">
            <button type="button" className="import-button-secondary" disabled={current === 0} onClick={() => setPage(current - 1)}>
              {t("previous")}
            </button>
            <button type="button" className="import-button-secondary" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
              {t("next")}
            </button>
          </div>
        ) : null}
      </nav>
    </section>
  );
}

/** One record: a body of its own, with a line per problem (the record's cells span them). */
function ReportRow({ row, kind, written }: { row: ImportRowReport; kind: ImportKind; written: boolean }) {
  const t = useTranslations("Import");
  const href = recordHref(kind, row, written);
  const span = Math.max(1, row.problems.length);
  const [firstProblem, ...more] = row.problems;
  const record = href ? <Link href={href}>{row.slug}</Link> : row.slug ? <span>{row.slug}</span> : <span className="muted">—</span>;
  return (
    <tbody className={`import-row import-row-${row.outcome}`}>
      <tr>
        <td rowSpan={span} data-label={t("colLines")}>
          <span>{linesLabel(row)}</span>
        </td>
        <td rowSpan={span} data-label={t("colExternalId")} className="import-id">
          {row.externalId ? <span>{row.externalId}</span> : <span className="muted">{t("noId")}</span>}
        </td>
        <td rowSpan={span} data-label={t("colOutcome")}>
          <span className={`import-outcome import-outcome-${row.outcome}`}>{outcomeWords(t, row.outcome, written)}</span>
        </td>
        <td rowSpan={span} data-label={t("colRecord")} className="import-id">
          {record}
        </td>
        <ProblemCells problem={firstProblem} />
      </tr>
      {more.map((p, i) => (
        <tr key={i} className="import-problem-more">
          <ProblemCells problem={p} />
        </tr>
      ))}
    </tbody>
  );
}

function ProblemCells({ problem }: { problem: { column: string; message: string } | undefined }) {
  const t = useTranslations("Import");
  const locale = useLocale() as Locale;
  if (!problem) {
    return (
      <>
        <td data-label={t("colColumn")} className="import-empty-cell">
          <span className="muted">—</span>
        </td>
        <td data-label={t("colReason")} className="import-empty-cell">
          <span className="muted">—</span>
        </td>
      </>
    );
  }
  return (
    <>
      <td data-label={t("colColumn")} className="import-column">
        <code>{problem.column}</code>
      </td>
      <td data-label={t("colReason")}>
        <span>{asSentence(localizeMessage(problem.message, locale))}</span>
      </td>
    </>
  );
}
