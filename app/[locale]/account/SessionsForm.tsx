"use client";

import { useActionState } from "react";
import { endSessionsAction, type EndSessionsState } from "./actions";
import styles from "./account.module.css";
import { Notice } from "./Notice";

const initial: EndSessionsState = { status: "idle" };

const sessions = (n: number) => (n === 1 ? "1 session" : `${n} sessions`);

/**
 * Where the user is signed in, and two ways to sign out elsewhere: keeping this browser, or not.
 * Each button says which, because the second one signs this browser out too.
 */
export function SessionsForm({ count }: { count: number }) {
  const [state, action, pending] = useActionState(endSessionsAction, initial);
  return (
    <form action={action} className={styles.feedForm}>
      <Notice tone="error">{state.status === "error" ? state.message : null}</Notice>
      <Notice tone="success" testId="sessions-ended">
        {state.status !== "ended"
          ? null
          : state.ended === 0
            ? "You were signed in nowhere else; nothing else changed."
            : `Signed out of ${sessions(state.ended)} elsewhere. You are still signed in here.`}
      </Notice>
      <p data-testid="session-count">
        {count <= 1 ? (
          <strong>You are signed in only here, in this browser.</strong>
        ) : (
          <strong>You are signed in in {sessions(count)}: this browser and {count - 1} other{count === 2 ? "" : "s"}.</strong>
        )}{" "}
        Each session ends when you sign out there, or 8 hours after signing in.
      </p>
      <div className={styles.sessionChoices}>
        <div>
          <button type="submit" name="intent" value="others" disabled={pending}>
            Sign out everywhere else
          </button>
          <p className="field-hint">Every other browser and device is signed out at once. You stay signed in here.</p>
        </div>
        <div>
          <button type="submit" name="intent" value="all" className={styles.dangerButton} disabled={pending}>
            Sign out everywhere, here too
          </button>
          <p className="field-hint">Every session ends, this one included; you will be asked to sign in again.</p>
        </div>
      </div>
    </form>
  );
}
