/**
 * The languages of the tracker's interface (docs/decisions/037-languages-and-addresses.md). Pure, so
 * that the domain's formatting (dates, lists) can take a locale without importing the i18n library.
 */
export const LOCALES = ["uk", "en"] as const;
export type Locale = (typeof LOCALES)[number];
/** The language when a visitor's browser asks for neither: the recorded texts are mostly English. */
export const DEFAULT_LOCALE: Locale = "en";

export const isLocale = (value: unknown): value is Locale => typeof value === "string" && (LOCALES as readonly string[]).includes(value);

/** Each language's name in itself, as a language switch shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { uk: "Українська", en: "English" };

/** The locale a path names by its first segment ("/uk/cases" → "uk"), or null. */
export function localeOfPath(pathname: string): Locale | null {
  const first = pathname.split("/")[1];
  return isLocale(first) ? first : null;
}

/**
 * A page's address in a language: `rest` is the page's path without its language, with its
 * query ("/cases?q=x" → "/uk/cases?q=x"; "/" → "/uk").
 */
export function localizedPath(locale: Locale, rest: string): string {
  const [path = "/", query] = splitQuery(rest);
  return `/${locale}${path === "/" ? "" : path}${query === undefined ? "" : `?${query}`}`;
}

/** A path without its language prefix ("/uk/cases?q=x" → "/cases?q=x"; "/uk" → "/"). */
export function withoutLocale(pathWithQuery: string): string {
  const [path = "/", query] = splitQuery(pathWithQuery);
  const locale = localeOfPath(path);
  const rest = locale ? path.slice(locale.length + 1) || "/" : path;
  return query === undefined ? rest : `${rest}?${query}`;
}

function splitQuery(address: string): [string, string | undefined] {
  const at = address.indexOf("?");
  return at < 0 ? [address, undefined] : [address.slice(0, at), address.slice(at + 1)];
}
