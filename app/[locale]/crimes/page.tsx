import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { EffectBadge } from "@/components/EffectBadge";
import { PartialDate } from "@/components/PartialDate";
import type { ForumCoverage } from "@/lib/core/coverage";
import { isoToday } from "@/lib/core/dates";
import { listCrimes } from "@/lib/server/queries/crimes";

export const metadata: Metadata = { title: "Crimes" };

function situationsText(situations: ({ name: string } | null)[]): string {
  if (situations.some((s) => s === null)) return "every situation";
  return `situation: ${situations.map((s) => s!.name).join(", ")}`;
}

function ForumEffects({ entries, empty }: { entries: ForumCoverage[]; empty: string }) {
  if (entries.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="coverage-list">
      {entries.map(({ forum, effects }) => (
        <li key={forum.slug}>
          <Link href={`/forums/${forum.slug}`}>{forum.name}</Link>
          <span className="coverage-effects">
            {effects.map((e) => (
              <span key={e.effect} className="coverage-effect">
                <EffectBadge effect={e.effect} /> <span className="muted">({situationsText(e.situations)})</span>
              </span>
            ))}
          </span>
        </li>
      ))}
    </ul>
  );
}

export default async function CrimesPage() {
  const today = isoToday(new Date());
  const crimes = await listCrimes(today);
  return (
    <>
      <Breadcrumbs trail={[{ label: "Crimes" }]} />
      <h1>Crimes</h1>
      <p className="lead">
        For each crime, the forums with a jurisdiction rule in force today, <PartialDate value={{ date: today, precision: "DAY" }} />
        , that covers it or covers it only if a condition holds.
      </p>
      <p className="muted">
        A forum listed here may cover the crime only for some accused (for example natural persons, or the top
        leadership) or only in one situation. Open a crime to see every rule, its scope, its provision and its source,
        including rules no longer in force.
      </p>
      <ul className="crime-list">
        {crimes.map((crime) => (
          <li key={crime.slug} className="card crime-card">
            <h2>
              <Link href={`/crimes/${crime.slug}`}>{crime.name}</Link>
            </h2>
            <p>{crime.description}</p>
            <h3 className="mini-heading">Forums with a covering or conditional rule in force</h3>
            <ForumEffects entries={crime.jurisdiction} empty="No forum has a covering or conditional rule in force for this crime." />
            <p>
              <Link href={`/crimes/${crime.slug}`}>
                Rules, provisions and sources<span className="visually-hidden"> for {crime.name.toLowerCase()}</span>
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
