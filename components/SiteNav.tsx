"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

const LINKS = [
  { href: "/", label: "home" },
  { href: "/which-forum", label: "whichForum" },
  { href: "/coverage", label: "coverage" },
  { href: "/forums", label: "forums" },
  { href: "/crimes", label: "crimes" },
  { href: "/milestones", label: "milestones" },
  { href: "/cases", label: "cases" },
] as const;

/** The main navigation; a client component only to mark the current section. */
export function SiteNav() {
  // The path without its language ("/cases", not "/uk/cases").
  const pathname = usePathname() ?? "/";
  const t = useTranslations("Nav");
  return (
    <nav aria-label={t("label")} className="site-nav">
      <ul>
        {LINKS.map(({ href, label }) => {
          const current = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link href={href} aria-current={current ? (pathname === href ? "page" : "location") : undefined}>
                {t(label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
