"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { FocusedAlert } from "@/components/forms/FocusedAlert";
import type { RecordedSources } from "@/components/forms/SourceRow";
import { formatPartialDate, parsePartialDate } from "@/lib/core/dates";
import { labelsIn } from "@/lib/core/labels";
import { MILESTONE_STATUSES, type CitableDocument, type MilestoneFormValues } from "@/lib/core/milestone-input";
import { mergeValue, sameField, translationOf, type FieldDifference, type MergeField, type MilestoneConflict as Conflict } from "@/lib/core/milestone-merge";
import { formatMinute } from "@/lib/core/timestamps";
import type { MilestoneFormOptions, Option } from "@/lib/core/views";
import styles from "./MilestoneConflict.module.css";

type Side = "theirs" | "yours";
type Translate = ReturnType<typeof useTranslations<"MilestoneForm">>;

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
function origin(t: Translate, d: FieldDifference, side: Side): string {
  const now = side === "theirs" ? t("conflict.theirsInForm") : t("conflict.yoursInForm");
  if (d.changedByThem === null) return `${now} ${t("conflict.whoUnknown")}`;
  if (d.changedByThem && d.changedByYou) return `${t("conflict.bothChanged")} ${now} ${t("conflict.choose")}`;
  if (d.changedByThem) return `${t("conflict.onlyThey")} ${now}`;
  return `${t("conflict.onlyYou")} ${now}`;
}

/** A field's value as a reader reads it: names for slugs, dates in words, sources by title. */
function FieldValue({ field, values, options, sources, documents }: { field: MergeField; values: MilestoneFormValues; options: MilestoneFormOptions; sources: RecordedSources; documents: readonly CitableDocument[] }) {
  const t = useTranslations("MilestoneForm");
  const locale = useLocale();
  const choice = CHOICES[field];
  const label = (slug: string) => (choice ? ((options[choice] as Option[]).find((o) => o.value === slug)?.label ?? slug) : slug);
  if (field === "sources") {
    const rows = values.sources.filter((s) => s.slug || s.title);
    if (rows.length === 0) return <p className={styles.none}>{t("conflict.noSource")}</p>;
    return (
      <ol className={styles.list}>
        {rows.map((s, i) => (
          <li key={i}>
            <strong>{s.title || sources.get(s.slug)?.title || s.slug}</strong>
            {s.locator ? <> · “{s.locator}”</> : null}
            {s.document ? <CitedDocument sha256={s.document} page={s.page ?? ""} documents={documents} /> : null}
            {!s.slug ? <span className={styles.tag}> {t("conflict.newSource")}</span> : null}
          </li>
        ))}
      </ol>
    );
  }
  const value = mergeValue(values, field);
  if (Array.isArray(value)) {
    if (value.length === 0) return <p className={styles.none}>{t("conflict.none")}</p>;
    return (
      <ul className={styles.list}>
        {[...value].sort().map((slug) => (
          <li key={slug}>{label(slug)}</li>
        ))}
      </ul>
    );
  }
  const text = String(value ?? "").trim();
  if (!text) return <p className={styles.none}>{field === "situation" ? t("noSituation") : t("conflict.empty")}</p>;
  if (field === "status") {
    const status = MILESTONE_STATUSES.find((s) => s === text.toUpperCase());
    return <p>{status ? t(`conflict.status.${status}`) : text}</p>;
  }
  if (field === "lang") return <p>{t("language", { language: text })}</p>;
  const translation = translationOf(field);
  if (translation) return <p className={styles.text} lang={translation.locale}>{text}</p>;
  if (field === "date") {
    const date = parsePartialDate(text);
    return <p>{date ? `${formatPartialDate(date, locale)} (${text})` : text}</p>;
  }
  if (choice) return <p>{label(text)}</p>;
  return <p className={styles.text}>{text}</p>;
}

/**
 * The document a version's passage points at, and its page: by its title when the form knows it,
 * else by the start of its fingerprint, so a changed document or page shows beside the other.
 */
function CitedDocument({ sha256, page, documents }: { sha256: string; page: string; documents: readonly CitableDocument[] }) {
  const t = useTranslations("MilestoneForm");
  const title = documents.find((d) => d.sha256 === sha256)?.title;
  return (
    <span className={styles.document}>
      {" · "}
      {page ? t("conflict.documentPage", { document: title ?? sha256.slice(0, 12), page }) : t("conflict.document", { document: title ?? sha256.slice(0, 12) })}
    </span>
  );
}

/**
 * A stale save of a milestone, field by field: the version someone saved meanwhile beside the
 * user's, for each field they hold differently, with which of the two the form below now holds
 * (the server's proposal: a field only they changed is theirs, every other one the user's). A
 * choice puts that side's value into the form's field; saving then writes the form as it is,
 * as the next version.
 */
