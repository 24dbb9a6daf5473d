import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ShownText } from "@/components/ShownText";
import { referenceNamesIn } from "@/lib/server/reference-names";
import { shownBySlug } from "@/lib/server/translations";
import { vocabularyWords } from "@/lib/server/jurisdiction";
import { milestoneViewIn, ruleViewIn, ruleViewsIn } from "@/lib/core/names-in";
import { ruleMilestoneTitlesIn } from "@/lib/server/queries/rule-milestones";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { DemoBadge } from "@/components/DemoBadge";
import { ExpectedBadge } from "@/components/ExpectedBadge";
import { MatrixChanges } from "@/components/MatrixChanges";
import { PartialDate, PrecisionNote } from "@/components/PartialDate";
import { TextField } from "@/components/QueryFields";
import { RuleCard } from "@/components/RuleCard";
import { SourceCitation, SourceList } from "@/components/SourceCitation";
import { DocumentsSection, documentNoticeOf } from "@/components/documents/DocumentsSection";
import { parseConduct } from "@/lib/core/conduct";
import { formatPartialDate, isoToday, type IsoDate } from "@/lib/core/dates";
import { localizedPath, type Locale } from "@/lib/core/locales";
import type { Conduct } from "@/lib/core/jurisdiction";
import { labelsIn } from "@/lib/core/labels";
import { aroundMilestone } from "@/lib/core/matrix";
import { fieldValue } from "@/lib/core/query-form";
import type { RuleView } from "@/lib/core/views";
import { milestoneMatrixChanges } from "@/lib/server/coverage";
import { getMilestone } from "@/lib/server/queries/milestones";
import { findDeletedRecord } from "@/lib/server/queries/deleted-record";
import { DeletedRecord } from "@/components/DeletedRecord";
import { getRuleViews } from "@/lib/server/queries/rules";
import { currentActor } from "@/lib/server/auth";
import { hasRole, timeZoneOf } from "@/lib/server/actor";
import { LOCALES } from "@/lib/core/locales";
import type { MilestoneTextField } from "@/lib/core/milestone-input";
import { plainShown, SEED_TRANSLATOR, shownField, type ShownText as ShownTextValue, type TranslationIndex } from "@/lib/core/translations";
import { readTranslations } from "@/lib/server/translations";

