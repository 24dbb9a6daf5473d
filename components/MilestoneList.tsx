import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { MilestoneItem } from "@/lib/core/views";
import { DemoBadge } from "./DemoBadge";
import { ExpectedBadge } from "./ExpectedBadge";
import { PartialDate } from "./PartialDate";

/** A compact list of milestones (date, title, situation, track, type), each linking to its record. */
export function MilestoneList({ milestones, showWhatChanged = false }: { milestones: MilestoneItem[]; showWhatChanged?: boolean }) {
  const t = useTranslations("Milestones");
  return (
    <ol className="milestone-list">
      {milestones.map((m) => (
        <li key={m.slug}>
          <span className="ml-date">
            <PartialDate value={m.date} />
          </span>
          <span className="ml-main">
            <Link href={`/milestones/${m.slug}`} className="ml-title">
              {m.title}
            </Link>
            <span className="ml-meta">
              {m.situation ? `${m.situation.name} · ` : null}
              {m.track.name} · {m.type.name}
              {m.status === "EXPECTED" ? (
                <>
                  {" "}
                  <ExpectedBadge />
                </>
              ) : null}
              {m.isSynthetic ? (
                <>
                  {" "}
                  <DemoBadge />
                </>
              ) : null}
            </span>
            {showWhatChanged && m.whatChanged ? (
              <span className="ml-changed">
                {m.status === "EXPECTED" ? t("whatItWouldChangeLabel") : t("whatItChangedLabel")} {m.whatChanged}
              </span>
            ) : null}
          </span>
        </li>
      ))}
    </ol>
  );
}
