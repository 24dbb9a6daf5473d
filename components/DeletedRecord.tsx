import { useTranslations } from "next-intl";
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
  const t = useTranslations("Deleted");
  const list = kind === "milestone" ? { href: "/milestones", label: t("milestones") } : { href: "/cases", label: t("cases") };
  const when = formatDayMinute(record.deletedAt, zone);
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  return (
    <>
      <Breadcrumbs trail={[list, { label: full ? record.title : t("deletedKind", { kind }) }]} />
      <p className="eyebrow">{t("deletedKind", { kind })}</p>
      <h1>{full ? record.title : t("wasDeleted", { kind })}</h1>
      <p className="notice notice-warning" role="status">
        {full
          ? t.rich("noticeBy", { kind, when, who: record.deletedBy ?? t("operator"), strong })
          : t.rich("notice", { kind, when, strong })}
        {full ? (
          <>
            {" "}
            {t.rich("nothingErased", { history: (chunks) => <Link href={historyHref}>{chunks}</Link> })}
          </>
        ) : null}
      </p>
      <p>
        <Link href={list.href}>{t("backTo", { kind })}</Link>
      </p>
    </>
  );
}
