/**
 * The Content Security Policy of every page, with the nonce of the answer it goes with: no script
 * runs unless it is the app's own file or carries the nonce Next put on its own inline scripts
 * (`'strict-dynamic'` lets those load the chunks they need). Styles keep 'unsafe-inline': React
 * writes style attributes, and a style cannot run script.
 */
export function contentSecurityPolicy({ nonce, development }: { nonce: string; development: boolean }): string {
  return [
    "default-src 'self'",
    // React's refresh evaluates code in development only.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
