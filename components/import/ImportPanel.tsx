"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { IMPORT_KINDS, timeLeftMs, type ImportKind, type ImportProgress } from "@/lib/core/import/types";
import { ErrorList, messagesFor } from "@/components/forms/Field";
import {
  asImportEvent,
  CONTENT_TYPES,
  formatOfFileName,
  identityOf,
  importUrl,
  readJsonLines,
  refusalFrom,
  sameFile,
  type FileIdentity,
} from "./import-client";
import { durationWords, kindLabel, type ImportWords } from "./words";
import type { ImportVocabulary } from "@/lib/core/import/vocabulary";
import type { Locale } from "@/lib/core/locales";
import { localizeMessage } from "@/lib/core/message-texts";
import { ImportReference } from "./ImportReference";
import { ImportResult } from "./ImportResult";
import { RowStore } from "./row-store";
import type { Run, RunEnd } from "./run";

type FieldErrors = { kind: string[]; file: string[] };
const NO_ERRORS: FieldErrors = { kind: [], file: [] };

/** Announce progress to screen readers at most this often: every few hundred ms would drown the page. */
const ANNOUNCE_EVERY_MS = 15_000;

/** "12,000 records checked · 35% of the file · about 1 min 20 s left". */
export function progressLine(progress: ImportProgress | null, totalBytes: number, t: ImportWords): string {
  if (!progress) return t("sending");
  // The file is in and the import has begun, but no record is done yet.
  if (progress.records === 0) return t("fileIn");
  const total = progress.totalBytes ?? totalBytes;
  const records = t("recordsChecked", { count: progress.records });
  if (!total) return records;
  const fraction = Math.min(1, progress.bytesRead / total);
  if (fraction >= 1) return `${records} · ${t("finishing")}`;
  const left = timeLeftMs({ ...progress, totalBytes: total });
  return [records, t("ofFile", { percent: Math.floor(fraction * 100) }), left === null ? null : left < 1000 ? t("underASecondLeft") : t("timeLeft", { duration: durationWords(t, left) })].filter(Boolean).join(" · ");
}

/**
 * The import form: what the file holds, the file, "Check the file" (a dry run) and "Import", which
 * opens only once a check of this very file and kind rejected nothing. Both stream the file to
 * POST /api/v1/imports and read its NDJSON answer as it comes: progress, one row per record, the end.
 */
