"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { LOCALE_NAMES, LOCALES } from "@/lib/core/locales";
import { Link, usePathname } from "@/lib/i18n/navigation";

/**
 * The same page in the other language, with its filters (the query) kept. Following the link sets
 * the language cookie, so an address without a language later opens in the one chosen here.
 */
export function LanguageSwitch() {
  const locale = useLocale();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const t = useTranslations("Layout");
  const href = query ? `${pathname}?${query}` : pathname;
  return (
    <nav aria-label={t("language")} className="language-switch">
      <ul>
        {LOCALES.map((other) => (
          <li key={other}>
            {other === locale ? (
              <span aria-current="true" lang={other}>
                {LOCALE_NAMES[other]}
              </span>
            ) : (
              <Link href={href} locale={other} hrefLang={other} lang={other}>
                {LOCALE_NAMES[other]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
