import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { CoverageTimeline } from "@/components/charts/CoverageTimeline";
import { ForumStatusBadge } from "@/components/ForumStatusBadge";
import { PartialDate } from "@/components/PartialDate";
import { PolicySplit } from "@/components/PolicySplit";
import { DateField, ErrorSummary, SelectField, TextField } from "@/components/QueryFields";
import { ReasonCard } from "@/components/ReasonCard";
import { StatusLegend } from "@/components/StatusLegend";
import { conductWords, headline, periodWords, whenWords, type HeadlineTone } from "@/lib/core/answer-words";
import { isoToday, type IsoDate } from "@/lib/core/dates";
import type { Answer, Conduct, ForumAnswer } from "@/lib/core/jurisdiction";
import { CONDITION_KIND_LABELS, nameOf } from "@/lib/core/labels";
import { coverageHref, matrixRowId } from "@/lib/core/links";
import { DEFAULT_MODE, DEFAULT_SITUATION, LEGAL_PERSON, PROFILE_PARAMETERS } from "@/lib/core/profile-query";
import { addressWithoutEmpty, fieldValue, formRefusals, labelsOf, PROFILE_FIELDS, type RawParams } from "@/lib/core/query-form";
import type { RuleView } from "@/lib/core/views";
import { loadVocabulary, readCoverageOverTime, readJurisdiction, type ReferenceVocabulary } from "@/lib/server/jurisdiction";
import { getRuleViews } from "@/lib/server/queries/rules";

export const metadata: Metadata = { title: "Which forum?" };

type Props = { searchParams: Promise<RawParams> };

const FIELDS = PROFILE_FIELDS;
const FIELD_LABELS = labelsOf(FIELDS);

function ProfileForm({
  vocabulary,
  params,
  today,
  errors,
  heading,
}: {
  vocabulary: ReferenceVocabulary;
  params: RawParams;
  today: IsoDate;
  errors: Record<string, string>;
  heading: string;
}) {
  const options = (items: { slug: string; name: string }[]) => items.map((i) => ({ value: i.slug, label: i.name }));
  const names = vocabulary.names;
  return (
    <form method="get" action="/which-forum" className="query-form" id="question-form" aria-labelledby="question-form-heading" noValidate>
      <h2 id="question-form-heading">{heading}</h2>
      <div className="query-fields">
        <SelectField name="crime" label={FIELDS.crime.label} options={options(names.crimes)} value={fieldValue(params, "crime")} placeholder="Choose a crime" error={errors.crime} />
        <SelectField
          name="accused"
          label={FIELDS.accused.label}
          hint="A natural person (an individual), or a legal person (a company)."
          options={options(names.accusedKinds)}
          value={fieldValue(params, "accused")}
          placeholder="Choose a kind of accused"
          error={errors.accused}
        />
        <SelectField
          name="level"
          label={FIELDS.level.label}
          hint={
            <>
              For a natural person only. It does not apply to a legal person: for a company, leave it on “Not applicable”.
            </>
          }
          options={options(names.levels)}
          value={fieldValue(params, "level")}
          placeholder="Not applicable (legal person)"
          error={errors.level}
        />
        <SelectField
          name="mode"
          label={FIELDS.mode.label}
          hint="Committing the crime, or a superior’s responsibility for subordinates’ crimes."
          options={options(names.modes)}
          value={fieldValue(params, "mode") || DEFAULT_MODE}
          error={errors.mode}
        />
        <SelectField name="situation" label={FIELDS.situation.label} options={options(names.situations)} value={fieldValue(params, "situation") || DEFAULT_SITUATION} error={errors.situation} />
      </div>
      <fieldset className="query-dates">
        <legend>Two dates: when the conduct took place, and the law as of which day</legend>
        <div className="query-fields">
          <TextField
            name="conduct"
            label={FIELDS.conduct.label}
            optional
            hint={
              <>
                A day, month or year (<code>2022-03-15</code>, <code>2022-03</code>, <code>2022</code>), or a period FROM/TO
                (<code>2022-02-24/2023-03-09</code>). Leave it empty to see, forum by forum, which periods of conduct each
                can try.
              </>
            }
            value={fieldValue(params, "conduct")}
            error={errors.conduct}
          />
          <DateField
            name="asOf"
            label={FIELDS.asOf.label}
            hint={<>The law in force on that day: which forums exist and which rules apply. Written YYYY-MM-DD; today if left empty.</>}
            value={fieldValue(params, "asOf") || (errors.asOf ? "" : today)}
            error={errors.asOf}
          />
        </div>
      </fieldset>
      <div className="filter-actions">
        <button type="submit">Show which forum</button>
        <Link href="/which-forum" className="clear-link">
          Start again
        </Link>
      </div>
    </form>
  );
}

