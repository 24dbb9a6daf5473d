import { useLocale, useTranslations } from "next-intl";
import { shortFingerprint } from "@/lib/core/document-display";
import { documentPageUrl } from "@/lib/core/document-input";
import { labelsIn } from "@/lib/core/labels";
import { localizedPath } from "@/lib/core/locales";
import type { Citation } from "@/lib/core/views";
import { DemoBadge } from "./DemoBadge";
import { PartialDate } from "./PartialDate";

/**
 * How much of a citation to show:
 * - `full`: title (linked when it has a URL), publisher, date, kind of source, and the passage;
 * - `brief`: title and passage, for long lists where the publisher would repeat on every line;
 * - `compact`: title and publisher without the passage, for summaries whose detail page has it.
 */
export type CitationVariant = "full" | "brief" | "compact";

function Title({ citation }: { citation: Citation }) {
  return citation.url ? (
    <a href={citation.url} rel="noreferrer external">
      {citation.title}
    </a>
  ) : (
    <cite>{citation.title}</cite>
  );
}

/**
 * The source of one fact and the passage the fact rests on. A secondary source (kind OTHER: a news
 * report, a reproduction of a code) says so in its label and names who reported it, so it is never
 * mistaken for the official text.
 */
export function SourceCitation({
  citation,
  variant = "full",
  label,
}: {
  citation: Citation;
  variant?: CitationVariant;
  /** The line's label; "Source" (or "Secondary source") when not given. */
  label?: string;
}) {
  const t = useTranslations("Sources");
  const locale = useLocale();
  const demo =
    citation.kind === "SYNTHETIC" ? (
      <>
        {" "}
        <DemoBadge />
      </>
    ) : null;
  const secondary = citation.kind === "OTHER";
  return (
    <div className={`citation citation-${variant}${secondary ? " citation-secondary" : ""}`}>
      <p className="citation-line">
        <span className="citation-label">{label ?? (secondary ? t("secondarySource") : t("source"))}:</span> <Title citation={citation} />
        {variant !== "brief" && citation.publisher ? (
          <span className="citation-publisher">
            {secondary ? `, ${t("reportedBy")} ` : ", "}
            {citation.publisher}
          </span>
        ) : null}
        {variant === "full" && citation.publishedOn ? (
          <span className="citation-publisher">
            {" "}
            (<PartialDate value={citation.publishedOn} />)
          </span>
        ) : null}
        {/* The separators stand outside the unbroken phrases, so a narrow screen can break the line there. */}
        {variant === "full" ? <>{" · "}<span className="citation-kind">{secondary ? t("notOfficial") : labelsIn(locale).sourceKind[citation.kind]}</span></> : null}
        {variant === "full" ? <>{" · "}<span className="citation-kind"><a href={localizedPath(locale, `/sources/${citation.slug}`)}>{t("sourcePage")}</a></span></> : null}
        {demo}
      </p>
      {variant !== "compact" && (citation.locator || citation.document) ? (
        <p className="citation-locator">
          {citation.locator ? (
            <>
              <span className="citation-label">{t("passage")}:</span> {citation.locator}
            </>
          ) : null}
          {citation.document ? (
            <>
              {citation.locator ? ", " : null}
              <a className="citation-page" href={documentPageUrl(citation.document.sha256, citation.document.page)} title={citation.document.page ? t("pageTitle", { page: citation.document.page }) : t("inDocumentTitle")}>
                {citation.document.page ? t("page", { page: citation.document.page }) : t("inDocument")}
              </a>
              {/* The fingerprint stands on the citation (issue 18): whoever holds a copy can check it is this document, on its page. */}
              {" · "}
              <span className="citation-fingerprint">
                SHA-256{" "}
                <a href={localizedPath(locale, `/documents/${citation.document.sha256}`)} title={t("fingerprintTitle")} data-sha256={citation.document.sha256}>
                  <code>{shortFingerprint(citation.document.sha256)}</code>
                </a>
              </span>
            </>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}

/** Several sources for one fact, numbered when there is more than one. */
export function SourceList({ citations, variant = "full" }: { citations: Citation[]; variant?: CitationVariant }) {
  const t = useTranslations("Sources");
  if (citations.length === 0) return <p className="muted">{t("none")}</p>;
  if (citations.length === 1) return <SourceCitation citation={citations[0]!} variant={variant} />;
  return (
    <div className="source-list">
      <p className="citation-label">{t("sources")}:</p>
      <ol>
        {citations.map((c) => (
          <li key={c.slug}>
            <SourceCitation citation={c} variant={variant} />
          </li>
        ))}
      </ol>
    </div>
  );
}
