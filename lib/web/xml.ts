/**
 * A tiny XML escaper for the feeds the tracker writes by hand. Text and attribute values both go
 * through `escapeXml`; characters XML 1.0 forbids (most control characters, lone surrogates) are
 * dropped, since no escape can make them well-formed.
 */

// Tab, newline and carriage return are allowed; the other C0 controls, U+FFFE/U+FFFF and lone
// surrogates are not (XML 1.0, section 2.2).
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text safe inside an element or a quoted attribute value. */
export function escapeXml(value: string): string {
  return value.replace(FORBIDDEN, "").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** `<name attr="…">text</name>`, every attribute and the text escaped; `<name/>` without text. */
export function element(name: string, attributes: Record<string, string | undefined>, text?: string): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join("");
  return text === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${escapeXml(text)}</${name}>`;
}
