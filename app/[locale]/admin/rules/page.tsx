import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { EffectBadge } from "@/components/EffectBadge";
import { firstSentence, plural } from "@/lib/core/labels";
import { describeConduct } from "@/lib/core/jurisdiction";
import { describeValidity } from "@/lib/core/rule-validity";
import { listRulesByForum, type AdminRuleRow } from "@/lib/server/queries/rule-admin";
import { timeZoneOf } from "@/lib/server/actor";
import { currentActor } from "@/lib/server/auth";
import { formatDayMinute } from "@/lib/core/timestamps";
import { AdminsOnly, requireAdminPage } from "./gate";
import styles from "./rules.module.css";

export const metadata: Metadata = { title: "Jurisdiction rules" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** "Conduct from 21 November 2013 to 22 February 2014", or null for a rule that sets no limit. */
const conductWords = (conduct: AdminRuleRow["conduct"]) => describeConduct({ conductFrom: conduct.from, conductTo: conduct.to });

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

  return (
    <div className={styles.page}>
      <Breadcrumbs trail={[{ label: "Jurisdiction rules" }]} />
      <h1>Jurisdiction rules</h1>
      {saved && savedForum ? (
        <div className="notice" role="status" id="rule-saved">
          <p>
            <strong>
              Rule {saved} {one(params.created) ? "created" : "saved"}
            </strong>
            {one(params.version) ? ` (now version ${one(params.version)})` : ""}. The tracker’s answers use it from now on.{" "}
            <Link href={`/forums/${savedForum.slug}#rule-${saved}`}>See it on the {savedForum.shortName} page</Link> or{" "}
            <Link href="/which-forum">ask Which forum?</Link>
          </p>
        </div>
      ) : null}
      <p className="lead">
        The rules behind every answer, by forum. Changing a rule here changes the answers of “Which forum?”, the coverage
        matrix and the forum pages at once; every change is recorded in the audit trail.
      </p>
      <p className={styles.toolbar}>
        <Link href="/admin/rules/new" className={styles.buttonLink}>
          New rule
        </Link>
        <span className="muted">{plural(total, "rule")} in force or on record (deleted rules are not listed).</span>
      </p>
      <nav aria-label="Forums" className="jump-links">
        <span className="muted">Jump to:</span>
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
            {plural(g.rules.length, "rule")} · <Link href={`/forums/${g.forum.slug}`}>See the forum page</Link>
          </p>
          {g.rules.length === 0 ? (
            <p>No rule is recorded for this forum.</p>
          ) : (
            <div className={styles.tableWrap}>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">Rule</th>
                    <th scope="col">Effect</th>
                    <th scope="col">Summary (first sentence)</th>
                    <th scope="col">Validity and conduct reached</th>
                    <th scope="col">Version</th>
                    <th scope="col">Last changed</th>
                  </tr>
                </thead>
                <tbody>
                  {g.rules.map((r) => (
                    <tr key={r.slug} id={`row-${r.slug}`} className={r.slug === saved ? styles.savedRow : undefined}>
                      <th scope="row">
                        <code className={styles.slug}>{r.slug}</code>
                        <Link href={`/admin/rules/${r.slug}/edit`} className={styles.editLink} aria-label={`Edit ${r.slug}`}>
                          Edit
                        </Link>
                      </th>
                      <td>
                        <EffectBadge effect={r.effect} />
                      </td>
                      <td className={styles.summary}>
                        {firstSentence(r.summary)}
                        <span className={styles.scope}>{r.situation ? `Situation: ${r.situation}` : "Every situation"}</span>
                      </td>
                      <td>
                        {describeValidity(r.validity)}
                        {conductWords(r.conduct) ? <span className={styles.scope}>{conductWords(r.conduct)}</span> : null}
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
