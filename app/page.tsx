import Link from "next/link";
import { MilestoneList } from "@/components/MilestoneList";
import { getHomeSummary } from "@/lib/server/queries/home";

/** The two answers the tracker exists for, first. */
const QUESTIONS = [
  {
    href: "/which-forum",
    title: "Which forum?",
    text: "Describe a crime, the accused and when it was committed: the tracker says which forum can try it, under which provision and on which source, and where no forum can.",
  },
  {
    href: "/coverage",
    title: "Coverage matrix",
    text: "Every crime, kind of accused and level of responsibility against the three forums on one page: who covers what, conditionally or not, and the impunity gaps.",
  },
];

/** The reference pages behind the answers. */
const REFERENCE = [
  { href: "/forums", title: "Forums", text: "Each forum’s legal basis and what it covers, conditionally covers or excludes, with the provision and dates." },
  { href: "/crimes", title: "Crimes", text: "For war crimes, crimes against humanity, genocide, aggression and ecocide: which forums can act, and why." },
  { href: "/cases", title: "Cases", text: "Proceedings before the forums: warrants, notices of suspicion, trials and judgments, searchable by crime, forum and stage." },
];

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export default async function HomePage() {
  const { counts, situations, track, otherTracks, latest } = await getHomeSummary(5);
  const stats = [
    { value: counts.forums, label: plural(counts.forums, "forum", "forums"), href: "/forums" },
    { value: counts.rules, label: plural(counts.rules, "jurisdiction rule, by forum", "jurisdiction rules, by forum"), href: "/forums" },
    { value: counts.milestones, label: plural(counts.milestones, "milestone", "milestones"), href: "/milestones" },
    { value: counts.cases, label: plural(counts.cases, "tracked case", "tracked cases"), href: "/cases" },
  ];
  return (
    <>
      <section className="intro">
        <h1>Accountability Architecture Tracker</h1>
        <p className="lead">
          This tracker follows how atrocity crimes of the war in Ukraine are brought to justice across the International
          Criminal Court, the Special Tribunal for the Crime of Aggression against Ukraine, and Ukraine’s national courts:
          which forum covers which crime, under which provision, and which legal milestones changed that.
        </p>
        <p>
          It is written for legal analysts at NGOs, prosecutors’ liaison staff, researchers and journalists. Every rule and
          milestone cites its source and the passage it comes from.
        </p>
      </section>

      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading">Ask the tracker</h2>
        <ul className="cards home-questions">
          {QUESTIONS.map((card) => (
            <li className="card home-question" key={card.href}>
              <h3>
                <Link href={card.href}>{card.title}</Link>
              </h3>
              <p>{card.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">Latest {track ? track.name.toLowerCase() : ""} milestones</h2>
        {latest.length > 0 ? <MilestoneList milestones={latest} /> : <p className="muted">No milestone of this track is recorded yet.</p>}
        <p>
          <Link href={track ? `/milestones?track=${track.slug}` : "/milestones"}>All {track ? track.name.toLowerCase() : ""} milestones</Link>
          {otherTracks.length > 0 ? (
            <>
              {"; the other tracks: "}
              {otherTracks.map((t, i) => (
                <span key={t.slug}>
                  {i > 0 ? ", " : null}
                  <Link href={`/milestones?track=${t.slug}`}>{t.name.toLowerCase()}</Link>
                </span>
              ))}
              {"; or "}
              <Link href="/milestones">the whole timeline</Link>.
            </>
          ) : null}
        </p>
      </section>

      <section aria-labelledby="situations-heading">
        <h2 id="situations-heading">{plural(situations.length, "The situation it follows", `The ${situations.length} situations it follows`)}</h2>
        <dl className="home-situations">
          {situations.map((s) => (
            <div key={s.slug}>
              <dt>{s.name}</dt>
              <dd>{s.description}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading">What the tracker holds</h2>
        <ul className="stats">
          {stats.map((s) => (
            <li key={s.label} className="stat">
              <Link href={s.href} className="stat-link">
                <span className="stat-value">{s.value}</span> <span className="stat-label">{s.label}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="start-heading">
        <h2 id="start-heading">Reference</h2>
        <ul className="cards">
          {REFERENCE.map((card) => (
            <li className="card" key={card.href}>
              <h3>
                <Link href={card.href}>{card.title}</Link>
              </h3>
              <p>{card.text}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
