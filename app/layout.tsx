import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Accountability tracker", template: "%s · Accountability tracker" },
  description: "Which forum covers which atrocity crime of the war in Ukraine, and what changed when.",
};

// Every page reads the database at request time; nothing is prerendered at build.
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
