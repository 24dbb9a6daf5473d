"use client";

import { useActionState } from "react";
import { feedAddressAction, type FeedAddressState } from "./feed-actions";
import { CopyValue } from "./CopyValue";
import { Notice } from "./Notice";
import styles from "./account.module.css";

const idle: FeedAddressState = { status: "idle" };

function NewAddress({ url, replaced }: { url: string; replaced: boolean }) {
  return (
    <div className={`notice ${styles.newToken}`} role="status" aria-labelledby="new-feed-heading">
      <h3 id="new-feed-heading">{replaced ? "New feed address: copy it now" : "Your feed address: copy it now"}</h3>
      <p>
        <strong>It will not be shown again.</strong> Paste it into your feed reader.{" "}
        {replaced ? "The previous address no longer works: replace it in your feed reader too. " : null}
        The tracker keeps only a fingerprint of it; if you lose it, replace it.
      </p>
      <CopyValue value={url} testId="feed-address" />
      <p className="muted small">Anyone who has this address can read your updates (but change nothing). Keep it private.</p>
    </div>
  );
}

/** The private feed address: create, replace (the old stops working) or revoke; the address is shown once. */
export function FeedAddress({ active }: { active: boolean }) {
  const [state, action, pending] = useActionState(feedAddressAction, idle);
  const hasAddress = state.status === "idle" || state.active === null ? active : state.active;
  return (
    <form action={action} className={styles.feedForm}>
      <Notice tone="error">{state.status === "error" ? state.message : null}</Notice>
      {state.status === "created" ? <NewAddress url={state.url} replaced={state.replaced} /> : null}
      <Notice tone="success">{state.status === "revoked" ? "The feed address is revoked: a feed reader using it now gets “not found”." : null}</Notice>
      <p data-testid="feed-status">
        {hasAddress ? (
          <>
            <strong>A private feed address is active.</strong> Replacing it gives you a new one and the current one stops working
            at once.
          </>
        ) : (
          <strong>You have no feed address.</strong>
        )}
      </p>
      <div className={styles.feedActions}>
        <button type="submit" name="intent" value="create" disabled={pending}>
          {hasAddress ? "Replace the feed address" : "Create a feed address"}
        </button>
        {hasAddress ? (
          <button type="submit" name="intent" value="revoke" className={styles.dangerButton} disabled={pending}>
            Revoke the feed address
          </button>
        ) : null}
      </div>
    </form>
  );
}
