/**
 * The Atom 1.0 feed of milestones (RFC 4287), built from plain data so it can be tested without a
 * server. Dates of milestones appear at their precision ("October 2024"); `updated` and
 * `published` are the record's own timestamps (when the tracker recorded or changed it).
 */
import { formatPartialDate, type PartialDate } from "@/lib/core/dates";
import { element, escapeXml } from "@/lib/core/xml";

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

/** One milestone as the feed needs it. Timestamps are ISO 8601 date-times (UTC). */
export type FeedMilestone = {
  id: string;
  slug: string;
  title: string;
  description: string;
  whatChanged: string | null;
  date: PartialDate;
  track: { slug: string; name: string };
  type: { slug: string; name: string };
  forums: { slug: string; name: string }[];
  firstSourceTitle: string | null;
  isSynthetic: boolean;
  createdAt: string;
  updatedAt: string;
};

export type MilestoneFeedInput = {
  /** The site's origin without a trailing slash: "https://tracker.example.org". */
  origin: string;
  /** The filters in force, as a query string ("track=accountability&forum=icc") or "". */
  query: string;
  /** How the filters read, e.g. "Track: Accountability · Forum: International Criminal Court"; "" for none. */
  filterDescription: string;
  milestones: FeedMilestone[];
  /** The feed's `updated` when it has no entries (the clock is the caller's). */
  now: string;
};

/** A stable entry id: a tag URI (RFC 4151) on the site's host and the record's id, not its slug. */
export function entryId(origin: string, id: string): string {
  return `tag:${new URL(origin).hostname},2025:milestone:${id}`;
}

/** The entry's plain-text summary: the date at its precision, track, type, forums, what happened and changed, the source. */
export function entrySummary(m: FeedMilestone): string {
  const head = [formatPartialDate(m.date), m.track.name, m.type.name].join(" · ");
  const lines = [head];
  if (m.forums.length > 0) lines.push(`Forums: ${m.forums.map((f) => f.name).join(", ")}`);
  if (m.isSynthetic) lines.push("Demo data, not a fact.");
  lines.push("", m.description);
  if (m.whatChanged) lines.push("", `What it changed: ${m.whatChanged}`);
  if (m.firstSourceTitle) lines.push("", `Source: ${m.firstSourceTitle}`);
  return lines.join("\n");
}

const withQuery = (url: string, query: string) => (query ? `${url}?${query}` : url);

/** The whole feed as an XML document. Entries are written in the order given. */
export function buildMilestoneFeed(input: MilestoneFeedInput): string {
  const { origin, query, filterDescription, milestones } = input;
  const selfUrl = withQuery(`${origin}/milestones/feed.xml`, query);
  const updated = milestones.reduce((latest, m) => (m.updatedAt > latest ? m.updatedAt : latest), milestones.length > 0 ? "" : input.now);
  const title = filterDescription ? `Milestones (${filterDescription}) · Accountability tracker` : "Milestones · Accountability tracker";

  const entries = milestones.map((m) => {
    const url = `${origin}/milestones/${encodeURIComponent(m.slug)}`;
    return [
      "  <entry>",
      `    ${element("id", {}, entryId(origin, m.id))}`,
      `    ${element("title", { type: "text" }, m.isSynthetic ? `[Demo] ${m.title}` : m.title)}`,
      `    ${element("link", { rel: "alternate", type: "text/html", href: url })}`,
      `    ${element("updated", {}, m.updatedAt)}`,
      `    ${element("published", {}, m.createdAt)}`,
      `    ${element("category", { term: m.track.slug, label: `Track: ${m.track.name}`, scheme: `${origin}/milestones?track=` })}`,
      `    ${element("category", { term: m.type.slug, label: `Type: ${m.type.name}`, scheme: `${origin}/milestones?type=` })}`,
      ...m.forums.map((f) => `    ${element("category", { term: f.slug, label: `Forum: ${f.name}`, scheme: `${origin}/milestones?forum=` })}`),
      `    ${element("summary", { type: "text" }, entrySummary(m))}`,
      "  </entry>",
    ].join("\n");
  });

  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom">`,
    `  ${element("id", {}, selfUrl)}`,
    `  ${element("title", { type: "text" }, title)}`,
    `  ${element("subtitle", { type: "text" }, "Milestones of the accountability architecture for the war in Ukraine: the latest 50 recorded or updated, each dated only as precisely as its source.")}`,
    `  ${element("link", { rel: "self", type: "application/atom+xml", href: selfUrl })}`,
    `  ${element("link", { rel: "alternate", type: "text/html", href: withQuery(`${origin}/milestones`, query) })}`,
    `  ${element("updated", {}, updated)}`,
    `  <author><name>${escapeXml("Accountability Architecture Tracker")}</name></author>`,
    `  ${element("generator", {}, "Accountability Architecture Tracker")}`,
    ...entries,
    `</feed>`,
    "",
  ].join("\n");
}