type Props = { params: Promise<{ slug: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const milestone = await getMilestone(slug, isoToday(new Date()));
  if (milestone) {
    const locale = (await getLocale()) as Locale;
    const index = await readTranslations([{ entity: "Milestone", ids: [milestone.id] }], locale);
    const title = shownField(index, "Milestone", milestone.id, "title", milestone.title, locale, milestone.lang);
    return { title: plainShown(title, (await getTranslations("Reference"))("inLanguage", { language: title.lang })) };
  }
  const t = await getTranslations("Milestones");
  // A deleted one's address explains itself, and is not for search engines.
  return (await findDeletedRecord("milestone", slug)) ? { title: t("deletedTitle"), robots: { index: false } } : { title: t("notFoundTitle") };
}

type Translate = Awaited<ReturnType<typeof getTranslations<"Milestones">>>;

/**
 * Which language the milestone is written in, and where each other language's texts come from
 * (who translated them, on which day), or that there are none yet (decision 042).
 */
function MilestoneLanguages({ lang, others, t, fieldLabels, team }: {
  lang: string;
  /** The seed's translator, as the page's language names it. */
  team: string;
  others: { locale: string; index: TranslationIndex; id: string }[];
  t: Translate;
  fieldLabels: Record<MilestoneTextField, string>;
}) {
  const fields: MilestoneTextField[] = ["title", "description", "whatChanged"];
  return (
    <p className="muted small text-origin" data-testid="milestone-languages">
      {t("writtenIn", { language: lang })}{" "}
      {others.map(({ locale, index, id }) => {
        // Each translator and day once, with the texts they gave.
        const groups = new Map<string, { by: string; on: string | null; fields: string[] }>();
        for (const field of fields) {
          const row = index[`Milestone:${id}:${field}`]?.find((r) => r.locale === locale && r.state === "TRANSLATED" && r.text);
          if (!row) continue;
          const by = row.translatedBy === SEED_TRANSLATOR ? team : (row.translatedBy ?? "");
          const key = `${by}|${row.translatedOn ?? ""}`;
          const group = groups.get(key) ?? { by, on: row.translatedOn, fields: [] };
          group.fields.push(fieldLabels[field].toLowerCase());
          groups.set(key, group);
        }
        if (groups.size === 0) return <span key={locale}>{t("notTranslated", { language: locale })} </span>;
        return [...groups.values()].map((g) => (
          <span key={`${locale}-${g.by}-${g.on}`}>
            {t.rich("translationBy", {
              language: locale,
              fields: g.fields.join(", "),
              by: g.by,
              date: () => (g.on ? <PartialDate value={{ date: g.on, precision: "DAY" }} /> : null),
            })}{" "}
          </span>
        ));
      })}
    </p>
  );
}

/** "25 October 2024" / "25 жовтня 2024 р.": a day in the page's language. */
const dayIn = (date: IsoDate, locale: Locale) => formatPartialDate({ date, precision: "DAY" }, locale);

/**
 * Why a date of conduct was refused, in the page's language (the parser's message says which of
 * three faults it is; lib/core/query-form.ts words the same for the answer page).
 */
function conductMessage(t: Translate, value: string, message: string, day: string): string {
  if (message.includes("begins after")) return t("conductBeginsAfter", { value, day });
  if (message.includes("before it begins")) return t("conductEndsBeforeBegins", { value });
  return t("conductNotADate", { value });
}

/**
 * The conduct the comparison is about: a small GET form under the two days compared. Its refusal
 * is shown next to the field; the comparison then falls back to all conduct, and says so.
 */
function ConductForm({ slug, value, error, latest, t, locale }: { slug: string; value: string; error?: string; latest: string; t: Translate; locale: Locale }) {
  return (
    <form method="get" action={localizedPath(locale, `/milestones/${slug}`)} className="query-form query-form-inline changes-conduct-form" aria-label={t("conductFormLabel")}>
      <div className="query-fields">
        <TextField
          name="conduct"
          label={t("conductLabel")}
          optional
          hint={t.rich("conductHint", { latest, code: (chunks) => <code>{chunks}</code> })}
          value={value}
          error={error}
        />
      </div>
      <div className="filter-actions">
        <button type="submit">{t("compareConduct")}</button>
        {value ? (
          <Link href={`/milestones/${slug}#matrix-changes-heading`} className="clear-link">
            {t("allConduct")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}

function RuleSection({
  id,
  heading,
  intro,
  rules,
  milestone,
  count,
}: {
  id: string;
  heading: string;
  intro: string;
  rules: RuleView[];
  milestone: string;
  /** "(2 rules)" / "(2 правила)". */
  count: string;
}) {
  if (rules.length === 0) return null;
  return (
    <section aria-labelledby={id} className="section">
      <h2 id={id}>
        {heading} <span className="count">({count})</span>
      </h2>
      <p className="muted">{intro}</p>
      <div className="rule-stack">
        {rules.map((rule) => (
          <RuleCard key={rule.slug} rule={rule} showForum currentMilestone={milestone} />
        ))}
      </div>
    </section>
  );
}

export default async function MilestonePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = (await searchParams) ?? {};
  const saved = query.saved;
  // A conduct field left empty means all conduct: the address says so by leaving it out.
  if (query.conduct !== undefined && fieldValue(query, "conduct") === "") return await redirectInLocale(`/milestones/${encodeURIComponent(slug)}`);
  const [actor, t, locale] = await Promise.all([currentActor(), getTranslations("Milestones"), getLocale() as Promise<Locale>]);
  const labels = labelsIn(locale);
  const canEdit = hasRole(actor, "ANALYST");
  const milestone = await getMilestone(slug, isoToday(new Date()));
  if (!milestone) {
    const deleted = await findDeletedRecord("milestone", slug);
    if (!deleted) notFound();
    return <DeletedRecord kind="milestone" record={deleted} historyHref={`/milestones/${slug}/history`} full={canEdit} zone={timeZoneOf(actor)} />;
  }
  // Track, type, situation, forums, instruments and rules' scopes in the page's language (decision 039).
  const [{ words }, instrumentText, milestoneTitles] = await Promise.all([
    referenceNamesIn(locale),
    shownBySlug("Instrument", milestone.instruments.map((i) => i.slug), locale),
    // The other milestones the rule cards link, titled in the page's language.
    ruleMilestoneTitlesIn(locale, [...milestone.rulesOpened, ...milestone.rulesClosed, ...milestone.linkedRules]),
  ]);
  const m = {
    ...milestoneViewIn(words, milestone),
    rulesOpened: milestone.rulesOpened.map((r) => milestoneTitles(ruleViewIn(words, r))),
    rulesClosed: milestone.rulesClosed.map((r) => milestoneTitles(ruleViewIn(words, r))),
    linkedRules: milestone.linkedRules.map((r) => milestoneTitles(ruleViewIn(words, r))),
  };
  const changedRules = m.rulesOpened.length + m.rulesClosed.length;
  // The conduct is read against the day after the milestone: the later of the two days compared.
  const conductText = fieldValue(query, "conduct");
  const { after } = aroundMilestone(m.date);
  const parsedConduct = conductText ? parseConduct(conductText, after) : null;
  const conduct: Conduct | null = parsedConduct?.ok ? parsedConduct.value : null;
  const conductError = parsedConduct && !parsedConduct.ok ? conductMessage(t, conductText, parsedConduct.message, dayIn(after, locale)) : undefined;
  const matrix = await milestoneMatrixChanges(m, { conduct });
  const changeRules = ruleViewsIn(
    words,
    await getRuleViews(
      matrix.changes.flatMap((c) => [...c.rulesAfter, ...c.causes.map((cause) => cause.rule)]),
      matrix.after,
    ),
  );
  // The texts in the reader's language (else as written, marked), and the other languages' provenance.
  const others = await Promise.all(LOCALES.filter((l) => l !== m.lang).map(async (l) => ({ locale: l, id: m.id, index: await readTranslations([{ entity: "Milestone", ids: [m.id] }], l) })));
  const index = others.find((o) => o.locale === locale)?.index ?? {};
  const shown = (field: MilestoneTextField, recorded: string | null): ShownTextValue | null => shownField(index, "Milestone", m.id, field, recorded, locale, m.lang);
  const title = shown("title", m.title)!;
  const description = shown("description", m.description)!;
  const whatChanged = shown("whatChanged", m.whatChanged);
  const tReference = await getTranslations("Reference");
  const rulesOnPage = new Set([...m.rulesOpened, ...m.rulesClosed, ...m.linkedRules].map((r) => r.slug));

  return (
    <>
      <Breadcrumbs trail={[{ href: "/milestones", label: t("title") }, { label: plainShown(title, tReference("inLanguage", { language: title.lang })) }]} />
      <p className="eyebrow">{t("eyebrow", { type: m.type.name, track: m.track.name })}</p>
      <h1>
        <ShownText value={title} />
      </h1>
      <MilestoneLanguages lang={m.lang} others={others} t={t} fieldLabels={labels.milestoneField} team={tReference("trackerTeam")} />
      {m.status === "EXPECTED" ? (
        <p className="notice notice-warning" data-testid="expected-notice">
          <ExpectedBadge /> {t.rich("expectedNotice", { date: () => <PartialDate value={m.date} /> })}
          {canEdit ? ` ${t("expectedEditNote")}` : null}
        </p>
      ) : null}
      {saved === "created" || saved === "updated" ? (
        <p className="notice notice-success" role="status">
          {t.rich(saved === "created" ? "savedCreated" : "savedUpdated", { history: (chunks) => <Link href={`/milestones/${m.slug}/history`}>{chunks}</Link> })}
        </p>
      ) : null}
      <p className="record-actions">
        {canEdit ? (
          <>
            <Link href={`/milestones/${m.slug}/edit`} className="button-link">
              {t("edit")}
            </Link>
            <Link href={`/milestones/${m.slug}/delete`} className="button-link button-link-quiet">
              {t("deleteEllipsis")}
            </Link>
          </>
        ) : null}
        <Link href={`/milestones/${m.slug}/history`}>{t("historyOfRecord")}</Link>
      </p>
      {m.isSynthetic ? (
        <p className="notice notice-demo">
          <DemoBadge /> {t("synthetic")}
        </p>
      ) : null}

      <dl className="facts facts-grid">
        <div>
          <dt>{m.status === "EXPECTED" ? t("expected") : labels.milestoneField.date}</dt>
          <dd>
            <PartialDate value={m.date} /> <PrecisionNote value={m.date} />
          </dd>
        </div>
        <div>
          <dt>{labels.milestoneField.track}</dt>
          <dd>
            <Link href={`/milestones?track=${m.track.slug}`}>{m.track.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{labels.milestoneField.type}</dt>
          <dd>
            <Link href={`/milestones?type=${m.type.slug}`}>{m.type.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{labels.milestoneField.situation}</dt>
          <dd>{m.situation ? m.situation.name : t("noSituation")}</dd>
        </div>
        <div>
          <dt>{labels.milestoneField.forums}</dt>
          <dd>
            {m.forums.length === 0
              ? t("noneLinked")
              : m.forums.map((f, i) => (
                  <span key={f.slug}>
                    {i > 0 ? ", " : null}
                    <Link href={`/forums/${f.slug}`}>{f.name}</Link>
                  </span>
                ))}
          </dd>
        </div>
      </dl>

      <section aria-labelledby="what-heading" className="section">
        <h2 id="what-heading">{m.status === "EXPECTED" ? t("whatIsExpected") : t("whatHappened")}</h2>
        <p className="lead">
          <ShownText value={description} />
        </p>
        <h2>{m.status === "EXPECTED" ? t("whatItWouldChange") : t("whatItChanged")}</h2>
        <p>{whatChanged ? <ShownText value={whatChanged} /> : t("notRecorded")}</p>
        {changedRules > 0 ? (
          <p className="muted">
            {t("rulesChangedIntro")}{" "}
            {m.rulesOpened.length > 0 ? <a href="#opened-heading">{t("openedCount", { count: m.rulesOpened.length })}</a> : t("noneOpened")},{" "}
            {m.rulesClosed.length > 0 ? <a href="#closed-heading">{t("closedCount", { count: m.rulesClosed.length })}</a> : t("noneClosed")}.
          </p>
        ) : null}
      </section>

      <MatrixChanges
        expected={m.status === "EXPECTED"}
        date={m.date}
        before={matrix.before}
        after={matrix.after}
        situations={matrix.situations}
        modes={matrix.modes}
        changes={matrix.changes}
        conduct={matrix.conduct}
        names={vocabularyWords(matrix.vocabulary, locale)}
        rules={changeRules}
        onPage={rulesOnPage}
        changesRules={changedRules > 0}
      >
        <ConductForm slug={m.slug} value={conductText} error={conductError} latest={dayIn(after, locale)} t={t} locale={locale} />
      </MatrixChanges>

      <section aria-labelledby="sources-heading" className="section">
        <h2 id="sources-heading">{labels.milestoneField.sources}</h2>
        <SourceList citations={m.citations} />
      </section>

      <DocumentsSection kind="milestone" slug={m.slug} notice={documentNoticeOf(query.document)} />

      {m.instruments.length > 0 ? (
        <section aria-labelledby="instruments-heading" className="section">
          <h2 id="instruments-heading">{labels.milestoneField.instruments}</h2>
          <ul className="plain-list">
            {m.instruments.map((ins) => (
              <li key={ins.slug} className="card">
                <h3>
                  <ShownText value={instrumentText(ins.slug, "title", ins.title)} />
                </h3>
                <p className="muted">
                  {labels.instrumentKind[ins.kind]}
                  {ins.adoptedOn ? (
                    <>
                      {" "}
                      · {t("adopted")} <PartialDate value={ins.adoptedOn} />
                    </>
                  ) : null}
                </p>
                <p>
                  <ShownText value={instrumentText(ins.slug, "description", ins.description)} />
                </p>
                <SourceCitation citation={ins.citation} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <RuleSection
        id="opened-heading"
        heading={t("rulesOpenedHeading")}
        intro={t("rulesOpenedIntro")}
        count={t("ruleCount", { count: m.rulesOpened.length })}
        rules={m.rulesOpened}
        milestone={m.slug}
      />
      <RuleSection
        id="closed-heading"
        heading={t("rulesClosedHeading")}
        intro={t("rulesClosedIntro")}
        count={t("ruleCount", { count: m.rulesClosed.length })}
        rules={m.rulesClosed}
        milestone={m.slug}
      />
      <RuleSection
        id="linked-heading"
        heading={t("rulesLinkedHeading")}
        intro={t("rulesLinkedIntro")}
        count={t("ruleCount", { count: m.linkedRules.length })}
        rules={m.linkedRules}
        milestone={m.slug}
      />
      {changedRules === 0 && m.linkedRules.length === 0 ? (
        <section aria-labelledby="rules-heading" className="section">
          <h2 id="rules-heading">{t("rulesHeading")}</h2>
          <p>{t("noRulesChanged")}</p>
        </section>
      ) : null}
    </>
  );
}
