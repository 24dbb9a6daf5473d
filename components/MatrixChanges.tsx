import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { conductPhrase, listWords, reachLines } from "@/lib/core/answer-words";
import { formatPartialDate, type PartialDate as PartialDateValue } from "@/lib/core/dates";
import type { Conduct, ConductPeriod } from "@/lib/core/jurisdiction";
import { accusedWords, labelsIn, nameOf, provisionTitle } from "@/lib/core/labels";
import { whichForumHref } from "@/lib/core/links";
import type { AttributedChange } from "@/lib/core/milestone-impact";
import type { NamedRef, RuleView } from "@/lib/core/views";
import { ForumStatusBadge } from "./ForumStatusBadge";
import { PartialDate } from "./PartialDate";

export type ChangeNames = {
  forums: readonly NamedRef[];
  crimes: readonly NamedRef[];
  accusedKinds: readonly NamedRef[];
  levels: readonly NamedRef[];
  modes: readonly NamedRef[];
  situations: readonly NamedRef[];
};

const day = (date: string) => <PartialDate value={{ date, precision: "DAY" }} />;

/** What a forum could try, period by period of conduct, with the statuses' labels. */
function Reach({ periods }: { periods: readonly ConductPeriod[] }) {
  const t = useTranslations("Jurisdiction.changes");
  const locale = useLocale();
  const labels = labelsIn(locale);
  const lines = reachLines(periods, { run: true }, locale);
  if (lines.length === 0) return <span>{t("noConductYet")}</span>;
  return (
    <span className="reach-run">
      {lines.map((l, i) => (
        <span key={l.period} data-status={l.status}>
          {i > 0 ? "; " : null}
          {l.period}: <strong>{labels.jurisdictionStatus[l.status]}</strong>
        </span>
      ))}
    </span>
  );
}

/** Which two days were compared, and why those: a month or a year is bracketed as a whole. */
function Compared({
  date,
  before,
  after,
  situations,
  modes,
  conduct,
}: {
  date: PartialDateValue;
  before: string;
  after: string;
  situations: string;
  modes: string;
  conduct: Conduct | null;
}) {
  const t = useTranslations("Jurisdiction.changes");
  const locale = useLocale();
  const forConduct = conduct ? t("forConduct", { phrase: conductPhrase(conduct, locale) }) : t("forAllConduct");
  const days = { before: () => day(before), after: () => day(after) };
  if (date.precision === "DAY") {
    return <p className="changes-compared">{t.rich("comparedDay", { ...days, forConduct, situations, modes })}</p>;
  }
  const unit = date.precision === "MONTH" ? "month" : "year";
  const period = formatPartialDate(date, locale);
  return <p className="changes-compared">{t.rich("comparedPeriod", { ...days, unit, period, forConduct, situations, modes })}</p>;
}

type TableProps = {
  changes: AttributedChange[];
  after: string;
  conduct: Conduct | null;
  names: ChangeNames;
  rules: Map<string, RuleView>;
  onPage: Set<string>;
  showSituation: boolean;
  /** For changes made by something else in the window: name what made them. */
  showCause: boolean;
  caption: string;
};

