import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
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
import { labelsIn } from "@/lib/core/labels";
import { coverageHref, matrixRowId } from "@/lib/core/links";
import { DEFAULT_MODE, DEFAULT_SITUATION, LEGAL_PERSON, PROFILE_PARAMETERS } from "@/lib/core/profile-query";
import { localizedPath, type Locale } from "@/lib/core/locales";
import { addressWithoutEmpty, fieldValue, formRefusals, labelsOf, PROFILE_FIELDS, type RawParams } from "@/lib/core/query-form";
import type { RuleView } from "@/lib/core/views";
import { forumsIn, loadVocabulary, readCoverageOverTime, readJurisdiction, vocabularyIn, type ReferenceVocabulary } from "@/lib/server/jurisdiction";
import { ShownText, useShownWords } from "@/components/ShownText";
import type { ShownName } from "@/lib/core/translations";
import { getRuleViews } from "@/lib/server/queries/rules";
import { ruleMilestoneTitlesIn } from "@/lib/server/queries/rule-milestones";
import { referenceNamesIn } from "@/lib/server/reference-names";
import { answerIn, ruleViewsIn } from "@/lib/core/names-in";
import { profileFields } from "./refusals";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("WhichForum");
  return { title: t("title") };
}

type Props = { searchParams: Promise<RawParams> };

type Fields = Awaited<ReturnType<typeof profileFields>>;
type T = Awaited<ReturnType<typeof getTranslations<"WhichForum">>>;

