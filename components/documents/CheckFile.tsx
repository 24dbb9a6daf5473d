"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { groupedFingerprint, hexOf } from "@/lib/core/document-display";
import { DropZone } from "./DropZone";
import styles from "./documents.module.css";

type Outcome = { name: string } & ({ state: "computing" } | { state: "unavailable" } | { state: "match" } | { state: "different"; sha256: string } | { state: "failed"; reason: string });

/**
 * "Check a file" on a document's page: the browser computes the SHA-256 of a file dropped or
 * chosen (crypto.subtle, which needs a secure context: https or localhost) and says whether it is
 * this document. The file never leaves the reader's computer.
 */
export function CheckFile({ sha256 }: { sha256: string }) {
  const t = useTranslations("Documents.page");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const id = useId();

  const check = async (file: File | undefined) => {
    if (!file) return;
    if (!globalThis.crypto?.subtle) return setOutcome({ name: file.name, state: "unavailable" });
    setOutcome({ name: file.name, state: "computing" });
    try {
      const digest = hexOf(await crypto.subtle.digest("SHA-256", await file.arrayBuffer()));
      setOutcome(digest === sha256 ? { name: file.name, state: "match" } : { name: file.name, state: "different", sha256: digest });
    } catch (error) {
      setOutcome({ name: file.name, state: "failed", reason: (error as Error).message });
    }
  };

  return (
    <div>
      <DropZone testId="check-drop" onFiles={(files) => void check(files[0])}>
        <p>
          <strong>{t("checkDrop")}</strong>
        </p>
        <input id={`${id}-file`} type="file" className={styles.fileInput} data-testid="check-file" onChange={(event) => void check(event.currentTarget.files?.[0])} />
        <label htmlFor={`${id}-file`} className={styles.chooseButton}>
          {t("checkChoose")}
        </label>
      </DropZone>
      <div aria-live="polite" data-testid="check-result" className={styles.checkResult}>
        {outcome?.state === "unavailable" ? <p className="notice notice-warning">{t("checkUnavailable")}</p> : null}
        {outcome?.state === "computing" ? <p>{t("checkComputing", { name: outcome.name })}</p> : null}
        {outcome?.state === "match" ? (
          <p className={styles.match} data-outcome="match">
            <strong>✓</strong> {t("checkMatch", { name: outcome.name })}
          </p>
        ) : null}
        {outcome?.state === "different" ? (
          <p className={styles.noMatch} data-outcome="different">
            <strong>✗</strong> {t("checkNoMatch", { name: outcome.name, fingerprint: groupedFingerprint(outcome.sha256) })}
          </p>
        ) : null}
        {outcome?.state === "failed" ? (
          <p className={styles.noMatch} role="alert">
            {t("checkFailed", { name: outcome.name, reason: outcome.reason })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
