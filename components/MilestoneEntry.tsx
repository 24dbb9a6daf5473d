import { useLocale, useTranslations } from "next-intl";
import { shownIn } from "@/lib/core/written-in";
import { ShownText } from "./ShownText";
import { Link } from "@/lib/i18n/navigation";
import type { MilestoneView } from "@/lib/core/views";
import { DemoBadge } from "./DemoBadge";
import { DocumentMatchLine } from "./DocumentMatchLine";
import type { DocumentMatch } from "@/lib/core/document-passage";
import { ExpectedBadge } from "./ExpectedBadge";
import { PartialDate } from "./PartialDate";
import { SourceList } from "./SourceCitation";

/** One milestone on the timeline: date, title, track and type, forums, what happened and changed, sources. */
export function MilestoneEntry({ milestone, documentMatch = null }: { milestone: MilestoneView; documentMatch?: DocumentMatch | null }) {
  const m = milestone;
  const t = useTranslations("Milestones");
  // The texts in the reader's language, else as written, marked (decision 042).
  const locale = useLocale();
  const title = shownIn(m, "title", m.title, locale);
  const description = shownIn(m, "description", m.description, locale);
  const whatChanged = shownIn(m, "whatChanged", m.whatChanged, locale);
  return (
    <article className="milestone" id={m.slug}>
      <p className="milestone-date">
        <PartialDate value={m.date} />
      </p>
      <div className="milestone-body">
        <h3 className="milestone-title">
          <Link href={`/milestones/${m.slug}`}>
            <ShownText value={title} />
          </Link>
        </h3>
        <p className="tags">
          <span className="tag">
            <span className="visually-hidden">{t("trackLabel")} </span>
            {m.track.name}
          </span>
          <span className="tag tag-type">
            <span className="visually-hidden">{t("typeLabel")} </span>
            {m.type.name}
          </span>
          {m.situation ? (
            <span className="tag tag-plain">
              <span className="visually-hidden">{t("situationLabel")} </span>
              {m.situation.name}
            </span>
          ) : null}
          {m.status === "EXPECTED" ? <ExpectedBadge /> : null}
          {m.isSynthetic ? <DemoBadge /> : null}
        </p>
        {m.forums.length > 0 ? (
          <p className="milestone-forums">
            <span className="label">{t("forumsLabel")}</span>{" "}
            {m.forums.map((f, i) => (
              <span key={f.slug}>
                {i > 0 ? ", " : null}
                <Link href={`/forums/${f.slug}`}>{f.name}</Link>
              </span>
            ))}
          </p>
        ) : null}
        <p>
          <ShownText value={description} />
        </p>
        {whatChanged ? (
          <p className="what-changed">
            <span className="label">{m.status === "EXPECTED" ? t("whatItWouldChangeLabel") : t("whatItChangedLabel")}</span> <ShownText value={whatChanged} />
          </p>
        ) : null}
        <SourceList citations={m.citations} variant="brief" />
        {documentMatch ? <DocumentMatchLine match={documentMatch} /> : null}
      </div>
    </article>
  );
}