function ProfileForm({
  vocabulary,
  params,
  today,
  errors,
  heading,
  fields: FIELDS,
  t,
  locale,
}: {
  vocabulary: ReferenceVocabulary;
  params: RawParams;
  today: IsoDate;
  errors: Record<string, string>;
  heading: string;
  fields: Fields;
  t: T;
  locale: Locale;
}) {
  // Each option in the page's language, or in English marked as such (decision 039).
  const words = useShownWords();
  const options = (items: ShownName[]) => items.map((i) => ({ value: i.slug, label: words(i.shown), lang: i.shown.missing ? i.shown.lang : undefined }));
  const names = vocabularyIn(vocabulary, locale);
  const code = (chunks: React.ReactNode) => <code>{chunks}</code>;
  return (
    <form method="get" action={localizedPath(locale, "/which-forum")} className="query-form" id="question-form" aria-labelledby="question-form-heading" noValidate>
      <h2 id="question-form-heading">{heading}</h2>
      <div className="query-fields">
        <SelectField name="crime" label={FIELDS.crime.label} options={options(names.crimes)} value={fieldValue(params, "crime")} placeholder={t("chooseCrime")} error={errors.crime} />
        <SelectField
          name="accused"
          label={FIELDS.accused.label}
          hint={t("accusedHint")}
          options={options(names.accusedKinds)}
          value={fieldValue(params, "accused")}
          placeholder={t("chooseAccused")}
          error={errors.accused}
        />
        <SelectField
          name="level"
          label={FIELDS.level.label}
          hint={t("levelHint")}
          options={options(names.levels)}
          value={fieldValue(params, "level")}
          placeholder={t("notApplicable")}
          error={errors.level}
        />
        <SelectField
          name="mode"
          label={FIELDS.mode.label}
          hint={t("modeHint")}
          options={options(names.modes)}
          value={fieldValue(params, "mode") || DEFAULT_MODE}
          error={errors.mode}
        />
        <SelectField name="situation" label={FIELDS.situation.label} options={options(names.situations)} value={fieldValue(params, "situation") || DEFAULT_SITUATION} error={errors.situation} />
      </div>
      <fieldset className="query-dates">
        <legend>{t("twoDatesLegend")}</legend>
        <div className="query-fields">
          <TextField
            name="conduct"
            label={FIELDS.conduct.label}
            optional
            hint={<>{t.rich("conductHint", { code })}</>}
            value={fieldValue(params, "conduct")}
            error={errors.conduct}
          />
          <DateField
            name="asOf"
            label={FIELDS.asOf.label}
            hint={<>{t("asOfHint")}</>}
            value={fieldValue(params, "asOf") || (errors.asOf ? "" : today)}
            error={errors.asOf}
          />
        </div>
      </fieldset>
      <div className="filter-actions">
        <button type="submit">{t("submit")}</button>
        <Link href="/which-forum" className="clear-link">
          {t("startAgain")}
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
function Headline({ answer, locale }: { answer: Answer; locale: Locale }) {
  const h = headline(answer, locale);
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
  covers: "statusCovers",
  conditional: "statusConditional",
  excluded: "statusExcluded",
  unknown: "statusUnknown",
} as const;

/** Every condition of a conditional answer, each with what it turns on; all of them must hold. */
function Conditions({ forumAnswer, t, locale }: { forumAnswer: ForumAnswer; t: T; locale: Locale }) {
  const { conditions, forum } = forumAnswer;
  if (conditions.length === 0) return null;
  const labels = labelsIn(locale);
  return (
    <div className="forum-conditions" aria-labelledby={`conditions-${forum.slug}`}>
      <p className="forum-block-title" id={`conditions-${forum.slug}`}>
        {/* A boundary known only to the month is a doubt about the date, not a condition to meet. */}
        {conditions.some((c) => c.kind === "DATE_PRECISION")
          ? t("dependsOn")
          : conditions.length === 1
            ? t("condition")
            : t("conditions")}
      </p>
      <ul>
        {conditions.map((c) => (
          <li key={`${c.kind}-${c.rule ?? "conduct"}-${c.text}`} data-kind={c.kind}>
            <span className="condition-kind-tag" data-kind={c.kind}>
              {labels.conditionKind[c.kind]}
            </span>{" "}
            {/* The engine writes the conditions in the page's language (readJurisdiction is given it). */}
            {c.text}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What the forum can try, stretch by stretch of conduct, when that differs from one stretch to the next. */
function Periods({ forumAnswer, conduct, t, locale }: { forumAnswer: ForumAnswer; conduct: Conduct | null; t: T; locale: Locale }) {
  const { periods, forum } = forumAnswer;
  if (periods.length <= 1) return null;
  return (
    <table className="conduct-periods" data-forum={forum.slug}>
      <caption className="forum-block-title">
        {conduct ? t("byDateWithin") : t("byDate")}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t("conduct")}</th>
          <th scope="col">{t("status")}</th>
        </tr>
      </thead>
      <tbody>
        {periods.map((p) => (
          <tr key={`${p.from ?? "-"}-${p.to ?? "-"}`} data-status={p.status}>
            <th scope="row">{periodWords(p, locale)}</th>
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
function ForumNoteBox({ forumAnswer, t }: { forumAnswer: ForumAnswer; t: T }) {
  const { note } = forumAnswer;
  if (!note) return null;
  return (
    <aside className="forum-answer-note" aria-label={t("noteOn", { forum: forumAnswer.forum.name })}>
      <p className="forum-block-title">{t("noteTitle")}</p>
      <p>{note.text}</p>
      <p className="forum-note-provision">
        <span className="citation-label">{t("provision")}</span>{" "}
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

function ForumCard({ forumAnswer, answer, rules, t, locale }: { forumAnswer: ForumAnswer; answer: Answer; rules: Map<string, RuleView>; t: T; locale: Locale }) {
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
        {whenWords(answer.asOf, answer.conduct, locale)}: {t(STATUS_SENTENCE[status])}.
      </p>
      <Conditions forumAnswer={forumAnswer} t={t} locale={locale} />
      <Periods forumAnswer={forumAnswer} conduct={answer.conduct} t={t} locale={locale} />
      <ForumNoteBox forumAnswer={forumAnswer} t={t} />
      <p className="forum-block-title reasons-title">
        {t("rulesBehind", { count: ruleCount })}
      </p>
      <div className="reason-stack">
        {reasons.map((reason) => (
          <ReasonCard key={reason.rule ?? "none"} reason={reason} rule={reason.rule ? rules.get(reason.rule) : undefined} forum={forum} />
        ))}
      </div>
    </section>
  );
}

function Question({ answer, vocabulary, t, locale }: { answer: Answer; vocabulary: ReferenceVocabulary; t: T; locale: Locale }) {
  const { profile } = answer;
  const names = vocabularyIn(vocabulary, locale);
  const name = (items: ShownName[], slug: string) => {
    const item = items.find((i) => i.slug === slug);
    return item ? <ShownText value={item.shown} /> : slug;
  };
  return (
    <div className="question">
      <dl className="facts facts-grid question-profile" aria-label={t("theQuestion")}>
        <div>
          <dt>{t("crime")}</dt>
          <dd>
            <Link href={`/crimes/${profile.crime}`}>{name(names.crimes, profile.crime)}</Link>
          </dd>
        </div>
        <div>
          <dt>{t("accusedKind")}</dt>
          <dd>{name(names.accusedKinds, profile.accused)}</dd>
        </div>
        <div>
          <dt>{t("level")}</dt>
          <dd>{profile.level ? name(names.levels, profile.level) : t("notApplicable")}</dd>
        </div>
        <div>
          <dt>{t("mode")}</dt>
          <dd>{name(names.modes, profile.mode)}</dd>
        </div>
        <div>
          <dt>{t("situation")}</dt>
          <dd>{name(names.situations, profile.situation)}</dd>
        </div>
      </dl>
      <dl className="facts question-dates" aria-label={t("theTwoDates")}>
        <div>
          <dt>{t("conduct")}</dt>
          <dd id="question-conduct">{conductWords(answer.conduct, locale)}</dd>
        </div>
        <div>
          <dt>{t("asOf")}</dt>
          <dd id="question-as-of">
            <PartialDate value={{ date: answer.asOf, precision: "DAY" }} /> <span className="question-date-note">{t("lawThatDay")}</span>
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
  const [t, locale, FIELDS] = await Promise.all([getTranslations("WhichForum"), getLocale() as Promise<Locale>, profileFields()]);
  const form = { fields: FIELDS, t, locale };

  const heading = (
    <>
      <Breadcrumbs trail={[{ label: t("title") }]} />
      <h1>{t("title")}</h1>
    </>
  );
  const intro = (
    <>
      {heading}
      <p className="lead">{t("lead")}</p>
    </>
  );

  if (!asked) {
    const vocabulary = await loadVocabulary();
    return (
      <>
        {intro}
        <p>{t("explain")}</p>
        <ProfileForm vocabulary={vocabulary} params={{}} today={today} errors={{}} heading={t("ask")} {...form} />
        <section aria-labelledby="legend-heading" className="section">
          <h2 id="legend-heading">{t("answersMean")}</h2>
          <StatusLegend withGap={false} />
        </section>
      </>
    );
  }

  const { result, vocabulary } = await readJurisdiction({ query: params, today, locale });
  if (!result.ok) {
    const { problems, byField: errors } = formRefusals(result.errors, params, PROFILE_FIELDS, locale);
    return (
      <>
        {intro}
        <ErrorSummary problems={problems} fields={labelsOf(FIELDS)} />
        <ProfileForm vocabulary={vocabulary} params={params} today={today} errors={errors} heading={t("yourQuestion")} {...form} />
      </>
    );
  }

  const recordedAnswer = result.value;
  const ruleSlugs = recordedAnswer.forums.flatMap((f) => f.reasons.flatMap((r) => (r.rule ? [r.rule] : [])));
  const [recordedRules, coverage, { words }] = await Promise.all([getRuleViews(ruleSlugs, recordedAnswer.asOf), readCoverageOverTime(recordedAnswer, locale), referenceNamesIn(locale)]);
  // The milestones the reasons link, titled in the page's language.
  const milestoneTitles = await ruleMilestoneTitlesIn(locale, recordedRules.values());
  const rules = new Map([...ruleViewsIn(words, recordedRules)].map(([slug, rule]) => [slug, milestoneTitles(rule)]));
  const answer = answerIn(words, recordedAnswer);
  const { profile } = answer;
  // The forums named in the page's language (the answer's cards have them from the engine, asked in it).
  const forums = forumsIn(vocabulary, locale, words);
  return (
    <>
      {heading}
      <section aria-labelledby="answer-heading" className="answer">
        <h2 id="answer-heading">{t("answer")}</h2>
        <Question answer={answer} vocabulary={vocabulary} t={t} locale={locale} />
        <Headline answer={answer} locale={locale} />
        <div className="forum-answers">
          {answer.forums.map((f) => (
            <ForumCard key={f.forum.slug} forumAnswer={f} answer={answer} rules={rules} t={t} locale={locale} />
          ))}
        </div>
        <p className="answer-links">
          <Link href={`${coverageHref({ ...profile, conduct: answer.conduct })}#${matrixRowId(profile)}`}>{t("inMatrix")}</Link>{" "}
          <span className="muted">{t("inMatrixNote")}</span>
        </p>
        <p className="answer-links">
          <a href="#coverage-over-time">{t("overTime")}</a> <span className="muted">{t("overTimeNote")}</span>
        </p>
        {profile.accused === LEGAL_PERSON ? <p className="muted small">{t("noLevel")}</p> : null}
      </section>
      <CoverageTimeline
        coverage={coverage}
        asOf={answer.asOf}
        today={today}
        conductGiven={answer.conduct !== null}
        shortNames={Object.fromEntries(forums.map((f) => [f.slug, f.shortName]))}
      />
      <PolicySplit
        policies={answer.policy}
        forums={forums}
        heading={t("policyHeading")}
        intro={<>{t.rich("policyIntro", { strong: (chunks) => <strong>{chunks}</strong> })}</>}
        empty={t("policyEmpty")}
      />
      <ProfileForm vocabulary={vocabulary} params={params} today={today} errors={{}} heading={t("changeQuestion")} {...form} />
      <section aria-labelledby="legend-heading" className="section">
        <h2 id="legend-heading">{t("statusesMean")}</h2>
        <StatusLegend withGap={false} />
      </section>
    </>
  );
}