export function MilestoneConflict({ conflict, holds, options, sources, documents = [], use, zone, pending }: {
  conflict: Conflict;
  /** Whether a save is under way (the button here is the form's, as the one at its end). */
  pending: boolean;
  /** What the form holds as it mounts: each choice starts as the side the field equals. */
  holds: MilestoneFormValues;
  options: MilestoneFormOptions;
  sources: RecordedSources;
  /** The documents the form knows by title, for a passage's document; another is named by its fingerprint. */
  documents?: readonly CitableDocument[];
  /** Puts a field's value into the form. */
  use: (field: MergeField, value: unknown) => void;
  zone: string;
}) {
  const t = useTranslations("MilestoneForm");
  const fieldLabels = labelsIn(useLocale()).milestoneField;
  const [chosen, setChosen] = useState<Record<string, Side>>(() =>
    Object.fromEntries(conflict.differences.map((d) => [d.field, sameField(holds, conflict.theirs, d.field) ? "theirs" : sameField(holds, conflict.yours, d.field) ? "yours" : d.take])),
  );
  const choose = (field: MergeField, side: Side) => {
    setChosen((c) => ({ ...c, [field]: side }));
    use(field, mergeValue(side === "theirs" ? conflict.theirs : conflict.yours, field));
  };
  const chooseAll = (side: Side) => conflict.differences.forEach((d) => choose(d.field, side));
  const locale = useLocale();
  const versions = { their: conflict.theirVersion, your: conflict.yourVersion, next: conflict.theirVersion + 1 };
  const saved = conflict.editedBy
    ? conflict.editedAt
      ? t("conflict.savedByAt", { ...versions, who: conflict.editedBy, at: formatMinute(conflict.editedAt, zone, locale) })
      : t("conflict.savedBy", { ...versions, who: conflict.editedBy })
    : t("conflict.saved", versions);
  const takenTheirs = conflict.differences.filter((d) => chosen[d.field] === "theirs").length;

  return (
    <section className={styles.conflict} aria-labelledby="milestone-conflict-heading">
      {/* Focused once per conflict, not again when the form comes back with a choice of sources. */}
      <FocusedAlert refusal={`${conflict.yourVersion}-${conflict.theirVersion}`} className="notice notice-error" id="milestone-conflict">
        <h2 id="milestone-conflict-heading" className={styles.heading}>
          {t("conflict.heading")}
        </h2>
        <p>
          {saved} {t.rich("conflict.nothingLost", { strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
        {conflict.differences.length === 0 ? (
          <p>{t("conflict.noDifference")}</p>
        ) : (
          <p>{t("conflict.differences", { count: conflict.differences.length, next: versions.next })}</p>
        )}
      </FocusedAlert>

      {conflict.differences.length > 0 ? (
        <>
          <div className={styles.all} role="group" aria-label={t("conflict.allLabel")}>
            <button type="button" onClick={() => chooseAll("yours")}>
              {t("conflict.keepAllMine")}
            </button>
            <button type="button" onClick={() => chooseAll("theirs")}>
              {t("conflict.takeAllTheirs")}
            </button>
          </div>
          {conflict.differences.map((d) => {
            const translation = translationOf(d.field);
            const label = translation ? t("translationField", { field: fieldLabels[translation.field], language: translation.locale }) : fieldLabels[d.field as keyof typeof fieldLabels];
            const side = chosen[d.field] ?? d.take;
            return (
              <fieldset key={d.field} className={styles.field} id={`conflict-${d.field}`}>
                <legend>{label}</legend>
                <p className={styles.origin}>{origin(t, d, side)}</p>
                <div className={styles.sides}>
                  {(["theirs", "yours"] as const).map((s) => (
                    <div key={s} className={`${styles.side} ${side === s ? styles.inForm : ""}`}>
                      <label className={styles.choice}>
                        {/* Owned by no form (no form has that id): a choice is not sent, and Conform leaves it alone. */}
                        <input type="radio" form="milestone-conflict-choices" name={`conflict-${d.field}`} value={s} checked={side === s} onChange={() => choose(d.field, s)} />
                        <span>
                          {s === "theirs" ? t("conflict.theirVersion", { version: conflict.theirVersion }) : t("conflict.yourVersion")}
                          {side === s ? <span className={styles.tag}> · {t("conflict.inForm")}</span> : null}
                        </span>
                      </label>
                      <FieldValue field={d.field} values={s === "theirs" ? conflict.theirs : conflict.yours} options={options} sources={sources} documents={documents} />
                    </div>
                  ))}
                </div>
              </fieldset>
            );
          })}
          <p className={styles.summary} role="status">
            {takenTheirs === 0
              ? t("conflict.holdsYours")
              : takenTheirs === conflict.differences.length
                ? t("conflict.holdsTheirs")
                : t("conflict.holdsSome", { taken: takenTheirs, count: conflict.differences.length })}
          </p>
          <p className={styles.save}>
            <button type="submit" disabled={pending}>
              {pending ? t("saving") : t("saveAsVersion", { version: versions.next })}
            </button>{" "}
            {t("conflict.orCheck")}
          </p>
        </>
      ) : null}
    </section>
  );
}
