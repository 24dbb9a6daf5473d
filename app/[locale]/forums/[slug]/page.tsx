import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { EffectBadge } from "@/components/EffectBadge";
import { followAction, unfollowAction } from "@/app/[locale]/follows/actions";
import { FollowButton } from "@/components/FollowButton";
import { followState } from "@/lib/server/follows/list-follows";
import { MilestoneList } from "@/components/MilestoneList";
import { InstrumentCard } from "@/components/InstrumentCard";
import { PartialDate } from "@/components/PartialDate";
import { PolicyCard } from "@/components/PolicyCard";
import { ProvisionName, RuleCard } from "@/components/RuleCard";
import { EditTranslationLink } from "@/components/EditTranslationLink";
import { ShownText, TextOrigin } from "@/components/ShownText";
import { editorOf } from "@/lib/web/translation-links";
import { TRANSLATION_LOCALES } from "@/lib/core/translation-input";
import { SourceCitation } from "@/components/SourceCitation";
import { isoToday } from "@/lib/core/dates";
import { EFFECT_ORDER, labelsIn } from "@/lib/core/labels";
import type { Locale } from "@/lib/core/locales";
import { isAdmin as isAdministrator } from "@/lib/server/actor";
import { currentActor } from "@/lib/server/auth";
import { getForum, getForumPageExtras } from "@/lib/server/queries/forums";
import { shownBySlug } from "@/lib/server/translations";
import { referenceNamesIn } from "@/lib/server/reference-names";
import { ruleMilestoneTitlesIn } from "@/lib/server/queries/rule-milestones";
import { policyViewIn, provisionNoteLabel, ruleViewIn } from "@/lib/core/names-in";
import { plainShown } from "@/lib/core/translations";

type Props = { params: Promise<{ slug: string }> };

// Within a group: rules in force first, then those not yet in force, then historical ones.
const STATUS_RANK = { IN_FORCE: 0, UNCERTAIN: 1, NOT_YET: 2, HISTORICAL: 3 } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const forum = await getForum((await params).slug, isoToday(new Date()));
  if (!forum) return { title: (await getTranslations("Forums"))("notFound") };
  const [locale, t] = await Promise.all([getLocale(), getTranslations("Reference")]);
  const name = (await shownBySlug("Forum", [forum.slug], locale))(forum.slug, "name", forum.name);
  return { title: plainShown(name, t("inLanguage", { language: name.lang })) };
}

