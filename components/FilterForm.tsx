import { useTranslations } from "next-intl";
import { CHOICE_PARAMS, type FilterOptions, type FilterParam, type MilestoneFilters } from "@/lib/core/milestone-filters";

/**
 * One filter: a select whose empty choice (`any`) applies no filter, or (without choices) a text
 * field, which applies none when left empty.
 */
export type Filter = { param: string; label: string; any: string; value: string; choices?: readonly { value: string; label: string }[]; hint?: string; inputMode?: "text" | "numeric" | "search"; wide?: boolean };

/**
 * Filters as a plain GET form: it works without JavaScript, and the resulting URL
 * (/milestones?track=accountability&forum=icc) can be bookmarked and shared. The page beside it
 * shows the count and the "Clear filters" link.
 */
export function FilterForm({ action, legend, idPrefix, filters }: { action: string; legend: string; idPrefix: string; filters: readonly Filter[] }) {
  const t = useTranslations("Filters");
  return (
    <form method="get" action={action} className="filter-form" aria-label={legend}>
      <fieldset>
        <legend>{legend}</legend>
        <div className="filter-fields">
          {filters.map((f) => (
            <div className={f.wide ? "filter-field filter-field-wide" : "filter-field"} key={f.param}>
              <label htmlFor={`${idPrefix}-${f.param}`}>{f.label}</label>
              {f.choices ? (
                <select id={`${idPrefix}-${f.param}`} name={f.param} defaultValue={f.value}>
                  <option value="">{f.any}</option>
                  {f.choices.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : (
                <>
                  <input
                    id={`${idPrefix}-${f.param}`}
                    name={f.param}
                    type={f.inputMode === "search" ? "search" : "text"}
                    inputMode={f.inputMode === "numeric" ? "numeric" : undefined}
                    defaultValue={f.value}
                    placeholder={f.any}
                    aria-describedby={f.hint ? `${idPrefix}-${f.param}-hint` : undefined}
                  />
                  {f.hint ? (
                    <span className="field-hint" id={`${idPrefix}-${f.param}-hint`}>
                      {f.hint}
                    </span>
                  ) : null}
                </>
              )}
            </div>
          ))}
        </div>
        <div className="filter-actions">
          <button type="submit">{t("apply")}</button>
        </div>
      </fieldset>
    </form>
  );
}

/** The timeline's filters. */
export function MilestoneFilterForm({ action, options, filters }: { action: string; options: FilterOptions; filters: MilestoneFilters }) {
  const t = useTranslations("Filters");
  const current = (param: FilterParam) => (filters[param] === undefined ? "" : String(filters[param]));
  const fields: Filter[] = [
    {
      param: "q",
      label: t("labels.q"),
      any: t("anyWords"),
      value: current("q"),
      inputMode: "search",
      wide: true,
      hint: t("wordsHint"),
    },
    ...CHOICE_PARAMS.map((param) => {
      const value = current(param);
      // A well-formed year with no milestones is still offered, so the form shows what is applied.
      const choices = value && !options[param].some((o) => o.value === value) ? [...options[param], { value, label: value }] : options[param];
      return { param, label: t(`labels.${param}`), any: t(`any.${param}`), value, choices };
    }),
    { param: "from", label: t("labels.from"), any: t("datePlaceholder"), value: current("from"), inputMode: "numeric", hint: t("fromHint") },
    { param: "to", label: t("labels.to"), any: t("datePlaceholder"), value: current("to"), inputMode: "numeric", hint: t("toHint") },
  ];
  return <FilterForm action={action} legend={t("milestonesLegend")} idPrefix="filter" filters={fields} />;
}
