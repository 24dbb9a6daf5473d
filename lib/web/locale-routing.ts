/**
 * Which addresses carry a language (docs/decisions/037-languages-and-addresses.md), and the request
 * headers by which proxy.ts tells a page its language and its own address. Pure: used by the proxy.
 */
import { DEFAULT_LOCALE, localeOfPath, withoutLocale } from "@/lib/core/locales";

/** The page's address without its language, with its query: for the hreflang alternates. */
export const PAGE_PATH_HEADER = "x-tracker-page-path";
/** The header next-intl reads the request's language from (its HEADER_LOCALE_NAME). */
export const LOCALE_HEADER = "x-next-intl-locale";

/**
 * Whether an address is a page (or a page's feed or export) that lives under a language. The API
 * answers data in one language-free place; Next's assets and the site's root files (the icon)
 * are the same in every language.
 */
export function isLocalizedAddress(pathname: string): boolean {
  if (pathname === "/api" || pathname.startsWith("/api/") || pathname.startsWith("/_next/")) return false;
  return !/^\/[^/]+\.[a-z0-9]+$/i.test(pathname);
}

/** The two headers a page is rendered with; whatever a client sent under those names is replaced. */
export function pageLocaleHeaders(pathname: string, search: string): [string, string][] {
  return [
    [LOCALE_HEADER, localeOfPath(pathname) ?? DEFAULT_LOCALE],
    [PAGE_PATH_HEADER, withoutLocale(pathname + search)],
  ];
}
