import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// The Content Security Policy is set per answer by proxy.ts, with the nonce of Next's inline scripts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];

/** The API's answers are data, never a page: nothing in them may run or load. */
const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

const nextConfig: NextConfig = {
  // The database drivers are loaded by Node, not bundled: PGlite ships a WASM build and data files,
  // and one copy of each driver lets the server close the embedded database on shutdown.
  // pdf.js loads its worker module by a path of its own at run time, which a bundle would not hold.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg", "pdfjs-dist"],
  poweredByHeader: false,
  // proxy.ts must see what Next would hide from it: the client router's headers and its \`_rsc\`
  // parameter, so that the visitors' page cache never answers the router with a page.
  skipProxyUrlNormalize: true,
  // `npm test` type-checks the whole tree with tsc first; a second pass inside `next build` would
  // only double the start-up build time on a 2-core machine.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      // Not a document's bytes (/api/v1/documents/{sha256}): their route sets its own, so that its
      // page may show a PDF in a frame (docs/decisions/052-documents-in-the-browser.md).
      { source: "/:path((?!api/v1/documents/[0-9a-f]+$).*)", headers: securityHeaders },
      // The API answers data, never a page: nothing in it may run or load. (Pages get theirs from proxy.ts.)
      // Not a document's bytes: their route sets its own (a sandbox for what is not shown inline).
      { source: "/api/:path((?!v1/documents/).*)", headers: [{ key: "Content-Security-Policy", value: API_POLICY }] },
    ];
  },
};

// next-intl finds each request's messages through lib/i18n/request.ts.
export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
