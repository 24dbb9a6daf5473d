import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageMessages } from "@/components/PageMessages";
import { CheckFile } from "@/components/documents/CheckFile";
import { CopyButton } from "@/components/documents/CopyButton";
import styles from "@/components/documents/documents.module.css";
import { attachablePath, documentKindOf, documentPreviewOf, groupedFingerprint, shortFingerprint, sizeIn } from "@/lib/core/document-display";
import type { Locale } from "@/lib/core/locales";
import { formatMinute } from "@/lib/core/timestamps";
import { Link } from "@/lib/i18n/navigation";
import { hasRole, timeZoneOf } from "@/lib/server/actor";
import { currentActor } from "@/lib/server/auth";
import { documentUrl } from "@/lib/server/documents/document-record";
import { getDocumentPage } from "@/lib/server/documents/document-page";
import { recordTitlesIn } from "@/lib/server/queries/record-titles";
import { ShownText } from "@/components/ShownText";

type Props = { params: Promise<{ sha256: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { sha256 } = await params;
  const [page, t] = await Promise.all([getDocumentPage({ actor: await currentActor(), sha256 }), getTranslations("Documents.page")]);
  return page ? { title: `${page.attachments[0]?.title ?? shortFingerprint(sha256)} · ${t("eyebrow")}` } : { title: t("notFoundTitle"), robots: { index: false } };
}

/**
 * A document (docs/decisions/052-documents-in-the-browser.md): what it is, its fingerprint in full,
 * the records it is attached to, the document itself (a PDF in a frame, a scan as an image; HTML
 * and text only as a download, never rendered in the tracker's origin), where its text extraction
 * stands, and a check of a file the reader holds, computed in their browser.
 */
export default async function DocumentPage({ params }: Props) {
  const { sha256 } = await params;
  const actor = await currentActor();
  const [page, t, tDocuments, locale] = await Promise.all([getDocumentPage({ actor, sha256 }), getTranslations("Documents.page"), getTranslations("Documents"), getLocale() as Promise<Locale>]);
  if (!page) notFound();
  const titleOf = await recordTitlesIn(locale, page.attachments.flatMap((a) => (a.record ? [a.record] : [])));
  const title = page.attachments[0]?.title ?? shortFingerprint(sha256);
  const kind = tDocuments(`kind.${documentKindOf(page.mediaType)}`);
  const size = sizeIn(page.size, locale);
  const preview = documentPreviewOf(page.mediaType);
  const url = documentUrl(page.sha256);
  const zone = timeZoneOf(actor);
  const showUploader = hasRole(actor, "VIEWER");
  const state = (["QUEUED", "DONE", "FAILED", "NO_TEXT_LAYER"] as const).find((s) => s === page.text.state) ?? "QUEUED";
  return (
    <PageMessages namespaces={["Documents"]}>
      <Breadcrumbs trail={[{ label: title }]} />
      <p className="eyebrow">{t("eyebrow")}</p>
      <h1 style={{ overflowWrap: "anywhere" }}>{title}</h1>
      <p className="lead">{t("what", { kind, size })}</p>

      <section aria-labelledby="fingerprint-heading" className="section">
        <h2 id="fingerprint-heading">{t("fingerprintHeading")}</h2>
        <code className={styles.bigFingerprint} data-testid="document-fingerprint" data-sha256={page.sha256} aria-label={page.sha256}>
          {groupedFingerprint(page.sha256)}
        </code>
        <p className={styles.actions}>
          <CopyButton value={page.sha256} />
        </p>
        <p className="muted small">{t("fingerprintExplain")}</p>
      </section>

      <section aria-labelledby="check-heading" className="section">
        <h2 id="check-heading">{t("checkHeading")}</h2>
        <p>{t("checkExplain")}</p>
        <CheckFile sha256={page.sha256} />
        <p className="muted small">{t("checkYourself")}</p>
      </section>

      <section aria-labelledby="attached-heading" className="section">
        <h2 id="attached-heading">{t("attachedHeading")}</h2>
        <ul data-testid="document-attachments">
          {page.attachments.map((a) => {
            const date = formatMinute(a.uploadedAt, zone, locale);
            return (
              <li key={`${a.kind}-${a.slug}-${a.note ?? ""}`}>
                {t(`attachedKind.${a.kind}`)}: <Link href={a.note ? `${attachablePath("note", a.note, a.slug)}#note-${a.note}` : attachablePath(a.kind, a.slug)}>{a.record ? <ShownText value={titleOf(a.record)} /> : a.recordTitle}</Link>{" "}
                <span className="muted">
                  {a.title !== a.recordTitle ? `${t("attachedAs", { title: a.title })} · ` : null}
                  {a.language === "uk" || a.language === "en" ? tDocuments(`language.${a.language}`) : tDocuments("language.none")} ·{" "}
                  {showUploader ? tDocuments("attachedOnBy", { date, name: a.uploadedBy ?? tDocuments("byOperator") }) : tDocuments("attachedOn", { date })}
                </span>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="view-heading" className="section">
        <h2 id="view-heading">{t("viewHeading")}</h2>
        {preview === "frame" ? (
          <>
            <p>
              <a href={url} target="_blank" rel="noopener">
                {t("openSeparately")}
              </a>{" "}
              · <a href={url} download>{t("downloadFile", { size })}</a>
            </p>
            <iframe src={url} title={t("frameTitle", { title })} className={styles.frame} data-testid="document-frame" />
          </>
        ) : preview === "image" ? (
          <>
            <p>
              <a href={url} download>
                {t("downloadFile", { size })}
              </a>
            </p>
            {/* eslint-disable-next-line @next/next/no-img-element -- the document's own bytes, from the API, at their size */}
            <img src={url} alt={t("imageAlt", { title })} className={styles.image} data-testid="document-image" />
          </>
        ) : (
          <>
            <p>{t("downloadOnly")}</p>
            <p>
              <a href={url} download className="button-link" data-testid="document-download">
                {t("downloadFile", { size })}
              </a>
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="text-heading" className="section">
        <h2 id="text-heading">{t("textHeading")}</h2>
        <p data-testid="document-text-state">
          {tDocuments(`text.${state}`)}
          {page.text.reason && (state === "FAILED" || state === "NO_TEXT_LAYER") ? ` (${tDocuments("textReason", { reason: page.text.reason })})` : null}
        </p>
        {/* The text the search reads, so a reader can see what a match was found in. */}
        {state === "DONE" ? (
          <p>
            <a href={`${url}/text`} data-testid="document-text-link">
              {t("readText")}
            </a>
          </p>
        ) : null}
      </section>
    </PageMessages>
  );
}
