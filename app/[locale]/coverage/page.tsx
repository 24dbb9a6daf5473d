import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
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
import { coverageHref } from "@/lib/core/links";
import { DEFAULT_MODE, DEFAULT_SITUATION } from "@/lib/core/profile-query";
import { localizedPath, type Locale } from "@/lib/core/locales";
import { addressWithoutEmpty, fieldValue, formRefusals, labelsOf, PROFILE_FIELDS, type RawParams } from "@/lib/core/query-form";
import { readCoverage } from "@/lib/server/coverage";
import { referenceNamesIn } from "@/lib/server/reference-names";
import { vocabularyIn, type VocabularyIn } from "@/lib/server/jurisdiction";
import { ShownText } from "@/components/ShownText";
import { plainShown, type ShownName } from "@/lib/core/translations";
import { profileFields } from "../which-forum/refusals";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Coverage");
  return { title: t("title") };
}

type Props = { searchParams: Promise<RawParams> };

type T = Awaited<ReturnType<typeof getTranslations<"Coverage">>>;

/** The four fields the matrix asks, in its own order, as the refusals name them (in English, then said in the page's language). */
const COVERAGE_FIELDS = { conduct: PROFILE_FIELDS.conduct, asOf: PROFILE_FIELDS.asOf, situation: PROFILE_FIELDS.situation, mode: PROFILE_FIELDS.mode };

/** The four fields the matrix asks, in its own order, labelled in the page's language. */
async function coverageFields() {
  const fields = await profileFields();
  return { conduct: fields.conduct, asOf: fields.asOf, situation: fields.situation, mode: fields.mode };
}

