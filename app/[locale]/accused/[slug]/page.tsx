import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { DemoBadge } from "@/components/DemoBadge";
import { StageBadge } from "@/components/case/StageBadge";
import { AliasEditor } from "@/components/case/AliasEditor";
import { addAliasAction, removeAliasAction } from "./actions";
import styles from "@/components/case/case.module.css";
import { currentActor } from "@/lib/server/auth";
import { getAccusedPage } from "@/lib/server/queries/accused-page";
import { referenceNamesIn } from "@/lib/server/reference-names";
import { forumIn, renamed } from "@/lib/core/names-in";
import type { Locale } from "@/lib/core/locales";
import { hasRole } from "@/lib/server/actor";
import { ShownText } from "@/components/ShownText";
import { AsRecorded } from "@/components/AsRecorded";
import { writtenIn } from "@/lib/core/translations";
import { shownUserText } from "@/lib/core/user-translations";

type Props = { params: Promise<{ slug: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const a = await getAccusedPage((await params).slug);
  return { title: a ? a.name : (await getTranslations("Accused"))("notFoundTitle") };
}

/**
 * One accused and their proceedings before every forum, side by side: one column per forum (all
 * forums, in their usual order), so a reader sees at once where they are charged, with what, and
 * how far each case has gone — and where nothing is recorded.
 */
export default async function AccusedPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const saved = (await searchParams)?.saved === "1";
  const found = await getAccusedPage(slug);
  if (!found) notFound();
  // Kinds, levels, forums, situations, crimes and modes in the page's language (decision 039).
  const { words } = await referenceNamesIn((await getLocale()) as Locale);
  const a = {
    ...found,
    kind: renamed(words, "accusedKind", found.kind),
    level: renamed(words, "level", found.level),
    samePerson: found.samePerson.map((p) => ({ ...p, forums: p.forums.map((f) => ({ ...f, shortName: words("forumShort", f.slug, f.shortName) })) })),
    forums: found.forums.map((f) => ({
      ...forumIn(words, f),
      cases: f.cases.map((c) => ({
        ...c,
        situation: renamed(words, "situation", c.situation),
        charges: c.charges.map((ch) => ({ ...ch, crime: renamed(words, "crime", ch.crime), mode: renamed(words, "mode", ch.mode) })),
      })),
    })),
  };
  const canEdit = hasRole(await currentActor(), "ANALYST");
  const total = a.forums.reduce((n, f) => n + f.cases.length, 0);
  const before = a.forums.filter((f) => f.cases.length > 0).length;
  const [t, tc, ta, locale] = await Promise.all([getTranslations("Accused"), getTranslations("Case"), getTranslations("Aliases"), getLocale()]);
  const notRecorded = <span className="muted">{tc("notRecorded")}</span>;

  return (
    <>
      <Breadcrumbs trail={[{ href: "/accused", label: t("title") }, { label: a.name }]} />
      <p className="eyebrow">{a.kind.name}</p>
      <h1>{a.name}</h1>
      {a.nameOriginal ? (
        <p className="lead" lang="uk">
          {a.nameOriginal}
        </p>
      ) : null}
      {saved ? (
        <p className="notice notice-success" role="status">
          {t("saved", { name: a.name })}
        </p>
      ) : null}
      {canEdit ? (
        <p className="record-actions">
          <Link href={`/accused/${a.slug}/edit`} className="button-link">
            {t("edit")}
          </Link>
        </p>
      ) : null}
      {a.isSynthetic ? (
        <p className="notice notice-demo">
          <DemoBadge /> {t.rich("demo", { strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
      ) : null}
      <dl className="facts facts-grid">
        <div>
          <dt>{t("field.kind")}</dt>
          <dd>{a.kind.name}</dd>
        </div>
        {a.kind.slug === "natural" ? (
          <>
            <div>
              <dt>{t("field.rank")}</dt>
              <dd lang={a.rank ? writtenIn(a.rank) : undefined}>{a.rank ?? notRecorded}</dd>
            </div>
            <div>
              <dt>{t("field.level")}</dt>
              <dd>{a.level?.name ?? notRecorded}</dd>
            </div>
          </>
        ) : null}
        <div>
          <dt>{t("proceedings")}</dt>
          <dd>{t("proceedingsCount", { cases: total, forums: before })}</dd>
        </div>
      </dl>
      {a.description ? <p lang={writtenIn(a.description)}>{a.description}</p> : null}
      <AsRecorded what="accused" texts={[a.rank, a.description]} />

      <section aria-labelledby="aliases-heading" className={styles.section}>
        <h2 id="aliases-heading">{ta("heading")}</h2>
        {canEdit ? (
          <AliasEditor slug={a.slug} name={a.name} updatedAt={a.updatedAt} aliases={a.aliases} add={addAliasAction} remove={removeAliasAction} />
        ) : a.aliases.length === 0 ? (
          <p className="muted">{ta("none")}</p>
        ) : (
          <>
            <ul aria-label={ta("listLabel", { name: a.name })}>
              {a.aliases.map((alias) => (
                <li key={alias.id}>{alias.name}</li>
              ))}
            </ul>
            <p className="muted small">{ta("hint", { name: a.name })}</p>
          </>
        )}
      </section>

      {a.samePerson.length > 0 ? (
        <section aria-labelledby="same-person-heading" className={styles.section}>
          <h2 id="same-person-heading">{ta("samePersonHeading")}</h2>
          <p className="muted">{ta("samePersonHint", { name: a.name })}</p>
          <ul>
            {a.samePerson.map((other) => (
              <li key={other.slug}>
                <Link href={`/accused/${other.slug}`}>{other.name}</Link>
                {other.nameOriginal ? <span lang="uk"> ({other.nameOriginal})</span> : null}
                {other.forums.length > 0 ? <span className="muted"> · {ta("before", { forums: other.forums.map((f) => f.shortName).join(", ") })}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="forums-heading" className={styles.section}>
        <h2 id="forums-heading">{t("byForum")}</h2>
        <p className="muted">{t("byForumHint", { name: a.name })}</p>
        <ul className={styles.forums}>
          {a.forums.map((f) => (
            <li key={f.slug} className={styles.forumColumn} aria-labelledby={`forum-${f.slug}`}>
              <h3 id={`forum-${f.slug}`}>
                <Link href={`/forums/${f.slug}`}>{f.name}</Link> <span className={styles.forumCount}>({t("caseCount", { count: f.cases.length })})</span>
              </h3>
              {f.cases.length === 0 ? (
                <p className={styles.empty}>{t("noProceedings", { forum: f.name })}</p>
              ) : (
                <ul className={styles.caseCards}>
                  {f.cases.map((c) => (
                    <li key={c.slug} className={styles.caseCard}>
                      <h4>
                        <Link href={`/cases/${c.slug}`}>
                          <ShownText value={shownUserText(c.title, c.lang, c.translations, "title", locale)} />
                        </Link> {c.isSynthetic && !a.isSynthetic ? <DemoBadge /> : null}
                      </h4>
                      <p>{c.reference ?? <span className="muted">{tc("noReference")}</span>}</p>
                      <p>
                        <StageBadge stage={c.stage} date={c.stageDate} inAbsentia={c.inAbsentia} />
                      </p>
                      {c.charges.length === 0 ? (
                        <p className="muted small">{t("noCharge", { name: a.name })}</p>
                      ) : (
                        <ul className={styles.caseCharges} aria-label={t("chargesAgainst", { name: a.name })}>
                          {c.charges.map((ch, i) => (
                            <li key={i}>
                              {ch.crime.name} · {ch.mode.name} · {ch.provisionCited}
                              {ch.againstEveryAccused ? <span className="muted"> {t("againstEvery")}</span> : null}
                            </li>
                          ))}
                        </ul>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
