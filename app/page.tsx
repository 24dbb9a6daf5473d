import Link from "next/link";
import { MilestoneList } from "@/components/MilestoneList";
import { getHomeSummary } from "@/lib/server/queries/home";

/** The reference pages a newcomer starts from. */
const START_HERE = [
  { href: "/forums", title: "Forums", text: "Each forum’s legal basis and what it covers, conditionally covers or excludes, with the provision and dates." },
  { href: "/crimes", title: "Crimes", text: "For war crimes, crimes against humanity, genocide, aggression and ecocide: which forums can act, and why." },
  { href: "/milestones", title: "Milestones", text: "Ratifications, entries into force, tribunal agreements, code amendments, warrants, and what each changed." },
];

export default async function HomePage() {
  const { counts, latest } = await getHomeSummary(5);
  const stats = [
    { value: counts.forums, label: counts.forums === 1 ? "forum" : "forums", href: "/forums" },
    { value: counts.rules, label: counts.rules === 1 ? "jurisdiction rule" : "jurisdiction rules", href: "/forums" },
    { value: counts.milestones, label: counts.milestones === 1 ? "milestone" : "milestones", href: "/milestones" },
    { value: counts.instruments, label: counts.instruments === 1 ? "legal instrument" : "legal instruments" },
    { value: counts.cases, label: counts.cases === 1 ? "tracked case" : "tracked cases" },
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

      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading">What the tracker holds</h2>
        <ul className="stats">
          {stats.map((s) => (
            <li key={s.label} className="stat">
              <span className="stat-value">{s.value}</span>{" "}
              <span className="stat-label">{s.href ? <Link href={s.href}>{s.label}</Link> : s.label}</span>
            </li>
          ))}
        </ul>
        {counts.cases === 0 ? <p className="muted">No cases are recorded yet.</p> : null}
      </section>

      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">Latest milestones</h2>
        <MilestoneList milestones={latest} />
        <p>
          <Link href="/milestones">See the full timeline</Link>, filterable by track, type, forum and year.
        </p>
      </section>

      <section aria-labelledby="start-heading">
        <h2 id="start-heading">Start here</h2>
        <ul className="cards">
          {START_HERE.map((card) => (
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
