import { ATOM_CONTENT_TYPE, buildUpdatesFeed } from "@/lib/web/atom";
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
export async function GET(request: Request): Promise<Response> {
  try {
    const token = new URL(request.url).searchParams.get("token") ?? "";
    const user = token ? await userFromFeedToken(token) : null;
    if (!user) return plain(404, "No feed at this address. If it was yours, it may have been replaced or revoked: get the current address from your account page.");
    const origin = siteOrigin(request);
    const { items } = await listUpdates({ userId: user.id, since: user.createdAt, limit: UPDATES_FEED_LIMIT });
    const xml = buildUpdatesFeed({
      origin,
      selfUrl: `${origin}/updates/feed.xml?token=${encodeURIComponent(token)}`,
      userName: user.name,
      items,
      now: new Date().toISOString(),
    });
    return new Response(xml, { headers: { ...PRIVATE, "content-type": ATOM_CONTENT_TYPE } });
  } catch (error) {
    console.error("[tracker] the updates feed failed", error);
    return plain(500, "The feed could not be built just now. The error has been logged; try again later.");
  }
}
