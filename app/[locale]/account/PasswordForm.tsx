"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, ErrorList } from "@/components/forms/Field";
import { MIN_PASSWORD_LENGTH, type PasswordChangeField } from "@/lib/core/account-input";
import { changePasswordAction, type ChangePasswordState } from "./actions";
import styles from "./account.module.css";
import { Notice } from "./Notice";

const initial: ChangePasswordState = { status: "idle" };

/** Each field, with the message keys of its label and hint. */
const FIELDS = [
  { name: "currentPassword", id: "current-password", label: "currentPassword", hint: "currentPasswordHint", autoComplete: "current-password" },
  { name: "newPassword", id: "new-password", label: "newPassword", hint: "newPasswordHint", autoComplete: "new-password" },
  { name: "confirmPassword", id: "confirm-password", label: "confirmPassword", hint: "confirmPasswordHint", autoComplete: "new-password" },
] as const satisfies readonly { name: PasswordChangeField; id: string; label: string; hint: string; autoComplete: string }[];

/**
 * Changes the password; the user's other sessions end, this one stays. The fields are uncontrolled,
 * so React empties them after every answer, and the server never sends a password back.
 */
export function PasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, initial);
  const errors = state.status === "invalid" ? state.errors : {};
  const t = useTranslations("Account");
  return (
    <form action={action} className={styles.tokenForm} noValidate aria-labelledby="password-form-heading">
      <h3 id="password-form-heading">{t("passwordHeading")}</h3>
      <Notice tone="error">{state.status === "invalid" ? state.message : null}</Notice>
      <Notice tone="success" testId="password-changed">
        {state.status === "changed"
          ? t("passwordChanged", { count: state.sessionsEnded })
          : null}
      </Notice>
      <div className={styles.fields}>
        {FIELDS.map((f) => {
          const error = errors[f.name];
          return (
            <div className={styles.field} key={f.name}>
              <label htmlFor={f.id}>{t(f.label)}</label>
              <span className="field-hint" id={`${f.id}-hint`}>
                {t(f.hint, { min: MIN_PASSWORD_LENGTH })}
              </span>
              <ErrorList id={`${f.id}-error`} messages={error ? [error] : []} />
              <input
                id={f.id}
                name={f.name}
                type="password"
                autoComplete={f.autoComplete}
                maxLength={200}
                required
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy(f.id, { hint: true, error: !!error })}
              />
            </div>
          );
        })}
      </div>
      <button type="submit" disabled={pending}>
        {pending ? t("passwordChanging") : t("passwordSubmit")}
      </button>
    </form>
  );
}
