/**
 * A secondary source (kind OTHER: a news report, a reproduction of a code) must never read like the
 * official text: checked on the text React sends to the browser, for every variant.
 */
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/core/locales";
import type { Citation } from "@/lib/core/views";
import en from "@/messages/en.json";
import uk from "@/messages/uk.json";
import { SourceCitation, SourceList, type CitationVariant } from "./SourceCitation";

const text = (element: React.ReactElement, locale: Locale = "en") =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "uk" ? uk : en} timeZone="Europe/Kyiv">
      {element}
    </NextIntlClientProvider>,
  )
    .replace(/<[^>]+>/g, "")
    .replace(/&#x27;/g, "'");

const report: Citation = {
  slug: "a-news-report",
  kind: "OTHER",
  title: "Ukraine amends its Criminal Code",
  publisher: "Example News",
  authors: null,
  url: "https://news.example/amendment",
  publishedOn: { date: "2024-10-01", precision: "MONTH" },
  locator: "Third paragraph",
};
const official: Citation = { ...report, slug: "the-gazette", kind: "OFFICIAL", title: "Law No. 1 of Ukraine", publisher: "Verkhovna Rada" };

describe("a secondary source", () => {
  it.each<CitationVariant>(["full", "brief", "compact"])("is labelled secondary in the %s variant", (variant) => {
    const shown = text(<SourceCitation citation={report} variant={variant} />);
    expect(shown).toMatch(/^Secondary source: Ukraine amends its Criminal Code/);
    expect(shown).not.toContain("Official");
  });

  it("names who reported it and says it is not an official text", () => {
    expect(text(<SourceCitation citation={report} />)).toBe(
      "Secondary source: Ukraine amends its Criminal Code, reported by Example News (October 2024) · secondary, not an official text · about this source" + "Passage: Third paragraph",
    );
  });

  it("links the source's own page (its copies, or where its official text is), in the page's language", () => {
    const markup = renderToStaticMarkup(
      <NextIntlClientProvider locale="uk" messages={uk} timeZone="Europe/Kyiv">
        <SourceCitation citation={report} />
      </NextIntlClientProvider>,
    );
    expect(markup).toContain('<a href="/uk/sources/a-news-report">про це джерело</a>');
  });

  it("says so in Ukrainian too", () => {
    expect(text(<SourceCitation citation={report} />, "uk")).toBe(
      "Вторинне джерело: Ukraine amends its Criminal Code, за повідомленням Example News (жовтень 2024 р.) · вторинне, не офіційний текст · про це джерело" + "Уривок: Third paragraph",
    );
  });

  it("reads as secondary in a list of sources beside an official one", () => {
    const shown = text(<SourceList citations={[official, report]} />);
    expect(shown).toContain("Source: Law No. 1 of Ukraine, Verkhovna Rada (October 2024) · Official source");
    expect(shown).toContain("Secondary source: Ukraine amends its Criminal Code, reported by Example News");
  });
});

describe("an official source", () => {
  it("keeps its label and kind", () => {
    const shown = text(<SourceCitation citation={official} variant="full" />);
    expect(shown).toMatch(/^Source: Law No. 1 of Ukraine, Verkhovna Rada/);
    expect(shown).not.toContain("reported by");
    expect(shown).not.toContain("Secondary");
  });
});

describe("a passage in an attached document", () => {
  const sha256 = "ab".repeat(32);
  const cited: Citation = { ...official, locator: "«Article 438»", document: { sha256, page: 12 } };
  const html = (citation: Citation, locale: Locale) =>
    renderToStaticMarkup(
      <NextIntlClientProvider locale={locale} messages={locale === "uk" ? uk : en} timeZone="Europe/Kyiv">
        <SourceCitation citation={citation} />
      </NextIntlClientProvider>,
    );

  it("shows the quote and the page, linking to that page of the document, in both languages", () => {
    expect(text(<SourceCitation citation={cited} />)).toContain("Passage: «Article 438», p. 12");
    expect(text(<SourceCitation citation={cited} />, "uk")).toContain("Уривок: «Article 438», с. 12");
    for (const locale of ["en", "uk"] as const) expect(html(cited, locale)).toContain(`href="/api/v1/documents/${sha256}#page=12"`);
  });

  it("carries the document's fingerprint, linked to the document's page where a copy can be checked", () => {
    expect(text(<SourceCitation citation={cited} />)).toContain("p. 12 · SHA-256 ababababab…ababab");
    expect(html(cited, "en")).toContain(`href="/en/documents/${sha256}"`);
    expect(html(cited, "uk")).toContain(`href="/uk/documents/${sha256}"`);
    expect(html({ ...cited, document: null }, "en")).not.toContain("SHA-256");
  });

  it("links the document itself when no page is given, and shows no link without a document", () => {
    expect(html({ ...cited, document: { sha256, page: null } }, "en")).toContain(`href="/api/v1/documents/${sha256}"`);
    expect(text(<SourceCitation citation={{ ...cited, document: { sha256, page: null } }} />)).toContain("«Article 438», in the document");
    expect(html({ ...cited, document: null }, "en")).not.toContain("/api/v1/documents/");
  });
});