export default async function ForumPage({ params }: Props) {
  const { slug } = await params;
  const today = isoToday(new Date());
  const [forum, extras, actor] = await Promise.all([getForum(slug, today), getForumPageExtras(slug), currentActor()]);
  if (!forum || !extras) notFound();
  const isAdmin = isAdministrator(actor);
  const [t, tr, locale] = await Promise.all([getTranslations("Forums"), getTranslations("Reference"), getLocale() as Promise<Locale>]);
  const labels = labelsIn(locale);
  // The forum's own texts in the page's language (decision 039); getForum stays the API's read.
  const [text, basis] = await Promise.all([
    shownBySlug("Forum", [forum.slug], locale),
    shownBySlug("Instrument", forum.legalBasis ? [forum.legalBasis.slug] : [], locale),
  ]);
  const name = text(forum.slug, "name", forum.name);
  const shortName = text(forum.slug, "shortName", forum.shortName);
  const words = (value: typeof name) => plainShown(value, tr("inLanguage", { language: value.lang }));

  // The rules' and policies' scopes named in the page's language.
  const [{ words: nameWords }, milestoneTitles] = await Promise.all([referenceNamesIn(locale), ruleMilestoneTitlesIn(locale, forum.rules)]);
  const policies = extras.policies.map((p) => policyViewIn(nameWords, p));
  const groups = EFFECT_ORDER.map((effect) => ({
    effect,
    rules: forum.rules
      .map((r) => milestoneTitles(ruleViewIn(nameWords, r)))
      .filter((r) => r.effect === effect)
      .sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status]),
  }));

  return (
    <>
      <Breadcrumbs trail={[{ href: "/forums", label: t("title") }, { label: words(shortName) }]} />
      <p className="eyebrow">{labels.forumKind[forum.kind]}</p>
      <h1>
        <ShownText value={name} />
      </h1>
      <TextOrigin value={name} what={tr("name")} />
      {isAdmin ? <EditTranslationLink href={editorOf({ entity: "Forum", slug: forum.slug, field: "name", locale: TRANSLATION_LOCALES[0]! })} /> : null}
      <FollowButton target="forum" forumSlug={forum.slug} state={await followState(await currentActor(), { target: "forum", forumSlug: forum.slug })} follow={followAction} unfollow={unfollowAction} />

      <section aria-labelledby="about-heading" className="about">
        <h2 id="about-heading" className="visually-hidden">
          {t("about")}
        </h2>
        <dl className="facts facts-inline">
          <div>
            <dt>{t("established")}</dt>
            <dd>{forum.establishedOn ? <PartialDate value={forum.establishedOn} /> : t("dateNotRecorded")}</dd>
          </div>
          <div>
            <dt>{t("legalBasis")}</dt>
            <dd>{forum.legalBasis ? <a href="#basis-heading">
                  <ShownText value={basis(forum.legalBasis.slug, "shortTitle", forum.legalBasis.shortTitle)} />
                </a> : t("notRecorded")}</dd>
          </div>
        </dl>
        <p className="lead">
          <ShownText value={text(forum.slug, "description", forum.description)} />
        </p>
        <SourceCitation citation={forum.citation} />
      </section>

      {forum.legalBasis ? (
        <section aria-labelledby="basis-heading" className="section">
          <h2 id="basis-heading">{t("legalBasis")}</h2>
          <InstrumentCard
            instrument={{ ...forum.legalBasis, url: extras.legalBasisUrl }}
            shown={{
              title: basis(forum.legalBasis.slug, "title", forum.legalBasis.title),
              description: basis(forum.legalBasis.slug, "description", forum.legalBasis.description),
              shortTitle: words(basis(forum.legalBasis.slug, "shortTitle", forum.legalBasis.shortTitle)),
            }}
          />
        </section>
      ) : null}

      <section aria-labelledby="covers-heading" className="section">
        <h2 id="covers-heading">{t("covers")}</h2>
        <p>{t.rich("coversText", { count: forum.rules.length, today: () => <PartialDate value={{ date: today, precision: "DAY" }} /> })}</p>
        {extras.coversNote ? (
          <aside className="notice forum-note" aria-labelledby="forum-note-heading">
            <h3 id="forum-note-heading">{t("noteHeading", { forum: words(shortName) })}</h3>
            <p>
              <ShownText value={text(forum.slug, "coversNote", extras.coversNote.text)} />
            </p>
            <p className="small">
              {t("provision")} <ProvisionName name={extras.coversNoteProvision ? provisionNoteLabel(nameWords, extras.coversNoteProvision) : extras.coversNote.provision.label} url={extras.coversNote.provision.url} />
            </p>
          </aside>
        ) : null}
        {isAdmin ? (
          <p>
            <Link href="/admin/rules">{t("manageRules")}</Link> {t("administrators")}
          </p>
        ) : null}
        <nav aria-label={t("ruleGroups")} className="jump-links">
          <span className="muted">{t("jumpTo")}</span>
          {groups.map((g) => (
            <a key={g.effect} href={`#effect-${g.effect.toLowerCase()}`}>
              <EffectBadge effect={g.effect} /> <span className="count">{g.rules.length}</span>
            </a>
          ))}
        </nav>
        {groups.map((g) => (
          <section key={g.effect} aria-labelledby={`effect-${g.effect.toLowerCase()}`} className="rule-group">
            <h3 id={`effect-${g.effect.toLowerCase()}`} className="group-heading">
              <EffectBadge effect={g.effect} /> <span className="count">{t("rules", { count: g.rules.length })}</span>
            </h3>
            <p className="muted">{labels.effectExplanation[g.effect]}</p>
            {g.rules.length === 0 ? (
              <p>{t("noRuleOfEffect")}</p>
            ) : (
              <div className="rule-stack">
                {g.rules.map((rule) => (
                  <RuleCard key={rule.slug} rule={rule} headingLevel={4} editHref={isAdmin ? `/admin/rules/${rule.slug}/edit` : undefined} />
                ))}
              </div>
            )}
          </section>
        ))}
      </section>

      <section aria-labelledby="policies-heading" className="section">
        <h2 id="policies-heading">{t("policies")}</h2>
        <p>{t("policiesText")}</p>
        {policies.length === 0 ? (
          <p>{t("noPolicy")}</p>
        ) : (
          <div className="rule-stack">
            {policies.map((policy) => (
              <PolicyCard key={policy.slug} policy={policy} />
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="milestones-heading" className="section">
        <h2 id="milestones-heading">{t("milestones")}</h2>
        {forum.milestones.length === 0 ? (
          <p>{t("noMilestone")}</p>
        ) : (
          <>
            <p>{t("milestonesLinked", { count: forum.milestones.length })}</p>
            <MilestoneList milestones={forum.milestones} showWhatChanged />
          </>
        )}
      </section>
    </>
  );
}
