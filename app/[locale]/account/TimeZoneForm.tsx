"use client";

import { useLocale, useTranslations } from "next-intl";
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
  const t = useTranslations("Account");
  const locale = useLocale();
  const zone = state.status === "saved" ? state.timeZone : current;
  const error = state.status === "invalid" ? state.message : null;
  return (
    <form action={action} className={styles.tokenForm} noValidate aria-labelledby="time-zone-heading">
      <h3 id="time-zone-heading">{t("timeZoneHeading")}</h3>
      <Notice tone="success" testId="time-zone-saved">
        {state.status === "saved" ? t("timeZoneSaved", { zone: state.timeZone, example: formatMinute(new Date().toISOString(), state.timeZone, locale) }) : null}
      </Notice>
      <div className={styles.field}>
        <label htmlFor="time-zone">{t("timeZone")}</label>
        <span className="field-hint" id="time-zone-hint">
          {t("timeZoneHint")}
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
        {pending ? t("saving") : t("timeZoneSave")}
      </button>
    </form>
  );
}
