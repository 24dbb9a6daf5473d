import { useLocale, useTranslations } from "next-intl";
import { labelsIn } from "@/lib/core/labels";
import type { InstrumentView } from "@/lib/core/views";
import { PartialDate } from "./PartialDate";
import { SourceCitation } from "./SourceCitation";

/**
 * A legal instrument: what it is, when it was adopted, a link to its official text where one is
 * recorded (never a guessed address), and the source the record rests on.
 */
export function InstrumentCard({ instrument, headingLevel = 3 }: { instrument: InstrumentView; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const t = useTranslations("Jurisdiction.instrument");
  const labels = labelsIn(useLocale());
  return (
    <div className="card instrument-card" id={`instrument-${instrument.slug}`}>
      <Heading>{instrument.title}</Heading>
      <p className="muted">
        {labels.instrumentKind[instrument.kind]}
        {instrument.adoptedOn ? (
          <>
            {" "}
            · {t("adopted")} <PartialDate value={instrument.adoptedOn} />
          </>
        ) : null}
      </p>
      <p>{instrument.description}</p>
      {instrument.url ? (
        <p className="instrument-official">
          <a href={instrument.url} rel="noreferrer external">
            {t("officialText", { title: instrument.shortTitle })}
          </a>
        </p>
      ) : (
        <p className="muted small">{t("noOfficialText")}</p>
      )}
      <SourceCitation citation={instrument.citation} />
    </div>
  );
}