export function ImportPanel({ initialKind, vocabulary }: { initialKind: ImportKind | null; vocabulary: ImportVocabulary }) {
  const [kind, setKind] = useState<ImportKind | "">(initialKind ?? "");
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const [run, setRun] = useState<Run | null>(null);
  /** The last check that rejected nothing: what Import may send. */
  const [checked, setChecked] = useState<{ file: FileIdentity; kind: ImportKind; records: number } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const controller = useRef<AbortController | null>(null);
  const runIds = useRef(0);
  const kindField = useRef<HTMLSelectElement>(null);
  const fileField = useRef<HTMLInputElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const t = useTranslations("Import");
  const locale = useLocale() as Locale;
  const format = useFormatter();
  const number = (n: number) => format.number(n);

  const running = run?.end.status === "running";
  const importReady = checked !== null && file !== null && kind === checked.kind && sameFile(checked.file, identityOf(file));

  // Leaving the page mid-run stops it (the server then rolls back).
  useEffect(() => () => controller.current?.abort(), []);

  // Focus follows the work: to Cancel when a run starts (the button pressed is now disabled), to the
  // result when it ends.
  const lastStatus = useRef<string | null>(null);
  useEffect(() => {
    const status = run?.end.status ?? null;
    if (status !== lastStatus.current) {
      if (status === "running") cancelButton.current?.focus();
      else if (status !== null && lastStatus.current === "running") resultHeading.current?.focus();
      lastStatus.current = status;
    }
  }, [run?.end.status]);

  function reset() {
    controller.current?.abort();
    setRun(null);
    setChecked(null);
    setAnnouncement("");
  }

  function onKindChange(value: string) {
    setKind((IMPORT_KINDS as readonly string[]).includes(value) ? (value as ImportKind) : "");
    setErrors((e) => ({ ...e, kind: [] }));
    reset();
  }

  function onFileChange(chosen: File | null) {
    setFile(chosen);
    setErrors((e) => ({ ...e, file: chosen ? fileProblems(chosen, t) : [] }));
    reset();
  }

  async function start(dryRun: boolean) {
    const problems: FieldErrors = { kind: kind ? [] : [t("kindRequired")], file: file ? fileProblems(file, t) : [t("fileRequired")] };
    setErrors(problems);
    if (problems.kind.length) return kindField.current?.focus();
    if (problems.file.length || !file || !kind) return fileField.current?.focus();
    const fileFormat = formatOfFileName(file.name)!;
    if (!dryRun && !importReady) return;

    const id = ++runIds.current;
    const store = new RowStore();
    const abort = new AbortController();
    controller.current = abort;
    const base = { id, dryRun, kind, fileName: file.name, file: identityOf(file), totalBytes: file.size, store };
    let progress: ImportProgress | null = null;
    const update = (end: RunEnd) => {
      // A newer run (or a reset) owns the page now.
      if (runIds.current !== id) return;
      setRun({ ...base, progress, end });
    };
    setChecked(null);
    update({ status: "running" });
    setAnnouncement(dryRun ? t("announceChecking", { name: file.name }) : t("announceImporting", { name: file.name }));
    let lastAnnounced = Date.now();

    let end: RunEnd;
    try {
      const response = await fetch(importUrl(kind, fileFormat, dryRun), {
        method: "POST",
        body: file,
        headers: { "Content-Type": CONTENT_TYPES[fileFormat] },
        credentials: "same-origin",
        signal: abort.signal,
      });
      const type = response.headers.get("content-type") ?? "";
      if (!response.ok || !type.includes("ndjson") || !response.body) {
        end = { status: "refused", refusal: refusalFrom(response.ok ? 502 : response.status, await response.json().catch(() => null), (status) => refusalWords(t, status), locale) };
      } else {
        let last = null as RunEnd | null;
        await readJsonLines(response.body, (value) => {
          const event = asImportEvent(value);
          if (!event) return;
          if (event.type === "row") store.push(event);
          else if (event.type === "progress") {
            progress = event;
            update({ status: "running" });
            if (Date.now() - lastAnnounced >= ANNOUNCE_EVERY_MS) {
              lastAnnounced = Date.now();
              setAnnouncement(progressLine(progress, file.size, t));
            }
          } else if (event.type === "done") last = { status: "done", summary: event.summary };
          // The page tells the line itself when the message does not: that test reads the English.
          else last = { status: "failed", message: localizeMessage(event.error.message, locale), english: event.error.message, line: event.error.line ?? null };
        });
        end = last ?? { status: "lost", message: dryRun ? t("stoppedBeforeCheck") : t("stoppedBeforeImport") };
      }
    } catch (error) {
      end = abort.signal.aborted
        ? { status: "cancelled" }
        : { status: "lost", message: error instanceof SyntaxError ? t("unreadable") : dryRun ? t("connectionLostCheck") : t("connectionLostImport") };
    }
    if (runIds.current !== id) return;
    controller.current = null;
    update(end);
    setAnnouncement(endAnnouncement(dryRun, end, t, number));
    if (end.status === "refused") {
      const fieldErrors = end.refusal.errors;
      setErrors({ kind: messagesFor(fieldErrors, "kind"), file: messagesFor(fieldErrors, "format", "file", "body") });
    }
    if (dryRun && end.status === "done" && end.summary.counts.rejected === 0 && end.summary.records > 0) {
      setChecked({ file: base.file, kind, records: end.summary.records });
    }
  }

  const kindMessages = errors.kind;
  const fileMessages = errors.file;
  const importLabel = importReady ? t("importRecords", { count: checked?.records ?? 0 }) : t("import");

  return (
    <>
      <form
        className="milestone-form import-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void start(true);
        }}
      >
        <fieldset className="form-section" disabled={running}>
          <legend>{t("theFile")}</legend>
          <div className={`form-field${kindMessages.length ? " has-error" : ""}`}>
            <label htmlFor="import-kind">{t("whatItHolds")}</label>
            <ErrorList id="import-kind-error" messages={kindMessages} />
            <select
              id="import-kind"
              ref={kindField}
              value={kind}
              onChange={(e) => onKindChange(e.target.value)}
              aria-invalid={kindMessages.length > 0}
              aria-describedby={kindMessages.length ? "import-kind-error" : undefined}
            >
              <option value="">{t("chooseKind")}</option>
              {IMPORT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindLabel(t, k)}
                </option>
              ))}
            </select>
          </div>
          <div className={`form-field${fileMessages.length ? " has-error" : ""}`}>
            <label htmlFor="import-file">{t("file")}</label>
            <p className="field-hint" id="import-file-hint">
              {t("fileHint")}
            </p>
            <ErrorList id="import-file-error" messages={fileMessages} />
            <input
              id="import-file"
              ref={fileField}
              type="file"
              accept=".csv,.json,text/csv,application/json"
              onChange={(e) => onFileChange(e.target.files?.[0] ?? null)}
              aria-invalid={fileMessages.length > 0}
              aria-describedby={fileMessages.length ? "import-file-hint import-file-error" : "import-file-hint"}
            />
          </div>
        </fieldset>

        <div className="import-actions">
          <div className="form-actions">
            <button type="submit" disabled={running}>
              {t("check")}
            </button>
            <button type="button" className="import-commit" disabled={running || !importReady} aria-describedby="import-commit-hint" onClick={() => void start(false)}>
              {importLabel}
            </button>
          </div>
          <p className="field-hint" id="import-commit-hint">
            {commitHint(run, importReady, checked?.records ?? 0, t)}
          </p>
        </div>
      </form>

      {/* Screen readers hear the start, a progress line now and then, and the end; not every update. */}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      {run && running ? (
        <section className="import-progress card" aria-labelledby="import-progress-heading">
          <h2 id="import-progress-heading">
            {run.dryRun ? t("progressChecking", { name: run.fileName }) : t("progressImporting", { name: run.fileName })}
          </h2>
          <progress
            max={1}
            value={run.progress ? Math.min(1, run.progress.bytesRead / (run.progress.totalBytes ?? run.totalBytes ?? 1)) : undefined}
            aria-labelledby="import-progress-heading"
            aria-describedby="import-progress-text"
          />
          <p id="import-progress-text" className="import-progress-text">
            {progressLine(run.progress, run.totalBytes, t)}
          </p>
          <p className="form-actions">
            <button type="button" ref={cancelButton} className="import-button-secondary" onClick={() => controller.current?.abort()}>
              {run.dryRun ? t("cancelCheck") : t("cancelImport")}
            </button>
            <span className="field-hint">{t("cancelHint")}</span>
          </p>
        </section>
      ) : null}

      {run && !running ? <ImportResult key={run.id} run={run} headingRef={resultHeading} importReady={importReady} importLabel={importLabel} /> : null}

      <ImportReference kind={kind || null} vocabulary={vocabulary} />
    </>
  );
}

