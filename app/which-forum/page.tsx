import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { ForumStatusBadge } from "@/components/ForumStatusBadge";
import { PartialDate } from "@/components/PartialDate";
import { DateField, ErrorSummary, SelectField, type FieldProblem } from "@/components/QueryFields";
import { ReasonCard } from "@/components/ReasonCard";
import { StatusLegend } from "@/components/StatusLegend";
import { formatPartialDate, isoToday, type IsoDate } from "@/lib/core/dates";
import type { Answer, ForumAnswer } from "@/lib/core/jurisdiction";
import { nameOf } from "@/lib/core/labels";
import { coverageHref, matrixRowId } from "@/lib/core/links";
import { DEFAULT_MODE, DEFAULT_SITUATION, LEGAL_PERSON, PROFILE_PARAMETERS } from "@/lib/core/profile-query";
import { fieldMessage, fieldValue, hasEmpty, inFieldOrder, toQueryString, withoutEmpty, type FieldLabels, type RawParams } from "@/lib/core/query-form";
import type { RuleView } from "@/lib/core/views";
import { loadVocabulary, readJurisdiction, type ReferenceVocabulary } from "@/lib/server/jurisdiction";
import { getRuleViews } from "@/lib/server/queries/rules";

export const metadata: Metadata = { title: "Which forum?" };

type Props = { searchParams: Promise<RawParams> };

const FIELDS: FieldLabels = {
  crime: { label: "Crime", noun: "a crime" },
  accused: { label: "Kind of accused", noun: "a kind of accused" },
  level: { label: "Level of responsibility", noun: "a level of responsibility" },
  mode: { label: "Mode of liability", noun: "a mode of liability" },
  situation: { label: "Situation", noun: "a situation" },
  asOf: { label: "As of", noun: "a date" },
};
const FIELD_LABELS = Object.fromEntries(Object.entries(FIELDS).map(([k, v]) => [k, v.label]));

// Non-breaking: "24 June 2025" never splits across lines in a headline.
const day = (date: IsoDate) => formatPartialDate({ date, precision: "DAY" }).replaceAll(" ", "\u00a0");

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
        <SelectField name="crime" label={FIELDS.crime!.label} options={options(names.crimes)} value={fieldValue(params, "crime")} placeholder="Choose a crime" error={errors.crime} />
        <SelectField
          name="accused"
          label={FIELDS.accused!.label}
          hint="A natural person (an individual), or a legal person (a company)."
          options={options(names.accusedKinds)}
          value={fieldValue(params, "accused")}
          placeholder="Choose a kind of accused"
          error={errors.accused}
        />
        <SelectField
          name="level"
          label={FIELDS.level!.label}
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
          label={FIELDS.mode!.label}
          hint="Committing the crime, or a superior’s responsibility for subordinates’ crimes."
          options={options(names.modes)}
          value={fieldValue(params, "mode") || DEFAULT_MODE}
          error={errors.mode}
        />
        <SelectField name="situation" label={FIELDS.situation!.label} options={options(names.situations)} value={fieldValue(params, "situation") || DEFAULT_SITUATION} error={errors.situation} />
        <DateField
          name="asOf"
          label={FIELDS.asOf!.label}
          hint={<>The day the question is about. Today if left empty.</>}
          value={errors.asOf ? "" : fieldValue(params, "asOf") || today}
          error={errors.asOf}
        />
      </div>
      <div className="filter-actions">
        <button type="submit">Show which forum</button>
        <Link href="/which-forum" className="clear-link">
          Start again
        </Link>
      </div>
    </form>
  );
}

