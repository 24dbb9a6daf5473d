import { getLocale, getTranslations } from "next-intl/server";
import { PageMessages } from "@/components/PageMessages";
import { attachablePath, documentKindOf, documentPagePath, documentsApiPath, shortFingerprint, sizeIn } from "@/lib/core/document-display";
import type { Attachable } from "@/lib/core/document-input";
import { localizedPath, type Locale } from "@/lib/core/locales";
import { formatMinute } from "@/lib/core/timestamps";
import { Link } from "@/lib/i18n/navigation";
import { hasRole, timeZoneOf } from "@/lib/server/actor";
import { currentActor } from "@/lib/server/auth";
import type { DocumentRecord } from "@/lib/server/documents/document-record";
import { listDocuments } from "@/lib/server/documents/list-documents";
import { readEnv } from "@/lib/server/env";
import { CopyButton } from "./CopyButton";
import { DocumentUpload } from "./DocumentUpload";
import { RemoveDocument } from "./RemoveDocument";
import styles from "./documents.module.css";

/** What the no-script upload and the removal say on the page they come back to (`?document=`). */
export type DocumentNotice = "attached" | "removed" | "refused-413" | "refused-415" | "refused" | null;
export const documentNoticeOf = (value: string | string[] | undefined): DocumentNotice =>
  value === "attached" || value === "removed" || value === "refused-413" || value === "refused-415" || value === "refused" ? value : null;

/**
 * A record's documents (docs/decisions/052-documents-in-the-browser.md): each with its title (to
 * its page), kind, language, size, fingerprint (short, the full value a click away and copyable),
 * when it was attached (and by whom, for signed-in readers) and where its text extraction stands;
 * for analysts, the upload area and a removal beside each. `empty`: what to say when there is none
 * (a source says where its official text is).
 *
 * A note's documents (`kind` "note", `slug` its id, `note` its case and whether the reader may edit
 * it; docs/decisions/056-documents-on-notes.md): read as the note is, under it, a smaller heading;
 * the upload area and removals only for whoever may edit the note; nothing at all when there is
 * no document and the reader may not attach one.
 */
export async function DocumentsSection({ kind, slug, notice = null, empty, note }: { kind: Attachable; slug: string; notice?: DocumentNotice; empty?: React.ReactNode; note?: { caseSlug: string; canEdit: boolean } }) {
  const [actor, t, locale] = await Promise.all([currentActor(), getTranslations("Documents"), getLocale() as Promise<Locale>]);
  const documents = await listDocuments({ kind, slug, caseSlug: note?.caseSlug, actor });
  const canAttach = note ? note.canEdit && hasRole(actor, "ANALYST") : hasRole(actor, "ANALYST");
  if (note && documents.length === 0 && !canAttach) return null;
  const showUploader = hasRole(actor, "VIEWER");
  const zone = timeZoneOf(actor);
  const headingId = note ? `note-${slug}-documents` : "documents";
  const Heading = note ? "h4" : "h2";
  return (
    <PageMessages namespaces={["Documents"]}>
    <section aria-labelledby={headingId} className="section" data-testid={note ? "note-documents" : "documents"}>
      <Heading id={headingId}>
        {t("heading")} {documents.length > 0 ? <span className="count">({t("count", { count: documents.length })})</span> : null}
      </Heading>
      {notice === "attached" || notice === "removed" ? (
        <p className="notice notice-success" role="status">
          {notice === "attached" ? t("upload.noJsAttached") : t("remove.removed")}
        </p>
      ) : notice ? (
        <p className="notice notice-error" role="alert">
          {t("upload.noJsRefused", { reason: notice === "refused-413" ? t("upload.status413") : notice === "refused-415" ? t("upload.status415") : t("upload.statusOther", { status: "400" }) })}
        </p>
      ) : null}
      {documents.length === 0 ? (
        (empty ?? <p className="muted">{t("none")}</p>)
      ) : (
        <>
          <p className="muted small">{t("intro")}</p>
          <ul className={styles.list} data-testid="document-list">
            {documents.map((d) => (
              <DocumentItem key={d.id} document={d} t={t} locale={locale} zone={zone} showUploader={showUploader} canRemove={canAttach} kind={kind} slug={slug} caseSlug={note?.caseSlug} />
            ))}
          </ul>
        </>
      )}
      {canAttach ? <DocumentUpload action={documentsApiPath(kind, slug, note?.caseSlug)} returnTo={localizedPath(locale, attachablePath(kind, slug, note?.caseSlug))} limit={sizeIn(readEnv().DOCUMENT_MAX_BYTES, locale)} headingLevel={note ? "h5" : "h3"} /> : null}
    </section>
    </PageMessages>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"Documents">>>;

function DocumentItem({ document: d, t, locale, zone, showUploader, canRemove, kind, slug, caseSlug }: { document: DocumentRecord; t: Translate; locale: Locale; zone: string; showUploader: boolean; canRemove: boolean; kind: Attachable; slug: string; caseSlug?: string }) {
  const date = formatMinute(d.uploadedAt, zone, locale);
  const language = d.language === "uk" || d.language === "en" ? t(`language.${d.language}`) : t("language.none");
  const state = (["QUEUED", "DONE", "FAILED", "NO_TEXT_LAYER"] as const).find((s) => s === d.text.state) ?? "QUEUED";
  return (
    <li className={styles.item} data-testid="document" data-sha256={d.sha256}>
      <Link href={documentPagePath(d.sha256)} className={styles.title}>
        {d.title}
      </Link>
      <p className={styles.meta}>
        {t(`kind.${documentKindOf(d.mediaType)}`)} · {sizeIn(d.size, locale)} · {language}
      </p>
      <details className={styles.fingerprint}>
        <summary>
          {t("fingerprint")}: <code className={styles.code}>{shortFingerprint(d.sha256)}</code>
        </summary>
        <div className={styles.full}>
          <span>{t("fingerprintFull")}:</span>
          <code className={styles.code} data-testid="fingerprint">
            {d.sha256}
          </code>
          <CopyButton value={d.sha256} />
        </div>
      </details>
      <p className={styles.meta}>
        {showUploader ? t("attachedOnBy", { date, name: d.uploadedBy ?? t("byOperator") }) : t("attachedOn", { date })} · {t(`text.${state}`)}
        {d.text.reason && (state === "FAILED" || state === "NO_TEXT_LAYER") ? ` (${t("textReason", { reason: d.text.reason })})` : null}
      </p>
      <div className={styles.actions}>
        <Link href={documentPagePath(d.sha256)}>{t("documentPage")}</Link>
        <a href={d.url}>{documentKindOf(d.mediaType) === "pdf" || documentKindOf(d.mediaType) === "jpeg" || documentKindOf(d.mediaType) === "png" ? t("open") : t("download")}</a>
        {canRemove ? <RemoveDocument kind={kind} slug={slug} caseSlug={caseSlug} sha256={d.sha256} version={d.version} title={d.title} /> : null}
      </div>
    </li>
  );
}
