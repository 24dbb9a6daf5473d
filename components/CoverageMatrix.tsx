import { Link } from "@/lib/i18n/navigation";
import { periodsSummary, shortPeriodWords } from "@/lib/core/answer-words";
import type { Matrix, MatrixCell, MatrixRow } from "@/lib/core/matrix";
import { CONDITION_KIND_LABELS, JURISDICTION_STATUS_LABELS, nameOf, plural } from "@/lib/core/labels";
import { casesHref, matrixRowId, whichForumHref } from "@/lib/core/links";
import type { NamedRef } from "@/lib/core/views";
import { ForumStatusBadge, GapBadge } from "./ForumStatusBadge";
import { policyId } from "./PolicySplit";

export type MatrixNames = {
  forums: readonly (NamedRef & { shortName: string })[];
  crimes: readonly NamedRef[];
  accusedKinds: readonly NamedRef[];
  levels: readonly NamedRef[];
};

/** The complementarity split beside the cells: each policy's marker ("P1") and statement, by slug. Absent: not shown. */
export type PolicyMarkers = ReadonlyMap<string, { marker: string; statement: string }>;

function PolicyMarks({ slugs, markers, where, label }: { slugs: readonly string[]; markers: PolicyMarkers; where: string; label: string }) {
  const marked = slugs.filter((s) => markers.has(s));
  if (marked.length === 0) return null;
  return (
    <span className="cell-policies">
      <span aria-hidden="true">{label} </span>
      <span className="visually-hidden">Policy, not jurisdiction, {where}: </span>
      {marked.map((slug) => (
        <a key={slug} href={`#${policyId(slug)}`} className="policy-mark" title={`Policy, not jurisdiction: ${markers.get(slug)!.statement}`}>
          {markers.get(slug)!.marker}
        </a>
      ))}
    </span>
  );
}

function RowHeader({ row, names, markers }: { row: MatrixRow; names: MatrixNames; markers?: PolicyMarkers }) {
  return (
    <th scope="row" className="matrix-category">
      <span className="category-level">{row.level ? nameOf(names.levels, row.level) : nameOf(names.accusedKinds, row.accused)}</span>
      <span className="category-kind">
        {row.level ? nameOf(names.accusedKinds, row.accused) : "a company; no level of responsibility"}
        <span className="visually-hidden">, {nameOf(names.crimes, row.crime)}</span>
      </span>
      {row.gap ? (
        <span className="category-gap">
          <GapBadge /> <span className="gap-text">every forum excluded</span>
        </span>
      ) : null}
      {markers && row.policies.some((s) => markers.has(s)) ? (
        <PolicyMarks slugs={row.policies} markers={markers} where="naming no forum" label="Policy, no forum named:" />
      ) : null}
    </th>
  );
}

/** A conditional cell's conditions, for its tooltip: "A fact about the case: …; The forum is not yet operational: …". */
function conditionsTitle(cell: MatrixCell): string | undefined {
  if (cell.conditions.length === 0) return undefined;
  return cell.conditions.map((c) => `${CONDITION_KIND_LABELS[c.kind]}: ${c.text}`).join(" · ");
}

/**
 * The coverage matrix: for each crime, natural persons by level and then legal persons, against the
 * forums. Each cell: the forum's status (linked to the answer that explains it), when it differs by
 * date of conduct the periods, the tracked cases in it (linked to them), and, with the policy
 * switch on, the policies that send the category there. On a laptop a table; on a phone each row
 * becomes a card, so the page never scrolls sideways.
 */
export function CoverageMatrix({ matrix, names, policyMarkers }: { matrix: Matrix; names: MatrixNames; policyMarkers?: PolicyMarkers }) {
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
                <RowHeader row={row} names={names} markers={policyMarkers} />
                {row.cells.map((cell) => {
                  const forum = forumName(cell.forum);
                  const profile = {
                    crime: row.crime,
                    accused: row.accused,
                    level: row.level,
                    mode: matrix.mode,
                    situation: matrix.situation,
                    asOf: matrix.asOf,
                    conduct: matrix.conduct,
                  };
                  const byPeriod = cell.periods.length > 1;
                  return (
                    <td key={cell.forum} className={`matrix-cell cell-${cell.status}`} data-forum={cell.forum} data-status={cell.status}>
                      <span className="cell-forum" aria-hidden="true">
                        {forum?.shortName ?? cell.forum}
                      </span>
                      <Link href={whichForumHref(profile)} className="cell-status" title={conditionsTitle(cell) ?? "Why: the rules, provisions and sources"}>
                        <ForumStatusBadge status={cell.status} />
                        <span className="visually-hidden">
                          {" "}
                          — why, for {forum?.name ?? cell.forum}
                        </span>
                      </Link>
                      {byPeriod ? (
                        <span className="cell-periods" title={periodsSummary(cell.periods)}>
                          <span className="cell-periods-label">By date of conduct:</span>
                          {cell.periods.map((p) => (
                            <span key={`${p.from ?? "-"}-${p.to ?? "-"}`} className="cell-period" data-status={p.status}>
                              {shortPeriodWords(p)}: {JURISDICTION_STATUS_LABELS[p.status]}
                            </span>
                          ))}
                        </span>
                      ) : null}
                      <span className="cell-cases">
                        <Link href={casesHref({ ...profile, forum: cell.forum })} className={cell.caseCount === 0 ? "no-cases" : undefined}>
                          {plural(cell.caseCount, "case")}
                          <span className="visually-hidden"> tracked at the {forum?.name ?? cell.forum}</span>
                        </Link>
                      </span>
                      {policyMarkers ? <PolicyMarks slugs={cell.policies} markers={policyMarkers} where={`sending this category to the ${forum?.name ?? cell.forum}`} label="Policy:" /> : null}
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
