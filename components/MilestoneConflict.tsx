"use client";

import { useState } from "react";
import { FocusedAlert } from "@/components/forms/FocusedAlert";
import type { RecordedSources } from "@/components/forms/SourceRow";
import { formatPartialDate, parsePartialDate } from "@/lib/core/dates";
import { MILESTONE_FIELD_LABELS } from "@/lib/core/labels";
import { MILESTONE_STATUS_LABELS, type MilestoneFormValues, type MilestoneStatus } from "@/lib/core/milestone-input";
import { sameField, type FieldDifference, type MergeField, type MilestoneConflict as Conflict } from "@/lib/core/milestone-merge";
import { formatMinute } from "@/lib/core/timestamps";
import type { MilestoneFormOptions, Option } from "@/lib/core/views";
import styles from "./MilestoneConflict.module.css";

type Side = "theirs" | "yours";

const CHOICES: Partial<Record<MergeField, keyof MilestoneFormOptions>> = {
  track: "tracks",
  type: "types",
  situation: "situations",
  forums: "forums",
  instruments: "instruments",
  cases: "cases",
  rules: "rules",
  opens: "rules",
  closes: "rules",
};

/** Who changed the field since the version the user started from, and what the form now holds. */
function origin(d: FieldDifference, side: Side): string {
  const now = side === "theirs" ? "Their value is in the form below." : "Your value is in the form below.";
  if (d.changedByThem === null) return `${now} (Which of you changed it is not known: the history does not hold the version you started from.)`;
  if (d.changedByThem && d.changedByYou) return `You both changed this. ${now} Choose.`;
  if (d.changedByThem) return `Only they changed this. ${now}`;
  return `Only you changed this. ${now}`;
}

/** A field's value as a reader reads it: names for slugs, dates in words, sources by title. */
function FieldValue({ field, values, options, sources }: { field: MergeField; values: MilestoneFormValues; options: MilestoneFormOptions; sources: RecordedSources }) {
  const choice = CHOICES[field];
  const label = (slug: string) => (choice ? ((options[choice] as Option[]).find((o) => o.value === slug)?.label ?? slug) : slug);
  if (field === "sources") {
    const rows = values.sources.filter((s) => s.slug || s.title);
    if (rows.length === 0) return <p className={styles.none}>No source</p>;
    return (
      <ol className={styles.list}>
        {rows.map((s, i) => (
          <li key={i}>
            <strong>{s.title || sources.get(s.slug)?.title || s.slug}</strong>
            {s.locator ? <> · “{s.locator}”</> : null}
            {!s.slug ? <span className={styles.tag}> (new source)</span> : null}
          </li>
        ))}
      </ol>
    );
  }
  const value = values[field];
  if (Array.isArray(value)) {
    if (value.length === 0) return <p className={styles.none}>None</p>;
    return (
      <ul className={styles.list}>
        {[...value].sort().map((slug) => (
          <li key={slug}>{label(slug)}</li>
        ))}
      </ul>
    );
  }
  const text = String(value ?? "").trim();
  if (!text) return <p className={styles.none}>{field === "situation" ? "Not tied to one situation" : "Empty"}</p>;
  if (field === "status") return <p>{MILESTONE_STATUS_LABELS[text.toUpperCase() as MilestoneStatus] ?? text}</p>;
  if (field === "date") {
    const date = parsePartialDate(text);
    return <p>{date ? `${formatPartialDate(date)} (${text})` : text}</p>;
  }
  if (choice) return <p>{label(text)}</p>;
  return <p className={styles.text}>{text}</p>;
}

/**
 * A stale save of a milestone, field by field: the version someone saved meanwhile beside the
 * user's, for each field they hold differently, with which of the two the form below now holds
 * (the server's proposal: a field only they changed is theirs, every other one the user's). A
 * choice puts that side's value into the form's field; saving then writes the form as it is,
 * as the next version.
 */
