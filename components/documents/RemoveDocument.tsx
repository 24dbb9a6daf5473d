"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { Attachable } from "@/lib/core/document-input";
import { removeDocumentAction } from "@/app/[locale]/documents/actions";
import styles from "./documents.module.css";

/**
 * "Remove…" beside a document (analysts): opens a confirmation that says what removing does and
 * sends the attachment's version, so a removal decided on a page read before the document was
 * removed and attached again is refused. A disclosure, so it works without the page's script.
 */
export function RemoveDocument({ kind, slug, caseSlug, sha256, version, title }: { kind: Attachable; slug: string; caseSlug?: string; sha256: string; version: number; title: string }) {
  const t = useTranslations("Documents.remove");
  const [state, action, pending] = useActionState(removeDocumentAction, { message: null });
  return (
    <details className={styles.remove} open={state.message ? true : undefined}>
      <summary>{t("open")}</summary>
      <form action={action}>
        <p>{t("question", { title })}</p>
        {state.message ? (
          <p className="notice notice-error" role="alert">
            <strong>{t("notRemoved")}</strong> {state.message}
          </p>
        ) : null}
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="slug" value={slug} />
        {caseSlug ? <input type="hidden" name="caseSlug" value={caseSlug} /> : null}
        <input type="hidden" name="sha256" value={sha256} />
        <input type="hidden" name="expectedVersion" value={version} />
        <button type="submit" className="button-danger" disabled={pending}>
          {pending ? t("removing") : t(kind)}
        </button>
      </form>
    </details>
  );
}
