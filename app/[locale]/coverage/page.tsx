import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { CoverageMatrix } from "@/components/CoverageMatrix";
import { PartialDate } from "@/components/PartialDate";
import { policyMarker, PolicySplit } from "@/components/PolicySplit";
import { DateField, ErrorSummary, SelectField, TextField } from "@/components/QueryFields";
import { StatusLegend } from "@/components/StatusLegend";
import { conductPhrase } from "@/lib/core/answer-words";
import { COVERAGE_PARAMETERS } from "@/lib/core/coverage-query";
import { isoToday, type IsoDate } from "@/lib/core/dates";
import { nameOf, plural } from "@/lib/core/labels";
import { coverageHref } from "@/lib/core/links";
import { DEFAULT_MODE, DEFAULT_SITUATION } from "@/lib/core/profile-query";
import { addressWithoutEmpty, fieldValue, formRefusals, labelsOf, PROFILE_FIELDS, type RawParams } from "@/lib/core/query-form";
import { readCoverage } from "@/lib/server/coverage";
import type { ReferenceVocabulary } from "@/lib/server/jurisdiction";

export const metadata: Metadata = { title: "Coverage matrix" };

type Props = { searchParams: Promise<RawParams> };

const FIELDS = {
  conduct: PROFILE_FIELDS.conduct,
  asOf: PROFILE_FIELDS.asOf,
  situation: PROFILE_FIELDS.situation,
  mode: PROFILE_FIELDS.mode,
};
const FIELD_LABELS = labelsOf(FIELDS);

function CoverageForm({ vocabulary, params, today, errors }: { vocabulary: ReferenceVocabulary; params: RawParams; today: IsoDate; errors: Record<string, string> }) {
  const options = (items: { slug: string; name: string }[]) => items.map((i) => ({ value: i.slug, label: i.name }));
  return (
    <form method="get" action="/coverage" className="query-form query-form-inline" aria-labelledby="coverage-form-heading" noValidate>
      <h2 id="coverage-form-heading" className="visually-hidden">
        Change the dates, the situation or the mode of liability
      </h2>
      <div className="query-fields">
        <TextField
          name="conduct"
          label={FIELDS.conduct.label}
          optional
          hint={
            <>
              <code>2022-03</code>, <code>2022</code> or <code>2022-02-24/2023-03-09</code>. Empty: all conduct, period by
              period.
            </>
          }
          value={fieldValue(params, "conduct")}
          error={errors.conduct}
        />
        <DateField
          name="asOf"
          label={FIELDS.asOf.label}
          hint="The law in force that day, written YYYY-MM-DD."
          value={fieldValue(params, "asOf") || (errors.asOf ? "" : today)}
          error={errors.asOf}
        />
        <SelectField name="situation" label={FIELDS.situation.label} options={options(vocabulary.names.situations)} value={fieldValue(params, "situation") || DEFAULT_SITUATION} error={errors.situation} />
        <SelectField name="mode" label={FIELDS.mode.label} options={options(vocabulary.names.modes)} value={fieldValue(params, "mode") || DEFAULT_MODE} error={errors.mode} />
      </div>
      <label className="query-switch">
        <input type="checkbox" name="policy" value="on" defaultChecked={fieldValue(params, "policy") === "on"} aria-describedby="policy-switch-hint" />
        <span>
          Show the complementarity split (policy, not jurisdiction)
          <span className="field-hint" id="policy-switch-hint">
            Marks, in each cell, the policies and recommendations that send that category to that forum. They change no
            status.
          </span>
        </span>
      </label>
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
  const shareable = addressWithoutEmpty("/coverage", params, COVERAGE_PARAMETERS, { asOf: today });
  if (shareable) return await redirectInLocale(shareable);
  const { result, vocabulary, policies, policyView } = await readCoverage({ query: params, today });
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
        Every case category (crime, kind of accused, level of responsibility) against the three forums, for the conduct
        of a date or period and as of the day the law is read: which forum covers it, conditionally or not, where the
        tracker records no rule, how many tracked cases each cell holds, and the impunity gaps every forum excludes.
      </p>
    </>
  );

  if (!result.ok) {
    const { problems, byField: errors } = formRefusals(result.errors, params, FIELDS);
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
  const silent = matrix.rows.filter((r) => r.cells.some((c) => c.status === "unknown"));
  const cases = matrix.rows.reduce((n, r) => n + r.caseCount, 0);
  // The split of this situation, numbered in the order of the list under the matrix.
  const split = policyView ? policies.filter((p) => p.situation === null || p.situation === matrix.situation) : [];
  const policyMarkers = policyView ? new Map(split.map((p, i) => [p.slug, { marker: policyMarker(i), statement: p.statement }])) : undefined;
  return (
    <>
      {intro}
      <CoverageForm vocabulary={vocabulary} params={params} today={today} errors={{}} />

      <div className="results-bar" role="status">
        <p id="matrix-summary">
          <strong>
            As of <PartialDate value={{ date: matrix.asOf, precision: "DAY" }} />
          </strong>
          , <span id="matrix-conduct">{matrix.conduct ? `for conduct ${conductPhrase(matrix.conduct)}` : "for conduct at any time up to that day"}</span>{" "}
          · {nameOf(vocabulary.names.situations, matrix.situation)} · {nameOf(vocabulary.names.modes, matrix.mode)}:{" "}
          <strong>
            {plural(gaps.length, "gap")} in {matrix.rows.length} case categories
          </strong>
          {silent.length > 0
            ? `; in ${plural(silent.length, "category", "categories")} some forum has no rule recorded, which is not counted as a gap`
            : ""}
          .
        </p>
      </div>
      <p className="muted small">
        Choose a status to see why: the rules that apply, their conditions, provisions and sources.{" "}
        {matrix.conduct ? null : "Without a date of conduct, a cell whose status differs by date of conduct lists the periods. "}
        {cases === 0 ? "No case is tracked yet in this situation and mode, so every cell counts 0 cases." : null}
      </p>

      <div className="matrix-wrap">
        <CoverageMatrix matrix={matrix} names={names} policyMarkers={policyMarkers} />
      </div>

      {policyView ? (
        <PolicySplit
          policies={split}
          forums={vocabulary.forums}
          numbered
          heading="Policy, not jurisdiction: the complementarity split"
          intro={
            <>
              The marks P1, P2… in the matrix are these described practices and recommendations. They are policy, not
              rules of law: <strong>they change no status in the matrix</strong>, and a forum they name may have no
              jurisdiction over a category.
            </>
          }
          empty="No policy or recommendation is recorded for this situation."
        />
      ) : null}

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
          The matrix shows what the recorded jurisdiction rules allow. The complementarity split the sources describe (the
          ICC pursues the top leadership, the Special Tribunal leadership-level aggression, Ukraine’s national courts direct
          perpetrators, those down the chain of command, and companies) is policy, not jurisdiction:{" "}
          {policyView ? (
            "it is marked in the cells and listed under the matrix."
          ) : (
            <Link href={coverageHref({ ...matrix, policy: true })}>show it beside the cells</Link>
          )}
        </p>
      </section>
    </>
  );
}
