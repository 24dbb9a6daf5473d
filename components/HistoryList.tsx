import type { HistoryEntry } from "@/lib/core/views";
import { plural } from "@/lib/core/labels";
import { formatDayMinute } from "@/lib/core/timestamps";

const ACTIONS = { CREATE: "Created", UPDATE: "Changed", DELETE: "Deleted (hidden)" } as const;

/** A record's audit history, newest first: who, when, and each changed field before and after. */
export function HistoryList({
  entries,
  actions = ACTIONS,
  headingLevel = 2,
  zone,
}: {
  entries: HistoryEntry[];
  /** The reader's time zone (lib/core/timestamps.ts). */
  zone: string;
  actions?: Record<HistoryEntry["action"], string>;
  /** 3 where the list sits under a section heading of its own. */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol className="history-list" aria-label={plural(entries.length, "change")}>
      {entries.map((e) => (
        <li key={e.id} className={`history-entry history-${e.action.toLowerCase()}`}>
          <Heading className="history-head">
            <span className="history-action">{actions[e.action]}</span> by <span className="history-who">{e.who}</span>{" "}
            <span className="muted">
              on <time dateTime={e.at.toISOString()}>{formatDayMinute(e.at, zone)}</time>
              {e.versions.after !== null ? ` · version ${e.versions.before !== null ? `${e.versions.before} → ` : ""}${e.versions.after}` : null}
            </span>
          </Heading>
          {e.action === "DELETE" ? (
            <p>Hidden from every page and the API; the record and this history are kept.</p>
          ) : e.changes.length === 0 ? (
            <p className="muted">Saved without changing any field.</p>
          ) : (
            <table className="history-diff">
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  {e.action === "UPDATE" ? <th scope="col">Before</th> : null}
                  <th scope="col">{e.action === "UPDATE" ? "After" : "Value"}</th>
                </tr>
              </thead>
              <tbody>
                {e.changes
                  .filter((c) => c.field !== "deletedAt")
                  .map((c) => (
                    <tr key={c.field}>
                      <th scope="row">{c.label}</th>
                      {e.action === "UPDATE" ? <td className="history-before">{c.before ?? <span className="muted">(empty)</span>}</td> : null}
                      <td className="history-after">{c.after ?? <span className="muted">(empty)</span>}</td>
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
