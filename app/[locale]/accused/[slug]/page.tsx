import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { DemoBadge } from "@/components/DemoBadge";
import { StageBadge } from "@/components/case/StageBadge";
import styles from "@/components/case/case.module.css";
import { plural } from "@/lib/core/labels";
import { currentActor } from "@/lib/server/auth";
import { getAccusedPage } from "@/lib/server/queries/accused-page";
import { hasRole } from "@/lib/server/actor";

type Props = { params: Promise<{ slug: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const a = await getAccusedPage((await params).slug);
  return { title: a ? a.name : "Accused not found" };
}

/**
 * One accused and their proceedings before every forum, side by side: one column per forum (all
 * forums, in their usual order), so a reader sees at once where they are charged, with what, and
 * how far each case has gone — and where nothing is recorded.
 */
export default async function AccusedPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const saved = (await searchParams)?.saved === "1";
  const a = await getAccusedPage(slug);
  if (!a) notFound();
  const canEdit = hasRole(await currentActor(), "ANALYST");
  const total = a.forums.reduce((n, f) => n + f.cases.length, 0);
  const before = a.forums.filter((f) => f.cases.length > 0).length;

  return (
    <>
      <Breadcrumbs trail={[{ href: "/accused", label: "Accused" }, { label: a.name }]} />
      <p className="eyebrow">{a.kind.name}</p>
      <h1>{a.name}</h1>
      {a.nameOriginal ? (
        <p className="lead" lang="uk">
          {a.nameOriginal}
        </p>
      ) : null}
      {saved ? (
        <p className="notice notice-success" role="status">
          Your changes were saved. Every case against {a.name} shows them.
        </p>
      ) : null}
      {canEdit ? (
        <p className="record-actions">
          <Link href={`/accused/${a.slug}/edit`} className="button-link">
            Edit accused
          </Link>
        </p>
      ) : null}
      {a.isSynthetic ? (
        <p className="notice notice-demo">
          <DemoBadge /> <strong>Synthetic demo data.</strong> This accused is not a real person or company and must not be cited.
        </p>
      ) : null}
      <dl className="facts facts-grid">
        <div>
          <dt>Kind</dt>
          <dd>{a.kind.name}</dd>
        </div>
        {a.kind.slug === "natural" ? (
          <>
            <div>
              <dt>Rank</dt>
              <dd>{a.rank ?? <span className="muted">Not recorded</span>}</dd>
            </div>
            <div>
              <dt>Level of responsibility</dt>
              <dd>{a.level?.name ?? <span className="muted">Not recorded</span>}</dd>
            </div>
          </>
        ) : null}
        <div>
          <dt>Proceedings</dt>
          <dd>
            {plural(total, "case")} before {plural(before, "forum")}
          </dd>
        </div>
      </dl>
      {a.description ? <p>{a.description}</p> : null}

      <section aria-labelledby="forums-heading" className={styles.section}>
        <h2 id="forums-heading">Proceedings, forum by forum</h2>
        <p className="muted">Every forum the tracker follows, side by side; under each, the cases against {a.name} before it and the charges against them.</p>
        <ul className={styles.forums}>
          {a.forums.map((f) => (
            <li key={f.slug} className={styles.forumColumn} aria-labelledby={`forum-${f.slug}`}>
              <h3 id={`forum-${f.slug}`}>
                <Link href={`/forums/${f.slug}`}>{f.name}</Link> <span className={styles.forumCount}>({plural(f.cases.length, "case")})</span>
              </h3>
              {f.cases.length === 0 ? (
                <p className={styles.empty}>No proceedings recorded before the {f.name}.</p>
              ) : (
                <ul className={styles.caseCards}>
                  {f.cases.map((c) => (
                    <li key={c.slug} className={styles.caseCard}>
                      <h4>
                        <Link href={`/cases/${c.slug}`}>{c.title}</Link> {c.isSynthetic && !a.isSynthetic ? <DemoBadge /> : null}
                      </h4>
                      <p>{c.reference ?? <span className="muted">No public case number</span>}</p>
                      <p>
                        <StageBadge stage={c.stage} date={c.stageDate} inAbsentia={c.inAbsentia} />
                      </p>
                      {c.charges.length === 0 ? (
                        <p className="muted small">No charge recorded against {a.name} in this case.</p>
                      ) : (
                        <ul className={styles.caseCharges} aria-label={`Charges against ${a.name}`}>
                          {c.charges.map((ch, i) => (
                            <li key={i}>
                              {ch.crime.name} · {ch.mode.name} · {ch.provisionCited}
                              {ch.againstEveryAccused ? <span className="muted"> (against every accused of the case)</span> : null}
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
