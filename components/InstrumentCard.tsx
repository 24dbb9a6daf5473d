import { useLocale, useTranslations } from "next-intl";
import { labelsIn } from "@/lib/core/labels";
import type { InstrumentView } from "@/lib/core/views";
import { PartialDate } from "./PartialDate";
import { ShownText } from "./ShownText";
import { SourceCitation } from "./SourceCitation";
import type { ShownText as ShownTextValue } from "@/lib/core/translations";

/**
 * A legal instrument: what it is, when it was adopted, a link to its official text where one is
 * recorded (never a guessed address), and the source the record rests on.
 */
export function InstrumentCard({
  instrument,
  headingLevel = 3,
  shown,
}: {
  instrument: InstrumentView;
  headingLevel?: 3 | 4;
  /** The title, description and short title in the page's language (decision 039); the recorded ones without. */
  shown?: { title: ShownTextValue; description: ShownTextValue; shortTitle: string };
}) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const t = useTranslations("Jurisdiction.instrument");
  const labels = labelsIn(useLocale());
  return (
    <div className="card instrument-card" id={`instrument-${instrument.slug}`}>
      <Heading>{shown ? <ShownText value={shown.title} /> : instrument.title}</Heading>
      <p className="muted">
        {labels.instrumentKind[instrument.kind]}
        {instrument.adoptedOn ? (
          <>
            {" "}
            · {t("adopted")} <PartialDate value={instrument.adoptedOn} />
          </>
        ) : null}
      </p>
      <p>{shown ? <ShownText value={shown.description} /> : instrument.description}</p>
      {instrument.url ? (
        <p className="instrument-official">
          <a href={instrument.url} rel="noreferrer external">
            {t("officialText", { title: shown?.shortTitle ?? instrument.shortTitle })}
          </a>
        </p>
      ) : (
        <p className="muted small">{t("noOfficialText")}</p>
      )}
      <SourceCitation citation={instrument.citation} />
    </div>
  );
}
