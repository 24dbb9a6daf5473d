import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { EffectBadge } from "@/components/EffectBadge";
import { PartialDate } from "@/components/PartialDate";
import type { ForumCoverage } from "@/lib/core/coverage";
import { isoToday } from "@/lib/core/dates";
import { listCrimes } from "@/lib/server/queries/crimes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Crimes");
  return { title: t("title") };
}

function ForumEffects({ entries, empty }: { entries: ForumCoverage[]; empty: string }) {
  const t = useTranslations("Crimes");
  const situationsText = (situations: ({ name: string } | null)[]) =>
    situations.some((s) => s === null) ? t("everySituation") : t("situations", { names: situations.map((s) => s!.name).join(", ") });
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
  const [crimes, t] = await Promise.all([listCrimes(today), getTranslations("Crimes")]);
  return (
    <>
      <Breadcrumbs trail={[{ label: t("title") }]} />
      <h1>{t("title")}</h1>
      <p className="lead">{t.rich("lead", { today: () => <PartialDate value={{ date: today, precision: "DAY" }} /> })}</p>
      <p className="muted">{t("listNote")}</p>
      <ul className="crime-list">
        {crimes.map((crime) => (
          <li key={crime.slug} className="card crime-card">
            <h2>
              <Link href={`/crimes/${crime.slug}`}>{crime.name}</Link>
            </h2>
            <p>{crime.description}</p>
            <h3 className="mini-heading">{t("forumsInForce")}</h3>
            <ForumEffects entries={crime.jurisdiction} empty={t("noForum")} />
            <p>
              <Link href={`/crimes/${crime.slug}`}>
                {t("rulesLink")}
                <span className="visually-hidden"> {t("forCrime", { crime: crime.name.toLowerCase() })}</span>
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
