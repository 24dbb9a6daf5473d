import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { DemoBadge } from "@/components/DemoBadge";
import { PartialDate } from "@/components/PartialDate";
import { DocumentsSection, documentNoticeOf } from "@/components/documents/DocumentsSection";
import { labelsIn } from "@/lib/core/labels";
import type { Locale } from "@/lib/core/locales";
import { Link } from "@/lib/i18n/navigation";
import { ShownText } from "@/components/ShownText";
import { recordTitlesIn } from "@/lib/server/queries/record-titles";
import { getSourcePage } from "@/lib/server/queries/source-page";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await getSourcePage((await params).slug);
  return { title: source ? source.citation.title : (await getTranslations("Documents.source"))("notFoundTitle") };
}

/**
 * A source: what it is, where its text is published, what cites it, and the copies of it attached
 * here (docs/decisions/052-documents-in-the-browser.md). Without a copy it says where the official
 * text is, so a reader is never left with a title alone.
 */
export default async function SourcePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const [source, t, tDocuments, locale] = await Promise.all([getSourcePage(slug), getTranslations("Documents.source"), getTranslations("Sources"), getLocale() as Promise<Locale>]);
  if (!source) notFound();
  const titleOf = await recordTitlesIn(locale, [...source.cases, ...source.milestones].map((r) => r.record));
  const { citation: s } = source;
  const secondary = s.kind === "OTHER";
  const link = (chunks: React.ReactNode) => (
    <a href={s.url!} rel="noreferrer external">
      {chunks}
    </a>
  );
  const empty = s.url ? (
    <p data-testid="official-copy">{t.rich(s.kind === "OFFICIAL" ? "officialText" : "publishedText", { url: s.url, link })}</p>
  ) : (
    <p className="muted">{t("noAddress")}</p>
  );
  return (
    <>
      <Breadcrumbs trail={[{ label: s.title }]} />
      <p className="eyebrow">{t("eyebrow")}</p>
      <h1>
        {s.title} {s.kind === "SYNTHETIC" ? <DemoBadge /> : null}
      </h1>
      <dl className="facts facts-grid">
        <div>
          <dt>{t("kind")}</dt>
          <dd>{secondary ? tDocuments("notOfficial") : labelsIn(locale).sourceKind[s.kind]}</dd>
        </div>
        {s.publisher ? (
          <div>
            <dt>{t("publisher")}</dt>
            <dd>{s.publisher}</dd>
          </div>
        ) : null}
        {s.publishedOn ? (
          <div>
            <dt>{t("published")}</dt>
            <dd>
              <PartialDate value={s.publishedOn} />
            </dd>
          </div>
        ) : null}
        {s.url ? (
          <div>
            <dt>{t("address")}</dt>
            <dd style={{ overflowWrap: "anywhere" }}>{link(s.url)}</dd>
          </div>
        ) : null}
      </dl>
      <DocumentsSection kind="source" slug={s.slug} notice={documentNoticeOf((await searchParams).document)} empty={empty} />
      <section aria-labelledby="cited-heading" className="section">
        <h2 id="cited-heading">{t("citedBy")}</h2>
        {source.cases.length + source.milestones.length === 0 ? (
          <p className="muted">{t("notCited")}</p>
        ) : (
          <ul>
            {source.cases.map((c) => (
              <li key={`c-${c.slug}`}>
                {t("citedCase")}: <Link href={`/cases/${c.slug}`}>
                  <ShownText value={titleOf(c.record)} />
                </Link>
                {c.locator ? <span className="muted"> · {tDocuments("passage")}: {c.locator}</span> : null}
              </li>
            ))}
            {source.milestones.map((m) => (
              <li key={`m-${m.slug}`}>
                {t("citedMilestone")}: <Link href={`/milestones/${m.slug}`}>
                  <ShownText value={titleOf(m.record)} />
                </Link>
                {m.locator ? <span className="muted"> · {tDocuments("passage")}: {m.locator}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
