"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import styles from "./account.module.css";

/** A secret shown once (a token, a feed address), with a button that copies it. */
export function CopyValue({ value, testId }: { value: string; testId: string }) {
  const [copied, setCopied] = useState(false);
  const t = useTranslations("Account");
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
        {copied ? t("copied") : t("copy")}
      </button>
    </div>
  );
}
