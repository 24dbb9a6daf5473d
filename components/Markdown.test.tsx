/**
 * Analysts' Markdown is rendered without letting HTML, scripts, dangerous links or remote images
 * through: checked on the markup React sends to the browser.
 */
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import uk from "@/messages/uk.json";
import { Markdown } from "./Markdown";

const html = (md: string, locale: "en" | "uk" = "en") =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "uk" ? uk : en} timeZone="Europe/Kyiv">
      <Markdown>{md}</Markdown>
    </NextIntlClientProvider>,
  );

/**
 * No element or attribute that could run code or load something. Only real tags are checked:
 * text that merely shows "<script>" is escaped (&lt;) and is what we want.
 */
function expectInert(markup: string) {
  const tags = markup.match(/<[^>]*>/g) ?? [];
  for (const tag of tags) {
    expect(tag).not.toMatch(/^<\/?(script|iframe|img|object|embed|svg|style|form|input|video|audio|source|link|meta|base)\b/i);
    expect(tag).not.toMatch(/\son\w+\s*=/i);
    expect(tag).not.toMatch(/\sstyle\s*=/i);
    expect(tag).not.toMatch(/\s(href|src|action|formaction|srcset)="\s*(javascript|data|vbscript):/i);
  }
}

describe("raw HTML is shown as typed, never interpreted", () => {
  it.each([
    ["a script block", "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["an image with onerror, inline", "Text <img src=x onerror=alert(1)> more", "Text &lt;img src=x onerror=alert(1)&gt; more"],
    ["an iframe", '<iframe src="https://evil.example"></iframe>', "&lt;iframe src=&quot;https://evil.example&quot;&gt;&lt;/iframe&gt;"],
    ["an anchor with a javascript: href", '<a href="javascript:alert(1)">click</a>', "&lt;a href=&quot;javascript:alert(1)&quot;&gt;click&lt;/a&gt;"],
    ["an svg with onload", "<svg onload=alert(1)></svg>", "&lt;svg onload=alert(1)&gt;&lt;/svg&gt;"],
    ["a style attribute", '<p style="position:fixed">x</p>', "&lt;p style=&quot;position:fixed&quot;&gt;x&lt;/p&gt;"],
    ["an HTML comment", "before <!-- hidden --> after", "before &lt;!-- hidden --&gt; after"],
    ["a script inside a list item", "- <script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
  ])("%s", (_name, md, shown) => {
    const markup = html(md);
    expectInert(markup);
    expect(markup).toContain(shown);
  });

  it("keeps the lines of a block of HTML", () => {
    expect(html("<div>\n*hi*\n</div>")).toContain('<p class="md-html">&lt;div&gt;\n*hi*\n&lt;/div&gt;</p>');
  });
});

describe("links", () => {
  it.each([
    ["javascript:", "[x](javascript:alert(1))"],
    ["javascript: in mixed case", "[x](JaVaScRiPt:alert(1))"],
    ["javascript: behind an entity", "[x](&#106;avascript:alert(1))"],
    ["data:", "[x](data:text/html,<script>alert(1)</script>)"],
    ["data: base64", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
    ["vbscript:", "[x](vbscript:msgbox(1))"],
    ["a javascript: autolink", "<javascript:alert(1)>"],
    ["a reference link to javascript:", "[x][r]\n\n[r]: javascript:alert(1)"],
  ])("a %s link loses its address and says so", (_name, md) => {
    const markup = html(md);
    expectInert(markup);
    expect(markup).not.toContain("<a ");
    expect(markup).toContain("(link removed");
  });

  it("a javascript: link with a space in it is no link at all, only text", () => {
    const markup = html("[x](java\tscript:alert(1))");
    expectInert(markup);
    expect(markup).not.toContain("<a ");
  });

  it.each([
    ["a web link", "[ICC](https://www.icc-cpi.int/)", "https://www.icc-cpi.int/"],
    ["an autolink", "<https://example.org/a>", "https://example.org/a"],
    ["a bare www address (GFM)", "see www.example.com", "http://www.example.com"],
    ["a bare https address (GFM)", "see https://example.org/b", "https://example.org/b"],
    ["an e-mail autolink", "<someone@example.org>", "mailto:someone@example.org"],
    ["a link within the tracker", "[case](/cases/some-case)", "/cases/some-case"],
  ])("%s is kept, with rel=nofollow noopener noreferrer", (_name, md, href) => {
    const markup = html(md);
    expectInert(markup);
    expect(markup).toContain(`<a href="${href}" rel="nofollow noopener noreferrer">`);
  });
});

describe("images are not loaded", () => {
  it.each([
    ["a remote image becomes a link to it", "![tracking pixel](https://evil.example/p.png)", '<a class="md-image" href="https://evil.example/p.png" rel="nofollow noopener noreferrer"', "[Image: tracking pixel]"],
    ["an image without a description", "![](https://example.org/p.png)", 'href="https://example.org/p.png"', "[Image: no description]"],
    ["a data: image loses its address", "![x](data:image/png;base64,AAAA)", '<span class="md-image">', "[Image: x (address removed)]"],
    ["a javascript: image loses its address", "![x](javascript:alert(1))", '<span class="md-image">', "[Image: x (address removed)]"],
  ])("%s", (_name, md, element, label) => {
    const markup = html(md);
    expectInert(markup);
    expect(markup).toContain(element);
    expect(markup).toContain(label);
  });
});

describe("Markdown a lawyer writes", () => {
  it.each([
    ["emphasis", "**Arrest warrant** issued, _in absentia_", "<strong>Arrest warrant</strong> issued, <em>in absentia</em>"],
    ["a list", "- one\n- two", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>"],
    ["strikethrough (GFM)", "~~withdrawn~~", "<del>withdrawn</del>"],
    ["a heading, shifted below the page's own", "# Hearing\n## Outcome\n### Detail", "<h4>Hearing</h4>\n<h5>Outcome</h5>\n<h6>Detail</h6>"],
    ["a table in a scrolling box", "| a | b |\n|---|---|\n| 1 | 2 |", '<div class="md-table"><table><thead><tr><th>a</th><th>b</th></tr></thead>'],
    ["code", "`Article 28`", "<code>Article 28</code>"],
    ["a quotation", "> the superior knew or should have known", "<blockquote>\n<p>the superior knew or should have known</p>\n</blockquote>"],
    ["Ukrainian text", "Справа щодо **командира**", "Справа щодо <strong>командира</strong>"],
  ])("%s", (_name, md, expected) => {
    const markup = html(md);
    expectInert(markup);
    expect(markup).toContain(expected);
  });
});

describe("in Ukrainian", () => {
  it("says in Ukrainian that an image is not loaded and a link was removed", () => {
    const out = html("![Карта](https://example.org/map.png) [клік](javascript:alert(1))", "uk");
    expect(out).toContain("[Зображення: Карта]");
    expect(out).toContain("Зображення в нотатках не завантажуються");
    expect(out).toContain("(посилання вилучено:");
    expectInert(out);
  });
});
