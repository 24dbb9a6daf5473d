import { getLocale, getTranslations } from "next-intl/server";
import { ShownText } from "@/components/ShownText";
import type { Locale } from "@/lib/core/locales";
import { milestoneItemIn, renamed } from "@/lib/core/names-in";
import { referenceNamesIn } from "@/lib/server/reference-names";
import { shownBySlug } from "@/lib/server/translations";
import { MilestoneList } from "@/components/MilestoneList";
import { Link } from "@/lib/i18n/navigation";
import { getHomeSummary } from "@/lib/server/queries/home";

/** The two answers the tracker exists for, first. */
const QUESTIONS = [
  { href: "/which-forum", title: "whichForum", text: "whichForumText" },
  { href: "/coverage", title: "coverage", text: "coverageText" },
] as const;

/** The reference pages behind the answers. */
const REFERENCE = [
  { href: "/forums", title: "forums", text: "forumsText" },
  { href: "/crimes", title: "crimes", text: "crimesText" },
  { href: "/cases", title: "cases", text: "casesText" },
] as const;

export default async function HomePage() {
  const [summary, t, locale] = await Promise.all([getHomeSummary(5), getTranslations("Home"), getLocale() as Promise<Locale>]);
  // Tracks, types and situations, and the situations' descriptions, in the page's language (decision 039).
  const [{ words }, situationText] = await Promise.all([referenceNamesIn(locale), shownBySlug("Situation", summary.situations.map((s) => s.slug), locale)]);
  const { counts, situations } = summary;
  const track = renamed(words, "track", summary.track);
  const otherTracks = summary.otherTracks.map((o) => renamed(words, "track", o));
  const latest = summary.latest.map((m) => milestoneItemIn(words, m));
  const stats = [
    { key: "forums", value: counts.forums, label: t("forumCount", { count: counts.forums }), href: "/forums" },
    { key: "rules", value: counts.rules, label: t("ruleCount", { count: counts.rules }), href: "/forums" },
    { key: "milestones", value: counts.milestones, label: t("milestoneCount", { count: counts.milestones }), href: "/milestones" },
    { key: "cases", value: counts.cases, label: t("caseCount", { count: counts.cases }), href: "/cases" },
  ];
  return (
    <>
      <section className="intro">
        <h1>{t("title")}</h1>
        <p className="lead">{t("lead")}</p>
        <p>{t("audience")}</p>
      </section>

      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading">{t("ask")}</h2>
        <ul className="cards home-questions">
          {QUESTIONS.map((card) => (
            <li className="card home-question" key={card.href}>
              <h3>
                <Link href={card.href}>{t(card.title)}</Link>
              </h3>
              <p>{t(card.text)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">{track ? t("latestOfTrack", { track: track.name.toLowerCase() }) : t("latest")}</h2>
        {latest.length > 0 ? <MilestoneList milestones={latest} /> : <p className="muted">{t("noneOfTrack")}</p>}
        <p>
          <Link href={track ? `/milestones?track=${track.slug}` : "/milestones"}>{track ? t("allOfTrack", { track: track.name.toLowerCase() }) : t("allMilestones")}</Link>
          {otherTracks.length > 0 ? (
            <>
              {`; ${t("otherTracks")} `}
              {otherTracks.map((t, i) => (
                <span key={t.slug}>
                  {i > 0 ? ", " : null}
                  <Link href={`/milestones?track=${t.slug}`}>{t.name.toLowerCase()}</Link>
                </span>
              ))}
              {`; ${t("or")} `}
              <Link href="/milestones">{t("wholeTimeline")}</Link>.
            </>
          ) : null}
        </p>
      </section>

      <section aria-labelledby="situations-heading">
        <h2 id="situations-heading">{t("situations", { count: situations.length })}</h2>
        <dl className="home-situations">
          {situations.map((s) => (
            <div key={s.slug}>
              <dt>
                <ShownText value={situationText(s.slug, "name", s.name)} />
              </dt>
              <dd>
                <ShownText value={situationText(s.slug, "description", s.description)} />
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading">{t("holds")}</h2>
        <ul className="stats">
          {stats.map((s) => (
            <li key={s.key} className="stat">
              <Link href={s.href} className="stat-link">
                <span className="stat-value">{s.value}</span> <span className="stat-label">{s.label}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="start-heading">
        <h2 id="start-heading">{t("reference")}</h2>
        <ul className="cards">
          {REFERENCE.map((card) => (
            <li className="card" key={card.href}>
              <h3>
                <Link href={card.href}>{t(card.title)}</Link>
              </h3>
              <p>{t(card.text)}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
