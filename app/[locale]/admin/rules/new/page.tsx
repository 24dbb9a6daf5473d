import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/core/locales";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { emptyRuleFormValues } from "@/lib/core/rule-form";
import { loadRuleFormOptions } from "@/lib/server/queries/rule-admin";
import { AdminsOnly, requireAdminPage } from "../gate";
import { saveRuleAction } from "../actions";
import { RuleForm } from "../RuleForm";
import styles from "../rules.module.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminRules");
  return { title: t("newTitle") };
}

export default async function NewRulePage() {
  if (!(await requireAdminPage("/admin/rules/new"))) return <AdminsOnly />;
  const [options, t] = await Promise.all([loadRuleFormOptions((await getLocale()) as Locale), getTranslations("AdminRules")]);
  return (
    <div className={styles.page}>
      <Breadcrumbs trail={[{ href: "/admin/rules", label: t("title") }, { label: t("newRule") }]} />
      <h1>{t("newTitle")}</h1>
      <p className="lead">{t("newLead")}</p>
      <RuleForm save={saveRuleAction} mode="new" initial={emptyRuleFormValues()} options={options} />
    </div>
  );
}
