import { FILTER_LABELS, FILTER_PARAMS, type FilterOptions, type MilestoneFilters } from "@/lib/core/milestone-filters";

/**
 * The timeline's filters as a plain GET form: it works without JavaScript, and the resulting URL
 * (/milestones?track=accountability&forum=icc) can be bookmarked and shared. The page beside it
 * shows the count and the "Clear filters" link.
 */
export function FilterForm({ action, options, filters }: { action: string; options: FilterOptions; filters: MilestoneFilters }) {
  return (
    <form method="get" action={action} className="filter-form" aria-label="Filter milestones">
      <fieldset>
        <legend>Filter milestones</legend>
        <div className="filter-fields">
          {FILTER_PARAMS.map((param) => {
            const current = filters[param] === undefined ? "" : String(filters[param]);
            // A well-formed year with no milestones is still offered, so the form shows what is applied.
            const choices =
              current && !options[param].some((o) => o.value === current)
                ? [...options[param], { value: current, label: current }]
                : options[param];
            return (
              <div className="filter-field" key={param}>
                <label htmlFor={`filter-${param}`}>{FILTER_LABELS[param]}</label>
                <select id={`filter-${param}`} name={param} defaultValue={current}>
                  <option value="">Any {FILTER_LABELS[param].toLowerCase()}</option>
                  {choices.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </div>
        <div className="filter-actions">
          <button type="submit">Apply filters</button>
        </div>
      </fieldset>
    </form>
  );
}
