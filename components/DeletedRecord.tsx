import { Link } from "@/lib/i18n/navigation";
import { formatDayMinute } from "@/lib/core/timestamps";
import type { DeletedRecordView } from "@/lib/core/views";
import { Breadcrumbs } from "./Breadcrumbs";

/**
 * What the address of a deleted milestone or case says: that it was deleted, and when, rather than
 * "page not found", since feeds, reports and bookmarks point here. Its title, who deleted it and
 * its history are for those who may read a deleted record's history (analysts and admins).
 */
export function DeletedRecord({ kind, record, historyHref, full, zone }: { kind: "milestone" | "case"; record: DeletedRecordView; historyHref: string; full: boolean; zone: string }) {
  const list = kind === "milestone" ? { href: "/milestones", label: "Milestones" } : { href: "/cases", label: "Cases" };
  return (
    <>
      <Breadcrumbs trail={[list, { label: full ? record.title : `Deleted ${kind}` }]} />
      <p className="eyebrow">Deleted {kind}</p>
      <h1>{full ? record.title : `This ${kind} was deleted`}</h1>
      <p className="notice notice-warning" role="status">
        This {kind} was <strong>deleted</strong> on {formatDayMinute(record.deletedAt, zone)}
        {full ? <> by {record.deletedBy ?? "an operator or the reference data"}</> : null}. It is no longer shown on the tracker&apos;s pages, feeds or API.
        {full ? (
          <>
            {" "}
            Nothing was erased: <Link href={historyHref}>its history</Link> says what it held and who changed it.
          </>
        ) : null}
      </p>
      <p>
        <Link href={list.href}>Back to the {list.label.toLowerCase()}</Link>
      </p>
    </>
  );
}
