"use client";

import { useState } from "react";
import styles from "./account.module.css";

/** A secret shown once (a token, a feed address), with a button that copies it. */
export function CopyValue({ value, testId }: { value: string; testId: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className={styles.tokenRow}>
      <code className={styles.tokenValue} data-testid={testId}>
        {value}
      </code>
      <button
        type="button"
        className={styles.secondaryButton}
        onClick={() => {
          void navigator.clipboard?.writeText(value).then(() => setCopied(true), () => setCopied(false));
        }}
      >
        {copied ? "Copied" : "Copy"}
      </button>
    </div>
  );
}
