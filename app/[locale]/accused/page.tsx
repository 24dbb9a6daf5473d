import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { DemoBadge } from "@/components/DemoBadge";
import styles from "@/components/case/case.module.css";
import { anyAccusedListed, listAccused } from "@/lib/server/queries/accused-page";
import { referenceNamesIn } from "@/lib/server/reference-names";
import { renamed } from "@/lib/core/names-in";
import type { Locale } from "@/lib/core/locales";

type Props = { searchParams?: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Accused");
  return { title: t("title") };
}

/** Everyone (and every company) the tracked cases are against, with the forums they face; a search by name finds them in any spelling (their aliases too). */
export default async function AccusedIndexPage({ searchParams }: Props) {
  const raw = (await searchParams)?.q;
  const q = (typeof raw === "string" ? raw : "").trim().slice(0, 200);
  // Only those the search finds are read (the database matches the names, decision 047).
  const [listed, t, locale] = await Promise.all([listAccused(q), getTranslations("Accused"), getLocale() as Promise<Locale>]);
  // The search form is offered when anyone is listed, whether or not the search found them.
  const anyone = listed.length > 0 || (q !== "" && (await anyAccusedListed()));
  // Kinds, levels and forums in the page's language (decision 039).
  const { words } = await referenceNamesIn(locale);
  const accused = listed.map((a) => ({ ...a, kind: renamed(words, "accusedKind", a.kind), level: renamed(words, "level", a.level), forums: a.forums.map((f) => ({ ...f, shortName: words("forumShort", f.slug, f.shortName) })) }));
  return (
    <>
      <Breadcrumbs trail={[{ label: t("title") }]} />
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      {anyone ? (
        <form method="get" role="search" className={styles.accusedSearch}>
          <div className="form-field">
            <label htmlFor="accused-q">{t("searchLabel")}</label>
            <p className="field-hint" id="accused-q-hint">
              {t("searchHint")}
            </p>
            <input type="text" id="accused-q" name="q" defaultValue={q} autoComplete="off" aria-describedby="accused-q-hint" />
          </div>
          <button type="submit">{t("searchButton")}</button>
          {q ? <Link href="/accused">{t("searchClear")}</Link> : null}
        </form>
      ) : null}
      {q && anyone ? (
        <p role="status" className="muted">
          {t("searchCount", { count: accused.length, q })}
        </p>
      ) : null}
      {!anyone ? (
        <p className="empty">{t("none")}</p>
      ) : accused.length === 0 ? null : (
        <ul className={styles.accusedIndex} aria-label={t("count", { count: accused.length })}>
          {accused.map((a) => (
            <li key={a.slug}>
              <p>
                <Link href={`/accused/${a.slug}`}>
                  <strong>{a.name}</strong>
                </Link>
                {a.nameOriginal ? <span lang="uk"> · {a.nameOriginal}</span> : null} {a.isSynthetic ? <DemoBadge /> : null}
              </p>
              <p className="muted small">
                {[a.kind.name, a.rank, a.level?.name].filter(Boolean).join(" · ")} ·{" "}
                {a.forums.length === 0
                  ? t("noLiveCase")
                  : t("casesBeforeForums", { cases: a.cases, forums: a.forums.length, names: a.forums.map((f) => f.shortName).join(", ") })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
