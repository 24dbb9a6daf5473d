import { Link } from "@/lib/i18n/navigation";
import { conductPhrase, listWords, reachLines } from "@/lib/core/answer-words";
import { formatPartialDate, type PartialDate as PartialDateValue } from "@/lib/core/dates";
import type { Conduct, ConductPeriod } from "@/lib/core/jurisdiction";
import { accusedWords, JURISDICTION_STATUS_LABELS, nameOf, plural, provisionTitle } from "@/lib/core/labels";
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
  const lines = reachLines(periods, { run: true });
  if (lines.length === 0) return <span>no conduct yet on that day</span>;
  return (
    <span className="reach-run">
      {lines.map((l, i) => (
        <span key={l.period} data-status={l.status}>
          {i > 0 ? "; " : null}
          {l.period}: <strong>{JURISDICTION_STATUS_LABELS[l.status]}</strong>
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
  const forConduct = conduct ? <>for conduct {conductPhrase(conduct)}</> : <>for all conduct up to each of the two days</>;
  if (date.precision === "DAY") {
    return (
      <p className="changes-compared">
        Compared {day(before)} (the day before) with {day(after)} (the day after), {forConduct}, for {situations}, in {modes}.
      </p>
    );
  }
  const unit = date.precision === "MONTH" ? "month" : "year";
  const period = formatPartialDate(date);
  return (
    <p className="changes-compared">
      The sources give this milestone only to the {unit}, {period}, so the whole {unit} is bracketed: compared {day(before)}{" "}
      with {day(after)}, {forConduct}, for {situations}, in {modes}. A change may have taken effect on any day of {period}.
    </p>
  );
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
          <th scope="col">Case category</th>
          <th scope="col">Forum</th>
          <th scope="col">Before → after</th>
          <th scope="col">{showCause ? "What changed it" : "Rules that apply after"}</th>
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
              <td data-label="Forum">
                <span>{nameOf(names.forums, c.forum)}</span>
              </td>
              <td data-label="Before → after" className="change-statuses">
                {/* One wrapper per cell: on a phone each cell is a two-column grid of label and value. */}
                <span>
                  {c.before === c.after ? (
                    <>
                      <ForumStatusBadge status={c.after} /> <span className="change-same">status unchanged</span>
                    </>
                  ) : (
                    <>
                      <ForumStatusBadge status={c.before} /> <span aria-hidden="true">→</span>
                      <span className="visually-hidden"> became </span> <ForumStatusBadge status={c.after} />
                    </>
                  )}
                  {c.before === c.after && c.reachBefore !== c.reachAfter ? (
                    // Same status, different reach: which conduct the forum can try changed.
                    <span className="change-reach">
                      <span className="change-reach-title">The conduct it can try changed:</span>
                      <span className="change-reach-side">
                        <span className="change-reach-label">Before:</span> <Reach periods={c.periodsBefore} />
                      </span>
                      <span className="change-reach-side">
                        <span className="change-reach-label">After:</span> <Reach periods={c.periodsAfter} />
                      </span>
                    </span>
                  ) : null}
                </span>
              </td>
              <td data-label={showCause ? "Changed by" : "Rules after"}>
                <div>
                  {showCause ? (
                    <ul className="plain-list-tight">
                      {c.causes.map((cause) => (
                        <li key={cause.rule}>
                          {ruleLink(cause.rule, c.forum)} {cause.boundary === "opened" ? "began" : "ended"}
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
                    <span className="muted">No rule recorded</span>
                  ) : (
                    <ul className="plain-inline">
                      {c.rulesAfter.map((slug) => (
                        <li key={slug}>{ruleLink(slug, c.forum)}</li>
                      ))}
                    </ul>
                  )}
                  <Link className="change-why" href={whichForumHref({ crime: c.crime, accused: c.accused, level: c.level, mode: c.mode, situation: c.situation, asOf: after, conduct })}>
                    Why<span className="visually-hidden">: the answer on {formatPartialDate({ date: after, precision: "DAY" })} for this case category</span>
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
  const situationWords =
    situations.length === 1 ? nameOf(names.situations, situations[0]!) : `every situation (${listWords(situations.map((s) => nameOf(names.situations, s)))})`;
  const modeWords =
    modes.length === 2 ? `both modes of liability (${listWords(modes.map((m) => nameOf(names.modes, m).toLowerCase()))})` : listWords(modes.map((m) => nameOf(names.modes, m).toLowerCase()));
  const own = changes.filter((c) => c.fromThisMilestone);
  const others = changes.filter((c) => !c.fromThisMilestone);
  const table = { after, conduct, names, rules, onPage, showSituation: situations.length > 1 };

  return (
    <section aria-labelledby="matrix-changes-heading" className="section matrix-changes">
      <h2 id="matrix-changes-heading">{expected ? "The coverage matrix around its expected date" : "What it changed in the coverage matrix"}</h2>
      {expected ? (
        <p className="notice notice-warning">
          This milestone is <strong>expected</strong>, not happened: it opens or closes no rule until it happens and an analyst records it so. What follows is the
          matrix the tracker’s rules give around that date today.
        </p>
      ) : null}
      <Compared date={date} before={before} after={after} situations={situationWords} modes={modeWords} conduct={conduct} />
      {children}
      {own.length === 0 ? (
        <p className="no-change">
          <strong>No cell of the matrix changed{others.length > 0 ? " because of this milestone" : ""}.</strong>{" "}
          {others.length > 0
            ? "The cells listed below changed in the same period through rules other milestones opened or closed."
            : `On both days every forum has the same status, and can try the same conduct, for every case category${changesRules ? "" : ": this milestone opened or closed no jurisdiction rule"}.`}
        </p>
      ) : (
        <>
          <p>
            <strong>{plural(own.length, "cell")} changed.</strong> Each line is one case category at one forum; choose “Why” for
            the full answer on {day(after)}.
          </p>
          <ChangesTable {...table} changes={own} showCause={false} caption="Cells this milestone changed" />
        </>
      )}
      {changesRules ? (
        <p className="muted small">
          A rule the milestone opened or closed changes a cell only where it changes the forum’s status or the conduct the
          forum can try. Where another rule already gave the same, the cell is not listed, though the rules behind it may
          differ; the rules it opened and closed are listed below.
        </p>
      ) : null}
      {others.length > 0 ? (
        // Folded when the milestone has changes of its own: these are its neighbours', listed for completeness.
        <details className="other-changes" open={own.length === 0}>
          <summary>
            <span className="other-changes-title">Other changes between the same two days ({plural(others.length, "cell")})</span>{" "}
            <span className="muted">not from this milestone</span>
          </summary>
          <p>
            These cells also differ between {day(before)} and {day(after)}, but not through a rule this milestone opened or
            closed: the rule named began or ended in the same period.
          </p>
          <ChangesTable {...table} changes={others} showCause caption="Cells changed in the same period by other rules" />
        </details>
      ) : null}
    </section>
  );
}
