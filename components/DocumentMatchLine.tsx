import { useTranslations } from "next-intl";
import type { DocumentMatch } from "@/lib/core/document-passage";

/**
 * Under a search result found by words inside a document (decision 050): which document, on
 * which page (a link to that page), attached to which cited source when not to the record itself,
 * and the passage with the matching word marked. The passage is the document's language, as written.
 */
export function DocumentMatchLine({ match }: { match: DocumentMatch }) {
  const t = useTranslations("DocumentMatch");
  return (
    <p className="document-match" data-document-match={match.sha256}>
      <a href={match.href}>
        {t("inDocument", { title: match.title })}
        {match.page !== null ? `, ${t("onPage", { page: match.page })}` : null}
      </a>
      {match.via ? ` (${t("viaSource", { source: match.via.title })})` : null}
      {match.passage ? (
        <>
          {": "}
          <q aria-label={t("passageLabel")}>
            {match.passage.before}
            <mark>{match.passage.match}</mark>
            {match.passage.after}
          </q>
        </>
      ) : null}
    </p>
  );
}
