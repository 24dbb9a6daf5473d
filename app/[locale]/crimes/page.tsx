import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { EffectBadge } from "@/components/EffectBadge";
import { PartialDate } from "@/components/PartialDate";
import { ShownText, useShownWords } from "@/components/ShownText";
import type { ForumCoverage } from "@/lib/core/coverage";
import { isoToday } from "@/lib/core/dates";
import { listCrimes } from "@/lib/server/queries/crimes";
import { shownBySlug, type PickBySlug } from "@/lib/server/translations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Crimes");
  return { title: t("title") };
}

type Texts = { forum: PickBySlug<"name">; situation: PickBySlug<"name"> };

function ForumEffects({ entries, empty, texts }: { entries: ForumCoverage[]; empty: string; texts: Texts }) {
  const t = useTranslations("Crimes");
  const words = useShownWords();
  const situationsText = (situations: ({ slug: string; name: string } | null)[]) =>
    situations.some((s) => s === null) ? t("everySituation") : t("situations", { names: situations.map((s) => words(texts.situation(s!.slug, "name", s!.name))).join(", ") });
  if (entries.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="coverage-list">
      {entries.map(({ forum, effects }) => (
        <li key={forum.slug}>
          <Link href={`/forums/${forum.slug}`}>
            <ShownText value={texts.forum(forum.slug, "name", forum.name)} />
          </Link>
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
  const [crimes, t, locale] = await Promise.all([listCrimes(today), getTranslations("Crimes"), getLocale()]);
  // The crimes', forums' and situations' own names in the page's language (decision 039); listCrimes stays the API's read.
  const forumSlugs = crimes.flatMap((c) => c.jurisdiction.map((j) => j.forum.slug));
  const situationSlugs = crimes.flatMap((c) => c.jurisdiction.flatMap((j) => j.effects.flatMap((e) => e.situations.flatMap((s) => (s ? [s.slug] : [])))));
  const [text, forum, situation] = await Promise.all([
    shownBySlug("CrimeCategory", crimes.map((c) => c.slug), locale),
    shownBySlug("Forum", forumSlugs, locale),
    shownBySlug("Situation", situationSlugs, locale),
  ]);
  return <CrimeList crimes={crimes} text={text} texts={{ forum, situation }} today={today} t={t} />;
}

function CrimeList({
  crimes,
  text,
  texts,
  today,
  t,
}: {
  crimes: Awaited<ReturnType<typeof listCrimes>>;
  text: PickBySlug<"name" | "description">;
  texts: Texts;
  today: string;
  t: Awaited<ReturnType<typeof getTranslations<"Crimes">>>;
}) {
  const words = useShownWords();
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
              <Link href={`/crimes/${crime.slug}`}>
                <ShownText value={text(crime.slug, "name", crime.name)} />
              </Link>
            </h2>
            <p>
              <ShownText value={text(crime.slug, "description", crime.description)} />
            </p>
            <h3 className="mini-heading">{t("forumsInForce")}</h3>
            <ForumEffects entries={crime.jurisdiction} empty={t("noForum")} texts={texts} />
            <p>
              <Link href={`/crimes/${crime.slug}`}>
                {t("rulesLink")}
                <span className="visually-hidden"> {t("forCrime", { crime: words({ ...text(crime.slug, "name", crime.name), text: text(crime.slug, "name", crime.name).text.toLowerCase() }) })}</span>
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
