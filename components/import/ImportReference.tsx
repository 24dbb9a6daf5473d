import { toCsv } from "@/lib/core/csv";
import { IMPORT_COLUMNS, IMPORT_JSON_EXAMPLES, templateHeader } from "@/lib/core/import/columns";
import { IMPORT_KIND_LABELS, type ImportKind } from "@/lib/core/import/types";
import { CODE_LIST_NAMES, CODED_COLUMNS, type CodedValue, type CodeList, type ImportVocabulary } from "@/lib/core/import/vocabulary";

/** The header row of a kind as a downloadable CSV (with the BOM, so that Excel keeps Ukrainian intact). */
function templateHref(kind: ImportKind): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(toCsv(templateHeader(kind), [], { bom: true }))}`;
}

/** How to prepare a file of the chosen kind: its CSV columns, a template, a JSON example, the command line. */
export function ImportReference({ kind, vocabulary }: { kind: ImportKind | null; vocabulary: ImportVocabulary }) {
  return (
    <section className="section import-reference" aria-labelledby="import-reference-heading">
      <h2 id="import-reference-heading">How to prepare the file</h2>
      {kind === null ? (
        <p>Choose what the file holds, above, to see the columns it needs, a template to fill in and an example in JSON.</p>
      ) : (
        <>
          <h3>{IMPORT_KIND_LABELS[kind]} in CSV</h3>
          <p>
            The first line names the columns, in any order (capitals, spaces and hyphens do not matter: “Accused name” reads as accused_name). Save the file as
            CSV, UTF-8. Where a cell lists several things, separate them with “;”. Yes/no cells take yes or no (empty means no). A record refers to another by
            its external id or, for a record made in the tracker, by the last part of its address (its slug).
          </p>
          <p>
            <a href={templateHref(kind)} download={`${kind}-template.csv`} className="button-link">
              Download a CSV template
            </a>{" "}
            <span className="small muted">(the header line only)</span>
          </p>
          <table className="import-columns">
            <caption className="visually-hidden">The columns of a CSV file of {IMPORT_KIND_LABELS[kind].toLowerCase()}</caption>
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">Required</th>
                <th scope="col">What it holds</th>
              </tr>
            </thead>
            <tbody>
              {IMPORT_COLUMNS[kind].map((c) => (
                <tr key={c.name}>
                  <th scope="row">
                    <code>{c.name}</code>
                  </th>
                  <td className={c.required ? "import-required" : "muted"}>{c.required ? "Required" : "Optional"}</td>
                  <td>
                    {c.description}
                    {CODED_COLUMNS[kind][c.name] ? <AllowedValues list={CODED_COLUMNS[kind][c.name]!} values={vocabulary[CODED_COLUMNS[kind][c.name]!]} /> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>

          <h3>{IMPORT_KIND_LABELS[kind]} in JSON</h3>
          <p>A JSON file is one list (an array) of records like this one, with the same fields as the API:</p>
          <pre className="import-example" tabIndex={0} aria-label={`An example JSON file of ${IMPORT_KIND_LABELS[kind].toLowerCase()}`}>
            {JSON.stringify([IMPORT_JSON_EXAMPLES[kind]], null, 2)}
          </pre>
        </>
      )}

      <h3>From the command line</h3>
      <p>Someone with access to the server can do the same without a browser:</p>
      <ul className="import-commands">
        <li>
          <code>npm run import -- file.csv --kind cases</code>
          checks and imports a file, all or nothing, as this page does (the kind is cases, milestones or sources);
        </li>
        <li>
          <code>npm run import -- dump.json</code>
          restores a full dump written by <code className="import-inline-code">npm run export</code> into an empty database.
        </li>
      </ul>
    </section>
  );
}

// Longer lists fold away, so that the table of columns stays readable.
const FOLD_OVER = 8;

/** The values a coded column accepts, as the tracker holds them now: the code to write, and what it stands for. */
function AllowedValues({ list, values }: { list: CodeList; values: readonly CodedValue[] }) {
  const names = CODE_LIST_NAMES[list];
  if (values.length === 0) return <p className="import-values muted">The tracker records no {names.all} yet.</p>;
  const items = (
    <ul className="import-values">
      {values.map((v) => (
        <li key={v.value}>
          <code>{v.value}</code> {v.label}
        </li>
      ))}
    </ul>
  );
  return values.length > FOLD_OVER ? (
    <details className="import-values-fold">
      <summary>
        The {values.length} {names.all} it takes
      </summary>
      {items}
    </details>
  ) : (
    <>
      <p className="import-values-lead">It takes:</p>
      {items}
    </>
  );
}
