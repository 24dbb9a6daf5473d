import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { followAction, unfollowAction } from "@/app/[locale]/follows/actions";
import { FollowButton } from "@/components/FollowButton";
import { followState } from "@/lib/server/follows/list-follows";
import { DemoBadge } from "@/components/DemoBadge";
import { PartialDate, PrecisionNote } from "@/components/PartialDate";
import { SourceList } from "@/components/SourceCitation";
import { ChargesTable } from "@/components/case/ChargesTable";
import { StageBadge } from "@/components/case/StageBadge";
import { StageTimeline } from "@/components/case/StageTimeline";
import styles from "@/components/case/case.module.css";
import { asReportedBy, CASE_STAGE_LABELS, plural } from "@/lib/core/labels";
import { currentActor } from "@/lib/server/auth";
import { getCasePage } from "@/lib/server/queries/case-page";
import { findDeletedRecord } from "@/lib/server/queries/deleted-record";
import { DeletedRecord } from "@/components/DeletedRecord";
import { hasRole, timeZoneOf } from "@/lib/server/actor";
import { CaseAnnotations } from "./CaseAnnotations";

type Props = { params: Promise<{ slug: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const c = await getCasePage(slug);
  if (c) return { title: c.title };
  return (await findDeletedRecord("case", slug)) ? { title: "Deleted case", robots: { index: false } } : { title: "Case not found" };
}

const SAVED: Record<string, string> = {
  created: "The case was recorded.",
  updated: "Your changes were saved.",
  stage: "The stage change was recorded.",
};

export default async function CasePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const saved = (await searchParams)?.saved;
  const c = await getCasePage(slug);
  const actor = await currentActor();
  const canEdit = hasRole(actor, "ANALYST");
  if (!c) {
    const deleted = await findDeletedRecord("case", slug);
    if (!deleted) notFound();
    return <DeletedRecord kind="case" record={deleted} historyHref={`/cases/${slug}/history`} full={canEdit} zone={timeZoneOf(actor)} />;
  }

  return (
    <>
      <Breadcrumbs trail={[{ href: "/cases", label: "Cases" }, { label: c.title }]} />
      <p className="eyebrow">
        Case before the {c.forum.name} · {c.situation.name}
      </p>
      <h1>{c.title}</h1>
      <FollowButton target="case" caseSlug={c.slug} state={await followState(actor, { target: "case", caseSlug: c.slug })} follow={followAction} unfollow={unfollowAction} />
      {typeof saved === "string" && SAVED[saved] ? (
        <p className="notice notice-success" role="status">
          {SAVED[saved]} The <Link href={`/cases/${c.slug}/history`}>history</Link> records it.
        </p>
      ) : null}
      <p className="record-actions">
        {canEdit ? (
          <>
            <Link href={`/cases/${c.slug}/edit`} className="button-link">
              Edit case
            </Link>
            <Link href={`/cases/${c.slug}/stage`} className="button-link">
              Record a stage change
            </Link>
            <Link href={`/cases/${c.slug}/delete`} className="button-link button-link-quiet">
              Delete…
            </Link>
          </>
        ) : null}
        <Link href={`/cases/${c.slug}/history`}>History of this record</Link>
      </p>
      {c.isSynthetic ? (
        <p className="notice notice-demo">
          <DemoBadge /> <strong>Synthetic demo data.</strong> This case is not real: it shows how the tracker works and must not be cited.
        </p>
      ) : null}

      <dl className="facts facts-grid">
        <div>
          <dt>Case number</dt>
          <dd>{c.reference ?? <span className="muted">No public case number</span>}</dd>
        </div>
        <div>
          <dt>Forum</dt>
          <dd>
            <Link href={`/forums/${c.forum.slug}`}>{c.forum.name}</Link>
          </dd>
        </div>
        <div>
          <dt>Situation</dt>
          <dd>{c.situation.name}</dd>
        </div>
        <div>
          <dt>Current stage</dt>
          <dd>
            <StageBadge stage={c.stage} date={c.stageDate} inAbsentia={c.inAbsentia} />
          </dd>
        </div>
        <div>
          <dt>First recorded stage</dt>
          <dd>
            {c.stages[0] ? `${CASE_STAGE_LABELS[c.stages[0].stage]}, ` : null}
            <PartialDate value={c.openedOn} /> <PrecisionNote value={c.openedOn} />
          </dd>
        </div>
      </dl>
      {c.summary ? <p className="lead">{c.summary}</p> : null}
      {asReportedBy(c.citations) ? (
        <p className="notice notice-warning" id="as-reported">
          <strong>{asReportedBy(c.citations)}.</strong> This record rests on secondary sources only (see <a href="#sources-heading">Sources</a>):
          check the forum’s own record before relying on it.
        </p>
      ) : null}

      <section aria-labelledby="accused-heading" className={styles.section}>
        <h2 id="accused-heading">
          Accused <span className="count">({c.accused.length})</span>
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
                <dt>Kind</dt>
                <dd>{a.kind.name}</dd>
                {a.kind.slug === "natural" ? (
                  <>
                    <dt>Rank</dt>
                    <dd>{a.rank ?? <span className="muted">Not recorded</span>}</dd>
                    <dt>Level</dt>
                    <dd>{a.level?.name ?? <span className="muted">Not recorded</span>}</dd>
                  </>
                ) : null}
              </dl>
              {a.description ? <p className="small">{a.description}</p> : null}
              <p className="small">
                <Link href={`/accused/${a.slug}`}>All proceedings against {a.name}, forum by forum</Link>
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="charges-heading" className={styles.section}>
        <h2 id="charges-heading">
          Charges <span className="count">({c.charges.length})</span>
        </h2>
        <ChargesTable charges={c.charges} caption={`Charges in ${c.title}`} />
      </section>

      <section aria-labelledby="stages-heading" className={styles.section}>
        <h2 id="stages-heading">Stages</h2>
        <p className="muted">Oldest first, as they were recorded; the last is the current stage.</p>
        <StageTimeline stages={c.stages} zone={timeZoneOf(actor)} />
        {canEdit ? (
          <p>
            <Link href={`/cases/${c.slug}/stage`}>Record a stage change</Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="sources-heading" className={styles.section}>
        <h2 id="sources-heading">Sources</h2>
        <SourceList citations={c.citations} />
      </section>

      <section aria-labelledby="milestones-heading" className={styles.section}>
        <h2 id="milestones-heading">Linked milestones</h2>
        {c.milestones.length === 0 ? (
          <p className="muted">No milestone of the timeline is linked to this case.</p>
        ) : (
          <ul className={styles.milestones} aria-label={plural(c.milestones.length, "milestone")}>
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
        <Link href={`/cases/${c.slug}/history`}>History of this record</Link> · version {c.version}
      </p>
    </>
  );
}