function ChangesTable({ changes, after, conduct, names, rules, onPage, showSituation, showCause, caption }: TableProps) {
  const t = useTranslations("Jurisdiction.changes");
  const locale = useLocale();
  const ruleLink = (slug: string, forum: string) => {
    const rule = rules.get(slug);
    // Several rules can rest on one provision (the two Article 12(3) declarations): the summary tells them apart.
    return (
      <Link href={onPage.has(slug) ? `#rule-${slug}` : `/forums/${forum}#rule-${slug}`} title={rule?.summary}>
        {rule ? provisionTitle(rule.provision) : slug}
      </Link>
    );
  };
  return (
    <table className="changes-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("caseCategory")}</th>
          <th scope="col">{t("forum")}</th>
          <th scope="col">{t("beforeAfter")}</th>
          <th scope="col">{showCause ? t("whatChangedIt") : t("rulesAfter")}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => {
          const key = `${c.situation}-${c.mode}-${c.crime}-${c.accused}-${c.level ?? "-"}-${c.forum}`;
          return (
            <tr key={key} className="change-row" data-forum={c.forum} data-crime={c.crime}>
              <th scope="row">
                <span className="change-crime">{nameOf(names.crimes, c.crime)}</span>
                <span className="change-detail">
                  {accusedWords(c.accused, c.level, names)} · {nameOf(names.modes, c.mode).toLowerCase()}
                  {showSituation ? ` · ${nameOf(names.situations, c.situation)}` : ""}
                </span>
              </th>
              <td data-label={t("forum")}>
                <span>{nameOf(names.forums, c.forum)}</span>
              </td>
              <td data-label={t("beforeAfter")} className="change-statuses">
                {/* One wrapper per cell: on a phone each cell is a two-column grid of label and value. */}
                <span>
                  {c.before === c.after ? (
                    <>
                      <ForumStatusBadge status={c.after} /> <span className="change-same">{t("unchanged")}</span>
                    </>
                  ) : (
                    <>
                      <ForumStatusBadge status={c.before} /> <span aria-hidden="true">→</span>
                      <span className="visually-hidden"> {t("became")} </span> <ForumStatusBadge status={c.after} />
                    </>
                  )}
                  {c.before === c.after && c.reachBefore !== c.reachAfter ? (
                    // Same status, different reach: which conduct the forum can try changed.
                    <span className="change-reach">
                      <span className="change-reach-title">{t("reachChanged")}</span>
                      <span className="change-reach-side">
                        <span className="change-reach-label">{t("before")}</span> <Reach periods={c.periodsBefore} />
                      </span>
                      <span className="change-reach-side">
                        <span className="change-reach-label">{t("after")}</span> <Reach periods={c.periodsAfter} />
                      </span>
                    </span>
                  ) : null}
                </span>
              </td>
              <td data-label={showCause ? t("changedBy") : t("rulesAfterShort")}>
                <div>
                  {showCause ? (
                    <ul className="plain-list-tight">
                      {c.causes.map((cause) => (
                        <li key={cause.rule}>
                          {ruleLink(cause.rule, c.forum)} {cause.boundary === "opened" ? t("began") : t("ended")}
                          {cause.milestone ? (
                            <>
                              {" "}
                              (<Link href={`/milestones/${cause.milestone.slug}`}>{cause.milestone.title}</Link>)
                            </>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  ) : c.rulesAfter.length === 0 ? (
                    <span className="muted">{t("noRule")}</span>
                  ) : (
                    <ul className="plain-inline">
                      {c.rulesAfter.map((slug) => (
                        <li key={slug}>{ruleLink(slug, c.forum)}</li>
                      ))}
                    </ul>
                  )}
                  <Link className="change-why" href={whichForumHref({ crime: c.crime, accused: c.accused, level: c.level, mode: c.mode, situation: c.situation, asOf: after, conduct })}>
                    {t("why")}
                    <span className="visually-hidden">{t("whyHidden", { date: formatPartialDate({ date: after, precision: "DAY" }, locale) })}</span>
                  </Link>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * What a milestone changed in the coverage matrix: each cell whose status differs between the day
 * before and the day after, with the rules that apply after. Cells that changed in the same window
 * through rules other milestones opened or closed are listed apart, so that a milestone known only
 * to its month or year does not take the credit for its neighbours. `rules` are the rules named, as
 * the page shows them; `onPage` the rules with a card further down this page, linked there.
 */
export function MatrixChanges({
  date,
  before,
  after,
  situations,
  modes,
  changes,
  conduct,
  names,
  rules,
  onPage,
  changesRules,
  children,
  expected = false,
}: {
  date: PartialDateValue;
  before: string;
  after: string;
  situations: string[];
  modes: string[];
  changes: AttributedChange[];
  /** The conduct compared; null: all conduct up to each day. */
  conduct: Conduct | null;
  names: ChangeNames;
  rules: Map<string, RuleView>;
  onPage: Set<string>;
  /** Whether the milestone opened or closed a jurisdiction rule. */
  changesRules: boolean;
  /** The form that chooses the conduct, under the two days compared. */
  children?: React.ReactNode;
  /** An expected milestone changes no rule until it happens: the section says what the matrix holds around its date. */
  expected?: boolean;
}) {
  const t = useTranslations("Jurisdiction.changes");
  const locale = useLocale();
  const situationWords =
    situations.length === 1 ? nameOf(names.situations, situations[0]!) : t("everySituation", { list: listWords(situations.map((s) => nameOf(names.situations, s)), locale) });
  const modeList = listWords(modes.map((m) => nameOf(names.modes, m).toLowerCase()), locale);
  const modeWords = modes.length === 2 ? t("bothModes", { list: modeList }) : modeList;
  const own = changes.filter((c) => c.fromThisMilestone);
  const others = changes.filter((c) => !c.fromThisMilestone);
  const table = { after, conduct, names, rules, onPage, showSituation: situations.length > 1 };

  return (
    <section aria-labelledby="matrix-changes-heading" className="section matrix-changes">
      <h2 id="matrix-changes-heading">{expected ? t("headingExpected") : t("heading")}</h2>
      {expected ? (
        <p className="notice notice-warning">{t.rich("expectedNotice", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
      ) : null}
      <Compared date={date} before={before} after={after} situations={situationWords} modes={modeWords} conduct={conduct} />
      {children}
      {own.length === 0 ? (
        <p className="no-change">
          <strong>{others.length > 0 ? t("noCellChangedByThis") : t("noCellChanged")}</strong>{" "}
          {others.length > 0 ? t("othersChanged") : changesRules ? t("sameOnBothDays") : t("sameOnBothDaysNoRule")}
        </p>
      ) : (
        <>
          <p>{t.rich("cellsChanged", { count: own.length, strong: (chunks) => <strong>{chunks}</strong>, after: () => day(after) })}</p>
          <ChangesTable {...table} changes={own} showCause={false} caption={t("captionOwn")} />
        </>
      )}
      {changesRules ? (
        <p className="muted small">{t("rulesNote")}</p>
      ) : null}
      {others.length > 0 ? (
        // Folded when the milestone has changes of its own: these are its neighbours', listed for completeness.
        <details className="other-changes" open={own.length === 0}>
          <summary>
            <span className="other-changes-title">{t("otherChanges", { count: others.length })}</span>{" "}
            <span className="muted">{t("notFromThis")}</span>
          </summary>
          <p>{t.rich("othersText", { before: () => day(before), after: () => day(after) })}</p>
          <ChangesTable {...table} changes={others} showCause caption={t("captionOthers")} />
        </details>
      ) : null}
    </section>
  );
}
