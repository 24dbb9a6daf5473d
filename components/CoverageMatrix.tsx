import Link from "next/link";
import type { Matrix, MatrixRow } from "@/lib/core/matrix";
import { nameOf, plural } from "@/lib/core/labels";
import { casesHref, matrixRowId, whichForumHref } from "@/lib/core/links";
import type { NamedRef } from "@/lib/core/views";
import { ForumStatusBadge, GapBadge } from "./ForumStatusBadge";

export type MatrixNames = {
  forums: readonly (NamedRef & { shortName: string })[];
  crimes: readonly NamedRef[];
  accusedKinds: readonly NamedRef[];
  levels: readonly NamedRef[];
};

function RowHeader({ row, names }: { row: MatrixRow; names: MatrixNames }) {
  const conditionalOnly = row.gap && row.cells.some((c) => c.status === "conditional");
  return (
    <th scope="row" className="matrix-category">
      <span className="category-level">{row.level ? nameOf(names.levels, row.level) : nameOf(names.accusedKinds, row.accused)}</span>
      <span className="category-kind">
        {row.level ? nameOf(names.accusedKinds, row.accused) : "a company; no level of responsibility"}
        <span className="visually-hidden">, {nameOf(names.crimes, row.crime)}</span>
      </span>
      {row.gap ? (
        <span className="category-gap">
          <GapBadge conditionalOnly={conditionalOnly} />{" "}
          <span className="gap-text">{conditionalOnly ? "no forum covers outright; conditional only" : "no forum covers"}</span>
        </span>
      ) : null}
    </th>
  );
}

/**
 * The coverage matrix: for each crime, natural persons by level and then legal persons, against the
 * forums. Each cell: the forum's status (linked to the answer that explains it) and the tracked
 * cases in it (linked to them). On a laptop a table; on a phone each row becomes a card, so the page
 * never scrolls sideways.
 */
export function CoverageMatrix({ matrix, names }: { matrix: Matrix; names: MatrixNames }) {
  const crimes = names.crimes.filter((c) => matrix.rows.some((r) => r.crime === c.slug));
  const forumName = (slug: string) => names.forums.find((f) => f.slug === slug);
  return (
    <table className="matrix" id="matrix">
      <caption className="visually-hidden">
        Coverage matrix: each case category (crime, kind of accused, level) against each forum, with the forum’s status
        and the number of tracked cases.
      </caption>
      <thead>
        <tr>
          <th scope="col" className="matrix-category">
            Case category
          </th>
          {names.forums.map((f) => (
            <th scope="col" key={f.slug} className="matrix-forum">
              <Link href={`/forums/${f.slug}`} title={f.name}>
                {f.shortName}
              </Link>
              <span className="matrix-forum-name">{f.name}</span>
            </th>
          ))}
        </tr>
      </thead>
      {crimes.map((crime) => {
        const rows = matrix.rows.filter((r) => r.crime === crime.slug);
        const gaps = rows.filter((r) => r.gap).length;
        return (
          <tbody key={crime.slug} className="matrix-crime-group">
            <tr className="matrix-crime">
              <th scope="colgroup" colSpan={names.forums.length + 1} id={`crime-${crime.slug}`}>
                <Link href={`/crimes/${crime.slug}`}>{crime.name}</Link>{" "}
                <span className="count">
                  {gaps === 0 ? "no gap" : `${plural(gaps, "gap")} of ${rows.length} categories`}
                </span>
              </th>
            </tr>
            {rows.map((row) => (
              <tr key={matrixRowId(row)} id={matrixRowId(row)} className={`matrix-row${row.gap ? " matrix-gap" : ""}`}>
                <RowHeader row={row} names={names} />
                {row.cells.map((cell) => {
                  const forum = forumName(cell.forum);
                  const profile = { crime: row.crime, accused: row.accused, level: row.level, mode: matrix.mode, situation: matrix.situation, asOf: matrix.asOf };
                  return (
                    <td key={cell.forum} className={`matrix-cell cell-${cell.status}`} data-forum={cell.forum} data-status={cell.status}>
                      <span className="cell-forum" aria-hidden="true">
                        {forum?.shortName ?? cell.forum}
                      </span>
                      <Link href={whichForumHref(profile)} className="cell-status" title="Why: the rules, provisions and sources">
                        <ForumStatusBadge status={cell.status} />
                        <span className="visually-hidden">
                          {" "}
                          — why, for {forum?.name ?? cell.forum}
                        </span>
                      </Link>
                      <span className="cell-cases">
                        <Link href={casesHref({ ...profile, forum: cell.forum })} className={cell.caseCount === 0 ? "no-cases" : undefined}>
                          {plural(cell.caseCount, "case")}
                          <span className="visually-hidden"> tracked at the {forum?.name ?? cell.forum}</span>
                        </Link>
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        );
      })}
    </table>
  );
}
