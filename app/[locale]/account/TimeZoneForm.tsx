"use client";

import { useActionState } from "react";
import { describedBy, ErrorList } from "@/components/forms/Field";
import { formatMinute } from "@/lib/core/timestamps";
import { setTimeZoneAction, type TimeZoneState } from "./actions";
import styles from "./account.module.css";
import { Notice } from "./Notice";

/**
 * The zone the tracker shows this user's times in. `zones` comes from the server (the runtime's
 * list), so the form offers exactly what the server accepts; the example shows what a time will
 * look like.
 */
export function TimeZoneForm({ current, zones }: { current: string; zones: readonly string[] }) {
  const [state, action, pending] = useActionState<TimeZoneState, FormData>(setTimeZoneAction, { status: "idle" });
  const zone = state.status === "saved" ? state.timeZone : current;
  const error = state.status === "invalid" ? state.message : null;
  return (
    <form action={action} className={styles.tokenForm} noValidate aria-labelledby="time-zone-heading">
      <h3 id="time-zone-heading">Your time zone</h3>
      <Notice tone="success" testId="time-zone-saved">
        {state.status === "saved" ? `Times are now shown in ${state.timeZone}, for example ${formatMinute(new Date().toISOString(), state.timeZone)}.` : null}
      </Notice>
      <div className={styles.field}>
        <label htmlFor="time-zone">Time zone</label>
        <span className="field-hint" id="time-zone-hint">
          The times of notes, edits, histories and the audit trail are shown in it, each with its offset from UTC. Visitors see Kyiv time (Europe/Kyiv).
        </span>
        <ErrorList id="time-zone-error" messages={error ? [error] : []} />
        <select
          id="time-zone"
          name="timeZone"
          defaultValue={zone}
          key={zone}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy("time-zone", { hint: true, error: !!error })}
        >
          {zones.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save the time zone"}
      </button>
    </form>
  );
}
