import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";

/** The messages of the request's language (proxy.ts puts it on the request from the address). */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    // Times are shown in each reader's own zone by our own formatting (decision 034); this is
    // only next-intl's default for the few it formats itself.
    timeZone: "Europe/Kyiv",
  };
});
