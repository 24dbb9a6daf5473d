import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("NotFound");
  return { title: t("metaTitle") };
}

const WAYS = [
  { href: "/", name: "home", text: "homeText" },
  { href: "/forums", name: "forums", text: "forumsText" },
  { href: "/crimes", name: "crimes", text: "crimesText" },
  { href: "/milestones", name: "milestones", text: "milestonesText" },
] as const;

/** Unknown routes and unknown slugs (a forum, crime or milestone that is not recorded) land here with HTTP 404. */
export default async function NotFound() {
  const t = await getTranslations("NotFound");
  return (
    <div className="not-found">
      <p className="eyebrow">{t("eyebrow")}</p>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <h2>{t("whereNext")}</h2>
      <ul className="link-list">
        {WAYS.map((way) => (
          <li key={way.href}>
            <Link href={way.href}>{t(way.name)}</Link>: {t(way.text)}
          </li>
        ))}
      </ul>
    </div>
  );
}
