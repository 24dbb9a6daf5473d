import "server-only";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { localeOfPath, localizedPath } from "@/lib/core/locales";

/**
 * Next's `redirect` to a page in the request's own language ("/cases/x" → "/uk/cases/x"). Async
 * because the language is read from the request: always `await` it (or `return await`).
 */
export async function redirectInLocale(href: string): Promise<never> {
  // An address that already names its language (a returnTo taken from the page) is kept.
  redirect(localeOfPath(href) ? href : localizedPath(await getLocale(), href));
}
