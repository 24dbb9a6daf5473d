"use client";

import { Link } from "@/lib/i18n/navigation";
import { useState } from "react";
import type { ImportKind, ImportRowReport, RowOutcome } from "@/lib/core/import/types";
import { asSentence, formatCount, linesLabel, outcomeLabel, recordHref, reportCsv, reportFileName } from "./import-client";
import type { RowFilter, RowStore } from "./row-store";

const PAGE_SIZE = 100;
const ORDER: readonly RowOutcome[] = ["created", "updated", "unchanged"];

/**
 * The record-by-record report: filters by outcome (rejected first when there are any), 100 records
 * a page (a file of 200,000 records must not become 200,000 table rows), and the whole report as CSV.
 */
export function ImportReport({ store, kind, written, dryRun, fileName, complete }: { store: RowStore; kind: ImportKind; written: boolean; dryRun: boolean; fileName: string; complete: boolean }) {
  const counts = store.counts();
  const [filter, setFilter] = useState<RowFilter>(counts.rejected > 0 ? "rejected" : "all");
  const [page, setPage] = useState(0);
  const total = store.size(filter);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const rows = store.slice(filter, current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const filters: { value: RowFilter; label: string; count: number }[] = [
    ...(counts.rejected > 0 ? [{ value: "rejected" as const, label: outcomeLabel("rejected", written), count: counts.rejected }] : []),
    { value: "all", label: "All", count: store.length },
    ...ORDER.filter((o) => counts[o] > 0).map((o) => ({ value: o, label: outcomeLabel(o, written), count: counts[o] })),
  ];
  const first = total === 0 ? 0 : current * PAGE_SIZE + 1;
  const last = current * PAGE_SIZE + rows.length;

  function download() {
    const blob = new Blob([reportCsv(store.all(), written)], { type: "text/csv;charset=utf-8" });
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
      <h3 id="import-report-heading">Record by record</h3>
      <p className="small muted">
        {complete ? null : "The records read before it stopped. "}
        Line numbers are the file’s own (the header is line 1), so that you can find each record in it.
      </p>
      <div className="import-report-tools">
        <div className="import-filters" role="group" aria-label="Show">
          <span className="import-filters-label" aria-hidden="true">
            Show:
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
          Download the report (CSV)
        </button>
      </div>

      <div className="import-table-wrap">
        <table className="import-report" aria-describedby="import-report-range">
          <caption className="visually-hidden">
            {filters.find((f) => f.value === filter)?.label} records, {first} to {last} of {total}
          </caption>
          <thead>
            <tr>
              <th scope="col">Line(s)</th>
              <th scope="col">External id</th>
              <th scope="col">Outcome</th>
              <th scope="col">Record</th>
              <th scope="col">Column</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          {rows.map((row, i) => (
            <ReportRow key={`${current}-${i}`} row={row} kind={kind} written={written} />
          ))}
        </table>
      </div>

      <nav className="import-pager" aria-label="Pages of the report">
        <p id="import-report-range" className="import-range">
          {total === 0 ? "No records." : `Records ${formatCount(first)}–${formatCount(last)} of ${formatCount(total)}`}
          {pages > 1 ? ` · page ${formatCount(current + 1)} of ${formatCount(pages)}` : null}
        </p>
        {pages > 1 ? (
          <div className="form-actions">
            <button type="button" className="import-button-secondary" disabled={current === 0} onClick={() => setPage(current - 1)}>
              ← Previous 100
            </button>
            <button type="button" className="import-button-secondary" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
              Next 100 →
            </button>
          </div>
        ) : null}
      </nav>
    </section>
  );
}

/** One record: a body of its own, with a line per problem (the record's cells span them). */
function ReportRow({ row, kind, written }: { row: ImportRowReport; kind: ImportKind; written: boolean }) {
  const href = recordHref(kind, row, written);
  const span = Math.max(1, row.problems.length);
  const [firstProblem, ...more] = row.problems;
  const record = href ? <Link href={href}>{row.slug}</Link> : row.slug ? <span>{row.slug}</span> : <span className="muted">—</span>;
  return (
    <tbody className={`import-row import-row-${row.outcome}`}>
      <tr>
        <td rowSpan={span} data-label="Line(s)">
          <span>{linesLabel(row)}</span>
        </td>
        <td rowSpan={span} data-label="External id" className="import-id">
          {row.externalId ? <span>{row.externalId}</span> : <span className="muted">none</span>}
        </td>
        <td rowSpan={span} data-label="Outcome">
          <span className={`import-outcome import-outcome-${row.outcome}`}>{outcomeLabel(row.outcome, written)}</span>
        </td>
        <td rowSpan={span} data-label="Record" className="import-id">
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
  if (!problem) {
    return (
      <>
        <td data-label="Column" className="import-empty-cell">
          <span className="muted">—</span>
        </td>
        <td data-label="Reason" className="import-empty-cell">
          <span className="muted">—</span>
        </td>
      </>
    );
  }
  return (
    <>
      <td data-label="Column" className="import-column">
        <code>{problem.column}</code>
      </td>
      <td data-label="Reason">
        <span>{asSentence(problem.message)}</span>
      </td>
    </>
  );
}
