import { useLocale, useTranslations } from "next-intl";
import { toCsv } from "@/lib/core/csv";
import { IMPORT_COLUMNS, IMPORT_JSON_EXAMPLES, templateHeader } from "@/lib/core/import/columns";
import type { ImportKind } from "@/lib/core/import/types";
import { CODED_COLUMNS, type CodedValue, type CodeList, type ImportVocabulary } from "@/lib/core/import/vocabulary";
import { labelsIn } from "@/lib/core/labels";
import type { CaseStage } from "@/lib/core/views";
import { columnDescription, kindLabel, type ImportWords } from "./words";

/** The header row of a kind as a downloadable CSV (with the BOM, so that Excel keeps Ukrainian intact). */
function templateHref(kind: ImportKind): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(toCsv(templateHeader(kind), [], { bom: true }))}`;
}

/** How to prepare a file of the chosen kind: its CSV columns, a template, a JSON example, the command line. */
export function ImportReference({ kind, vocabulary }: { kind: ImportKind | null; vocabulary: ImportVocabulary }) {
  const t = useTranslations("Import");
  return (
    <section className="section import-reference" aria-labelledby="import-reference-heading">
      <h2 id="import-reference-heading">{t("howToPrepare")}</h2>
      {kind === null ? (
        <p>{t("chooseToSee")}</p>
      ) : (
        <>
          <h3>{t("inCsv", { kind: kindLabel(t, kind) })}</h3>
          <p>{t("csvRules")}</p>
          <p>
            <a href={templateHref(kind)} download={`${kind}-template.csv`} className="button-link">
              {t("template")}
            </a>{" "}
            <span className="small muted">{t("templateNote")}</span>
          </p>
          <table className="import-columns">
            <caption className="visually-hidden">{t("columnsCaption", { kind: kindLabel(t, kind).toLowerCase() })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("colColumn")}</th>
                <th scope="col">{t("required")}</th>
                <th scope="col">{t("whatItHoldsColumn")}</th>
              </tr>
            </thead>
            <tbody>
              {IMPORT_COLUMNS[kind].map((c) => (
                <tr key={c.name}>
                  <th scope="row">
                    <code>{c.name}</code>
                  </th>
                  <td className={c.required ? "import-required" : "muted"}>{c.required ? t("required") : t("optional")}</td>
                  <td>
                    {columnDescription(t, kind, c)}
                    {CODED_COLUMNS[kind][c.name] ? <AllowedValues list={CODED_COLUMNS[kind][c.name]!} values={vocabulary[CODED_COLUMNS[kind][c.name]!]} t={t} /> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>

          <h3>{t("inJson", { kind: kindLabel(t, kind) })}</h3>
          <p>{t("jsonRules")}</p>
          <pre className="import-example" tabIndex={0} aria-label={t("jsonExample", { kind: kindLabel(t, kind).toLowerCase() })}>
            {JSON.stringify([IMPORT_JSON_EXAMPLES[kind]], null, 2)}
          </pre>
        </>
      )}

      <h3>{t("commandLine")}</h3>
      <p>{t("commandLineLead")}</p>
      <ul className="import-commands">
        <li>
          <code>npm run import -- file.csv --kind cases</code>
          {t("commandImport")}
        </li>
        <li>
          <code>npm run import -- dump.json</code>
          {t.rich("commandRestore", { code: (chunks) => <code className="import-inline-code">{chunks}</code> })}
        </li>
      </ul>
    </section>
  );
}

// Longer lists fold away, so that the table of columns stays readable.
const FOLD_OVER = 8;

/** A stage's words in the reader's language (the vocabulary holds the English); other lists keep their recorded names. */
function valueLabel(list: CodeList, value: CodedValue, stages: Record<CaseStage, string>): string {
  if (list !== "stage") return value.label;
  const code = value.value.toUpperCase().replace(/-/g, "_");
  return code in stages ? stages[code as CaseStage] : value.label;
}

/** The values a coded column accepts, as the tracker holds them now: the code to write, and what it stands for. */
function AllowedValues({ list, values, t }: { list: CodeList; values: readonly CodedValue[]; t: ImportWords }) {
  const stages = labelsIn(useLocale()).caseStage;
  const names = t(`codeLists.${list}`);
  if (values.length === 0) return <p className="import-values muted">{t("noValues", { list: names })}</p>;
  const items = (
    <ul className="import-values">
      {values.map((v) => (
        <li key={v.value}>
          <code>{v.value}</code> {valueLabel(list, v, stages)}
        </li>
      ))}
    </ul>
  );
  return values.length > FOLD_OVER ? (
    <details className="import-values-fold">
      <summary>{t("valuesItTakes", { count: values.length, list: names })}</summary>
      {items}
    </details>
  ) : (
    <>
      <p className="import-values-lead">{t("itTakes")}</p>
      {items}
    </>
  );
}
