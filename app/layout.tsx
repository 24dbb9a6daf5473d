import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { SessionLink } from "@/components/SessionLink";
import { SiteNav } from "@/components/SiteNav";
import { currentUser } from "@/lib/server/queries/session";
import "./globals.css";

export const metadata: Metadata = {
  // "Accountability tracker" in every title: short in a browser tab, and what the smoke test looks for.
  title: { default: "Accountability tracker: Ukraine’s accountability architecture", template: "%s · Accountability tracker" },
  description: "Which forum covers which atrocity crime of the war in Ukraine, under which provision, and what changed when.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Every page reads the database at request time; nothing is prerendered at build.
export const dynamic = "force-dynamic";

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <header className="site-header">
          <div className="wrap header-inner">
            <Link href="/" className="site-name">
              Accountability Architecture Tracker
              <span className="site-tagline">Ukraine: ICC · Special Tribunal · national courts</span>
            </Link>
            <SiteNav />
            <SessionLink user={user} />
          </div>
        </header>
        <main id="main" tabIndex={-1} className="wrap site-main">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>
              <strong>Every fact cites its source.</strong> Each rule, milestone and description names the source it
              rests on and the passage it comes from. Dates are shown only as precisely as the source gives them.
            </p>
            <p className="muted">
              A research aid for legal analysts, not legal advice. Rules are listed as recorded; check the cited
              provision before relying on it.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
