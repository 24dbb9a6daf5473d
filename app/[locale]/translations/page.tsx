import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { Link } from "@/lib/i18n/navigation";
import { localizedPath, type Locale } from "@/lib/core/locales";
import { EDITABLE_ENTITIES, TRANSLATION_LOCALES, TRANSLATION_STATES } from "@/lib/core/translation-input";
import type { TranslatableEntity, TranslationState } from "@/lib/core/translations";
import { isAdmin } from "@/lib/server/actor";
import { currentActor } from "@/lib/server/auth";
import { listTranslations } from "@/lib/server/translations/list-translations";
import { editorOf, entityWord, fieldWord, recordPageOf, rowId } from "@/lib/web/translation-links";
import { Provenance } from "./Provenance";
import styles from "./translations.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Translations"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/** Fields per page: the long texts (rules, provisions, policies) make a page of every field weigh half a megabyte. */
const PAGE_SIZE = 40;

/** The states as the page lists them: missing first, what needs work. */
const STATES_SHOWN = ["MISSING", "TRANSLATED", "OFFICIAL"] as const satisfies readonly TranslationState[];

/**
 * Every translatable field of the reference records with its Ukrainian, state and provenance
 * (docs/decisions/043-translation-editor.md). Missing texts by default: what needs work. Anyone
 * may read; administrators get a link to each field's editor. A plain GET form: the filters are
 * in the address, bookmarkable, and work without JavaScript.
 */
