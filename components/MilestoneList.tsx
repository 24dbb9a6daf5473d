import { useLocale, useTranslations } from "next-intl";
import { shownIn } from "@/lib/core/written-in";
import { ShownText } from "./ShownText";
import { Link } from "@/lib/i18n/navigation";
import type { MilestoneItem } from "@/lib/core/views";
import { DemoBadge } from "./DemoBadge";
import { ExpectedBadge } from "./ExpectedBadge";
import { PartialDate } from "./PartialDate";

/** A compact list of milestones (date, title, situation, track, type), each linking to its record. */
export function MilestoneList({ milestones, showWhatChanged = false }: { milestones: MilestoneItem[]; showWhatChanged?: boolean }) {
  const t = useTranslations("Milestones");
  const locale = useLocale();
  return (
    <ol className="milestone-list">
      {milestones.map((m) => (
        <li key={m.slug}>
          <span className="ml-date">
            <PartialDate value={m.date} />
          </span>
          <span className="ml-main">
            <Link href={`/milestones/${m.slug}`} className="ml-title">
              <ShownText value={shownIn(m, "title", m.title, locale)} />
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
                {m.status === "EXPECTED" ? t("whatItWouldChangeLabel") : t("whatItChangedLabel")} <ShownText value={shownIn(m, "whatChanged", m.whatChanged, locale)} />
              </span>
            ) : null}
          </span>
        </li>
      ))}
    </ol>
  );
}
