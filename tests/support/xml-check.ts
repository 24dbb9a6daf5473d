/**
 * A minimal XML well-formedness check for tests (no parser dependency): one root element, tags
 * nested and closed in order, attributes quoted, no raw `<` or stray `&` in text or attributes.
 * Returns the problems found ([] when well-formed) and the elements seen, by path.
 */
export type XmlCheck = { problems: string[]; elements: { name: string; attributes: Record<string, string>; text: string }[] };

const NAME = "[A-Za-z_][\\w.:-]*";
const TAG = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`);
const ATTR = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, "g");
const BAD_AMP = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos);/g, (_m, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e]!);

export function checkXml(xml: string): XmlCheck {
  const problems: string[] = [];
  const elements: XmlCheck["elements"] = [];
  let rest = xml.replace(/^\uFEFF?<\?xml[^?]*\?>\s*/, "");
  const stack: XmlCheck["elements"][number][] = [];
  let roots = 0;
  while (rest.length > 0) {
    const lt = rest.indexOf("<");
    const text = lt === -1 ? rest : rest.slice(0, lt);
    if (text) {
      if (BAD_AMP.test(text)) problems.push(`a stray & in text: ${text.slice(0, 60)}`);
      if (stack.length === 0 && text.trim()) problems.push(`text outside the root: ${text.slice(0, 60)}`);
      const top = stack.at(-1);
      if (top) top.text += decode(text);
    }
    if (lt === -1) break;
    rest = rest.slice(lt);
    const match = TAG.exec(rest);
    if (!match) {
      problems.push(`a malformed tag at: ${rest.slice(0, 60)}`);
      break;
    }
    const [whole, closing, name, attrText, selfClosing] = match as unknown as [string, string, string, string, string];
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== name) problems.push(`</${name}> closes <${open?.name ?? "nothing"}>`);
    } else {
      const attributes: Record<string, string> = {};
      for (const a of attrText.matchAll(ATTR)) {
        const value = a[2] ?? a[3] ?? "";
        if (BAD_AMP.test(value)) problems.push(`a stray & in attribute ${a[1]}`);
        if (a[1]! in attributes) problems.push(`attribute ${a[1]} repeated on <${name}>`);
        attributes[a[1]!] = decode(value);
      }
      if (stack.length === 0) roots += 1;
      const el = { name, attributes, text: "" };
      elements.push(el);
      if (!selfClosing) stack.push(el);
    }
    rest = rest.slice(whole.length);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.map((e) => e.name).join(", ")}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return { problems, elements };
}
