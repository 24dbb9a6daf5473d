import { hasLocale } from "next-intl";
import { ATOM_CONTENT_TYPE, buildUpdatesFeed, feedWords } from "@/lib/web/atom";
import { routing } from "@/lib/i18n/routing";
import { UPDATES_FEED_LIMIT } from "@/lib/core/updates";
import { userFromFeedToken } from "@/lib/server/feed-token";
import { listUpdates } from "@/lib/server/queries/updates";
import { siteOrigin } from "@/lib/server/site-url";

const PRIVATE = { "cache-control": "private, no-store", "x-robots-tag": "noindex", "referrer-policy": "no-referrer" };
const plain = (status: number, text: string) => new Response(`${text}\n`, { status, headers: { ...PRIVATE, "content-type": "text/plain; charset=utf-8" } });

/**
 * GET /updates/feed.xml?token=… — a user's private Atom feed: their latest 50 updates, whatever
 * they have marked read (a feed reader keeps its own "read"). The token is the only credential
 * (feed readers cannot sign in); an unknown or revoked token is a plain 404 that does not say
 * whether any account exists. Never cached by shared caches: the content is one person's.
 */
export async function GET(request: Request, context?: { params: Promise<{ locale: string }> }): Promise<Response> {
  const requested = (await context?.params)?.locale;
  // The feed's own words in the address's language (English when called without one).
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const t = feedWords(locale);
  try {
    const token = new URL(request.url).searchParams.get("token") ?? "";
    const user = token ? await userFromFeedToken(token) : null;
    if (!user) return plain(404, t("noFeed"));
    const origin = siteOrigin(request);
    const { items } = await listUpdates({ userId: user.id, since: user.createdAt, limit: UPDATES_FEED_LIMIT, locale });
    const xml = buildUpdatesFeed({
      origin,
      selfUrl: `${origin}/updates/feed.xml?token=${encodeURIComponent(token)}`,
      userName: user.name,
      items,
      now: new Date().toISOString(),
      locale,
    });
    return new Response(xml, { headers: { ...PRIVATE, "content-type": ATOM_CONTENT_TYPE } });
  } catch (error) {
    console.error("[tracker] the updates feed failed", error);
    return plain(500, t("failed"));
  }
}
