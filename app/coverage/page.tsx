import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { CoverageMatrix } from "@/components/CoverageMatrix";
import { PartialDate } from "@/components/PartialDate";
import { DateField, ErrorSummary, SelectField, type FieldProblem } from "@/components/QueryFields";
import { StatusLegend } from "@/components/StatusLegend";
import { COVERAGE_PARAMETERS } from "@/lib/core/coverage-query";
import { isoToday, type IsoDate } from "@/lib/core/dates";
import { nameOf, plural } from "@/lib/core/labels";
import { DEFAULT_MODE, DEFAULT_SITUATION } from "@/lib/core/profile-query";
import { fieldMessage, fieldValue, hasEmpty, inFieldOrder, toQueryString, withoutEmpty, type FieldLabels, type RawParams } from "@/lib/core/query-form";
import { readCoverage } from "@/lib/server/coverage";
import type { ReferenceVocabulary } from "@/lib/server/jurisdiction";

export const metadata: Metadata = { title: "Coverage matrix" };

type Props = { searchParams: Promise<RawParams> };

const FIELDS: FieldLabels = {
  asOf: { label: "As of", noun: "a date" },
  situation: { label: "Situation", noun: "a situation" },
  mode: { label: "Mode of liability", noun: "a mode of liability" },
};
const FIELD_LABELS = Object.fromEntries(Object.entries(FIELDS).map(([k, v]) => [k, v.label]));

function CoverageForm({ vocabulary, params, today, errors }: { vocabulary: ReferenceVocabulary; params: RawParams; today: IsoDate; errors: Record<string, string> }) {
  const options = (items: { slug: string; name: string }[]) => items.map((i) => ({ value: i.slug, label: i.name }));
  return (
    <form method="get" action="/coverage" className="query-form query-form-inline" aria-labelledby="coverage-form-heading" noValidate>
      <h2 id="coverage-form-heading" className="visually-hidden">
        Change the date, situation or mode of liability
      </h2>
      <div className="query-fields">
        <DateField name="asOf" label={FIELDS.asOf!.label} value={errors.asOf ? "" : fieldValue(params, "asOf") || today} error={errors.asOf} />
        <SelectField name="situation" label={FIELDS.situation!.label} options={options(vocabulary.names.situations)} value={fieldValue(params, "situation") || DEFAULT_SITUATION} error={errors.situation} />
        <SelectField name="mode" label={FIELDS.mode!.label} options={options(vocabulary.names.modes)} value={fieldValue(params, "mode") || DEFAULT_MODE} error={errors.mode} />
      </div>
      <div className="filter-actions">
        <button type="submit">Show the matrix</button>
        <Link href="/coverage" className="clear-link">
          Reset to today
        </Link>
      </div>
    </form>
  );
}

export default async function CoveragePage({ searchParams }: Props) {
  const params = await searchParams;
  const today = isoToday(new Date());
  // A date field left empty means today; the shareable URL pins it.
  if (hasEmpty(params)) {
    const clean = withoutEmpty(params);
    if (!("asOf" in clean)) clean.asOf = today;
    redirect(`/coverage?${toQueryString(clean, COVERAGE_PARAMETERS)}`);
  }
  const { result, vocabulary } = await readCoverage({ query: params, today });
  const names = {
    forums: vocabulary.forums,
    crimes: vocabulary.names.crimes,
    accusedKinds: vocabulary.names.accusedKinds,
    levels: vocabulary.names.levels,
  };

  const intro = (
    <>
      <Breadcrumbs trail={[{ label: "Coverage" }]} />
      <h1>Coverage matrix</h1>
      <p className="lead">
        Every case category (crime, kind of accused, level of responsibility) against the three forums, as of a date:
        which forum covers it, conditionally or not, how many tracked cases each cell holds, and the impunity gaps no
        forum covers.
      </p>
    </>
  );

  if (!result.ok) {
    const problems: FieldProblem[] = inFieldOrder(result.errors, FIELDS).map((e) => ({ ...e, message: fieldMessage(e, params, FIELDS) }));
    const errors: Record<string, string> = {};
    for (const p of problems) if (FIELDS[p.parameter] && !errors[p.parameter]) errors[p.parameter] = p.message;
    return (
      <>
        {intro}
        <ErrorSummary problems={problems} fields={FIELD_LABELS} />
        <CoverageForm vocabulary={vocabulary} params={params} today={today} errors={errors} />
      </>
    );
  }

  const matrix = result.value;
  const gaps = matrix.rows.filter((r) => r.gap);
  const conditionalGaps = gaps.filter((r) => r.cells.some((c) => c.status === "conditional"));
  const cases = matrix.rows.reduce((n, r) => n + r.caseCount, 0);
  return (
    <>
      {intro}
      <CoverageForm vocabulary={vocabulary} params={params} today={today} errors={{}} />

      <div className="results-bar" role="status">
        <p id="matrix-summary">
          <strong>
            As of <PartialDate value={{ date: matrix.asOf, precision: "DAY" }} />
          </strong>{" "}
          · {nameOf(vocabulary.names.situations, matrix.situation)} · {nameOf(vocabulary.names.modes, matrix.mode)}:{" "}
          <strong>
            {plural(gaps.length, "gap")} in {matrix.rows.length} case categories
          </strong>
          {conditionalGaps.length > 0 ? ` (in ${conditionalGaps.length} of them, at least one forum covers conditionally)` : ""}.
        </p>
      </div>
      <p className="muted small">
        Choose a status to see why: the rules that apply, their conditions, provisions and sources.{" "}
        {cases === 0 ? "No case is tracked yet in this situation and mode, so every cell counts 0 cases." : null}
      </p>

      <div className="matrix-wrap">
        <CoverageMatrix matrix={matrix} names={names} />
      </div>

      <section aria-labelledby="legend-heading" className="section">
        <h2 id="legend-heading">Legend</h2>
        <StatusLegend>
          <div>
            <dt>Cases</dt>
            <dd>
              Tracked cases at that forum with a charge for that crime, in the chosen mode of liability, against an accused of
              that kind and level, in the chosen situation. A case with several charges or accused can count in several
              rows. Case counts do not depend on the date.
            </dd>
          </div>
        </StatusLegend>
        <p className="muted small">
          Rows follow the complementarity split the sources describe: the ICC pursues the top leadership, the Special
          Tribunal leadership-level aggression, and Ukraine’s national courts direct perpetrators, those down the chain of
          command, and companies. The matrix shows what the recorded jurisdiction rules allow, not that split.
        </p>
      </section>
    </>
  );
}
