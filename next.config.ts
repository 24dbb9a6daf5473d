import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The database drivers are loaded by Node, not bundled: PGlite ships a WASM build and data files,
  // and one copy of each driver lets the server close the embedded database on shutdown.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // `npm test` type-checks the whole tree with tsc first; a second pass inside `next build` would
  // only double the start-up build time on a 2-core machine.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