export function MilestoneConflict({ conflict, holds, options, sources, use, zone, pending }: {
  conflict: Conflict;
  /** Whether a save is under way (the button here is the form's, as the one at its end). */
  pending: boolean;
  /** What the form holds as it mounts: each choice starts as the side the field equals. */
  holds: MilestoneFormValues;
  options: MilestoneFormOptions;
  sources: RecordedSources;
  /** Puts a field's value into the form. */
  use: (field: MergeField, value: unknown) => void;
  zone: string;
}) {
  const [chosen, setChosen] = useState<Record<string, Side>>(() =>
    Object.fromEntries(conflict.differences.map((d) => [d.field, sameField(holds, conflict.theirs, d.field) ? "theirs" : sameField(holds, conflict.yours, d.field) ? "yours" : d.take])),
  );
  const choose = (field: MergeField, side: Side) => {
    setChosen((c) => ({ ...c, [field]: side }));
    use(field, (side === "theirs" ? conflict.theirs : conflict.yours)[field]);
  };
  const chooseAll = (side: Side) => conflict.differences.forEach((d) => choose(d.field, side));
  const who = conflict.editedBy ? ` by ${conflict.editedBy}${conflict.editedAt ? ` at ${formatMinute(conflict.editedAt, zone)}` : ""}` : "";
  const takenTheirs = conflict.differences.filter((d) => chosen[d.field] === "theirs").length;

  return (
    <section className={styles.conflict} aria-labelledby="milestone-conflict-heading">
      {/* Focused once per conflict, not again when the form comes back with a choice of sources. */}
      <FocusedAlert refusal={`${conflict.yourVersion}-${conflict.theirVersion}`} className="notice notice-error" id="milestone-conflict">
        <h2 id="milestone-conflict-heading" className={styles.heading}>
          Someone else saved this milestone while you were editing it
        </h2>
        <p>
          Version {conflict.theirVersion} was saved{who}; you were editing version {conflict.yourVersion}. <strong>Nothing was overwritten</strong>, and nothing
          you typed is lost.
        </p>
        {conflict.differences.length === 0 ? (
          <p>Their version holds what you sent in every field shown here; save to record your version anyway, or cancel.</p>
        ) : (
          <p>
            {conflict.differences.length === 1 ? "One field differs" : `${conflict.differences.length} fields differ`} between their version and yours. Read
            them below; for each, choose which value the form holds, or edit the field itself. Saving then writes the form as it is, as version{" "}
            {conflict.theirVersion + 1}; both versions stay in the history.
          </p>
        )}
      </FocusedAlert>

      {conflict.differences.length > 0 ? (
        <>
          <div className={styles.all} role="group" aria-label="Every field at once">
            <button type="button" onClick={() => chooseAll("yours")}>
              Keep all of mine (overwrite their changes)
            </button>
            <button type="button" onClick={() => chooseAll("theirs")}>
              Take all of theirs
            </button>
          </div>
          {conflict.differences.map((d) => {
            const label = MILESTONE_FIELD_LABELS[d.field];
            const side = chosen[d.field] ?? d.take;
            return (
              <fieldset key={d.field} className={styles.field} id={`conflict-${d.field}`}>
                <legend>{label}</legend>
                <p className={styles.origin}>{origin(d, side)}</p>
                <div className={styles.sides}>
                  {(["theirs", "yours"] as const).map((s) => (
                    <div key={s} className={`${styles.side} ${side === s ? styles.inForm : ""}`}>
                      <label className={styles.choice}>
                        {/* Owned by no form (no form has that id): a choice is not sent, and Conform leaves it alone. */}
                        <input type="radio" form="milestone-conflict-choices" name={`conflict-${d.field}`} value={s} checked={side === s} onChange={() => choose(d.field, s)} />
                        <span>
                          {s === "theirs" ? `Their version ${conflict.theirVersion}` : "Your version (not saved)"}
                          {side === s ? <span className={styles.tag}> · in the form</span> : null}
                        </span>
                      </label>
                      <FieldValue field={d.field} values={s === "theirs" ? conflict.theirs : conflict.yours} options={options} sources={sources} />
                    </div>
                  ))}
                </div>
              </fieldset>
            );
          })}
          <p className={styles.summary} role="status">
            {takenTheirs === 0
              ? "The form holds your value in every field that differs: saving overwrites their changes to those fields."
              : takenTheirs === conflict.differences.length
                ? "The form holds their value in every field that differs."
                : `The form holds their value in ${takenTheirs} of the ${conflict.differences.length} fields that differ, and yours in the others.`}
          </p>
          <p className={styles.save}>
            <button type="submit" disabled={pending}>
              {pending ? "Saving…" : `Save the form as version ${conflict.theirVersion + 1}`}
            </button>{" "}
            or check the whole form below first.
          </p>
        </>
      ) : null}
    </section>
  );
}
