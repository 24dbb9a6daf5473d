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
  if (url.origin !== base) return "/";
  // Dot segments can normalise to a path that starts with "//" (`/.//evil.com`), which a browser
  // reads as another host: such a result is refused too.
  if (url.pathname.startsWith("//")) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