function forumList(answers: ForumAnswer[]): string {
  const names = answers.map((a) => a.forum.name);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** The answer in one sentence, the gap said as such. */
function Headline({ answer }: { answer: Answer }) {
  const on = day(answer.asOf);
  const covering = answer.forums.filter((f) => f.status === "covers");
  const conditional = answer.forums.filter((f) => f.status === "conditional");
  if (covering.length > 0) {
    return (
      <div className="answer-headline answer-covered" id="answer-headline">
        <p className="answer-main">
          Covered on {on} by: {forumList(covering)}.
        </p>
        {conditional.length > 0 ? <p>Also conditionally: {forumList(conditional)}, if the condition stated below holds.</p> : null}
      </div>
    );
  }
  if (conditional.length > 0) {
    return (
      <div className="answer-headline answer-gap" id="answer-headline">
        <p className="answer-main">No forum covers this profile outright on {on}: an impunity gap, unless a condition holds.</p>
        <p>
          Conditionally: {forumList(conditional)}. Each forum’s condition is stated below.
        </p>
      </div>
    );
  }
  return (
    <div className="answer-headline answer-gap" id="answer-headline">
      <p className="answer-main">No forum covers this profile on {on}: an impunity gap.</p>
      <p>Every forum is excluded, by a rule or because no rule reaches this profile; the reasons are below.</p>
    </div>
  );
}

// Said without the forum as subject: "the Ukrainian national courts" is plural, the others singular.
const STATUS_SENTENCE = {
  covers: "jurisdiction over this profile",
  conditional: "jurisdiction over this profile only if a condition holds",
  excluded: "no jurisdiction over this profile",
  unknown: "no rule recorded for this profile",
} as const;

function ForumCard({ forumAnswer, asOf, rules }: { forumAnswer: ForumAnswer; asOf: IsoDate; rules: Map<string, RuleView> }) {
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
        On {day(asOf)}: {STATUS_SENTENCE[status]}
        {ruleCount > 0 ? `, because of ${ruleCount === 1 ? "this rule" : `these ${ruleCount} rules`}:` : "."}
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
    <dl className="facts facts-grid question" aria-label="The question">
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
      <div>
        <dt>As of</dt>
        <dd>
          <PartialDate value={{ date: answer.asOf, precision: "DAY" }} />
        </dd>
      </div>
    </dl>
  );
}

export default async function WhichForumPage({ searchParams }: Props) {
  const params = await searchParams;
  const today = isoToday(new Date());
  // The form sends fields left empty (a company's level, a cleared date); the shareable URL leaves
  // them out, and pins the date so that the link gives the same answer tomorrow.
  if (hasEmpty(params)) {
    const clean = withoutEmpty(params);
    if (Object.keys(clean).length > 0 && !("asOf" in clean)) clean.asOf = today;
    const query = toQueryString(clean, PROFILE_PARAMETERS);
    redirect(query ? `/which-forum?${query}` : "/which-forum");
  }
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
        For a crime, a kind of accused and a date: which of the International Criminal Court, the Special Tribunal for the
        Crime of Aggression against Ukraine and Ukraine’s national courts can try it, which cannot, and why.
      </p>
    </>
  );

  if (!asked) {
    const vocabulary = await loadVocabulary();
    return (
      <>
        {intro}
        <p>
          Each answer names, forum by forum, the jurisdiction rules that apply on that date: what the rule says, its
          condition, when it is in force, the provision it rests on, and the source with the passage. A profile no forum
          covers is an impunity gap. The address of the answer holds the whole question, so it can be bookmarked and
          shared.
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
    const problems: FieldProblem[] = inFieldOrder(result.errors, FIELDS).map((e) => ({ ...e, message: fieldMessage(e, params, FIELDS) }));
    const errors: Record<string, string> = {};
    for (const p of problems) if (FIELDS[p.parameter] && !errors[p.parameter]) errors[p.parameter] = p.message;
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
  const rules = await getRuleViews(ruleSlugs, answer.asOf);
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
            <ForumCard key={f.forum.slug} forumAnswer={f} asOf={answer.asOf} rules={rules} />
          ))}
        </div>
        <p className="answer-links">
          <Link href={`${coverageHref(profile)}#${matrixRowId(profile)}`}>
            This profile in the coverage matrix
          </Link>{" "}
          <span className="muted">
            (every crime and level as of {day(answer.asOf)}, with the tracked cases). The address of this page holds the question: share it to share the answer.
          </span>
        </p>
        {profile.accused === LEGAL_PERSON ? (
          <p className="muted small">A level of responsibility does not apply to a legal person, so none was asked.</p>
        ) : null}
      </section>
      <ProfileForm vocabulary={vocabulary} params={params} today={today} errors={{}} heading="Change the question" />
      <section aria-labelledby="legend-heading" className="section">
        <h2 id="legend-heading">What the statuses mean</h2>
        <StatusLegend withGap={false} />
      </section>
    </>
  );
}
