import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { NotAllowed } from "@/components/NotAllowed";
import { StageBadge } from "@/components/case/StageBadge";
import { StageForm } from "@/components/case/StageForm";
import { recordStageAction } from "../actions";
import styles from "@/components/case/case.module.css";
import { stageChoices } from "@/lib/core/stage-machine";
import { getCasePage } from "@/lib/server/queries/case-page";
import { pageActor } from "@/lib/server/page-actor";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Record a stage change" };

export default async function RecordStagePage({ params }: Props) {
  const { slug } = await params;
  const { allowed } = await pageActor("ANALYST", `/cases/${slug}/stage`);
  const c = await getCasePage(slug);
  if (!c) notFound();
  const choices = stageChoices(c.stage);
  const notOffered = choices.filter((choice) => !choice.allowed);
  return (
    <>
      <Breadcrumbs trail={[{ href: "/cases", label: "Cases" }, { href: `/cases/${slug}`, label: c.title }, { label: "Record a stage change" }]} />
      <p className="eyebrow">{c.title}</p>
      <h1>Record a stage change</h1>
      {!allowed ? (
        <NotAllowed what="record stage changes" role="analyst" back={{ href: `/cases/${slug}`, label: "Back to the case" }} />
      ) : (
        <>
          <p className="lead">
            The case is at <StageBadge stage={c.stage} date={c.stageDate} inAbsentia={c.inAbsentia} />. Record the stage it has moved to, dated as its
            source dates it. The entry keeps your name; the case’s earlier stages stay in its <Link href={`/cases/${slug}#stages-heading`}>timeline</Link>.
          </p>
          {notOffered.length > 0 ? (
            <details className="notice">
              <summary>Why some stages are not offered</summary>
              <ul className={styles.notOffered}>
                {notOffered.map((choice) => (
                  <li key={choice.stage}>
                    <strong>{choice.label}:</strong> {choice.why}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          <StageForm
            save={recordStageAction}
            caseSlug={c.slug}
            version={c.version}
            choices={choices}
            sources={c.citations.map((s) => ({ slug: s.slug, title: s.title }))}
          />
        </>
      )}
    </>
  );
}