const HEADLINE_CLASS: Record<HeadlineTone, string> = {
  covered: "answer-covered",
  conditional: "answer-conditional",
  gap: "answer-gap",
  silent: "answer-silent",
};

/** The answer in a sentence or two, with both dates; an impunity gap only when every forum is excluded. */
function Headline({ answer }: { answer: Answer }) {
  const h = headline(answer);
  return (
    <div className={`answer-headline ${HEADLINE_CLASS[h.tone]}`} id="answer-headline" data-tone={h.tone}>
      <p className="answer-main">{h.main}</p>
      {h.details.map((d) => (
        <p key={d}>{d}</p>
      ))}
    </div>
  );
}

// Said without the forum as subject: "the Ukrainian national courts" is plural, the others singular.
const STATUS_SENTENCE = {
  covers: "jurisdiction over this profile",
  conditional: "jurisdiction over this profile only if what is listed below holds",
  excluded: "no jurisdiction over this profile",
  unknown: "no rule recorded for this profile",
} as const;

/** Every condition of a conditional answer, each with what it turns on; all of them must hold. */
function Conditions({ forumAnswer }: { forumAnswer: ForumAnswer }) {
  const { conditions, forum } = forumAnswer;
  if (conditions.length === 0) return null;
  return (
    <div className="forum-conditions" aria-labelledby={`conditions-${forum.slug}`}>
      <p className="forum-block-title" id={`conditions-${forum.slug}`}>
        {/* A boundary known only to the month is a doubt about the date, not a condition to meet. */}
        {conditions.some((c) => c.kind === "DATE_PRECISION")
          ? "What the answer depends on"
          : conditions.length === 1
            ? "Condition"
            : "Conditions (each must hold)"}
      </p>
      <ul>
        {conditions.map((c) => (
          <li key={`${c.kind}-${c.rule ?? "conduct"}-${c.text}`} data-kind={c.kind}>
            <span className="condition-kind-tag" data-kind={c.kind}>
              {CONDITION_KIND_LABELS[c.kind]}
            </span>{" "}
            {c.text}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What the forum can try, stretch by stretch of conduct, when that differs from one stretch to the next. */
function Periods({ forumAnswer, conduct }: { forumAnswer: ForumAnswer; conduct: Conduct | null }) {
  const { periods, forum } = forumAnswer;
  if (periods.length <= 1) return null;
  return (
    <table className="conduct-periods" data-forum={forum.slug}>
      <caption className="forum-block-title">
        {conduct ? "By date of conduct, within the conduct given" : "By date of conduct"}
      </caption>
      <thead>
        <tr>
          <th scope="col">Conduct</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {periods.map((p) => (
          <tr key={`${p.from ?? "-"}-${p.to ?? "-"}`} data-status={p.status}>
            <th scope="row">{periodWords(p)}</th>
            <td>
              <ForumStatusBadge status={p.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The forum's note on what "covers" does not settle (the ICC: admissibility under Article 17). */
function ForumNoteBox({ forumAnswer }: { forumAnswer: ForumAnswer }) {
  const { note } = forumAnswer;
  if (!note) return null;
  return (
    <aside className="forum-answer-note" aria-label={`Note on ${forumAnswer.forum.name}`}>
      <p className="forum-block-title">Note: jurisdiction is not admissibility</p>
      <p>{note.text}</p>
      <p className="forum-note-provision">
        <span className="citation-label">Provision:</span>{" "}
        {note.provision.url ? (
          <a href={note.provision.url} rel="noreferrer external">
            {note.provision.label}
          </a>
        ) : (
          note.provision.label
        )}
      </p>
    </aside>
  );
}

function ForumCard({ forumAnswer, answer, rules }: { forumAnswer: ForumAnswer; answer: Answer; rules: Map<string, RuleView> }) {
  const { forum, status, reasons } = forumAnswer;
  const headingId = `forum-${forum.slug}`;
  const ruleCount = reasons.filter((r) => r.rule !== null).length;
  return (
    <section className={`card forum-answer forum-answer-${status}`} aria-labelledby={headingId} data-forum={forum.slug}>
      <header className="forum-answer-head">
        <h3 id={headingId}>
          <Link href={`/forums/${forum.slug}`}>{forum.name}</Link>
        </h3>
        <ForumStatusBadge status={status} large />
      </header>
      <p className="forum-answer-sentence">
        {whenWords(answer.asOf, answer.conduct)}: {STATUS_SENTENCE[status]}.
      </p>
      <Conditions forumAnswer={forumAnswer} />
      <Periods forumAnswer={forumAnswer} conduct={answer.conduct} />
      <ForumNoteBox forumAnswer={forumAnswer} />
      <p className="forum-block-title reasons-title">
        {ruleCount === 0 ? "Why" : ruleCount === 1 ? "The rule behind this" : `The ${ruleCount} rules behind this`}
      </p>
      <div className="reason-stack">
        {reasons.map((reason) => (
          <ReasonCard key={reason.rule ?? "none"} reason={reason} rule={reason.rule ? rules.get(reason.rule) : undefined} forum={forum} />
        ))}
      </div>
    </section>
  );
}

function Question({ answer, vocabulary }: { answer: Answer; vocabulary: ReferenceVocabulary }) {
  const { profile } = answer;
  const names = vocabulary.names;
  return (
    <div className="question">
      <dl className="facts facts-grid question-profile" aria-label="The question">
        <div>
          <dt>Crime</dt>
          <dd>
            <Link href={`/crimes/${profile.crime}`}>{nameOf(names.crimes, profile.crime)}</Link>
          </dd>
        </div>
        <div>
          <dt>Kind of accused</dt>
          <dd>{nameOf(names.accusedKinds, profile.accused)}</dd>
        </div>
        <div>
          <dt>Level of responsibility</dt>
          <dd>{profile.level ? nameOf(names.levels, profile.level) : "Not applicable (legal person)"}</dd>
        </div>
        <div>
          <dt>Mode of liability</dt>
          <dd>{nameOf(names.modes, profile.mode)}</dd>
        </div>
        <div>
          <dt>Situation</dt>
          <dd>{nameOf(names.situations, profile.situation)}</dd>
        </div>
      </dl>
      <dl className="facts question-dates" aria-label="The two dates">
        <div>
          <dt>Conduct</dt>
          <dd id="question-conduct">{conductWords(answer.conduct)}</dd>
        </div>
        <div>
          <dt>As of</dt>
          <dd id="question-as-of">
            <PartialDate value={{ date: answer.asOf, precision: "DAY" }} /> <span className="question-date-note">(the law in force that day)</span>
          </dd>
        </div>
      </dl>
    </div>
  );
}

export default async function WhichForumPage({ searchParams }: Props) {
  const params = await searchParams;
  const today = isoToday(new Date());
  // The form sends fields left empty (a company's level, a cleared date); the shareable URL leaves
  // them out, and pins the date so that the link gives the same answer tomorrow.
  const shareable = addressWithoutEmpty("/which-forum", params, PROFILE_PARAMETERS, { asOf: today }, { pinIfEmpty: false });
  if (shareable) return await redirectInLocale(shareable);
  const asked = Object.values(params).some((v) => v !== undefined);

  const heading = (
    <>
      <Breadcrumbs trail={[{ label: "Which forum?" }]} />
      <h1>Which forum?</h1>
    </>
  );
  const intro = (
    <>
      {heading}
      <p className="lead">
        For a crime, a kind of accused, the date of the conduct and the day as of which the law is read: which of the
        International Criminal Court, the Special Tribunal for the Crime of Aggression against Ukraine and Ukraine’s
        national courts can try it, which cannot, and why.
      </p>
    </>
  );

  if (!asked) {
    const vocabulary = await loadVocabulary();
    return (
      <>
        {intro}
        <p>
          Each answer names, forum by forum, the jurisdiction rules that apply: what the rule says, its condition, when it
          is in force, which conduct it reaches, the provision it rests on, and the source with the passage. A profile
          every forum excludes by a recorded rule is an impunity gap; where the tracker records no rule, it says so, and
          that is not a gap. The address of the answer holds the whole question, so it can be bookmarked and shared.
        </p>
        <ProfileForm vocabulary={vocabulary} params={{}} today={today} errors={{}} heading="Ask a question" />
        <section aria-labelledby="legend-heading" className="section">
          <h2 id="legend-heading">What the answers mean</h2>
          <StatusLegend withGap={false} />
        </section>
      </>
    );
  }

  const { result, vocabulary } = await readJurisdiction({ query: params, today });
  if (!result.ok) {
    const { problems, byField: errors } = formRefusals(result.errors, params, FIELDS);
    return (
      <>
        {intro}
        <ErrorSummary problems={problems} fields={FIELD_LABELS} />
        <ProfileForm vocabulary={vocabulary} params={params} today={today} errors={errors} heading="Your question" />
      </>
    );
  }

  const answer = result.value;
  const ruleSlugs = answer.forums.flatMap((f) => f.reasons.flatMap((r) => (r.rule ? [r.rule] : [])));
  const [rules, coverage] = await Promise.all([getRuleViews(ruleSlugs, answer.asOf), readCoverageOverTime(answer)]);
  const { profile } = answer;
  return (
    <>
      {heading}
      <section aria-labelledby="answer-heading" className="answer">
        <h2 id="answer-heading">The answer</h2>
        <Question answer={answer} vocabulary={vocabulary} />
        <Headline answer={answer} />
        <div className="forum-answers">
          {answer.forums.map((f) => (
            <ForumCard key={f.forum.slug} forumAnswer={f} answer={answer} rules={rules} />
          ))}
        </div>
        <p className="answer-links">
          <Link href={`${coverageHref({ ...profile, conduct: answer.conduct })}#${matrixRowId(profile)}`}>
            This profile in the coverage matrix
          </Link>{" "}
          <span className="muted">
            (every crime and level, for the same conduct and as of the same day, with the tracked cases). The address of this page holds the question: share it to share the answer.
          </span>
        </p>
        <p className="answer-links">
          <a href="#coverage-over-time">How this answer changed over time</a>{" "}
          <span className="muted">(each forum, as the law stood on each date, with the milestones that changed it)</span>
        </p>
        {profile.accused === LEGAL_PERSON ? (
          <p className="muted small">A level of responsibility does not apply to a legal person, so none was asked.</p>
        ) : null}
      </section>
      <CoverageTimeline
        coverage={coverage}
        asOf={answer.asOf}
        today={today}
        conductGiven={answer.conduct !== null}
        shortNames={Object.fromEntries(vocabulary.forums.map((f) => [f.slug, f.shortName]))}
      />
      <PolicySplit
        policies={answer.policy}
        forums={vocabulary.forums}
        heading="Policy, not jurisdiction: who the sources say should try such cases"
        intro={
          <>
            The complementarity split as its proponents describe or recommend it. It is not a rule of law and{" "}
            <strong>does not change any status above</strong>: a forum named here may have no jurisdiction, and a forum
            not named may have it.
          </>
        }
        empty="No policy or recommendation recorded for this profile."
      />
      <ProfileForm vocabulary={vocabulary} params={params} today={today} errors={{}} heading="Change the question" />
      <section aria-labelledby="legend-heading" className="section">
        <h2 id="legend-heading">What the statuses mean</h2>
        <StatusLegend withGap={false} />
      </section>
    </>
  );
}
