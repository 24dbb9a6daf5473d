"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { revokeTokenAction, type RevokeTokenState } from "./actions";
import styles from "./account.module.css";

const initial: RevokeTokenState = { status: "idle" };

/** Revokes one token at once; scripts using it get 401 from the next request on. */
export function RevokeButton({ id, name }: { id: string; name: string }) {
  const [state, action, pending] = useActionState(revokeTokenAction, initial);
  const t = useTranslations("Account");
  return (
    <form action={action} className={styles.revokeForm}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" className={styles.dangerButton} disabled={pending} aria-label={t("revokeLabel", { name })}>
        {pending ? t("revoking") : t("revoke")}
      </button>
      {state.status === "error" ? (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
