/**
 * A path on this site to send the user back to after signing in, or "/". A callback URL comes
 * from the query string, so anything that a browser would resolve to another origin is refused:
 * `//evil.com`, `/\evil.com` (browsers read `\` as `/`), tabs and newlines inside the scheme part,
 * absolute URLs.
 */
export function safeLocalPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || /[\\\u0000-\u001f\u007f]/.test(value)) return "/";
  const base = "http://tracker.invalid";
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return "/";
  }
  return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : "/";
}
