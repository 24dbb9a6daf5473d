import { useTranslations } from "next-intl";
import { SOURCE_KINDS } from "@/lib/core/input-fields";
import type { CitableDocument } from "@/lib/core/milestone-input";
import { ErrorList, messagesOf, SelectField, TextField, textOf, type FieldMeta } from "./Field";

/** A source row's fields, as Conform gives them. */
export type SourceRowField = FieldMeta & { getFieldset(): Record<"slug" | "title" | "url" | "publisher" | "kind" | "locator" | "document" | "page", FieldMeta> };

/** What a recorded source row shows besides its passage, by the source's slug. */
export type RecordedSources = ReadonlyMap<string, { title: string; publisher: string; url: string }>;

/**
 * The recorded sources of the record as the page loaded it: a refused save sends back only each
 * row's slug and passage, and the rows must still say which source they keep or remove.
 */
export function recordedSources(rows: readonly unknown[]): RecordedSources {
  const recorded = new Map<string, { title: string; publisher: string; url: string }>();
  for (const row of rows) {
    const r = (row ?? {}) as Record<string, unknown>;
    if (textOf(r.slug)) recorded.set(textOf(r.slug), { title: textOf(r.title), publisher: textOf(r.publisher), url: textOf(r.url) });
  }
  return recorded;
}

/**
 * One source of a record (a case, a milestone) in its form: a recorded source is shown as it is,
 * with only the passage to edit and a box to remove it (it may be cited by other records); a new
 * one is typed in. The record's form gives its own classes and words.
 */
export function SourceRow({ index, row, of, classes, passage, optional = true, recorded, documents }: {
  index: number;
  row: SourceRowField;
  /** The record's recorded sources, whose details a refused save does not send back. */
  recorded: RecordedSources;
  /** "case", "milestone": what a recorded source is removed from. */
  of: string;
  classes: { row?: string; existing?: string; fields?: string; passage?: string };
  /** The passage's box: its rows, its hint on a new source and the hint under a recorded one. */
  passage: { rows?: number; hint: string; recordedHint?: string };
  /** Whether a new source may be left empty (the first of a milestone's may not). */
  optional?: boolean;
  /** A milestone's: the documents a recorded source's passage may point at (the milestone's, and each source's own). */
  documents?: readonly CitableDocument[];
}) {
  const t = useTranslations("Forms");
  const part = row.getFieldset();
  const value = (row.initialValue ?? {}) as Record<string, unknown>;
  const messages = [...messagesOf(row.name, row.errors), ...messagesOf(part.slug.name, part.slug.errors)];
  const id = `source-${index}`;
  const slug = textOf(value.slug);
  if (slug) {
    const shown = textOf(value.title) ? { title: textOf(value.title), publisher: textOf(value.publisher), url: textOf(value.url) } : recorded.get(slug);
    const url = shown?.url ?? "";
    return (
      <fieldset className={classes.row} id={id}>
        <legend>{t("sourceNumber", { number: index + 1 })}</legend>
        <ErrorList id={`${id}-error`} messages={messages} />
        <input type="hidden" name={part.slug.name} value={slug} />
        <p className={classes.existing}>
          <strong>{shown?.title || slug}</strong>
          {shown?.publisher ? `, ${shown.publisher}` : null}
          {url ? (
            <>
              {" "}
              · <a href={url}>{url}</a>
            </>
          ) : null}
        </p>
        {passage.recordedHint ? <p className="field-hint">{passage.recordedHint}</p> : null}
        <TextField meta={part.locator} id={`${id}-locator`} label={t("passage")} multiline rows={passage.rows} />
        {documents ? <PassageDocument id={id} part={part} slug={slug} cited={textOf(value.document)} documents={documents} /> : null}
        <RemoveBox name={row.name} of={of} />
      </fieldset>
    );
  }
  return (
    <fieldset className={classes.row} id={id}>
      <legend>
        {t("sourceNumber", { number: index + 1 })} {optional ? <span className="optional">{t("optional")}</span> : null}
      </legend>
      <ErrorList id={`${id}-error`} messages={messages} />
      <div className={classes.fields}>
        <TextField meta={part.title} id={`${id}-title`} label={t("sourceTitle")} required />
        <TextField meta={part.url} id={`${id}-url`} label={t("sourceUrl")} inputMode="url" placeholder="https://" />
        <TextField meta={part.publisher} id={`${id}-publisher`} label={t("publisher")} />
        <SelectField
          meta={part.kind}
          id={`${id}-kind`}
          label={t("sourceKind")}
          required={false}
          options={SOURCE_KINDS.map((k) => ({ value: k, label: t(`sourceKinds.${k}`) }))}
          emptyLabel={t("sourceKindEmpty")}
          hint={t("sourceKindHint")}
        />
        <TextField meta={part.locator} id={`${id}-locator`} label={t("passage")} multiline rows={passage.rows} className={classes.passage} hint={passage.hint} />
      </div>
      {optional ? <RemoveBox name={row.name} of={of} /> : null}
    </fieldset>
  );
}

/**
 * Removing a row before saving: ticked, the row folds away (CSS, so it works without script) and
 * says it will be removed; unticked, it comes back with everything typed. The save drops it.
 */
function RemoveBox({ name, of }: { name: string; of: string }) {
  const t = useTranslations("Forms");
  return (
    <>
      <label className="checkbox source-remove">
        <input type="checkbox" name={`${name}.remove`} value="on" /> <span>{t("removeSource", { of })}</span>
      </label>
      <p className="source-removed-note" aria-hidden="true">
        {t("sourceWillBeRemoved")}
      </p>
    </>
  );
}

/**
 * Where a recorded source's passage is in an attached document: the document (the milestone's or
 * this source's own) and its page. Shown only when there is one to choose, or one already cited.
 */
function PassageDocument({ id, part, slug, cited, documents }: { id: string; part: ReturnType<SourceRowField["getFieldset"]>; slug: string; cited: string; documents: readonly CitableDocument[] }) {
  const t = useTranslations("Forms");
  const offered = documents.filter((d) => d.source === null || d.source === slug);
  const options = offered.map((d) => ({ value: d.sha256, label: d.title, hint: d.sha256.slice(0, 12) }));
  // A document cited before it was removed stays offered, so an edit does not drop it unseen.
  if (cited && !options.some((o) => o.value === cited)) options.push({ value: cited, label: cited.slice(0, 12), hint: cited.slice(12, 24) });
  if (options.length === 0) return null;
  return (
    <div className="source-document">
      <SelectField meta={part.document} id={`${id}-document`} label={t("passageDocument")} required={false} options={options} emptyLabel={t("passageDocumentNone")} hint={t("passageDocumentHint")} />
      <TextField meta={part.page} id={`${id}-page`} label={t("passagePage")} inputMode="numeric" />
    </div>
  );
}
