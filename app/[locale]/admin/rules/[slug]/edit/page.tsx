import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { RuleCard } from "@/components/RuleCard";
import { isoToday } from "@/lib/core/dates";
import { referenceNamesIn } from "@/lib/server/reference-names";
import { ruleViewIn } from "@/lib/core/names-in";
import { ruleMilestoneTitlesIn } from "@/lib/server/queries/rule-milestones";
import type { Locale } from "@/lib/core/locales";
import { getRuleViews } from "@/lib/server/queries/rules";
import { loadRuleFormOptions, ruleFormValuesOf } from "@/lib/server/queries/rule-admin";
import { AdminsOnly, requireAdminPage } from "../../gate";
import { saveRuleAction } from "../../actions";
import { RuleForm } from "../../RuleForm";
import styles from "../../rules.module.css";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("AdminRules");
  return { title: t("editTitle", { slug: (await params).slug }) };
}

export default async function EditRulePage({ params }: Props) {
  const { slug } = await params;
  const href = `/admin/rules/${encodeURIComponent(slug)}/edit`;
  if (!(await requireAdminPage(href))) return <AdminsOnly />;
  const today = isoToday(new Date());
  const locale = (await getLocale()) as Locale;
  const [rule, options, views] = await Promise.all([ruleFormValuesOf(slug), loadRuleFormOptions(locale), getRuleViews([slug], today)]);
  const recorded = views.get(slug);
  if (!rule || !recorded) notFound();
  // The rule card's forum and scope in the page's language (decision 039).
  const [{ words }, milestoneTitles] = await Promise.all([referenceNamesIn(locale), ruleMilestoneTitlesIn(locale, [recorded])]);
  const view = milestoneTitles(ruleViewIn(words, recorded));
  const t = await getTranslations("AdminRules");
  const version = rule.values.expectedVersion;
  return (
    <div className={styles.page}>
      <Breadcrumbs trail={[{ href: "/admin/rules", label: t("title") }, { label: slug }]} />
      <p className="eyebrow">{view.forum.name}</p>
      <h1>{t("editTitle", { slug })}</h1>
      <p className="lead">{t.rich("editLead", { version, below: (chunks) => <a href="#current-rule-heading">{chunks}</a> })}</p>
      <p>
        <Link href={`/forums/${rule.forum}#rule-${slug}`}>{t("seeRuleOnForum")}</Link>
      </p>
      <RuleForm save={saveRuleAction} mode="edit" initial={rule.values} options={options} editHref={href} />
      <section aria-labelledby="current-rule-heading" className={`section ${styles.current}`}>
        <h2 id="current-rule-heading">{t("currentHeading")}</h2>
        <p className="muted">{t("currentAsSaved", { version })}</p>
        <RuleCard rule={view} showForum />
      </section>
    </div>
  );
}
