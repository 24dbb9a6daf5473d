/**
 * base64url (RFC 4648 §5, unpadded) of UTF-8 text: the encoding of the list's and the timeline's
 * cursors, by Node's Buffer. Cursors are made and read on the server only (pages and API routes);
 * a client component must not call these.
 */
export function toBase64Url(text: string): string {
  return Buffer.from(text, "utf8").toString("base64url");
}

/** The JSON value a cursor encodes, or undefined when `text` is not base64url of UTF-8 JSON (a damaged or made-up cursor). */
export function fromBase64UrlJson(text: string): unknown {
  // Buffer skips characters outside the alphabet and a dangling last one: such a cursor was not ours.
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return undefined;
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(text, "base64url")));
  } catch {
    return undefined;
  }
}
