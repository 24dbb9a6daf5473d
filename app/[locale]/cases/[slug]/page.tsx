import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { followAction, unfollowAction } from "@/app/[locale]/follows/actions";
import { FollowButton } from "@/components/FollowButton";
import { followState } from "@/lib/server/follows/list-follows";
import { DemoBadge } from "@/components/DemoBadge";
import { PartialDate, PrecisionNote } from "@/components/PartialDate";
import { SourceList } from "@/components/SourceCitation";
import { DocumentsSection, documentNoticeOf } from "@/components/documents/DocumentsSection";
import { ChargesTable } from "@/components/case/ChargesTable";
import { StageBadge } from "@/components/case/StageBadge";
import { StageTimeline } from "@/components/case/StageTimeline";
import styles from "@/components/case/case.module.css";
import { asReportedBy, labelsIn } from "@/lib/core/labels";
import type { Locale } from "@/lib/core/locales";
import { currentActor } from "@/lib/server/auth";
import { getCasePage } from "@/lib/server/queries/case-page";
import { referenceNamesIn } from "@/lib/server/reference-names";
import { chargeIn, forumIn, renamed } from "@/lib/core/names-in";
import { findDeletedRecord } from "@/lib/server/queries/deleted-record";
import { DeletedRecord } from "@/components/DeletedRecord";
import { hasRole, timeZoneOf } from "@/lib/server/actor";
import { CaseAnnotations } from "./CaseAnnotations";
import { ShownText, TextOrigin } from "@/components/ShownText";
import { shownField, writtenIn } from "@/lib/core/translations";
import { AsRecorded } from "@/components/AsRecorded";

