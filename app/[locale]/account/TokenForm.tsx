"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, ErrorList } from "@/components/forms/Field";
import { DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS } from "@/lib/core/token-input";
import { createTokenAction, type CreateTokenState } from "./actions";
import { CopyValue } from "./CopyValue";
import { Notice } from "./Notice";
import styles from "./account.module.css";

const initial: CreateTokenState = { status: "idle", values: { name: "", expiresInDays: String(DEFAULT_TOKEN_DAYS) } };

/** The new token, shown once, with a copy button and an example request. */
function NewToken({ token, name, expiresAt, origin }: { token: string; name: string; expiresAt: string; origin: string }) {
  const example = `curl -H "Authorization: Bearer ${token}" ${origin}/api/v1/me`;
  const t = useTranslations("Account");
  return (
    <div className={`notice ${styles.newToken}`} role="status" aria-labelledby="new-token-heading">
      <h3 id="new-token-heading">{t("tokenCreated", { name })}</h3>
      <p>
        <strong>{t("tokenShownOnce")}</strong> {t("tokenFingerprint", { date: new Date(expiresAt).toISOString().slice(0, 10) })}
      </p>
      <CopyValue value={token} testId="new-token" />
      <p className={styles.exampleLabel}>{t("tokenExampleLabel")}</p>
      <pre className={styles.example}>
        <code>{example}</code>
      </pre>
      <p className="muted small">{t.rich("tokenExampleNote", { code: (chunks) => <code>{chunks}</code> })}</p>
    </div>
  );
}

export function TokenForm({ origin }: { origin: string }) {
  const [state, action, pending] = useActionState(createTokenAction, initial);
  const errors = state.status === "invalid" ? state.errors : {};
  const t = useTranslations("Account");
  return (
    <>
      {state.status === "created" ? <NewToken token={state.token} name={state.name} expiresAt={state.expiresAt} origin={origin} /> : null}
      <form action={action} className={styles.tokenForm} noValidate aria-labelledby="new-token-form-heading">
        <h3 id="new-token-form-heading">{t("tokenFormHeading")}</h3>
        <Notice tone="error">{state.status === "invalid" ? state.message : null}</Notice>
        <div className={styles.fields}>
          <div className={styles.field}>
            <label htmlFor="token-name">{t("name")}</label>
            <span className="field-hint" id="token-name-hint">
              {t("tokenNameHint")}
            </span>
            <ErrorList id="token-name-error" messages={errors.name ? [errors.name] : []} />
            <input
              id="token-name"
              name="name"
              type="text"
              maxLength={100}
              required
              // The key resets the field to what the server sent back (kept on error, cleared on success).
              key={`name-${state.status}-${state.status === "created" ? state.token : state.values.name}`}
              defaultValue={state.values.name}
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={describedBy("token-name", { hint: true, error: !!errors.name })}
            />
          </div>
          <div className={styles.field}>
            <label htmlFor="token-days">{t("tokenDays")}</label>
            <span className="field-hint" id="token-days-hint">
              {t("tokenDaysHint", { max: MAX_TOKEN_DAYS })}
            </span>
            <ErrorList id="token-days-error" messages={errors.expiresInDays ? [errors.expiresInDays] : []} />
            <input
              id="token-days"
              name="expiresInDays"
              type="text"
              inputMode="numeric"
              className={styles.daysInput}
              required
              key={`days-${state.status}-${state.values.expiresInDays}-${state.status === "created" ? state.token : ""}`}
              defaultValue={state.values.expiresInDays}
              aria-invalid={errors.expiresInDays ? true : undefined}
              aria-describedby={describedBy("token-days", { hint: true, error: !!errors.expiresInDays })}
            />
          </div>
        </div>
        <button type="submit" disabled={pending}>
          {pending ? t("tokenCreating") : t("tokenSubmit")}
        </button>
      </form>
    </>
  );
}
