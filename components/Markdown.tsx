import type { ComponentPropsWithoutRef, ReactNode } from "react";
import ReactMarkdown, { defaultUrlTransform, type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { useTranslations } from "next-intl";
import styles from "./Markdown.module.css";

/**
 * Markdown written by analysts, rendered safely (docs/decisions/010-annotations.md):
 * - raw HTML is never interpreted: it is shown as the text that was typed (`<script>` appears as
 *   the characters "<script>"), so a reader sees exactly what the author wrote;
 * - links keep only web, e-mail and relative addresses (react-markdown's default `urlTransform`
 *   empties `javascript:`, `data:`, `vbscript:`…); a link whose address was removed is shown as
 *   its text with "(link removed)"; kept links get rel="nofollow noopener noreferrer";
 * - images are not loaded (a remote image tells its host who reads the note): they are shown as
 *   a link to the image, labelled with its description;
 * - headings are shifted down (# becomes h4) so a note never breaks the page's outline;
 * - GFM: tables (scrolling inside their box on a phone), strikethrough, task lists, autolinks.
 *
 * Works in server and client components (the conflict view renders the other editor's text).
 */

type MdNode = { type: string; value?: string; children?: MdNode[]; data?: { hProperties?: Record<string, unknown> } };

const FLOW_PARENTS = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);

/** Turns every HTML node into text: inline HTML into a text node, a block of HTML into a paragraph. */
function remarkHtmlAsText() {
  const walk = (node: MdNode) => {
    if (!node.children) return;
    node.children = node.children.map((child) => {
      if (child.type !== "html") {
        walk(child);
        return child;
      }
      const text = { type: "text", value: child.value ?? "" };
      return FLOW_PARENTS.has(node.type) ? { type: "paragraph", data: { hProperties: { className: ["md-html"] } }, children: [text] } : text;
    });
  };
  return (tree: MdNode) => walk(tree);
}

const REL = "nofollow noopener noreferrer";

type WithNode<T extends keyof React.JSX.IntrinsicElements> = ComponentPropsWithoutRef<T> & { node?: unknown };

function Link({ node: _node, href, children, ...rest }: WithNode<"a">) {
  if (!href) {
    return (
      <span className="md-link-removed">
        {children} <LinkRemoved />
      </span>
    );
  }
  return (
    <a {...rest} href={href} rel={REL}>
      {children}
    </a>
  );
}

function LinkRemoved() {
  return <span className="muted small">{useTranslations("Markdown")("linkRemoved")}</span>;
}

function Image({ src, alt }: WithNode<"img">) {
  const t = useTranslations("Markdown");
  const label: ReactNode = t("image", { description: alt?.trim() || t("noDescription") });
  if (typeof src !== "string" || !src) return <span className="md-image">[{label} {t("addressRemoved")}]</span>;
  return (
    <a className="md-image" href={src} rel={REL} title={t("imageNotLoaded")}>
      [{label}]
    </a>
  );
}

const heading = (Tag: "h4" | "h5" | "h6") =>
  function Heading({ node: _node, ...props }: WithNode<"h4">) {
    return <Tag {...props} />;
  };

const components: Components = {
  a: Link,
  img: Image,
  h1: heading("h4"),
  h2: heading("h5"),
  h3: heading("h6"),
  h4: heading("h6"),
  h5: heading("h6"),
  h6: heading("h6"),
  table: ({ node: _node, ...props }) => (
    <div className="md-table">
      <table {...props} />
    </div>
  ),
};

/** Web, e-mail and relative addresses only (react-markdown's default policy). */
function urlTransform(url: string): string {
  return defaultUrlTransform(url);
}

export function Markdown({ children, className }: { children: string; className?: string }) {
  return (
    <div className={[styles.markdown, className].filter(Boolean).join(" ")}>
      <ReactMarkdown remarkPlugins={[remarkGfm, remarkHtmlAsText]} components={components} urlTransform={urlTransform} skipHtml={false}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
