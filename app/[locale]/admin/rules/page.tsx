import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { EffectBadge } from "@/components/EffectBadge";
import { describeConduct } from "@/lib/core/jurisdiction";
import { firstSentence } from "@/lib/core/labels";
import type { Locale } from "@/lib/core/locales";
import { describeValidity } from "@/lib/core/rule-validity";
import { listRulesByForum, type AdminRuleRow } from "@/lib/server/queries/rule-admin";
import { timeZoneOf } from "@/lib/server/actor";
import { currentActor } from "@/lib/server/auth";
import { formatDayMinute } from "@/lib/core/timestamps";
import { AdminsOnly, requireAdminPage } from "./gate";
import styles from "./rules.module.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminRules");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
type Words = Awaited<ReturnType<typeof getTranslations<"AdminRules">>>;

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/** "2026-01-15", then "16:03 UTC+2": when a rule was last changed, in the reader's zone, with its offset. */
function ChangedAt({ iso, zone }: { iso: string; zone: string }) {
  const text = formatDayMinute(new Date(iso), zone);
  const [day, time] = [text.slice(0, 10), text.slice(11)];
  return (
    <time dateTime={iso}>
      {day}
      <span className={styles.time}>{time}</span>
    </time>
  );
}

export default async function AdminRulesPage({ searchParams }: Props) {
  if (!(await requireAdminPage("/admin/rules"))) return <AdminsOnly />;
  const params = await searchParams;
  const zone = timeZoneOf(await currentActor());
  const groups = await listRulesByForum();
  const saved = one(params.saved);
  const savedForum = saved ? groups.find((g) => g.rules.some((r) => r.slug === saved))?.forum : undefined;
  const total = groups.reduce((n, g) => n + g.rules.length, 0);
  const [t, locale] = await Promise.all([getTranslations("AdminRules"), getLocale() as Promise<Locale>]);

  return (
    <div className={styles.page}>
      <Breadcrumbs trail={[{ label: t("title") }]} />
      <h1>{t("title")}</h1>
      {saved && savedForum ? (
        <div className="notice" role="status" id="rule-saved">
          <p>
            <strong>{one(params.created) ? t("ruleCreated", { slug: saved }) : t("ruleSaved", { slug: saved })}</strong>
            {one(params.version) ? ` (${t("nowVersion", { version: one(params.version)! })})` : ""}. {t("usedFromNow")}{" "}
            <Link href={`/forums/${savedForum.slug}#rule-${saved}`}>{t("seeOnForum", { forum: savedForum.shortName })}</Link> {t("or")}{" "}
            <Link href="/which-forum">{t("askWhichForum")}</Link>
          </p>
        </div>
      ) : null}
      <p className="lead">{t("lead")}</p>
      <p className={styles.toolbar}>
        <Link href="/admin/rules/new" className={styles.buttonLink}>
          {t("newRule")}
        </Link>
        <span className="muted">{t("total", { count: total })}</span>
      </p>
      <nav aria-label={t("forums")} className="jump-links">
        <span className="muted">{t("jumpTo")}</span>
        {groups.map((g) => (
          <a key={g.forum.slug} href={`#forum-${g.forum.slug}`}>
            {g.forum.shortName} <span className="count">{g.rules.length}</span>
          </a>
        ))}
      </nav>
      {groups.map((g) => (
        <section key={g.forum.slug} aria-labelledby={`forum-${g.forum.slug}`} className="section">
          <h2 id={`forum-${g.forum.slug}`}>{g.forum.name}</h2>
          <p>
            {t("ruleCount", { count: g.rules.length })} · <Link href={`/forums/${g.forum.slug}`}>{t("seeForum")}</Link>
          </p>
          {g.rules.length === 0 ? (
            <p>{t("noRules")}</p>
          ) : (
            <div className={styles.tableWrap}>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">{t("rule")}</th>
                    <th scope="col">{t("effect")}</th>
                    <th scope="col">{t("summary")}</th>
                    <th scope="col">{t("validity")}</th>
                    <th scope="col">{t("version")}</th>
                    <th scope="col">{t("lastChanged")}</th>
                  </tr>
                </thead>
                <tbody>
                  {g.rules.map((r) => (
                    <tr key={r.slug} id={`row-${r.slug}`} className={r.slug === saved ? styles.savedRow : undefined}>
                      <th scope="row">
                        <code className={styles.slug}>{r.slug}</code>
                        <Link href={`/admin/rules/${r.slug}/edit`} className={styles.editLink} aria-label={t("editLabel", { slug: r.slug })}>
                          {t("edit")}
                        </Link>
                      </th>
                      <td>
                        <EffectBadge effect={r.effect} />
                      </td>
                      <td className={styles.summary}>
                        {firstSentence(r.summary)}
                        <span className={styles.scope}>{r.situation ? t("situation", { situation: r.situation }) : t("everySituation")}</span>
                      </td>
                      <td>
                        {describeValidity(r.validity, locale)}
                        {r.conduct.from || r.conduct.to ? <span className={styles.scope}>{describeConduct({ conductFrom: r.conduct.from, conductTo: r.conduct.to }, locale)}</span> : null}
                      </td>
                      <td className={styles.number}>{r.version}</td>
                      <td className={styles.when}>
                        <ChangedAt iso={r.updatedAt} zone={zone} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
