import type { Metadata } from "next";
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
import { SourceCitation } from "@/components/SourceCitation";
import { isoToday } from "@/lib/core/dates";
import { EFFECT_EXPLANATIONS, EFFECT_ORDER, FORUM_KIND_LABELS, plural } from "@/lib/core/labels";
import { isAdmin as isAdministrator } from "@/lib/server/actor";
import { currentActor } from "@/lib/server/auth";
import { getForum, getForumPageExtras } from "@/lib/server/queries/forums";

type Props = { params: Promise<{ slug: string }> };

// Within a group: rules in force first, then those not yet in force, then historical ones.
const STATUS_RANK = { IN_FORCE: 0, UNCERTAIN: 1, NOT_YET: 2, HISTORICAL: 3 } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const forum = await getForum((await params).slug, isoToday(new Date()));
  return { title: forum ? forum.name : "Forum not found" };
}

export default async function ForumPage({ params }: Props) {
  const { slug } = await params;
  const today = isoToday(new Date());
  const [forum, extras, actor] = await Promise.all([getForum(slug, today), getForumPageExtras(slug), currentActor()]);
  if (!forum || !extras) notFound();
  const isAdmin = isAdministrator(actor);

  const groups = EFFECT_ORDER.map((effect) => ({
    effect,
    rules: forum.rules
      .filter((r) => r.effect === effect)
      .sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status]),
  }));

  return (
    <>
      <Breadcrumbs trail={[{ href: "/forums", label: "Forums" }, { label: forum.shortName }]} />
      <p className="eyebrow">{FORUM_KIND_LABELS[forum.kind]}</p>
      <h1>{forum.name}</h1>
      <FollowButton target="forum" forumSlug={forum.slug} state={await followState(await currentActor(), { target: "forum", forumSlug: forum.slug })} follow={followAction} unfollow={unfollowAction} />

      <section aria-labelledby="about-heading" className="about">
        <h2 id="about-heading" className="visually-hidden">
          About the forum
        </h2>
        <dl className="facts facts-inline">
          <div>
            <dt>Established</dt>
            <dd>{forum.establishedOn ? <PartialDate value={forum.establishedOn} /> : "Date not recorded"}</dd>
          </div>
          <div>
            <dt>Legal basis</dt>
            <dd>{forum.legalBasis ? <a href="#basis-heading">{forum.legalBasis.shortTitle}</a> : "Not recorded"}</dd>
          </div>
        </dl>
        <p className="lead">{forum.description}</p>
        <SourceCitation citation={forum.citation} />
      </section>

      {forum.legalBasis ? (
        <section aria-labelledby="basis-heading" className="section">
          <h2 id="basis-heading">Legal basis</h2>
          <InstrumentCard instrument={{ ...forum.legalBasis, url: extras.legalBasisUrl }} />
        </section>
      ) : null}

      <section aria-labelledby="covers-heading" className="section">
        <h2 id="covers-heading">What it covers</h2>
        <p>
          {plural(forum.rules.length, "jurisdiction rule")} recorded, grouped by effect. Each rule states its scope (“any”
          where it names no crime, kind of accused, level or mode), its validity, the provision it rests on and its source.
          Status is as of today, <PartialDate value={{ date: today, precision: "DAY" }} />.
        </p>
        {extras.coversNote ? (
          <aside className="notice forum-note" aria-labelledby="forum-note-heading">
            <h3 id="forum-note-heading">A note on every answer in which the {forum.shortName} covers, or covers on a condition</h3>
            <p>{extras.coversNote.text}</p>
            <p className="small">
              Provision: <ProvisionName name={extras.coversNote.provision.label} url={extras.coversNote.provision.url} />
            </p>
          </aside>
        ) : null}
        {isAdmin ? (
          <p>
            <Link href="/admin/rules">Manage jurisdiction rules</Link> (administrators)
          </p>
        ) : null}
        <nav aria-label="Rule groups" className="jump-links">
          <span className="muted">Jump to:</span>
          {groups.map((g) => (
            <a key={g.effect} href={`#effect-${g.effect.toLowerCase()}`}>
              <EffectBadge effect={g.effect} /> <span className="count">{g.rules.length}</span>
            </a>
          ))}
        </nav>
        {groups.map((g) => (
          <section key={g.effect} aria-labelledby={`effect-${g.effect.toLowerCase()}`} className="rule-group">
            <h3 id={`effect-${g.effect.toLowerCase()}`} className="group-heading">
              <EffectBadge effect={g.effect} /> <span className="count">{plural(g.rules.length, "rule")}</span>
            </h3>
            <p className="muted">{EFFECT_EXPLANATIONS[g.effect]}</p>
            {g.rules.length === 0 ? (
              <p>No rule with this effect is recorded for this forum.</p>
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
        <h2 id="policies-heading">Complementarity: policy, not jurisdiction</h2>
        <p>
          Who should take which cases, as the sources state the split between the forums. These are policies and
          recommendations, not rules of jurisdiction: they change no answer of the tracker, and a forum may try a case a
          policy sends elsewhere.
        </p>
        {extras.policies.length === 0 ? (
          <p>No recorded policy or recommendation names this forum.</p>
        ) : (
          <div className="rule-stack">
            {extras.policies.map((policy) => (
              <PolicyCard key={policy.slug} policy={policy} />
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="milestones-heading" className="section">
        <h2 id="milestones-heading">Milestones</h2>
        {forum.milestones.length === 0 ? (
          <p>No milestone is linked to this forum yet.</p>
        ) : (
          <>
            <p>Newest first. {plural(forum.milestones.length, "milestone")} linked to this forum.</p>
            <MilestoneList milestones={forum.milestones} showWhatChanged />
          </>
        )}
      </section>
    </>
  );
}