type Props = { params: Promise<{ slug: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const c = await getCasePage(slug);
  if (c) return { title: shownField(c.translations, "Case", c.id, "title", c.title, await getLocale(), c.lang).text };
  const t = await getTranslations("Case");
  return (await findDeletedRecord("case", slug)) ? { title: t("deletedTitle"), robots: { index: false } } : { title: t("notFoundTitle") };
}

/** The notices after a save (`?saved=…`), by their catalogue keys ("Case.saved.…"). */
const SAVED = { created: "created", updated: "updated", stage: "stage" } as const;
const savedKey = (saved: unknown) => (typeof saved === "string" && Object.hasOwn(SAVED, saved) ? SAVED[saved as keyof typeof SAVED] : null);

export default async function CasePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const saved = savedKey((await searchParams)?.saved);
  const found = await getCasePage(slug);
  const actor = await currentActor();
  const canEdit = hasRole(actor, "ANALYST");
  if (!found) {
    const deleted = await findDeletedRecord("case", slug);
    if (!deleted) notFound();
    return <DeletedRecord kind="case" record={deleted} historyHref={`/cases/${slug}/history`} full={canEdit} zone={timeZoneOf(actor)} />;
  }

  const [t, tc, ts, tl, locale] = await Promise.all([getTranslations("Case"), getTranslations("Cases"), getTranslations("Stages"), getTranslations("Charges"), getLocale()]);
  // The forum, situation, accused's kinds and levels, and charges' crimes and modes in the page's language (decision 039).
  const { words } = await referenceNamesIn(locale as Locale);
  const c = {
    ...found,
    forum: forumIn(words, found.forum),
    situation: renamed(words, "situation", found.situation),
    accused: found.accused.map((a) => ({ ...a, kind: renamed(words, "accusedKind", a.kind), level: renamed(words, "level", a.level) })),
    charges: found.charges.map((charge) => chargeIn(words, charge)),
  };
  const labels = labelsIn(locale as Locale);
  const reportedBy = asReportedBy(c.citations, locale as Locale);
  const notRecorded = <span className="muted">{t("notRecorded")}</span>;
  // Title and summary in the reader's language: as written, its translation, or marked (decision 042).
  const title = shownField(c.translations, "Case", c.id, "title", c.title, locale, c.lang);
  const summary = shownField(c.translations, "Case", c.id, "summary", c.summary, locale, c.lang);
  const tf = await getTranslations("CaseForm");
  return (
    <>
      <Breadcrumbs trail={[{ href: "/cases", label: tc("title") }, { label: title.text }]} />
      <p className="eyebrow">{t("eyebrow", { forum: c.forum.name, situation: c.situation.name })}</p>
      <h1>
        <ShownText value={title} />
      </h1>
      <TextOrigin value={title} what={tf("field.title")} />
      <FollowButton target="case" caseSlug={c.slug} state={await followState(actor, { target: "case", caseSlug: c.slug })} follow={followAction} unfollow={unfollowAction} />
      {saved ? (
        <p className="notice notice-success" role="status">
          {t(`saved.${saved}`)} {t.rich("savedHistory", { link: (chunks) => <Link href={`/cases/${c.slug}/history`}>{chunks}</Link> })}
        </p>
      ) : null}
      <p className="record-actions">
        {canEdit ? (
          <>
            <Link href={`/cases/${c.slug}/edit`} className="button-link">
              {t("edit")}
            </Link>
            <Link href={`/cases/${c.slug}/stage`} className="button-link">
              {ts("pageTitle")}
            </Link>
            <Link href={`/cases/${c.slug}/delete`} className="button-link button-link-quiet">
              {t("delete")}
            </Link>
          </>
        ) : null}
        <Link href={`/cases/${c.slug}/history`}>{t("historyOfRecord")}</Link>
      </p>
      {c.isSynthetic ? (
        <p className="notice notice-demo">
          <DemoBadge /> {t.rich("demo", { strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
      ) : null}

      <dl className="facts facts-grid">
        <div>
          <dt>{t("caseNumber")}</dt>
          <dd>{c.reference ?? <span className="muted">{t("noReference")}</span>}</dd>
        </div>
        <div>
          <dt>{t("forum")}</dt>
          <dd>
            <Link href={`/forums/${c.forum.slug}`}>{c.forum.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{t("situation")}</dt>
          <dd>{c.situation.name}</dd>
        </div>
        <div>
          <dt>{t("currentStage")}</dt>
          <dd>
            <StageBadge stage={c.stage} date={c.stageDate} inAbsentia={c.inAbsentia} />
          </dd>
        </div>
        <div>
          <dt>{t("firstStage")}</dt>
          <dd>
            {c.stages[0] ? `${labels.caseStage[c.stages[0].stage]}, ` : null}
            <PartialDate value={c.openedOn} /> <PrecisionNote value={c.openedOn} />
          </dd>
        </div>
      </dl>
      {summary ? (
        <>
          <p className="lead">
            <ShownText value={summary} />
          </p>
          <TextOrigin value={summary} what={tf("field.summary")} />
        </>
      ) : null}
      {reportedBy ? (
        <p className="notice notice-warning" id="as-reported">
          <strong>{reportedBy}.</strong> {t.rich("secondaryOnly", { link: (chunks) => <a href="#sources-heading">{chunks}</a> })}
        </p>
      ) : null}

      <section aria-labelledby="accused-heading" className={styles.section}>
        <h2 id="accused-heading">
          {t("accused")} <span className="count">({c.accused.length})</span>
        </h2>
        <ul className={styles.accusedList}>
          {c.accused.map((a) => (
            <li key={a.slug} className="card">
              <h3 className={styles.accusedName}>
                <Link href={`/accused/${a.slug}`}>{a.name}</Link> {a.isSynthetic && !c.isSynthetic ? <DemoBadge /> : null}
              </h3>
              {a.nameOriginal ? (
                <p className={styles.accusedOriginal} lang="uk">
                  {a.nameOriginal}
                </p>
              ) : null}
              <dl className={styles.accusedFacts}>
                <dt>{t("kind")}</dt>
                <dd>{a.kind.name}</dd>
                {a.kind.slug === "natural" ? (
                  <>
                    <dt>{t("rank")}</dt>
                    <dd lang={a.rank ? writtenIn(a.rank) : undefined}>{a.rank ?? notRecorded}</dd>
                    <dt>{t("level")}</dt>
                    <dd>{a.level?.name ?? notRecorded}</dd>
                  </>
                ) : null}
              </dl>
              {a.description ? (
                <p className="small" lang={writtenIn(a.description)}>
                  {a.description}
                </p>
              ) : null}
              <p className="small">
                <Link href={`/accused/${a.slug}`}>{t("allProceedings", { name: a.name })}</Link>
              </p>
            </li>
          ))}
        </ul>
        <AsRecorded what="accused" texts={c.accused.flatMap((a) => [a.rank, a.description])} />
      </section>

      <section aria-labelledby="charges-heading" className={styles.section}>
        <h2 id="charges-heading">
          {t("charges")} <span className="count">({c.charges.length})</span>
        </h2>
        <ChargesTable charges={c.charges} caption={tl("caption", { title: c.title })} />
        <AsRecorded what="charges" texts={c.charges.flatMap((charge) => [charge.provisionCited, charge.description])} />
      </section>

      <section aria-labelledby="stages-heading" className={styles.section}>
        <h2 id="stages-heading">{t("stages")}</h2>
        <p className="muted">{t("stagesHint")}</p>
        <StageTimeline stages={c.stages} zone={timeZoneOf(actor)} />
        <AsRecorded what="stages" texts={c.stages.map((stage) => stage.note)} />
        {canEdit ? (
          <p>
            <Link href={`/cases/${c.slug}/stage`}>{ts("pageTitle")}</Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="sources-heading" className={styles.section}>
        <h2 id="sources-heading">{t("sources")}</h2>
        <SourceList citations={c.citations} />
      </section>

      <DocumentsSection kind="case" slug={c.slug} notice={documentNoticeOf((await searchParams)?.document)} />

      <section aria-labelledby="milestones-heading" className={styles.section}>
        <h2 id="milestones-heading">{t("milestones")}</h2>
        {c.milestones.length === 0 ? (
          <p className="muted">{t("noMilestones")}</p>
        ) : (
          <ul className={styles.milestones} aria-label={t("milestoneCount", { count: c.milestones.length })}>
            {c.milestones.map((m) => (
              <li key={m.slug}>
                <span className="ml-date">
                  <PartialDate value={m.date} />
                </span>
                <Link href={`/milestones/${m.slug}`}>{m.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <CaseAnnotations caseId={c.id} caseSlug={c.slug} />

      <p className="muted small">
        <Link href={`/cases/${c.slug}/history`}>{t("historyOfRecord")}</Link> · {t("version", { version: c.version })}
      </p>
    </>
  );
}

