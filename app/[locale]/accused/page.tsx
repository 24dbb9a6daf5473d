import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { DemoBadge } from "@/components/DemoBadge";
import styles from "@/components/case/case.module.css";
import { plural } from "@/lib/core/labels";
import { listAccused } from "@/lib/server/queries/accused-page";

export const metadata: Metadata = { title: "Accused" };

/** Everyone (and every company) the tracked cases are against, with the forums they face. */
export default async function AccusedIndexPage() {
  const accused = await listAccused();
  return (
    <>
      <Breadcrumbs trail={[{ label: "Accused" }]} />
      <h1>Accused</h1>
      <p className="lead">The natural and legal persons the tracked cases are against. Each page shows their proceedings before every forum side by side.</p>
      {accused.length === 0 ? (
        <p className="empty">No accused is recorded yet: they are added with the cases against them.</p>
      ) : (
        <ul className={styles.accusedIndex} aria-label={plural(accused.length, "accused", "accused")}>
          {accused.map((a) => (
            <li key={a.slug}>
              <p>
                <Link href={`/accused/${a.slug}`}>
                  <strong>{a.name}</strong>
                </Link>
                {a.nameOriginal ? <span lang="uk"> · {a.nameOriginal}</span> : null} {a.isSynthetic ? <DemoBadge /> : null}
              </p>
              <p className="muted small">
                {[a.kind.name, a.rank, a.level?.name].filter(Boolean).join(" · ")} ·{" "}
                {a.forums.length === 0
                  ? "no live case"
                  : `${plural(a.cases, "case")} before ${plural(a.forums.length, "forum")} (${a.forums.map((f) => f.shortName).join(", ")})`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