/** What the page says for a refusal whose answer carries no message, by HTTP status. */
function refusalWords(t: ImportWords, status: number): string {
  if (status === 401) return t("refused401");
  if (status === 403) return t("refused403");
  if (status === 413) return t("refused413");
  return t("refusedHttp", { status });
}

/** A file the page can already tell it will refuse. */
function fileProblems(file: File, t: ImportWords): string[] {
  if (!formatOfFileName(file.name)) return [t("notCsvOrJson", { name: file.name })];
  if (file.size === 0) return [t("emptyFile", { name: file.name })];
  return [];
}

function commitHint(run: Run | null, importReady: boolean, records: number, t: ImportWords): string {
  if (importReady) return t("hintReady", { count: records });
  if (run?.end.status === "done" && !run.dryRun && run.end.summary.committed) return t("hintImported");
  if (run?.end.status === "done" && run.dryRun && run.end.summary.counts.rejected > 0) return t("hintRejected", { count: run.end.summary.counts.rejected });
  if (run?.end.status === "done" && run.dryRun && run.end.summary.records === 0) return t("hintNoRecords");
  return t("hintCheckFirst");
}

function endAnnouncement(dryRun: boolean, end: RunEnd, t: ImportWords, number: (n: number) => string): string {
  switch (end.status) {
    case "done": {
      const { counts } = end.summary;
      if (dryRun) return t("announceChecked", { count: counts.rejected });
      return end.summary.committed ? t("announceImported", { created: number(counts.created), updated: number(counts.updated) }) : t("nothingImported");
    }
    case "cancelled":
      return dryRun ? t("announceCheckCancelled") : t("announceImportCancelled");
    case "running":
      return "";
    case "lost":
      return dryRun ? t("announceCheckLost") : t("announceImportLost");
    default:
      return dryRun ? t("announceCheckNotRun") : t("announceImportNotRun");
  }
}
