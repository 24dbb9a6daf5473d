"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { feedAddressAction, type FeedAddressState } from "./feed-actions";
import { CopyValue } from "./CopyValue";
import { Notice } from "./Notice";
import styles from "./account.module.css";

const idle: FeedAddressState = { status: "idle" };

function NewAddress({ url, replaced }: { url: string; replaced: boolean }) {
  const t = useTranslations("Account");
  return (
    <div className={`notice ${styles.newToken}`} role="status" aria-labelledby="new-feed-heading">
      <h3 id="new-feed-heading">{replaced ? t("feedNewReplaced") : t("feedNew")}</h3>
      <p>
        <strong>{t("feedShownOnce")}</strong> {t("feedPaste")}{" "}
        {replaced ? `${t("feedPreviousGone")} ` : null}
        {t("feedFingerprint")}
      </p>
      <CopyValue value={url} testId="feed-address" />
      <p className="muted small">{t("feedPrivate")}</p>
    </div>
  );
}

/** The private feed address: create, replace (the old stops working) or revoke; the address is shown once. */
export function FeedAddress({ active }: { active: boolean }) {
  const [state, action, pending] = useActionState(feedAddressAction, idle);
  const t = useTranslations("Account");
  const hasAddress = state.status === "idle" || state.active === null ? active : state.active;
  return (
    <form action={action} className={styles.feedForm}>
      <Notice tone="error">{state.status === "error" ? state.message : null}</Notice>
      {state.status === "created" ? <NewAddress url={state.url} replaced={state.replaced} /> : null}
      <Notice tone="success">{state.status === "revoked" ? t("feedRevoked") : null}</Notice>
      <p data-testid="feed-status">
        {hasAddress ? (
          <>
            <strong>{t("feedActive")}</strong> {t("feedReplaceHint")}
          </>
        ) : (
          <strong>{t("feedNone")}</strong>
        )}
      </p>
      <div className={styles.feedActions}>
        <button type="submit" name="intent" value="create" disabled={pending}>
          {hasAddress ? t("feedReplace") : t("feedCreate")}
        </button>
        {hasAddress ? (
          <button type="submit" name="intent" value="revoke" className={styles.dangerButton} disabled={pending}>
            {t("feedRevoke")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
