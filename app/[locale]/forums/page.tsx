import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PartialDate } from "@/components/PartialDate";
import { SourceCitation } from "@/components/SourceCitation";
import { FORUM_KIND_LABELS, firstSentence, plural } from "@/lib/core/labels";
import { listForums } from "@/lib/server/queries/forums";

export const metadata: Metadata = { title: "Forums" };

export default async function ForumsPage() {
  const forums = await listForums();
  return (
    <>
      <Breadcrumbs trail={[{ label: "Forums" }]} />
      <h1>Forums</h1>
      <p className="lead">
        The institutions that can try atrocity crimes of the war: what each is, the instrument its jurisdiction rests on,
        and, on its page, the jurisdiction rules that say what it covers and excludes.
      </p>
      <ul className="forum-list">
        {forums.map((f) => (
          <li key={f.slug} className="card forum-card">
            <h2>
              <Link href={`/forums/${f.slug}`}>{f.name}</Link>
            </h2>
            <dl className="facts">
              <div>
                <dt>Kind</dt>
                <dd>{FORUM_KIND_LABELS[f.kind]}</dd>
              </div>
              <div>
                <dt>Legal basis</dt>
                <dd>{f.legalBasis ? f.legalBasis.shortTitle : "Not recorded"}</dd>
              </div>
              <div>
                <dt>Established</dt>
                <dd>{f.establishedOn ? <PartialDate value={f.establishedOn} /> : "Date not recorded"}</dd>
              </div>
            </dl>
            <p>{firstSentence(f.description)}</p>
            <p className="muted">
              <Link href={`/forums/${f.slug}`}>
                {plural(f.ruleCount, "jurisdiction rule")} and {plural(f.milestoneCount, "milestone")}
                <span className="visually-hidden"> for the {f.shortName}</span>
              </Link>
            </p>
            <SourceCitation citation={f.citation} variant="compact" />
          </li>
        ))}
      </ul>
    </>
  );
}