export default async function TranslationsPage({ searchParams }: Props) {
  const params = await searchParams;
  const entity = (EDITABLE_ENTITIES as readonly string[]).includes(one(params.entity) ?? "") ? (one(params.entity) as TranslatableEntity) : null;
  // No state in the address: missing first, the useful view; "all" shows every state.
  const stateParam = one(params.state);
  const state: TranslationState | null = stateParam === "all" ? null : (TRANSLATION_STATES as readonly string[]).includes(stateParam ?? "") ? (stateParam as TranslationState) : "MISSING";
  const q = (one(params.q) ?? "").trim().slice(0, 200);
  const saved = one(params.saved);
  const [t, locale, actor] = await Promise.all([getTranslations("Translations"), getLocale() as Promise<Locale>, currentActor()]);
  const to = TRANSLATION_LOCALES[0]!;
  const { counts, translations: matching } = await listTranslations({ entity, state, q, locale: to });
  const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  // The saved field's page when the editor sends the reader back to it, else the one asked for.
  const savedAt = saved ? matching.findIndex((x) => `${x.entity}:${x.slug}:${x.field}` === saved) : -1;
  const pageNumber = savedAt >= 0 ? Math.floor(savedAt / PAGE_SIZE) + 1 : Math.min(pages, Math.max(1, Number.parseInt(one(params.page) ?? "1", 10) || 1));
  const translations = matching.slice((pageNumber - 1) * PAGE_SIZE, pageNumber * PAGE_SIZE);
  const mayEdit = isAdmin(actor);
  const total = counts.MISSING + counts.TRANSLATED + counts.OFFICIAL;
  const withState = (s: string, page = 1) => {
    const query = new URLSearchParams();
    if (entity) query.set("entity", entity);
    query.set("state", s);
    if (q) query.set("q", q);
    if (page > 1) query.set("page", String(page));
    return `/translations?${query}`;
  };
  const savedRow = saved ? translations.find((x) => `${x.entity}:${x.slug}:${x.field}` === saved) : undefined;
  const recordName = (x: (typeof translations)[number]) => `${entityWord(t, x.entity)} ${x.slug}`;

  return (
    <div className={styles.page}>
      <Breadcrumbs trail={[{ label: t("title") }]} />
      <h1>{t("title")}</h1>
      {savedRow ? (
        <div className="notice notice-success" role="status" id="translation-saved">
          <p>
            {t("saved", { field: fieldWord(t, savedRow.field), record: recordName(savedRow), state: savedRow.state, version: savedRow.version })}{" "}
            {recordPageOf(savedRow.entity, savedRow.slug) ? <Link href={recordPageOf(savedRow.entity, savedRow.slug)!}>{t("seeOn")}</Link> : null}
          </p>
        </div>
      ) : null}
      <p className="lead">{t("lead")}</p>

      <nav aria-label={t("countsLabel")} className={styles.counts}>
        {STATES_SHOWN.map((s) => (
          <Link key={s} href={withState(s)} aria-current={state === s ? "page" : undefined} className={`${styles.count} ${styles[`state${s}`]}`}>
            {t(`states.${s}`)} <span className={styles.number}>{counts[s]}</span>
          </Link>
        ))}
        <Link href={withState("all")} aria-current={state === null ? "page" : undefined} className={styles.count}>
          {t("all")} <span className={styles.number}>{total}</span>
        </Link>
      </nav>

      <form method="get" action={localizedPath(locale, "/translations")} className="filter-form" aria-label={t("filters")}>
        <fieldset>
          <legend>{t("filters")}</legend>
          <div className="filter-fields">
            <div className="filter-field">
              <label htmlFor="tr-entity">{t("model")}</label>
              <select id="tr-entity" name="entity" defaultValue={entity ?? ""}>
                <option value="">{t("anyModel")}</option>
                {EDITABLE_ENTITIES.map((e) => (
                  <option key={e} value={e}>
                    {entityWord(t, e)}
                  </option>
                ))}
              </select>
            </div>
            <div className="filter-field">
              <label htmlFor="tr-state">{t("state")}</label>
              <select id="tr-state" name="state" defaultValue={state ?? "all"}>
                {STATES_SHOWN.map((s) => (
                  <option key={s} value={s}>
                    {t(`states.${s}`)}
                  </option>
                ))}
                <option value="all">{t("anyState")}</option>
              </select>
            </div>
            <div className="filter-field filter-field-wide">
              <label htmlFor="tr-q">{t("q")}</label>
              <input id="tr-q" name="q" type="search" defaultValue={q} aria-describedby="tr-q-hint" />
              <p className="field-hint" id="tr-q-hint">
                {t("qHint")}
              </p>
            </div>
          </div>
          <p className={styles.actions}>
            <button type="submit">{t("apply")}</button> <Link href="/translations">{t("clear")}</Link>
          </p>
        </fieldset>
      </form>

      <p className="muted" role="status">
        {t("showing", { count: matching.length })}
        {pages > 1 ? ` · ${t("page", { page: pageNumber, pages })}` : null}
      </p>
      {translations.length === 0 ? <p>{t("none")}</p> : null}
      <ul className={styles.list}>
        {translations.map((x) => {
          const id = rowId(x);
          return (
            <li key={id} id={id} className={`${styles.row}${savedRow === x ? ` ${styles.savedRow}` : ""}`}>
              <p className={styles.what}>
                <span className={`${styles.badge} ${styles[`state${x.state}`]}`}>{t(`states.${x.state}`)}</span> <strong>{fieldWord(t, x.field)}</strong> · {entityWord(t, x.entity)}{" "}
                <code>{x.slug}</code>
              </p>
              <dl className={styles.texts}>
                <div>
                  <dt>{t("english")}</dt>
                  <dd lang="en">{x.recorded}</dd>
                </div>
                <div>
                  <dt>{t("ukrainian")}</dt>
                  <dd lang={x.text ? to : undefined}>{x.text ?? <span className="muted">{t("notTranslated")}</span>}</dd>
                </div>
              </dl>
              <Provenance t={x} />
              <p className={styles.rowFoot}>
                {x.stored ? <span className="muted small">{t("version", { version: x.version })}</span> : null}
                {mayEdit ? (
                  <Link href={editorOf(x)} className={styles.editLink} aria-label={t("editLabel", { field: fieldWord(t, x.field), record: recordName(x) })}>
                    {t("edit")}
                  </Link>
                ) : null}
              </p>
            </li>
          );
        })}
      </ul>
      {pages > 1 ? (
        <nav aria-label={t("pagesLabel")} className={styles.pager}>
          {pageNumber > 1 ? <Link href={withState(state ?? "all", pageNumber - 1)}>{t("previous")}</Link> : null}
          <span className="muted">{t("page", { page: pageNumber, pages })}</span>
          {pageNumber < pages ? <Link href={withState(state ?? "all", pageNumber + 1)}>{t("next")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
