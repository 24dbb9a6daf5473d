import "server-only";

import { headers } from "next/headers";
import { LOCALES, localizedPath } from "@/lib/core/locales";
import { siteOrigin } from "@/lib/server/site-url";
import { PAGE_PATH_HEADER } from "@/lib/web/locale-routing";

/**
 * The current page in every language, absolute (hreflang alternates), and `x-default`: the
 * address without a language, which sends a visitor to theirs.
 */
export async function alternateAddresses(): Promise<Record<string, string>> {
  const requestHeaders = await headers();
  const rest = requestHeaders.get(PAGE_PATH_HEADER) ?? "/";
  const origin = siteOrigin({ headers: requestHeaders });
  const languages: Record<string, string> = {};
  for (const locale of LOCALES) languages[locale] = `${origin}${localizedPath(locale, rest)}`;
  languages["x-default"] = `${origin}${rest}`;
  return languages;
}
