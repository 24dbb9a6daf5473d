import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/core/locales";

/**
 * Every page lives under its language (`/uk/…`, `/en/…`); an address without one is redirected to
 * the visitor's language: the cookie of an earlier choice, else `Accept-Language`, else English.
 */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "always",
  // A year: the choice made with the language switch outlives the session.
  localeCookie: { name: "tracker-locale", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" },
  // The `Link: …; rel="alternate"; hreflang=…` header; the pages also carry them in <head>.
  alternateLinks: true,
});
