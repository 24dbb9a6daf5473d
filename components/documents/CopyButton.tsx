"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import styles from "./documents.module.css";

/** Copies a fingerprint to the clipboard (shown only once the page's script runs: without it, the value is selectable text). */
export function CopyButton({ value }: { value: string }) {
  const t = useTranslations("Documents");
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className={`${styles.secondary} ${styles.small}`}
      onClick={() => {
        void navigator.clipboard?.writeText(value).then(() => setCopied(true), () => setCopied(false));
      }}
    >
      {copied ? t("copied") : t("copy")}
    </button>
  );
}
