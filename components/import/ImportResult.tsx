"use client";

import { Link } from "@/lib/i18n/navigation";
import type { RefObject } from "react";
import { formatDuration, ROW_OUTCOMES, type ImportCounts } from "@/lib/core/import/types";
import { formatCount, outcomeLabel, plural } from "./import-client";
import { ImportReport } from "./ImportReport";
import type { Run } from "./run";

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const sentence = (text: string) => {
  const t = capitalise(text.trim());
  return /[.!?]$/.test(t) ? t : `${t}.`;
};

/** What a check or an import came to: a sentence that says whether anything was written, the counts, then the report. */
export function ImportResult({ run, headingRef, importReady, importLabel }: { run: Run; headingRef: RefObject<HTMLHeadingElement | null>; importReady: boolean; importLabel: string }) {
  const { end, dryRun } = run;
  const what = dryRun ? "check" : "import";
  const written = end.status === "done" && end.summary.committed;
  return (
    <section className="import-result" aria-labelledby="import-result-heading">
      <h2 id="import-result-heading" ref={headingRef} tabIndex={-1}>
        {dryRun ? "Result of the check" : "Result of the import"}
        <span className="import-file-name"> of “{run.fileName}”</span>
      </h2>
      <Outcome run={run} importReady={importReady} importLabel={importLabel} />
      {end.status === "done" ? <Counts counts={end.summary.counts} written={written} /> : null}
      {run.store.length > 0 ? (
        <ImportReport store={run.store} kind={run.kind} written={written} dryRun={dryRun} fileName={run.fileName} complete={end.status === "done"} />
      ) : end.status === "done" ? null : (
        <p className="muted">No record was read before the {what} stopped.</p>
      )}
    </section>
  );
}

function Outcome({ run, importReady, importLabel }: { run: Run; importReady: boolean; importLabel: string }) {
  const { end, dryRun } = run;
  const what = dryRun ? "check" : "import";
  switch (end.status) {
    case "running":
      return null;
    case "done": {
      const { summary } = end;
      const { created, updated, unchanged, rejected } = summary.counts;
      const took = `It took ${formatDuration(summary.elapsedMs)}.`;
      if (summary.dryRun) {
        if (summary.records === 0) {
          return (
            <div className="notice notice-warning">
              <p>
                <strong>Nothing was written: this was a check.</strong> The file holds no records: only a header, or nothing the tracker reads as {run.kind}.
              </p>
            </div>
          );
        }
        return (
          <div className={`notice ${rejected > 0 ? "notice-warning" : "notice-success"}`}>
            <p>
              <strong>Nothing was written: this was a check.</strong> Of the {plural(summary.records, "record", "records")} in the file, importing it would create{" "}
              {formatCount(created)}, update {formatCount(updated)} and leave {formatCount(unchanged)} unchanged; {formatCount(rejected)} {rejected === 1 ? "is" : "are"} rejected.
            </p>
            {rejected > 0 ? (
              <p>
                The import is all or nothing, so it can run only when no record is rejected. Correct the rejected {rejected === 1 ? "record" : "records"} (listed below with
                the column and the reason), then choose the file again and check it.
              </p>
            ) : importReady ? (
              <p>No record is rejected: you can import the file now with “{importLabel}” above.</p>
            ) : null}
          </div>
        );
      }
      if (summary.committed) {
        return (
          <div className="notice notice-success">
            <p>
              <strong>
                Imported: {formatCount(created)} created, {formatCount(updated)} updated.
              </strong>{" "}
              {unchanged > 0 ? `${plural(unchanged, "record was", "records were")} already as in the file and stayed unchanged. ` : null}
              {took}
            </p>
          </div>
        );
      }
      return (
        <div className="notice notice-error">
          <p>
            <strong>Nothing was imported.</strong> {summary.reason ? sentence(summary.reason) : null} The database is as it was.
          </p>
          {rejected > 0 ? <p>The rejected {rejected === 1 ? "record is" : "records are"} listed below with the column and the reason.</p> : null}
        </div>
      );
    }
    case "failed": {
      const where = end.line !== null && !end.message.includes(`line ${end.line}`) ? `Line ${end.line}: ` : "";
      const saysNothing = /nothing was (imported|written)/i.test(end.message);
      return (
        <div className="notice notice-error">
          <p>
            <strong>{dryRun ? "The check stopped." : "The import stopped."}</strong> {sentence(where + end.message)}{" "}
            {saysNothing ? null : dryRun ? "Nothing was written." : "Nothing was imported: the database is as it was."}
          </p>
        </div>
      );
    }
    case "refused": {
      const { refusal } = end;
      if (refusal.status === 401) {
        return (
          <div className="notice notice-error">
            <p>
              <strong>You are no longer signed in, so nothing was {dryRun ? "checked" : "imported"}.</strong> <Link href={`/sign-in?callbackUrl=${encodeURIComponent("/import")}`}>Sign in again</Link>, then choose the file again.
            </p>
          </div>
        );
      }
      return (
        <div className="notice notice-error">
          <p>
            <strong>Nothing was {dryRun ? "checked" : "imported"}.</strong> {refusal.errors.length > 0 ? null : sentence(refusal.message)}
          </p>
          {refusal.errors.length > 0 ? (
            <ul>
              {refusal.errors.map((e, i) => (
                <li key={`${e.parameter}-${i}`}>{sentence(e.message)}</li>
              ))}
            </ul>
          ) : null}
        </div>
      );
    }
    case "cancelled":
      return (
        <div className="notice notice-warning">
          <p>
            <strong>You cancelled the {what}.</strong> Nothing was written: the database is as it was.
          </p>
        </div>
      );
    case "lost":
      return (
        <div className="notice notice-error">
          <p>
            <strong>The {what} did not finish.</strong> {end.message}{" "}
            {dryRun
              ? "A check never writes anything."
              : "An import is written all at once when it finishes, or not at all. To see where the database stands, check the file again: records already imported show as “Unchanged”."}
          </p>
        </div>
      );
  }
}

function Counts({ counts, written }: { counts: ImportCounts; written: boolean }) {
  return (
    <dl className="import-counts">
      {ROW_OUTCOMES.map((outcome) => (
        <div key={outcome} className={`import-count import-count-${outcome}`}>
          <dt>{outcomeLabel(outcome, written)}</dt>
          <dd>{formatCount(counts[outcome])}</dd>
        </div>
      ))}
    </dl>
  );
}
