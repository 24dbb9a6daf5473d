"use client";

import { useActionState } from "react";
import { revokeTokenAction, type RevokeTokenState } from "./actions";
import styles from "./account.module.css";

const initial: RevokeTokenState = { status: "idle" };

/** Revokes one token at once; scripts using it get 401 from the next request on. */
export function RevokeButton({ id, name }: { id: string; name: string }) {
  const [state, action, pending] = useActionState(revokeTokenAction, initial);
  return (
    <form action={action} className={styles.revokeForm}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" className={styles.dangerButton} disabled={pending} aria-label={`Revoke the token “${name}”`}>
        {pending ? "Revoking…" : "Revoke"}
      </button>
      {state.status === "error" ? (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
