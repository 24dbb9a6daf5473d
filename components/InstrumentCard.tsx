import { INSTRUMENT_KIND_LABELS } from "@/lib/core/labels";
import type { InstrumentView } from "@/lib/core/views";
import { PartialDate } from "./PartialDate";
import { SourceCitation } from "./SourceCitation";

/**
 * A legal instrument: what it is, when it was adopted, a link to its official text where one is
 * recorded (never a guessed address), and the source the record rests on.
 */
export function InstrumentCard({ instrument, headingLevel = 3 }: { instrument: InstrumentView; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <div className="card instrument-card" id={`instrument-${instrument.slug}`}>
      <Heading>{instrument.title}</Heading>
      <p className="muted">
        {INSTRUMENT_KIND_LABELS[instrument.kind]}
        {instrument.adoptedOn ? (
          <>
            {" "}
            · adopted <PartialDate value={instrument.adoptedOn} />
          </>
        ) : null}
      </p>
      <p>{instrument.description}</p>
      {instrument.url ? (
        <p className="instrument-official">
          <a href={instrument.url} rel="noreferrer external">
            Official text of the {instrument.shortTitle}
          </a>
        </p>
      ) : (
        <p className="muted small">No official online text is recorded for this instrument.</p>
      )}
      <SourceCitation citation={instrument.citation} />
    </div>
  );
}
