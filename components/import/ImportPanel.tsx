"use client";

import { useEffect, useRef, useState } from "react";
import { formatDuration, IMPORT_KIND_LABELS, IMPORT_KINDS, timeLeftMs, type ImportKind, type ImportProgress } from "@/lib/core/import/types";
import { ErrorList, messagesFor } from "@/components/forms/Field";
import {
  asImportEvent,
  CONTENT_TYPES,
  formatCount,
  formatOfFileName,
  identityOf,
  importUrl,
  plural,
  readJsonLines,
  refusalFrom,
  sameFile,
  type FileIdentity,
} from "./import-client";
import type { ImportVocabulary } from "@/lib/core/import/vocabulary";
import { ImportReference } from "./ImportReference";
import { ImportResult } from "./ImportResult";
import { RowStore } from "./row-store";
import type { Run, RunEnd } from "./run";

type FieldErrors = { kind: string[]; file: string[] };
const NO_ERRORS: FieldErrors = { kind: [], file: [] };

/** Announce progress to screen readers at most this often: every few hundred ms would drown the page. */
const ANNOUNCE_EVERY_MS = 15_000;

/** "12,000 records checked · 35% of the file · about 1 min 20 s left". */
export function progressLine(progress: ImportProgress | null, totalBytes: number): string {
  if (!progress) return "Sending the file…";
  // The file is in and the import has begun, but no record is done yet.
  if (progress.records === 0) return "The file is in; reading the first records…";
  const total = progress.totalBytes ?? totalBytes;
  const records = `${plural(progress.records, "record", "records")} checked`;
  if (!total) return records;
  const fraction = Math.min(1, progress.bytesRead / total);
  if (fraction >= 1) return `${records} · finishing`;
  const left = timeLeftMs({ ...progress, totalBytes: total });
  return [records, `${Math.floor(fraction * 100)}% of the file`, left === null ? null : left < 1000 ? "under a second left" : `about ${formatDuration(left)} left`].filter(Boolean).join(" · ");
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
    setErrors((e) => ({ ...e, file: chosen ? fileProblems(chosen) : [] }));
    reset();
  }

  async function start(dryRun: boolean) {
    const problems: FieldErrors = { kind: kind ? [] : ["Choose what the file holds: cases, milestones or sources."], file: file ? fileProblems(file) : ["Choose a .csv or .json file."] };
    setErrors(problems);
    if (problems.kind.length) return kindField.current?.focus();
    if (problems.file.length || !file || !kind) return fileField.current?.focus();
    const format = formatOfFileName(file.name)!;
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
    const what = dryRun ? "check" : "import";
    setChecked(null);
    update({ status: "running" });
    setAnnouncement(`${dryRun ? "Checking" : "Importing"} ${file.name}…`);
    let lastAnnounced = Date.now();

    let end: RunEnd;
    try {
      const response = await fetch(importUrl(kind, format, dryRun), {
        method: "POST",
        body: file,
        headers: { "Content-Type": CONTENT_TYPES[format] },
        credentials: "same-origin",
        signal: abort.signal,
      });
      const type = response.headers.get("content-type") ?? "";
      if (!response.ok || !type.includes("ndjson") || !response.body) {
        end = { status: "refused", refusal: refusalFrom(response.ok ? 502 : response.status, await response.json().catch(() => null)) };
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
              setAnnouncement(progressLine(progress, file.size));
            }
          } else if (event.type === "done") last = { status: "done", summary: event.summary };
          else last = { status: "failed", message: event.error.message, line: event.error.line ?? null };
        });
        end = last ?? { status: "lost", message: `The tracker’s answer stopped before the ${what} finished.` };
      }
    } catch (error) {
      end = abort.signal.aborted
        ? { status: "cancelled" }
        : { status: "lost", message: error instanceof SyntaxError ? `The tracker’s answer could not be read.` : `The connection to the tracker was lost before the ${what} finished.` };
    }
    if (runIds.current !== id) return;
    controller.current = null;
    update(end);
    setAnnouncement(endAnnouncement(dryRun, end));
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
  const importLabel = importReady ? `Import ${plural(checked?.records ?? 0, "record", "records")}` : "Import";

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
          <legend>The file</legend>
          <div className={`form-field${kindMessages.length ? " has-error" : ""}`}>
            <label htmlFor="import-kind">What the file holds</label>
            <ErrorList id="import-kind-error" messages={kindMessages} />
            <select
              id="import-kind"
              ref={kindField}
              value={kind}
              onChange={(e) => onKindChange(e.target.value)}
              aria-invalid={kindMessages.length > 0}
              aria-describedby={kindMessages.length ? "import-kind-error" : undefined}
            >
              <option value="">Choose cases, milestones or sources</option>
              {IMPORT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {IMPORT_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </div>
          <div className={`form-field${fileMessages.length ? " has-error" : ""}`}>
            <label htmlFor="import-file">File</label>
            <p className="field-hint" id="import-file-hint">
              A CSV or JSON file, told apart by its name: it must end in .csv or .json. The columns and an example are under “How to prepare the file” below.
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
              Check the file
            </button>
            <button type="button" className="import-commit" disabled={running || !importReady} aria-describedby="import-commit-hint" onClick={() => void start(false)}>
              {importLabel}
            </button>
          </div>
          <p className="field-hint" id="import-commit-hint">
            {commitHint(run, importReady, checked?.records ?? 0)}
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
            {run.dryRun ? "Checking" : "Importing"} “{run.fileName}”
          </h2>
          <progress
            max={1}
            value={run.progress ? Math.min(1, run.progress.bytesRead / (run.progress.totalBytes ?? run.totalBytes ?? 1)) : undefined}
            aria-labelledby="import-progress-heading"
            aria-describedby="import-progress-text"
          />
          <p id="import-progress-text" className="import-progress-text">
            {progressLine(run.progress, run.totalBytes)}
          </p>
          <p className="form-actions">
            <button type="button" ref={cancelButton} className="import-button-secondary" onClick={() => controller.current?.abort()}>
              Cancel the {run.dryRun ? "check" : "import"}
            </button>
            <span className="field-hint">Cancelling stops at once and leaves the database as it was.</span>
          </p>
        </section>
      ) : null}

      {run && !running ? <ImportResult key={run.id} run={run} headingRef={resultHeading} importReady={importReady} importLabel={importLabel} /> : null}

      <ImportReference kind={kind || null} vocabulary={vocabulary} />
    </>
  );
}

