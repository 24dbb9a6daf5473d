/**
 * The line under a search result found inside a document (decision 050): the document, its page
 * linked, the cited source it came through, the passage with the word marked, in both languages.
 */
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { DocumentMatch } from "@/lib/core/document-passage";
import type { Locale } from "@/lib/core/locales";
import en from "@/messages/en.json";
import uk from "@/messages/uk.json";
import { DocumentMatchLine } from "./DocumentMatchLine";

const html = (match: DocumentMatch, locale: Locale = "en") =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "uk" ? uk : en} timeZone="Europe/Kyiv">
      <DocumentMatchLine match={match} />
    </NextIntlClientProvider>,
  );
const text = (markup: string) => markup.replace(/<[^>]+>/g, "");

const sha256 = "a".repeat(64);
const match: DocumentMatch = {
  sha256,
  title: "Judgment",
  mediaType: "application/pdf",
  page: 12,
  passage: { before: "…the grain was ", match: "requisitioned", after: " from the farms…" },
  href: `/api/v1/documents/${sha256}#page=12`,
  via: null,
};

describe("DocumentMatchLine", () => {
  it("names the document and its page, links to that page, and marks the word in the passage", () => {
    const markup = html(match);
    expect(markup).toContain(`href="/api/v1/documents/${sha256}#page=12"`);
    expect(markup).toContain("<mark>requisitioned</mark>");
    expect(text(markup)).toBe("Found in the attached document “Judgment”, page 12: …the grain was requisitioned from the farms…");
  });

  it("in Ukrainian, through a cited source, without a page for a text file", () => {
    const markup = html({ ...match, mediaType: "text/plain", page: null, href: `/api/v1/documents/${sha256}`, via: { kind: "source", slug: "gazette", title: "Офіційний вісник" } }, "uk");
    expect(text(markup)).toBe("Знайдено в доданому документі «Judgment» (доданому до цитованого джерела «Офіційний вісник»): …the grain was requisitioned from the farms…");
    expect(markup).not.toContain("#page=");
  });

  it("without a passage (a phrase matched, no single word), only the document", () => {
    expect(text(html({ ...match, passage: null }))).toBe("Found in the attached document “Judgment”, page 12");
  });
});
