import type { Viewport } from "next";

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Every page reads the database at request time; nothing is prerendered at build.
export const dynamic = "force-dynamic";

/**
 * The document itself (<html lang>) is written by app/[locale]/layout.tsx, which knows the
 * language; this root only passes its children through, as next-intl's routing expects.
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