/** A file the page can already tell it will refuse. */
function fileProblems(file: File): string[] {
  if (!formatOfFileName(file.name)) {
    return [`“${file.name}” is neither a .csv nor a .json file. Save it as CSV (comma-separated, UTF-8) or JSON, with a name ending in .csv or .json.`];
  }
  if (file.size === 0) return [`“${file.name}” is empty.`];
  return [];
}

function commitHint(run: Run | null, importReady: boolean, records: number): string {
  if (importReady) {
    return `The check rejected nothing. Importing writes all ${plural(records, "record", "records")} at once, or nothing at all if anything goes wrong.`;
  }
  if (run?.end.status === "done" && !run.dryRun && run.end.summary.committed) {
    return "Imported. To import another file, or this one changed, choose it and check it first.";
  }
  if (run?.end.status === "done" && run.dryRun && run.end.summary.counts.rejected > 0) {
    return `Import is not possible yet: the check rejected ${plural(run.end.summary.counts.rejected, "record", "records")}. Correct ${run.end.summary.counts.rejected === 1 ? "it" : "them"} in the file, then choose the file again and check it.`;
  }
  if (run?.end.status === "done" && run.dryRun && run.end.summary.records === 0) return "There is nothing to import: the file holds no records.";
  return "Check the file first: Import opens once a check of this file finds no rejected record.";
}

function endAnnouncement(dryRun: boolean, end: RunEnd): string {
  const what = dryRun ? "check" : "import";
  switch (end.status) {
    case "done": {
      const { counts } = end.summary;
      if (dryRun) return `Check finished: ${plural(counts.rejected, "record", "records")} rejected. Nothing was written.`;
      return end.summary.committed ? `Imported: ${formatCount(counts.created)} created, ${formatCount(counts.updated)} updated.` : "Nothing was imported.";
    }
    case "cancelled":
      return `The ${what} was cancelled. Nothing was written.`;
    case "running":
      return "";
    case "lost":
      return dryRun ? "The check did not finish. Nothing was written." : "The import did not finish.";
    default:
      return `The ${what} did not run. Nothing was written.`;
  }
}
