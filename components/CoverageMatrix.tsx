import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { periodsSummary, shortPeriodWords } from "@/lib/core/answer-words";
import type { Matrix, MatrixCell, MatrixRow } from "@/lib/core/matrix";
import { labelsIn, nameOf, type Labels } from "@/lib/core/labels";
import { casesHref, matrixRowId, whichForumHref } from "@/lib/core/links";
import type { NamedRef } from "@/lib/core/views";
import type { ShownText as ShownTextValue } from "@/lib/core/translations";
import { ForumStatusBadge, GapBadge } from "./ForumStatusBadge";
import { ShownText, useShownWords } from "./ShownText";
import { policyId } from "./PolicySplit";

/** A name with, optionally, its text in the page's language (decision 039); without it the recorded name is shown. */
type Named = NamedRef & { shown?: ShownTextValue };

export type MatrixNames = {
  forums: readonly (NamedRef & { shortName: string; shown?: { name: ShownTextValue; shortName: ShownTextValue } })[];
  crimes: readonly Named[];
  accusedKinds: readonly Named[];
  levels: readonly Named[];
};

/** A record's name in the page's language, marked when shown in another; its slug if unknown. */
function Name({ items, slug }: { items: readonly Named[]; slug: string }) {
  const item = items.find((i) => i.slug === slug);
  return item?.shown ? <ShownText value={item.shown} /> : <>{nameOf(items, slug)}</>;
}

/** The complementarity split beside the cells: each policy's marker ("P1") and statement, by slug. Absent: not shown. */
export type PolicyMarkers = ReadonlyMap<string, { marker: string; statement: string }>;

function PolicyMarks({ slugs, markers, where, label }: { slugs: readonly string[]; markers: PolicyMarkers; where: string; label: string }) {
  const t = useTranslations("Jurisdiction.matrix");
  const marked = slugs.filter((s) => markers.has(s));
  if (marked.length === 0) return null;
  return (
    <span className="cell-policies">
      <span aria-hidden="true">{label} </span>
      <span className="visually-hidden">{t("policyWhere", { where })} </span>
      {marked.map((slug) => (
        <a key={slug} href={`#${policyId(slug)}`} className="policy-mark" title={t("policyTitle", { statement: markers.get(slug)!.statement })}>
          {markers.get(slug)!.marker}
        </a>
      ))}
    </span>
  );
}

function RowHeader({ row, names, markers }: { row: MatrixRow; names: MatrixNames; markers?: PolicyMarkers }) {
  const t = useTranslations("Jurisdiction.matrix");
  return (
    <th scope="row" className="matrix-category">
      <span className="category-level">{row.level ? <Name items={names.levels} slug={row.level} /> : <Name items={names.accusedKinds} slug={row.accused} />}</span>
      <span className="category-kind">
        {row.level ? <Name items={names.accusedKinds} slug={row.accused} /> : t("company")}
        <span className="visually-hidden">
          , <Name items={names.crimes} slug={row.crime} />
        </span>
      </span>
      {row.gap ? (
        <span className="category-gap">
          <GapBadge /> <span className="gap-text">{t("everyForumExcluded")}</span>
        </span>
      ) : null}
      {markers && row.policies.some((s) => markers.has(s)) ? (
        <PolicyMarks slugs={row.policies} markers={markers} where={t("namingNoForum")} label={t("policyNoForum")} />
      ) : null}
    </th>
  );
}

/** A conditional cell's conditions, for its tooltip: "A fact about the case: …; The forum is not yet operational: …". */
function conditionsTitle(cell: MatrixCell, labels: Labels): string | undefined {
  if (cell.conditions.length === 0) return undefined;
  // The engine writes the conditions in the page's language (the page asks the matrix in it).
  return cell.conditions.map((c) => `${labels.conditionKind[c.kind]}: ${c.text}`).join(" · ");
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
  const words = useShownWords();
  // The forum's names as words (a title, a hidden label), in the page's language where known.
  const forumName = (slug: string) => {
    const f = names.forums.find((x) => x.slug === slug);
    return f && { name: f.shown ? words(f.shown.name) : f.name, shortName: f.shown ? words(f.shown.shortName) : f.shortName };
  };
  const t = useTranslations("Jurisdiction.matrix");
  const locale = useLocale();
  const labels = labelsIn(locale);
  return (
    <table className="matrix" id="matrix">
      <caption className="visually-hidden">{t("caption")}</caption>
      <thead>
        <tr>
          <th scope="col" className="matrix-category">
            {t("caseCategory")}
          </th>
          {names.forums.map((f) => (
            <th scope="col" key={f.slug} className="matrix-forum">
              <Link href={`/forums/${f.slug}`} title={f.shown ? words(f.shown.name) : f.name}>
                {f.shown ? <ShownText value={f.shown.shortName} /> : f.shortName}
              </Link>
              <span className="matrix-forum-name">{f.shown ? <ShownText value={f.shown.name} /> : f.name}</span>
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
                <Link href={`/crimes/${crime.slug}`}>{crime.shown ? <ShownText value={crime.shown} /> : crime.name}</Link>{" "}
                <span className="count">
                  {gaps === 0 ? t("noGap") : t("gapsOf", { gaps, rows: rows.length })}
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
                      <Link href={whichForumHref(profile)} className="cell-status" title={conditionsTitle(cell, labels) ?? t("why")}>
                        <ForumStatusBadge status={cell.status} />
                        <span className="visually-hidden"> {t("whyFor", { forum: forum?.name ?? cell.forum })}</span>
                      </Link>
                      {byPeriod ? (
                        <span className="cell-periods" title={periodsSummary(cell.periods, locale)}>
                          <span className="cell-periods-label">{t("byDate")}</span>
                          {cell.periods.map((p) => (
                            <span key={`${p.from ?? "-"}-${p.to ?? "-"}`} className="cell-period" data-status={p.status}>
                              {shortPeriodWords(p, locale)}: {labels.jurisdictionStatus[p.status]}
                            </span>
                          ))}
                        </span>
                      ) : null}
                      <span className="cell-cases">
                        <Link href={casesHref({ ...profile, forum: cell.forum })} className={cell.caseCount === 0 ? "no-cases" : undefined}>
                          {t("cases", { count: cell.caseCount })}
                          <span className="visually-hidden"> {t("trackedAt", { forum: forum?.name ?? cell.forum })}</span>
                        </Link>
                      </span>
                      {policyMarkers ? <PolicyMarks slugs={cell.policies} markers={policyMarkers} where={t("sendingTo", { forum: forum?.name ?? cell.forum })} label={t("policyLabel")} /> : null}
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
