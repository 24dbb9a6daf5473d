"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { endSessionsAction, type EndSessionsState } from "./actions";
import styles from "./account.module.css";
import { Notice } from "./Notice";

const initial: EndSessionsState = { status: "idle" };

/**
 * Where the user is signed in, and two ways to sign out elsewhere: keeping this browser, or not.
 * Each button says which, because the second one signs this browser out too.
 */
export function SessionsForm({ count }: { count: number }) {
  const [state, action, pending] = useActionState(endSessionsAction, initial);
  const t = useTranslations("Account");
  return (
    <form action={action} className={styles.feedForm}>
      <Notice tone="error">{state.status === "error" ? state.message : null}</Notice>
      <Notice tone="success" testId="sessions-ended">
        {state.status !== "ended"
          ? null
          : t("sessionsEnded", { count: state.ended })}
      </Notice>
      <p data-testid="session-count">
        {count <= 1 ? (
          <strong>{t("sessionsOnlyHere")}</strong>
        ) : (
          <strong>{t("sessionsCount", { count, others: count - 1 })}</strong>
        )}{" "}
        {t("sessionsLifetime")}
      </p>
      <div className={styles.sessionChoices}>
        <div>
          <button type="submit" name="intent" value="others" disabled={pending}>
            {t("signOutOthers")}
          </button>
          <p className="field-hint">{t("signOutOthersHint")}</p>
        </div>
        <div>
          <button type="submit" name="intent" value="all" className={styles.dangerButton} disabled={pending}>
            {t("signOutAll")}
          </button>
          <p className="field-hint">{t("signOutAllHint")}</p>
        </div>
      </div>
    </form>
  );
}
