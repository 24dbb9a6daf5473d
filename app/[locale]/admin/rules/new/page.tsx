import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { emptyRuleFormValues } from "@/lib/core/rule-form";
import { loadRuleFormOptions } from "@/lib/server/queries/rule-admin";
import { AdminsOnly, requireAdminPage } from "../gate";
import { saveRuleAction } from "../actions";
import { RuleForm } from "../RuleForm";
import styles from "../rules.module.css";

export const metadata: Metadata = { title: "New jurisdiction rule" };

export default async function NewRulePage() {
  if (!(await requireAdminPage("/admin/rules/new"))) return <AdminsOnly />;
  const options = await loadRuleFormOptions();
  return (
    <div className={styles.page}>
      <Breadcrumbs trail={[{ href: "/admin/rules", label: "Jurisdiction rules" }, { label: "New rule" }]} />
      <h1>New jurisdiction rule</h1>
      <p className="lead">
        A rule says whether a forum covers, excludes or conditionally covers a set of crimes and accused, between two dates, on
        the basis of a provision and a source. It changes the tracker’s answers as soon as it is saved.
      </p>
      <RuleForm save={saveRuleAction} mode="new" initial={emptyRuleFormValues()} options={options} />
    </div>
  );
}
