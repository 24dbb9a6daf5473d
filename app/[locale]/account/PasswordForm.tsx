"use client";

import { useActionState } from "react";
import { describedBy, ErrorList } from "@/components/forms/Field";
import { MIN_PASSWORD_LENGTH, type PasswordChangeField } from "@/lib/core/account-input";
import { changePasswordAction, type ChangePasswordState } from "./actions";
import styles from "./account.module.css";
import { Notice } from "./Notice";

const initial: ChangePasswordState = { status: "idle" };

const FIELDS: { name: PasswordChangeField; id: string; label: string; hint: string; autoComplete: string }[] = [
  { name: "currentPassword", id: "current-password", label: "Current password", hint: "The one you signed in with.", autoComplete: "current-password" },
  { name: "newPassword", id: "new-password", label: "New password", hint: `At least ${MIN_PASSWORD_LENGTH} characters; a few unrelated words make a strong one.`, autoComplete: "new-password" },
  { name: "confirmPassword", id: "confirm-password", label: "Repeat the new password", hint: "To be sure it is typed as you meant.", autoComplete: "new-password" },
];

/**
 * Changes the password; the user's other sessions end, this one stays. The fields are uncontrolled,
 * so React empties them after every answer, and the server never sends a password back.
 */
export function PasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, initial);
  const errors = state.status === "invalid" ? state.errors : {};
  return (
    <form action={action} className={styles.tokenForm} noValidate aria-labelledby="password-form-heading">
      <h3 id="password-form-heading">Change your password</h3>
      <Notice tone="error">{state.status === "invalid" ? state.message : null}</Notice>
      <Notice tone="success" testId="password-changed">
        {state.status === "changed"
          ? `Your password is changed. ${state.sessionsEnded === 0 ? "You were signed in nowhere else." : `Signed out of ${state.sessionsEnded === 1 ? "1 other session" : `${state.sessionsEnded} other sessions`}.`} You are still signed in here.`
          : null}
      </Notice>
      <div className={styles.fields}>
        {FIELDS.map((f) => {
          const error = errors[f.name];
          return (
            <div className={styles.field} key={f.name}>
              <label htmlFor={f.id}>{f.label}</label>
              <span className="field-hint" id={`${f.id}-hint`}>
                {f.hint}
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
        {pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
