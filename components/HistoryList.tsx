import { useTranslations } from "next-intl";
import type { HistoryEntry } from "@/lib/core/views";
import { formatDayMinute } from "@/lib/core/timestamps";

/** A record's audit history, newest first: who, when, and each changed field before and after. */
export function HistoryList({
  entries,
  actions,
  headingLevel = 2,
  zone,
}: {
  entries: HistoryEntry[];
  /** The reader's time zone (lib/core/timestamps.ts). */
  zone: string;
  /** What each action is called on this page; "Created", "Changed", "Deleted (hidden)" when not given. */
  actions?: Record<HistoryEntry["action"], string>;
  /** 3 where the list sits under a section heading of its own. */
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations("History");
  const names = actions ?? { CREATE: t("actionCreate"), UPDATE: t("actionUpdate"), DELETE: t("actionDelete") };
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const empty = <span className="muted">{t("empty")}</span>;
  return (
    <ol className="history-list" aria-label={t("changeCount", { count: entries.length })}>
      {entries.map((e) => (
        <li key={e.id} className={`history-entry history-${e.action.toLowerCase()}`}>
          <Heading className="history-head">
            {t.rich("head", {
              actionName: names[e.action],
              name: e.who,
              action: (chunks) => <span className="history-action">{chunks}</span>,
              person: (chunks) => <span className="history-who">{chunks}</span>,
            })}{" "}
            <span className="muted">
              {t.rich("on", { time: () => <time dateTime={e.at.toISOString()}>{formatDayMinute(e.at, zone)}</time> })}
              {e.versions.after !== null
                ? ` ${e.versions.before !== null ? t("versionChange", { before: e.versions.before, after: e.versions.after }) : t("versionOnly", { after: e.versions.after })}`
                : null}
            </span>
          </Heading>
          {e.action === "DELETE" ? (
            <p>{t("hidden")}</p>
          ) : e.changes.length === 0 ? (
            <p className="muted">{t("savedUnchanged")}</p>
          ) : (
            <table className="history-diff">
              <thead>
                <tr>
                  <th scope="col">{t("field")}</th>
                  {e.action === "UPDATE" ? <th scope="col">{t("before")}</th> : null}
                  <th scope="col">{e.action === "UPDATE" ? t("after") : t("value")}</th>
                </tr>
              </thead>
              <tbody>
                {e.changes
                  .filter((c) => c.field !== "deletedAt")
                  .map((c) => (
                    <tr key={c.field}>
                      <th scope="row">{c.label}</th>
                      {e.action === "UPDATE" ? <td className="history-before">{c.before ?? empty}</td> : null}
                      <td className="history-after">{c.after ?? empty}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          )}
        </li>
      ))}
    </ol>
  );
}