function CoverageForm({
  vocabulary,
  params,
  today,
  errors,
  fields: FIELDS,
  t,
  locale,
  note,
}: {
  vocabulary: VocabularyIn;
  params: RawParams;
  today: IsoDate;
  errors: Record<string, string>;
  fields: Awaited<ReturnType<typeof coverageFields>>;
  t: T;
  locale: Locale;
  /** The note a name shown in another language carries, by that language («англійською»). */
  note: (lang: string) => string;
}) {
  // Each option in the page's language, or in English marked as such (decision 039).
  const options = (items: ShownName[]) => items.map((i) => ({ value: i.slug, label: plainShown(i.shown, note(i.shown.lang)), lang: i.shown.missing ? i.shown.lang : undefined }));
  return (
    <form method="get" action={localizedPath(locale, "/coverage")} className="query-form query-form-inline" aria-labelledby="coverage-form-heading" noValidate>
      <h2 id="coverage-form-heading" className="visually-hidden">
        {t("formHeading")}
      </h2>
      <div className="query-fields">
        <TextField
          name="conduct"
          label={FIELDS.conduct.label}
          optional
          hint={<>{t.rich("conductHint", { code: (chunks) => <code>{chunks}</code> })}</>}
          value={fieldValue(params, "conduct")}
          error={errors.conduct}
        />
        <DateField
          name="asOf"
          label={FIELDS.asOf.label}
          hint={t("asOfHint")}
          value={fieldValue(params, "asOf") || (errors.asOf ? "" : today)}
          error={errors.asOf}
        />
        <SelectField name="situation" label={FIELDS.situation.label} options={options(vocabulary.situations)} value={fieldValue(params, "situation") || DEFAULT_SITUATION} error={errors.situation} />
        <SelectField name="mode" label={FIELDS.mode.label} options={options(vocabulary.modes)} value={fieldValue(params, "mode") || DEFAULT_MODE} error={errors.mode} />
      </div>
      <label className="query-switch">
        <input type="checkbox" name="policy" value="on" defaultChecked={fieldValue(params, "policy") === "on"} aria-describedby="policy-switch-hint" />
        <span>
          {t("policySwitch")}
          <span className="field-hint" id="policy-switch-hint">
            {t("policySwitchHint")}
          </span>
        </span>
      </label>
      <div className="filter-actions">
        <button type="submit">{t("submit")}</button>
        <Link href="/coverage" className="clear-link">
          {t("reset")}
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
  const locale = (await getLocale()) as Locale;
  // The cells' conditions are written in the page's language.
  const { result, vocabulary: held, policies, policyView } = await readCoverage({ query: params, today, locale });
  const [t, tr, FIELDS] = await Promise.all([getTranslations("Coverage"), getTranslations("Reference"), coverageFields()]);
  // The names in the page's language, from the translations the vocabulary holds (decision 039).
  const vocabulary = vocabularyIn(held, locale);
  const names = {
    forums: vocabulary.forums,
    crimes: vocabulary.crimes,
    accusedKinds: vocabulary.accusedKinds,
    levels: vocabulary.levels,
  };
  const form = { fields: FIELDS, t, locale, note: (lang: string) => tr("inLanguage", { language: lang }) };
  const shownOf = (items: ShownName[], slug: string) => {
    const item = items.find((i) => i.slug === slug);
    return item ? <ShownText value={item.shown} /> : slug;
  };

  const intro = (
    <>
      <Breadcrumbs trail={[{ label: t("breadcrumb") }]} />
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
    </>
  );

  if (!result.ok) {
    const { problems, byField: errors } = formRefusals(result.errors, params, COVERAGE_FIELDS, locale);
    return (
      <>
        {intro}
        <ErrorSummary problems={problems} fields={labelsOf(FIELDS)} />
        <CoverageForm vocabulary={vocabulary} params={params} today={today} errors={errors} {...form} />
      </>
    );
  }

  const { words } = await referenceNamesIn(locale);
  // The cells' conditions are the rules' own words: in the page's language, or marked.
  const matrix = {
    ...result.value,
    rows: result.value.rows.map((r) => ({
      ...r,
      cells: r.cells.map((c) => ({ ...c, conditions: c.conditions.map((k) => (k.rule === null ? k : { ...k, text: words("ruleCondition", k.rule, k.text) })) })),
    })),
  };
  const gaps = matrix.rows.filter((r) => r.gap);
  const silent = matrix.rows.filter((r) => r.cells.some((c) => c.status === "unknown"));
  const cases = matrix.rows.reduce((n, r) => n + r.caseCount, 0);
  // The split of this situation, numbered in the order of the list under the matrix.
  const split = policyView
    ? policies.filter((p) => p.situation === null || p.situation === matrix.situation).map((p) => ({ ...p, statement: words("policyStatement", p.slug, p.statement) }))
    : [];
  const policyMarkers = policyView ? new Map(split.map((p, i) => [p.slug, { marker: policyMarker(i), statement: p.statement }])) : undefined;
  return (
    <>
      {intro}
      <CoverageForm vocabulary={vocabulary} params={params} today={today} errors={{}} {...form} />

      <div className="results-bar" role="status">
        <p id="matrix-summary">
          <strong>{t.rich("asOf", { date: () => <PartialDate value={{ date: matrix.asOf, precision: "DAY" }} /> })}</strong>
          , <span id="matrix-conduct">{matrix.conduct ? t("forConduct", { phrase: conductPhrase(matrix.conduct, locale) }) : t("forAnyConduct")}</span>{" "}
          · {shownOf(vocabulary.situations, matrix.situation)} · {shownOf(vocabulary.modes, matrix.mode)}:{" "}
          <strong>{t("gapsIn", { gaps: gaps.length, rows: matrix.rows.length })}</strong>
          {silent.length > 0 ? t("silent", { count: silent.length }) : ""}
          .
        </p>
      </div>
      <p className="muted small">
        {t("chooseStatus")} {matrix.conduct ? null : `${t("withoutConduct")} `}
        {cases === 0 ? t("noCases") : null}
      </p>

      <div className="matrix-wrap">
        <CoverageMatrix matrix={matrix} names={names} policyMarkers={policyMarkers} />
      </div>

      {policyView ? (
        <PolicySplit
          policies={split}
          forums={held.forums}
          numbered
          heading={t("policyHeading")}
          intro={<>{t.rich("policyIntro", { strong: (chunks) => <strong>{chunks}</strong> })}</>}
          empty={t("policyEmpty")}
        />
      ) : null}

      <section aria-labelledby="legend-heading" className="section">
        <h2 id="legend-heading">{t("legend")}</h2>
        <StatusLegend>
          <div>
            <dt>{t("cases")}</dt>
            <dd>{t("casesExplained")}</dd>
          </div>
        </StatusLegend>
        <p className="muted small">
          {t("splitNote")} {policyView ? t("splitMarked") : <Link href={coverageHref({ ...matrix, policy: true })}>{t("splitShow")}</Link>}
        </p>
      </section>
    </>
  );
}
