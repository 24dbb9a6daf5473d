"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { RefObject } from "react";
import { ROW_OUTCOMES, type ImportCounts } from "@/lib/core/import/types";
import type { Locale } from "@/lib/core/locales";
import { localizeMessage } from "@/lib/core/message-texts";
import { ImportReport } from "./ImportReport";
import type { Run } from "./run";
import { durationWords, kindWord, outcomeWords } from "./words";

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const sentence = (text: string) => {
  const t = capitalise(text.trim());
  return /[.!?]$/.test(t) ? t : `${t}.`;
};

/** What a check or an import came to: a sentence that says whether anything was written, the counts, then the report. */
export function ImportResult({ run, headingRef, importReady, importLabel }: { run: Run; headingRef: RefObject<HTMLHeadingElement | null>; importReady: boolean; importLabel: string }) {
  const { end, dryRun } = run;
  const t = useTranslations("Import");
  const written = end.status === "done" && end.summary.committed;
  return (
    <section className="import-result" aria-labelledby="import-result-heading">
      <h2 id="import-result-heading" ref={headingRef} tabIndex={-1}>
        {dryRun ? t("resultCheck") : t("resultImport")}
        <span className="import-file-name"> {t("resultOfFile", { name: run.fileName })}</span>
      </h2>
      <Outcome run={run} importReady={importReady} importLabel={importLabel} />
      {end.status === "done" ? <Counts counts={end.summary.counts} written={written} /> : null}
      {run.store.length > 0 ? (
        <ImportReport store={run.store} kind={run.kind} written={written} dryRun={dryRun} fileName={run.fileName} complete={end.status === "done"} />
      ) : end.status === "done" ? null : (
        <p className="muted">{dryRun ? t("noRecordReadCheck") : t("noRecordReadImport")}</p>
      )}
    </section>
  );
}

function Outcome({ run, importReady, importLabel }: { run: Run; importReady: boolean; importLabel: string }) {
  const { end, dryRun } = run;
  const t = useTranslations("Import");
  const locale = useLocale() as Locale;
  const format = useFormatter();
  const n = (value: number) => format.number(value);
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  switch (end.status) {
    case "running":
      return null;
    case "done": {
      const { summary } = end;
      const { created, updated, unchanged, rejected } = summary.counts;
      const took = t("took", { duration: durationWords(t, summary.elapsedMs) });
      if (summary.dryRun) {
        if (summary.records === 0) {
          return (
            <div className="notice notice-warning">
              <p>
                <strong>{t("nothingWrittenCheck")}</strong> {t("noRecordsInFile", { kind: kindWord(t, run.kind) })}
              </p>
            </div>
          );
        }
        return (
          <div className={`notice ${rejected > 0 ? "notice-warning" : "notice-success"}`}>
            <p>
              <strong>{t("nothingWrittenCheck")}</strong>{" "}
              {t("checkSummary", { count: summary.records, created: n(created), updated: n(updated), unchanged: n(unchanged), rejected })}
            </p>
            {rejected > 0 ? (
              <p>{t("correctRejected", { count: rejected })}</p>
            ) : importReady ? (
              <p>{t("noneRejected", { label: importLabel })}</p>
            ) : null}
          </div>
        );
      }
      if (summary.committed) {
        return (
          <div className="notice notice-success">
            <p>
              <strong>{t("imported", { created: n(created), updated: n(updated) })}</strong>{" "}
              {unchanged > 0 ? `${t("alreadyUnchanged", { count: unchanged })} ` : null}
              {took}
            </p>
          </div>
        );
      }
      return (
        <div className="notice notice-error">
          <p>
            <strong>{t("nothingImported")}</strong> {summary.reason ? sentence(localizeMessage(summary.reason, locale)) : null} {t("databaseAsItWas")}
          </p>
          {rejected > 0 ? <p>{t("rejectedListed", { count: rejected })}</p> : null}
        </div>
      );
    }
    case "failed": {
      // The server's English says whether it names the line and that nothing was written; the page shows `message`, in its language.
      const english = end.english ?? end.message;
      const where = end.line !== null && !english.includes(`line ${end.line}`) ? `${t("lineAt", { line: end.line })} ` : "";
      const saysNothing = /nothing was (imported|written)/i.test(english);
      return (
        <div className="notice notice-error">
          <p>
            <strong>{dryRun ? t("checkStopped") : t("importStopped")}</strong> {sentence(where + end.message)}{" "}
            {saysNothing ? null : dryRun ? t("nothingWritten") : t("nothingImportedAsItWas")}
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
              {t.rich(dryRun ? "signedOutCheck" : "signedOutImport", {
                strong,
                link: (chunks) => <Link href={`/sign-in?callbackUrl=${encodeURIComponent("/import")}`}>{chunks}</Link>,
              })}
            </p>
          </div>
        );
      }
      return (
        <div className="notice notice-error">
          <p>
            <strong>{dryRun ? t("nothingChecked") : t("nothingImported")}</strong> {refusal.errors.length > 0 ? null : sentence(refusal.message)}
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
            <strong>{dryRun ? t("cancelledCheck") : t("cancelledImport")}</strong> {t("nothingWrittenAsItWas")}
          </p>
        </div>
      );
    case "lost":
      return (
        <div className="notice notice-error">
          <p>
            <strong>{dryRun ? t("checkNotFinished") : t("importNotFinished")}</strong> {end.message} {dryRun ? t("checkNeverWrites") : t("importAllAtOnce")}
          </p>
        </div>
      );
  }
}

function Counts({ counts, written }: { counts: ImportCounts; written: boolean }) {
  const t = useTranslations("Import");
  const format = useFormatter();
  return (
    <dl className="import-counts">
      {ROW_OUTCOMES.map((outcome) => (
        <div key={outcome} className={`import-count import-count-${outcome}`}>
          <dt>{outcomeWords(t, outcome, written)}</dt>
          <dd>{format.number(counts[outcome])}</dd>
        </div>
      ))}
    </dl>
  );
}
