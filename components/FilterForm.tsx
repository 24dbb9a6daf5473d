import { FILTER_LABELS, FILTER_PARAMS, type FilterOptions, type MilestoneFilters } from "@/lib/core/milestone-filters";

/** One filter: a select whose empty choice (`any`) applies no filter. */
export type Filter = { param: string; label: string; any: string; value: string; choices: readonly { value: string; label: string }[] };

/**
 * Filters as a plain GET form: it works without JavaScript, and the resulting URL
 * (/milestones?track=accountability&forum=icc) can be bookmarked and shared. The page beside it
 * shows the count and the "Clear filters" link.
 */
export function FilterForm({ action, legend, idPrefix, filters }: { action: string; legend: string; idPrefix: string; filters: readonly Filter[] }) {
  return (
    <form method="get" action={action} className="filter-form" aria-label={legend}>
      <fieldset>
        <legend>{legend}</legend>
        <div className="filter-fields">
          {filters.map((f) => (
            <div className="filter-field" key={f.param}>
              <label htmlFor={`${idPrefix}-${f.param}`}>{f.label}</label>
              <select id={`${idPrefix}-${f.param}`} name={f.param} defaultValue={f.value}>
                <option value="">{f.any}</option>
                {f.choices.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
        <div className="filter-actions">
          <button type="submit">Apply filters</button>
        </div>
      </fieldset>
    </form>
  );
}

/** The timeline's filters. */
export function MilestoneFilterForm({ action, options, filters }: { action: string; options: FilterOptions; filters: MilestoneFilters }) {
  const fields = FILTER_PARAMS.map((param) => {
    const current = filters[param] === undefined ? "" : String(filters[param]);
    // A well-formed year with no milestones is still offered, so the form shows what is applied.
    const choices = current && !options[param].some((o) => o.value === current) ? [...options[param], { value: current, label: current }] : options[param];
    return { param, label: FILTER_LABELS[param], any: `Any ${FILTER_LABELS[param].toLowerCase()}`, value: current, choices };
  });
  return <FilterForm action={action} legend="Filter milestones" idPrefix="filter" filters={fields} />;
}
