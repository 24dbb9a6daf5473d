/**
 * base64url (RFC 4648 §5, unpadded) of UTF-8 text: the encoding of the list's and the timeline's
 * cursors. Pure and the same in the browser and on the server.
 */
export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The text, or null when `text` is not base64url of UTF-8 (a damaged or made-up cursor). */
export function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** The JSON value a cursor encodes, or undefined when `text` is not base64url of JSON. */
export function fromBase64UrlJson(text: string): unknown {
  const json = fromBase64Url(text);
  if (json === null) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}
