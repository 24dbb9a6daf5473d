import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { HistoryList } from "@/components/HistoryList";
import { getRuleHistory } from "@/lib/server/queries/milestone-history";

export const metadata: Metadata = { title: "Rule history" };

/** Every change to a jurisdiction rule: rules are data, so their history is part of the record. */
export default async function RuleHistoryPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const history = await getRuleHistory(slug);
  if (!history || history.rule.deletedAt) notFound();
  const { rule, entries } = history;
  return (
    <>
      <Breadcrumbs trail={[{ href: "/forums", label: "Forums" }, { href: `/forums/${rule.forum.slug}`, label: rule.forum.name }, { label: `History of ${slug}` }]} />
      <p className="eyebrow">History of a jurisdiction rule</p>
      <h1>{slug}</h1>
      <p className="lead">
        Every change to this rule of the <Link href={`/forums/${rule.forum.slug}`}>{rule.forum.name}</Link>, newest first: who made it, when, and what changed. It
        is at version {rule.version}. A change to a rule changes the tracker’s answers from that moment.
      </p>
      <HistoryList entries={entries} />
    </>
  );
}
