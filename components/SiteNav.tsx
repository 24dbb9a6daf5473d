"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/", label: "Home" },
  { href: "/which-forum", label: "Which forum?" },
  { href: "/coverage", label: "Coverage" },
  { href: "/forums", label: "Forums" },
  { href: "/crimes", label: "Crimes" },
  { href: "/milestones", label: "Milestones" },
  { href: "/cases", label: "Cases" },
] as const;

/** The main navigation; a client component only to mark the current section. */
export function SiteNav() {
  const pathname = usePathname() ?? "/";
  return (
    <nav aria-label="Main" className="site-nav">
      <ul>
        {LINKS.map(({ href, label }) => {
          const current = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link href={href} aria-current={current ? (pathname === href ? "page" : "location") : undefined}>
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
