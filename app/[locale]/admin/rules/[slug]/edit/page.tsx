import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { RuleCard } from "@/components/RuleCard";
import { isoToday } from "@/lib/core/dates";
import { getRuleViews } from "@/lib/server/queries/rules";
import { loadRuleFormOptions, ruleFormValuesOf } from "@/lib/server/queries/rule-admin";
import { AdminsOnly, requireAdminPage } from "../../gate";
import { saveRuleAction } from "../../actions";
import { RuleForm } from "../../RuleForm";
import styles from "../../rules.module.css";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Edit rule ${(await params).slug}` };
}

export default async function EditRulePage({ params }: Props) {
  const { slug } = await params;
  const href = `/admin/rules/${encodeURIComponent(slug)}/edit`;
  if (!(await requireAdminPage(href))) return <AdminsOnly />;
  const today = isoToday(new Date());
  const [rule, options, views] = await Promise.all([ruleFormValuesOf(slug), loadRuleFormOptions(), getRuleViews([slug], today)]);
  const view = views.get(slug);
  if (!rule || !view) notFound();
  return (
    <div className={styles.page}>
      <Breadcrumbs trail={[{ href: "/admin/rules", label: "Jurisdiction rules" }, { label: slug }]} />
      <p className="eyebrow">{view.forum.name}</p>
      <h1>Edit rule {slug}</h1>
      <p className="lead">
        You are editing version {rule.values.expectedVersion}. Saving changes the tracker’s answers at once; if someone else saves
        this rule first, your save is refused rather than overwriting theirs. What the rule says now is shown{" "}
        <a href="#current-rule-heading">below the form</a>.
      </p>
      <p>
        <Link href={`/forums/${rule.forum}#rule-${slug}`}>See the rule on the forum page</Link>
      </p>
      <RuleForm save={saveRuleAction} mode="edit" initial={rule.values} options={options} editHref={href} />
      <section aria-labelledby="current-rule-heading" className={`section ${styles.current}`}>
        <h2 id="current-rule-heading">What this rule currently says</h2>
        <p className="muted">As saved (version {rule.values.expectedVersion}), with its status as of today.</p>
        <RuleCard rule={view} showForum />
      </section>
    </div>
  );
}
